import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Trainer } from '../../engine';
import { Slider } from '../../components/Slider';
import { Segmented } from '../../components/fields';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Plot } from '../../components/plot/Plot';
import { formatNumber } from '../../components/plot/scales';
import type { Series } from '../../components/plot/types';
import { useFrameTraining } from '../../components/useFrameTraining';
import { useWidget } from '../../components/state/useWidget';
import { sgdWidget } from './widgets';
import { SGD_AXES, SGD_BATCHES, SGD_EPOCHS, SGD_N, SPREAD_BATCHES, SPREAD_DRAWS, sgdSchema } from './schema';
import { LR_FACTOR, batchSizeOf, sgdData, sgdTrainer, spreadMeasurement } from './model';
import { sgdCode } from './sgdCode';
import { SGD_SEED } from './schema';
import { useChunked } from './useChunked';
import { NS } from './strings';
import './backprop.css';

const STYLE = [
  { color: 'var(--c1)' },
  { color: 'var(--c2)', dash: '8 4' },
  { color: 'var(--c3)', dash: '2 4' },
  { color: 'var(--c4)', dash: '10 3 2 3' },
];
/** The loss axis (log): what is drawn is clamped to it; tables and summaries keep the real values. */
const LOSS_AXIS: [number, number] = [0.01, 100];
const clampLoss = (v: number) => (Number.isFinite(v) ? Math.min(LOSS_AXIS[1], Math.max(LOSS_AXIS[0], v)) : NaN);

type Axis = (typeof SGD_AXES)[number];

/** One run of the widget: a trainer and its loss after every epoch (index 0 = before training). */
interface Run {
  id: string;
  label: string;
  trainer: Trainer;
  losses: number[];
  /** Steps (iterations) taken and milliseconds spent training, after every epoch. */
  steps: number[];
  ms: number[];
  step(): void;
  stepCount(): number;
}

function makeRun(id: string, label: string, batch: number, lr: number): Run {
  const trainer = sgdTrainer(batch, lr, undefined, sgdData(1));
  const losses = [trainer.loss()];
  const steps = [0];
  const ms = [0];
  return {
    id,
    label,
    trainer,
    losses,
    steps,
    ms,
    step() {
      const t0 = performance.now();
      trainer.epoch();
      ms.push(ms[ms.length - 1] + performance.now() - t0);
      steps.push(trainer.stepCount());
      losses.push(trainer.loss());
    },
    stepCount: () => trainer.epochCount(),
  };
}

const bLabel = (t: TFunction, b: string) => (b === 'full' ? t('sgd.full', { n: SGD_N }) : `B = ${b}`);

/** The x values of a run on the chosen axis; steps drop the start (x = 0 has no place on a log axis). */
function xsOf(r: Run, axis: Axis): { x: number[]; y: number[] } {
  const y = r.losses.map(clampLoss);
  if (axis === 'steps') return { x: r.steps.slice(1), y: y.slice(1) };
  return { x: axis === 'time' ? r.ms.slice(0, y.length) : r.losses.map((_, e) => e * SGD_N), y };
}

/** Loss against examples seen, steps or wall time, one curve per run. */
const LossPlot = memo(function LossPlot({ runs, chosen, summary, done, axis }: { runs: readonly Run[]; chosen: string; summary: string; done: number; axis: Axis }) {
  const { t } = useTranslation(NS);
  const series = useMemo<Series[]>(
    () => runs.map((r, i) => ({ id: r.id, label: r.label, ...STYLE[i % 4], width: r.id === chosen ? 3.5 : 2, ...xsOf(r, axis) })),
    // `done` changes once per frame: the runs' arrays grew.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [runs, chosen, done, axis],
  );
  const xDomain: [number, number] = axis === 'steps' ? [1, SGD_EPOCHS * SGD_N] : axis === 'time' ? [0, Math.max(1, ...runs.map((r) => r.ms[r.ms.length - 1]))] : [0, SGD_EPOCHS * SGD_N];
  return <Plot summary={summary} series={series} xDomain={xDomain} xScale={axis === 'steps' ? 'log' : 'linear'} yDomain={LOSS_AXIS} yScale="log" xLabel={t(`sgd.axis_${axis}`)} yLabel={t('sgd.loss')} height={240} />;
});

