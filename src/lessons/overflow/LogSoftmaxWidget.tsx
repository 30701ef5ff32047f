import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NS } from './strings';
import { logSoftmax, sampleFunction, softmaxStable, type Precision } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatFixed } from '../../format/number';
import { Segmented } from '../../components/fields';
import { Slider } from '../../components/Slider';
import { Plot } from '../../components/plot/Plot';
import { useWidget } from '../../components/state/useWidget';
import { logSoftmaxWidget } from './widgets';

import { logSoftmaxSteps } from './softmaxSteps';
import { expLimits } from './limits';
import { cell, isBad, PRECISION_OPTIONS } from './format';
import { ScrollBox } from './ScrollBox';
import { logSoftmaxCode } from './code';
import './overflow.css';

const D_MAX = 1000;

/** Two logits [0, −d]: ln(softmax) of the loser hits −∞ once its probability underflows; log-softmax never does. */
export function LogSoftmaxWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(logSoftmaxWidget);
  const d = state.d;
  const p = state.p as Precision;
  const z = [0, -d];
  const steps = logSoftmaxSteps(z, p);
  const prob = softmaxStable(z, p)[1];
  const ref = logSoftmax(z)[1];
  const edge = -expLimits(p).zeroAtOrBelow;
  const series = useMemo(() => {
    const hi = Math.min(D_MAX, Math.ceil(edge * 1.6));
    const naive = sampleFunction((v) => -logSoftmaxSteps([0, -v], p).logOfSoftmax[1], 0, hi, 601);
    const stable = sampleFunction((v) => -logSoftmaxSteps([0, -v], p).logSoftmax[1], 0, hi, 601);
    return {
      hi,
      list: [
        { id: 'stable', label: t('log.stableCurve'), color: 'var(--c1)', x: stable.x, y: stable.y, width: 4 },
        { id: 'naive', label: t('log.naiveCurve'), color: 'var(--c2)', x: naive.x, y: naive.y, dash: '7 4' },
      ],
    };
  }, [p, t, edge]);
  const rows: [string, number, string][] = [
    [t('log.prob'), prob, 'log-prob'],
    [t('log.logOfSoftmax'), steps.logOfSoftmax[1], 'log-naive'],
    [t('log.logSum'), steps.logSum, 'log-lse'],
    [t('log.logSoftmax'), steps.logSoftmax[1], 'log-stable'],
    [t('log.reference'), ref, 'log-ref'],
  ];
  return (
    <WidgetFrame widget={logSoftmaxWidget} title={t('log.title')} code={logSoftmaxCode(d, p)}>
      <div className="controls">
        <Slider label={t('log.gap')} value={d} min={1} max={D_MAX} scale="log" step={0.02} onChange={(v) => set({ d: v })} />
        <Segmented label={t('precision')} value={p} options={PRECISION_OPTIONS} onChange={(v) => set({ p: v })} />
      </div>
      <p className="readout" aria-live="polite" data-testid="log-edge">
        {t('log.edge', { p, edge: formatFixed(edge, 2) })}
      </p>
      <ScrollBox label={t('log.title')}>
        <table className="num-table">
          <caption className="sr-only">{t('log.caption', { d: cell(d) })}</caption>
          <tbody>
            {rows.map(([label, v, id]) => (
              <tr key={id}>
                <th scope="row">{label}</th>
                <td className={isBad(v) ? 'bad' : undefined} data-testid={id}>
                  {cell(v, 6)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <Plot
        summary={t('log.plotSummary', { p, edge: formatFixed(edge, 2) })}
        series={series.list}
        xDomain={[0, series.hi]}
        xLabel={t('log.xLabel')}
        yLabel={t('log.yLabel')}
        bands={[{ x0: edge, x1: series.hi }]}
        height={260}
      />
    </WidgetFrame>
  );
}
