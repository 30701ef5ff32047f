import { NS } from './strings';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sigmoid } from '../../engine';
import { Plot } from '../../components/plot/Plot';
import { RuleX } from '../../components/plot/marks/Rule';
import { Slider } from '../../components/Slider';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { slopes } from './widgets';
import { slopeSeries, slopesAt } from './slopes';
import { slopesCode } from './code';
import './saturation.css';

/** |f′| of sigmoid, tanh, ReLU and GELU on a log axis out to ±50, with an exact readout at one x. */
export function SlopeWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(slopes);
  const { x, xmax } = state;
  const series = useMemo(() => slopeSeries(xmax), [xmax]);
  const at = slopesAt(x);
  const sig = at[0].value;
  // The textbook form σ(1 − σ): at large x, σ rounds to 1 and the product to 0.
  const s = sigmoid(x);
  const naive = s * (1 - s);
  const code = useMemo(() => slopesCode(x, xmax), [x, xmax]);

  return (
    <WidgetFrame widget={slopes} title={t('slopes.title')} code={code}>
      <div className="controls">
        <Slider label={t('slopes.x')} value={x} min={-50} max={50} step={0.5} onChange={(v) => set({ x: v })} />
        <Slider label={t('slopes.range')} value={xmax} min={5} max={50} step={5} format={(v) => `±${v}`} onChange={(v) => set({ xmax: v })} />
      </div>
      <p className="readout" aria-live="polite" data-testid="sigma-prime-readout">
        {t('slopes.readout', { x: formatNumber(x), value: formatNumber(sig, 4) })}
      </p>
      <table className="num-table sat-slopes-table">
        <caption className="sr-only">{t('slopes.tableCaption', { x: formatNumber(x) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('slopes.colFn')}</th>
            <th scope="col">{t('slopes.colSlope', { x: formatNumber(x) })}</th>
          </tr>
        </thead>
        <tbody>
          {at.map((a) => (
            <tr key={a.name} data-testid={`slope-${a.name}`}>
              <th scope="row">{a.label}</th>
              <td>{formatNumber(a.value, 4)}</td>
            </tr>
          ))}
          <tr data-testid="slope-naive">
            <th scope="row">{t('slopes.naive')}</th>
            <td>{formatNumber(naive, 4)}</td>
          </tr>
        </tbody>
      </table>
      <Plot
        summary={t('slopes.summary', { xMax: xmax, x: formatNumber(x), value: formatNumber(sig, 3) })}
        series={series}
        xDomain={[-xmax, xmax]}
        yDomain={[1e-24, 2]}
        yScale="log"
        xLabel="x"
        yLabel={t('slopes.yLabel')}
        exportName="saturation-slopes"
      >
        <RuleX x={x} opacity={0.45} />
      </Plot>
    </WidgetFrame>
  );
}
