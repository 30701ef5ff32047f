import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { mlpCost } from '../../engine';
import { Slider } from '../../components/Slider';
import { Equation } from '../../components/Equation';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { shapesWidget } from './widgets';
import { BIG_NET } from './schema';
import { NS } from './strings';
import { shapesCode } from './code';
import './forward-pass.css';

const shape = ([r, c]: [number, number]) => `${r}×${c}`;

/** Every matrix shape of the 784→50→100→10 network for a batch of N, and the multiply-adds. */
export function ShapesWidget() {
  const { t, i18n } = useTranslation(NS);
  const { state, set } = useWidget(shapesWidget);
  const n = state.batch;
  const cost = useMemo(() => mlpCost(BIG_NET, n), [n]);
  const perRow = useMemo(() => mlpCost(BIG_NET, 1).multiplyAdds, []);
  const fmt = (v: number) => new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en').format(v);
  const sumTex = cost.layers.map((l) => `${l.weights[0]}\\cdot ${l.weights[1]}`).join(' + ');
  const texInt = (v: number) => String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '{,}');

  return (
    <WidgetFrame widget={shapesWidget} title={t('shapes.title')} code={shapesCode(n)}>
      <div className="controls">
        <Slider label={t('shapes.batch')} value={n} min={1} max={1024} step={1} onChange={(v) => set({ batch: v })} description={t('shapes.batchHelp')} />
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('shapes.caption', { n })}>
        <table className="num-table shapes-table">
          <caption className="sr-only">{t('shapes.caption', { n })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('shapes.layer')}</th>
              <th scope="col">{t('shapes.input')}</th>
              <th scope="col">{t('shapes.weights')}</th>
              <th scope="col">{t('shapes.bias')}</th>
              <th scope="col">{t('shapes.output')}</th>
              <th scope="col">{t('shapes.madds')}</th>
            </tr>
          </thead>
          <tbody>
            {cost.layers.map((l, i) => (
              <tr key={i} data-testid={`shape-row-${i + 1}`}>
                <th scope="row">{i + 1}</th>
                <td data-testid={`input-shape-${i + 1}`}>
                  {i === 0 ? 'X' : `A${i}`}: {shape(l.input)}
                </td>
                <td>
                  W{i + 1}: {shape(l.weights)}
                </td>
                <td>
                  b{i + 1}: {l.bias[1]}
                </td>
                <td>
                  {i + 1 === cost.layers.length ? 'Y' : `A${i + 1}`}: {shape(l.output)}
                </td>
                <td data-value={l.multiplyAdds}>{fmt(l.multiplyAdds)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={5}>
                {t('shapes.total')}
              </th>
              <td data-testid="madds-total" data-value={cost.multiplyAdds}>
                {fmt(cost.multiplyAdds)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="readout" aria-live="polite">
        <Equation latex={`\\begin{aligned} & N\\,(${sumTex}) \\\\ &= ${n} \\cdot ${texInt(perRow)} = ${texInt(cost.multiplyAdds)} \\end{aligned}`} display />
        <p>{t('shapes.note', { params: fmt(cost.parameters), flops: fmt(2 * cost.multiplyAdds) })}</p>
      </div>
    </WidgetFrame>
  );
}
