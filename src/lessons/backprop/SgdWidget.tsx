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
import { SGD_BATCHES, SGD_EPOCHS, SGD_N, SPREAD_BATCHES, SPREAD_DRAWS, sgdSchema } from './schema';
import { LR_FACTOR, batchSizeOf, sgdData, sgdTrainer, spreadMeasurement } from './model';
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

/** One run of the widget: a trainer and its loss after every epoch (index 0 = before training). */
interface Run {
  id: string;
  label: string;
  trainer: Trainer;
  losses: number[];
  step(): void;
  stepCount(): number;
}

function makeRun(id: string, label: string, batch: number, lr: number): Run {
  const trainer = sgdTrainer(batch, lr, undefined, sgdData(1));
  const losses = [trainer.loss()];
  return {
    id,
    label,
    trainer,
    losses,
    step() {
      trainer.epoch();
      losses.push(trainer.loss());
    },
    stepCount: () => trainer.epochCount(),
  };
}

const bLabel = (t: TFunction, b: string) => (b === 'full' ? t('sgd.full', { n: SGD_N }) : `B = ${b}`);

/** Loss against examples seen, one curve per run. */
const LossPlot = memo(function LossPlot({ runs, chosen, summary, done }: { runs: readonly Run[]; chosen: string; summary: string; done: number }) {
  const { t } = useTranslation(NS);
  const series = useMemo<Series[]>(
    () => runs.map((r, i) => ({ id: r.id, label: r.label, ...STYLE[i % 4], width: r.id === chosen ? 3.5 : 2, x: r.losses.map((_, e) => e * SGD_N), y: r.losses.map(clampLoss) })),
    // `done` changes once per frame: the runs' arrays grew.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [runs, chosen, done],
  );
  return <Plot summary={summary} series={series} xDomain={[0, SGD_EPOCHS * SGD_N]} yDomain={LOSS_AXIS} yScale="log" xLabel={t('sgd.seen')} yLabel={t('sgd.loss')} height={240} />;
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
  const makeSpread = useCallback(() => spreadMeasurement(SPREAD_BATCHES, SPREAD_DRAWS), []);
  const spread = useChunked(makeSpread);

  const last = (r: Run) => formatNumber(r.losses[Math.min(done, r.losses.length - 1)], 3);
  const batchSummary = t('sgd.batchSummary', { seen: done * SGD_N, losses: byBatch.map((r) => `${r.label}: ${last(r)}`).join(', ') });
  const rateSummary = t('sgd.rateSummary', { b: bLabel(t, state.batch), seen: done * SGD_N, losses: byRate.map((r) => `${r.label}: ${last(r)}`).join(', ') });

  const spreadSeries = useMemo<Series[]>(() => {
    if (!spread) return [];
    const xs = [...SPREAD_BATCHES];
    return [
      { id: 'measured', label: t('sgd.measured'), color: 'var(--c1)', x: xs, y: spread },
      { id: 'reference', label: t('sgd.reference'), color: 'var(--c3)', dash: '6 4', x: xs, y: xs.map((B) => spread[0] / Math.sqrt(B)) },
    ];
  }, [spread, t]);

  return (
    <WidgetFrame widget={sgdWidget} title={t('sgd.title')}>
      <div className="controls">
        <Segmented label={t('sgd.batch')} value={state.batch} options={SGD_BATCHES.map((b) => ({ value: b, label: b === 'full' ? t('sgd.fullShort') : b }))} onChange={(b) => set({ batch: b })} />
        <Slider label={t('sgd.lr')} value={lr} min={sgdSchema.lr.min} max={sgdSchema.lr.max} scale="log" onChange={(v) => set({ lr: v })} />
      </div>
      <p className="muted" data-testid="sgd-progress" data-done={running ? 'no' : 'yes'} role="status">
        {t('sgd.progress', { k: done, n: SGD_EPOCHS, seen: done * SGD_N })}
      </p>
      <div className="sgd-plots">
        <figure>
          <figcaption>{t('sgd.byBatch', { lr: formatNumber(lr, 3) })}</figcaption>
          <LossPlot runs={byBatch} chosen={state.batch} summary={batchSummary} done={done} />
        </figure>
        <figure>
          <figcaption>{t('sgd.byRate', { b: bLabel(t, state.batch) })}</figcaption>
          <LossPlot runs={byRate} chosen="mid" summary={rateSummary} done={done} />
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
