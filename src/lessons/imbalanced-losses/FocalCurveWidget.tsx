import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bce, focalLoss } from '../../engine';
import { Plot } from '../../components/plot/Plot';
import { RuleX } from '../../components/plot/marks/Rule';
import { Slider } from '../../components/Slider';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { focalCurve } from './widgets';
import { FIGURE_GAMMAS } from './schema';
import { focalFigureSeries } from './series';
import { NS } from './strings';
import { focalCurveCode } from './code';
import './lesson.css';

/** Loss against the probability of the true class, one curve per γ, and the values at one p_t. */
export function FocalCurveWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(focalCurve);
  const series = useMemo(() => focalFigureSeries(), []);
  const pt = state.pt;
  const ce = bce(pt, 1);
  const code = useMemo(() => focalCurveCode(pt), [pt]);
  return (
    <WidgetFrame widget={focalCurve} title={t('curve.title')} code={code}>
      <Slider label={t('curve.pt')} value={pt} min={0.01} max={1} step={0.01} format={(v) => formatNumber(v, 3)} onChange={(v) => set({ pt: Number(v.toFixed(2)) })} />
      <Plot
        summary={t('curve.summary')}
        series={series}
        xDomain={[0, 1]}
        yDomain={[0, 5]}
        bands={[{ x0: 0.5, x1: 1 }]}
        xLabel={t('curve.xLabel')}
        yLabel={t('curve.yLabel')}
        height={300}
      >
        <RuleX x={pt} />
      </Plot>
      <p className="il-note">{t('curve.band')}</p>
      <div className="table-scroll">
        <table className="num-table" data-testid="curve-table">
          <caption className="sr-only">{t('curve.caption', { pt: formatNumber(pt, 3) })}</caption>
          <thead>
            <tr>
              <th scope="col">γ</th>
              <th scope="col">{t('curve.loss', { pt: formatNumber(pt, 3) })}</th>
              <th scope="col">{t('curve.ratio')}</th>
            </tr>
          </thead>
          <tbody>
            {FIGURE_GAMMAS.map((g) => {
              const fl = focalLoss(pt, 1, g);
              return (
                <tr key={g}>
                  <th scope="row">{g}</th>
                  <td>{formatNumber(fl, 4)}</td>
                  <td>{ce > 0 ? formatNumber(fl / ce, 4) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </WidgetFrame>
  );
}