/** Batch size and learning rate on three blobs: loss against examples seen, and the measured noise of the gradient. */
export function SgdWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(sgdWidget);
  const lr = state.lr;
  const byBatch = useMemo(() => SGD_BATCHES.map((b) => makeRun(b, bLabel(t, b), batchSizeOf(b), lr)), [lr, t]);
  const byRate = useMemo(() => {
    const B = batchSizeOf(state.batch);
    const mid = byBatch.find((r) => r.id === state.batch) as Run;
    return [makeRun('low', `η = ${formatNumber(lr / LR_FACTOR, 3)}`, B, lr / LR_FACTOR), { ...mid, id: 'mid', label: `η = ${formatNumber(lr, 3)}` }, makeRun('high', `η = ${formatNumber(lr * LR_FACTOR, 3)}`, B, lr * LR_FACTOR)];
  }, [byBatch, state.batch, lr]);
  const all = useMemo(() => [...byBatch, byRate[0], byRate[2]], [byBatch, byRate]);
  const { done, running } = useFrameTraining(all, SGD_EPOCHS);
  const code = useMemo(() => {
    const data = sgdData(SGD_SEED);
    const B = batchSizeOf(state.batch);
    return sgdCode(sgdTrainer(B, lr, SGD_SEED, data), data, B, lr, SGD_EPOCHS);
  }, [state.batch, lr]);
  const makeSpread = useCallback(() => spreadMeasurement(SPREAD_BATCHES, SPREAD_DRAWS), []);
  const spread = useChunked(makeSpread);

  const last = (r: Run) => formatNumber(r.losses[Math.min(done, r.losses.length - 1)], 3);
  // On the steps and time axes, each run's own count of steps or milliseconds goes with its loss.
  const extra = (r: Run) => {
    const e = Math.min(done, r.steps.length - 1);
    return state.axis === 'steps' ? ` ${t('sgd.afterSteps', { k: r.steps[e] })}` : state.axis === 'time' ? ` ${t('sgd.afterMs', { ms: formatNumber(r.ms[e], 3) })}` : '';
  };
  const batchSummary = t('sgd.batchSummary', { seen: done * SGD_N, losses: byBatch.map((r) => `${r.label}: ${last(r)}${extra(r)}`).join(', ') });
  const rateSummary = t('sgd.rateSummary', { b: bLabel(t, state.batch), seen: done * SGD_N, losses: byRate.map((r) => `${r.label}: ${last(r)}${extra(r)}`).join(', ') });

  const spreadSeries = useMemo<Series[]>(() => {
    if (!spread) return [];
    const xs = [...SPREAD_BATCHES];
    return [
      { id: 'measured', label: t('sgd.measured'), color: 'var(--c1)', x: xs, y: spread },
      { id: 'reference', label: t('sgd.reference'), color: 'var(--c3)', dash: '6 4', x: xs, y: xs.map((B) => spread[0] / Math.sqrt(B)) },
    ];
  }, [spread, t]);

  return (
    <WidgetFrame widget={sgdWidget} title={t('sgd.title')} code={code}>
      <div className="controls">
        <Segmented label={t('sgd.batch')} value={state.batch} options={SGD_BATCHES.map((b) => ({ value: b, label: b === 'full' ? t('sgd.fullShort') : b }))} onChange={(b) => set({ batch: b })} />
        <Slider label={t('sgd.lr')} value={lr} min={sgdSchema.lr.min} max={sgdSchema.lr.max} scale="log" onChange={(v) => set({ lr: v })} />
        <Segmented label={t('sgd.axis')} value={state.axis} options={SGD_AXES.map((a) => ({ value: a, label: t(`sgd.axisShort_${a}`) }))} onChange={(a) => set({ axis: a })} />
      </div>
      <p className="muted" data-testid="sgd-progress" data-done={running ? 'no' : 'yes'} role="status">
        {t('sgd.progress', { k: done, n: SGD_EPOCHS, seen: done * SGD_N })}
      </p>
      <div className="sgd-plots">
        <figure>
          <figcaption>{t('sgd.byBatch', { lr: formatNumber(lr, 3) })}</figcaption>
          <LossPlot runs={byBatch} chosen={state.batch} summary={batchSummary} done={done} axis={state.axis} />
        </figure>
        <figure>
          <figcaption>{t('sgd.byRate', { b: bLabel(t, state.batch) })}</figcaption>
          <LossPlot runs={byRate} chosen="mid" summary={rateSummary} done={done} axis={state.axis} />
        </figure>
      </div>
      <figure className="spread-figure">
        <figcaption>{t('sgd.spreadCaption', { draws: SPREAD_DRAWS })}</figcaption>
        {spread ? (
          <Plot
            summary={t('sgd.spreadSummary', { values: SPREAD_BATCHES.map((B, i) => `B = ${B}: ${formatNumber(spread[i], 3)}`).join(', ') })}
            series={spreadSeries}
            xDomain={[1, SPREAD_BATCHES[SPREAD_BATCHES.length - 1]]}
            xScale="log"
            yScale="log"
            xLabel={t('sgd.spreadX')}
            yLabel={t('sgd.spreadY')}
            height={220}
          />
        ) : (
          <p className="muted" data-testid="spread-pending">{t('sgd.measuring')}</p>
        )}
      </figure>
    </WidgetFrame>
  );
}
