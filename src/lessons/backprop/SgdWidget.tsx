import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Slider } from '../../components/Slider';
import { Segmented } from '../../components/fields';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Plot } from '../../components/plot/Plot';
import { formatNumber } from '../../components/plot/scales';
import type { Series } from '../../components/plot/types';
import { useWidget } from '../../components/state/useWidget';
import { sgdWidget } from './widgets';
import { SGD_AXES, SGD_BATCHES, SGD_EPOCHS, SGD_SEED, SPREAD_BATCHES, SPREAD_DRAWS, sgdSchema } from './schema';
import { batchSizeOf, sgdData, sgdTrainer, spreadMeasurement } from './model';
import { sgdCode } from './sgdCode';
import { SgdRunsView } from './SgdRunsView';
import { useChunked } from './useChunked';
import { NS } from './strings';
import './backprop.css';

/** Batch size and learning rate on three blobs: loss against examples seen, and the measured noise of the gradient. */
export function SgdWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(sgdWidget);
  const lr = state.lr;
  const params = useMemo(() => ({ lr, batch: state.batch }), [lr, state.batch]);
  // The code's data and starting weights do not depend on B or η: built once, not per key press.
  const base = useMemo(() => {
    const data = sgdData(SGD_SEED);
    return { data, tr: sgdTrainer(1, sgdSchema.lr.default, SGD_SEED, data) };
  }, []);
  const code = useMemo(() => sgdCode(base.tr, base.data, batchSizeOf(state.batch), lr, SGD_EPOCHS), [base, state.batch, lr]);

  return (
    <WidgetFrame widget={sgdWidget} title={t('sgd.title')} code={code}>
      <div className="controls">
        <Segmented label={t('sgd.batch')} value={state.batch} options={SGD_BATCHES.map((b) => ({ value: b, label: b === 'full' ? t('sgd.fullShort') : b }))} onChange={(b) => set({ batch: b })} />
        <Slider label={t('sgd.lr')} value={lr} min={sgdSchema.lr.min} max={sgdSchema.lr.max} scale="log" onChange={(v) => set({ lr: v })} />
        <Segmented label={t('sgd.axis')} value={state.axis} options={SGD_AXES.map((a) => ({ value: a, label: t(`sgd.axisShort_${a}`) }))} onChange={(a) => set({ axis: a })} />
      </div>
      <SgdRunsView params={params} axis={state.axis} />
      <SpreadFigure />
    </WidgetFrame>
  );
}

/** The gradient-noise measurement (on mount only, in frame slices): its own memoised component, so an η key press does not redraw it. */
const SpreadFigure = memo(function SpreadFigure() {
  const { t } = useTranslation(NS);
  const makeSpread = useCallback(() => spreadMeasurement(SPREAD_BATCHES, SPREAD_DRAWS), []);
  const spread = useChunked(makeSpread);
  const spreadSeries = useMemo<Series[]>(() => {
    if (!spread) return [];
    const xs = [...SPREAD_BATCHES];
    return [
      { id: 'measured', label: t('sgd.measured'), color: 'var(--c1)', x: xs, y: spread },
      { id: 'reference', label: t('sgd.reference'), color: 'var(--c3)', dash: '6 4', x: xs, y: xs.map((B) => spread[0] / Math.sqrt(B)) },
    ];
  }, [spread, t]);
  return (
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
  );
});
