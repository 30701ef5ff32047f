/**
 * The SGD widget's status line and its two loss plots, fed by the worker (useSgdRuns). Its own
 * component so a worker reply re-renders only this, not the widget's controls or code.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Plot } from '../../components/plot/Plot';
import { formatNumber } from '../../components/plot/scales';
import type { Series } from '../../components/plot/types';
import { LR_FACTOR } from './model';
import { SGD_AXES, SGD_BATCHES, SGD_EPOCHS, SGD_N } from './schema';
import type { RunCurve, SgdParams, SgdRuns } from './sgdRuns';
import { useSgdRuns } from './useSgdRuns';
import { NS } from './strings';

const STYLE = [
  { color: 'var(--c1)' },
  { color: 'var(--c2)', dash: '8 4' },
  { color: 'var(--c3)', dash: '2 4' },
  { color: 'var(--c4)', dash: '10 3 2 3' },
];
/** The loss axis (log): what is drawn is clamped to it; tables and summaries keep the real values. */
const LOSS_AXIS: [number, number] = [0.01, 100];
const clampLoss = (v: number) => (Number.isFinite(v) ? Math.min(LOSS_AXIS[1], Math.max(LOSS_AXIS[0], v)) : NaN);

export type Axis = (typeof SGD_AXES)[number];

/** One curve of a plot: a run's record and how it is named. */
interface Run {
  id: string;
  label: string;
  curve: RunCurve;
}

export const bLabel = (t: TFunction, b: string) => (b === 'full' ? t('sgd.full', { n: SGD_N }) : `B = ${b}`);

/** The x values of a run on the chosen axis; steps drop the start (x = 0 has no place on a log axis). */
function xsOf({ curve: c }: Run, axis: Axis): { x: number[]; y: number[] } {
  const y = c.losses.map(clampLoss);
  if (axis === 'steps') return { x: c.steps.slice(1), y: y.slice(1) };
  return { x: axis === 'time' ? c.ms : c.losses.map((_, e) => e * SGD_N), y };
}

/** Loss against examples seen, steps or wall time, one curve per run. */
const LossPlot = memo(function LossPlot({ runs, chosen, summary, axis }: { runs: readonly Run[]; chosen: string; summary: string; axis: Axis }) {
  const { t } = useTranslation(NS);
  const series = useMemo<Series[]>(() => runs.map((r, i) => ({ id: r.id, label: r.label, ...STYLE[i % 4], width: r.id === chosen ? 3.5 : 2, ...xsOf(r, axis) })), [runs, chosen, axis]);
  const xDomain: [number, number] = axis === 'steps' ? [1, SGD_EPOCHS * SGD_N] : axis === 'time' ? [0, Math.max(1, ...runs.map((r) => r.curve.ms[r.curve.ms.length - 1]))] : [0, SGD_EPOCHS * SGD_N];
  return <Plot summary={summary} series={series} xDomain={xDomain} xScale={axis === 'steps' ? 'log' : 'linear'} yDomain={LOSS_AXIS} yScale="log" xLabel={t(`sgd.axis_${axis}`)} yLabel={t('sgd.loss')} height={240} />;
});

/** Both plots for one set of runs: memoised, so a status change alone redraws nothing. */
const RunPlots = memo(function RunPlots({ runs, axis }: { runs: SgdRuns | null; axis: Axis }) {
  const { t } = useTranslation(NS);
  // Labels and captions from the runs' own params: stale runs on screen say what they are.
  const { byBatch, byRate, p } = useMemo(() => {
    if (!runs) return { byBatch: [], byRate: [], p: null };
    const { lr, batch } = runs.params;
    const byBatch = SGD_BATCHES.map((b, i) => ({ id: b, label: bLabel(t, b), curve: runs.byBatch[i] }));
    const mid = runs.byBatch[SGD_BATCHES.indexOf(batch)];
    const byRate = [
      { id: 'low', label: `η = ${formatNumber(lr / LR_FACTOR, 3)}`, curve: runs.low },
      { id: 'mid', label: `η = ${formatNumber(lr, 3)}`, curve: mid },
      { id: 'high', label: `η = ${formatNumber(lr * LR_FACTOR, 3)}`, curve: runs.high },
    ];
    return { byBatch, byRate, p: runs.params };
  }, [runs, t]);
  const done = runs?.done ?? 0;
  const last = (r: Run) => formatNumber(r.curve.losses[done], 3);
  // On the steps and time axes, each run's own count of steps or milliseconds goes with its loss.
  const extra = (r: Run) => (axis === 'steps' ? ` ${t('sgd.afterSteps', { k: r.curve.steps[done] })}` : axis === 'time' ? ` ${t('sgd.afterMs', { ms: formatNumber(r.curve.ms[done], 3) })}` : '');
  const list = (rs: Run[]) => rs.map((r) => `${r.label}: ${last(r)}${extra(r)}`).join(', ');
  const batchSummary = p ? t('sgd.batchSummary', { seen: done * SGD_N, losses: list(byBatch) }) : t('sgd.training');
  const rateSummary = p ? t('sgd.rateSummary', { b: bLabel(t, p.batch), seen: done * SGD_N, losses: list(byRate) }) : t('sgd.training');
  return (
    <>
      <figure>
        <figcaption>{p ? t('sgd.byBatch', { lr: formatNumber(p.lr, 3) }) : '\u00a0'}</figcaption>
        <LossPlot runs={byBatch} chosen={p?.batch ?? ''} summary={batchSummary} axis={axis} />
      </figure>
      <figure>
        <figcaption>{p ? t('sgd.byRate', { b: bLabel(t, p.batch) }) : '\u00a0'}</figcaption>
        <LossPlot runs={byRate} chosen="mid" summary={rateSummary} axis={axis} />
      </figure>
    </>
  );
});

/** The status line and the plots for the current params, trained in the worker. */
export function SgdRunsView({ params, axis }: { params: SgdParams; axis: Axis }) {
  const { t } = useTranslation(NS);
  const { runs, final, stale, error } = useSgdRuns(params, SGD_EPOCHS);
  const k = runs && !stale ? runs.done : null;
  return (
    <>
      <p className="muted" data-testid="sgd-progress" data-done={final ? 'yes' : 'no'} role="status">
        {k === null ? t('sgd.training') : t('sgd.progress', { k, n: SGD_EPOCHS, seen: k * SGD_N })}
      </p>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {/* Stale runs stay on screen; CSS greys them only if the new ones take a while (no flicker). */}
      <div className={stale ? 'sgd-plots sgd-stale' : 'sgd-plots'} aria-busy={!final}>
        <RunPlots runs={runs} axis={axis} />
      </div>
    </>
  );
}
