import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Plot } from '../../components/plot/Plot';
import { Slider } from '../../components/Slider';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { ghm } from './widgets';
import { stepSeries } from './series';
import { GhmTable } from './GhmTable';
import { NS } from './strings';
import { ghmOf, ownGhmOf } from './memo';
import { OwnSetControls, useOwnSet } from './OwnSetControls';
import { formatCount } from '../../format/number';
import { ghmCode } from './code';
import './lesson.css';

/**
 * Gradient-norm histogram of the 1:100 set (or of the reader's pasted z, y pairs), its density,
 * the GHM weights, and each bin's share of the loss before and after.
 */
export function GhmWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(ghm);
  const own = useOwnSet(state.own);
  const r = useMemo(() => (own.set ? ownGhmOf(state.own, state.bins) : ghmOf(state.seed, state.outliers, state.bins)), [own.set, state.own, state.seed, state.outliers, state.bins]);
  const code = useMemo(() => ghmCode(state.bins, state.outliers, state.seed, own.set ? state.own : undefined), [state.bins, state.outliers, state.seed, own.set, state.own]);
  const first = r.bins[0];
  const last = r.bins[r.bins.length - 1];
  const peakBeta = Math.max(...r.bins.map((b) => b.beta));

  const countSeries = useMemo(
    () => [
      stepSeries('count', t('ghm.count'), r.bins, (b) => b.count, 'var(--c1)'),
      stepSeries('beta', t('ghm.beta'), r.bins, (b) => (b.count > 0 ? b.beta : NaN), 'var(--c4)', '7 4'),
    ],
    [r, t],
  );
  const shareSeries = useMemo(
    () => [
      stepSeries('ce', t('ghm.ceShare'), r.bins, (b) => b.ceShare, 'var(--c2)', '7 4'),
      stepSeries('ghm', t('ghm.ghmShare'), r.bins, (b) => b.ghmShare, 'var(--c3)'),
    ],
    [r, t],
  );

  return (
    <WidgetFrame widget={ghm} title={t('ghm.title')} code={code}>
      {own.set && (
        <p className="il-note" data-testid="ghm-data">
          {t('own.summary', { n: formatCount(own.set.z.length), pos: formatCount(own.set.nPositive), neg: formatCount(own.set.nNegative) })}
        </p>
      )}
      <OwnSetControls widgetId={ghm.id} value={state.own} onChange={(v) => set({ own: v })} inUse={own.set !== null} problem={own.problem} />
      <div className="controls">
        <Slider label={t('ghm.bins')} value={state.bins} min={2} max={30} step={1} format={(v) => String(v)} onChange={(v) => set({ bins: Math.round(v) })} />
        {/* The outlier rate shapes the built-in set only. */}
        {!own.set && <Slider label={t('ghm.outliers')} value={state.outliers} min={0} max={0.05} step={0.001} format={(v) => `${(v * 100).toFixed(1)}%`} onChange={(v) => set({ outliers: Number(v.toFixed(3)) })} />}
      </div>
      <p className="readout" aria-live="polite" data-testid="ghm-readout">
        {t(own.set ? 'ghm.readoutOwn' : 'ghm.readout', {
          easyN: first.count,
          easyB: formatNumber(first.beta, 3),
          outN: last.count,
          outB: formatNumber(last.beta, 3),
          peak: formatNumber(peakBeta, 3),
          ce: formatNumber(r.ceMean, 4),
          ghm: formatNumber(r.ghmMean, 4),
        })}
      </p>
      <h3 className="il-sub">{t('ghm.histTitle')}</h3>
      <Plot
        summary={t('ghm.histSummary', { bins: state.bins, easyN: first.count, outN: last.count })}
        series={countSeries}
        xDomain={[0, 1]}
        yScale="log"
        yDomain={[0.05, 2e4]}
        xLabel={t('ghm.xLabel')}
        yLabel={t('ghm.yLabelCount')}
        height={260}
      />
      <h3 className="il-sub">{t('ghm.shareTitle')}</h3>
      <Plot
        summary={t('ghm.shareSummary', { ceEasy: formatNumber(first.ceShare * 100, 3), ghmEasy: formatNumber(first.ghmShare * 100, 3) })}
        series={shareSeries}
        xDomain={[0, 1]}
        yDomain={[0, 1]}
        xLabel={t('ghm.xLabel')}
        yLabel={t('ghm.yLabelShare')}
        height={240}
      />
      <GhmTable bins={r.bins} />
    </WidgetFrame>
  );
}
