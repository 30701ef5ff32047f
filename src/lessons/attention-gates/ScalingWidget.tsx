import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sigmoidGates, softmax, weightSum } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Plot } from '../../components/plot/Plot';
import { RuleX } from '../../components/plot/marks/Rule';
import { Slider } from '../../components/Slider';
import { Toggle } from '../../components/fields';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { useOffThread, type OffThreadJob } from '../../components/useOffThread';
import { NS } from './strings';
import './attention-gates.css';
import './scaling.css';
import { attnScale } from './widgets';
import { DK_MAX } from './schema';
import { adoptSweep, scalingAt, scalingCurves, snapDk, sweepPoints, SCALE_KEYS, SCALE_SEED, type SweepPoint } from './scaling';
import { scalingCode } from './scalingCode';
import { WeightBars } from './WeightBars';

const f = (v: number, d = 3) => formatNumber(v, d);

/** The eleven-point sweep: always in the worker (its parameter is only the fixed seed). */
const job: OffThreadJob<number, SweepPoint[]> = {
  compute: () => sweepPoints(),
  heavy: () => true,
  worker: () => new Worker(new URL('./scaling.worker.ts', import.meta.url), { type: 'module' }),
};

/**
 * Why attention divides by √d_k: random q·k spreads like √d_k, so unscaled softmax rows
 * saturate as d_k grows. The sweep is cached (scaling.ts); moving the slider only reads it.
 */
export function ScalingWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(attnScale);
  const { dk, scaled } = state;
  const { outcome } = useOffThread(job, SCALE_SEED);
  const points = outcome?.ok ? outcome.value : null;
  if (points) adoptSweep(points);
  const curves = useMemo(() => (points ? scalingCurves(points, { unscaled: t('scale.unscaled'), scaled: t('scale.scaled') }) : null), [points, t]);
  const m = scalingAt(dk);
  const stats = scaled ? m.scaled : m.unscaled;
  const scale = scaled ? 1 / Math.sqrt(dk) : 1;
  const row = Array.from(m.firstRow, (v) => v * scale);
  const w = softmax(row);
  const g = sigmoidGates(row);
  const code = useMemo(() => scalingCode(Array.from(scalingAt(dk).firstRow), dk, scaled), [dk, scaled]);
  const keyName = (i: number) => t('scale.key', { i: i + 1 });
  const maxH = Math.log(SCALE_KEYS);

  return (
    <WidgetFrame widget={attnScale} title={t('scale.title')} code={code}>
      <div className="controls">
        <Slider
          label={t('scale.dk')}
          value={dk}
          min={1}
          max={DK_MAX}
          scale="log"
          step={Math.log10(2)}
          format={(v) => String(snapDk(v))}
          onChange={(v) => set({ dk: snapDk(v) })}
        />
        <Toggle label={t('scale.toggle')} checked={scaled} onChange={(v) => set({ scaled: v })} />
      </div>
      <dl className="ag-facts" aria-live="polite" data-testid="scale-readout">
        <div>
          <dt>{t('scale.spread')}</dt>
          <dd data-testid="scale-std" data-value={String(m.scoreStd)} data-analytic={String(m.analyticStd)}>
            {t('scale.spreadValue', { measured: f(m.scoreStd), analytic: f(m.analyticStd) })}
          </dd>
        </div>
        <div>
          <dt>{t('scale.entropy')}</dt>
          <dd data-testid="scale-entropy" data-value={String(stats.meanEntropy)}>{t('scale.entropyValue', { h: f(stats.meanEntropy), max: f(maxH) })}</dd>
        </div>
        <div>
          <dt>{t('scale.top')}</dt>
          <dd data-testid="scale-top" data-value={String(stats.meanMaxWeight)}>{f(stats.meanMaxWeight)}</dd>
        </div>
        <div>
          <dt>{t('scale.jac')}</dt>
          <dd data-testid="scale-jac" data-value={String(stats.meanJacobianNorm)}>{f(stats.meanJacobianNorm)}</dd>
        </div>
        <div>
          <dt>{t('scale.gate')}</dt>
          <dd data-testid="scale-gate" data-value={String(stats.meanGate)}>{f(stats.meanGate)}</dd>
        </div>
      </dl>
      <p className="ag-scale-note" data-testid="scale-note">{stats.meanEntropy < 0.25 * maxH ? t('scale.saturated') : scaled ? t('scale.calm') : t('scale.hint')}</p>
      <div className="ag-pair">
        <WeightBars
          heading={t('scale.rowSoftmax')}
          summary={t('scale.rowSummary', { values: Array.from(w, (v) => f(v, 2)).join(', ') })}
          bars={Array.from(w, (v, i) => ({ id: `k${i}`, label: String(i + 1), value: v, color: 'var(--c1)' }))}
          total={t('scale.rowTotal', { sum: f(weightSum(w), 4), top: keyName(w.indexOf(Math.max(...w))) })}
          testId="scale-row-softmax"
        />
        <WeightBars
          heading={t('scale.rowGates')}
          summary={t('scale.gateSummary', { values: Array.from(g, (v) => f(v, 2)).join(', ') })}
          bars={Array.from(g, (v, i) => ({ id: `k${i}`, label: String(i + 1), value: v, color: 'var(--c3)' }))}
          total={t('scale.gateTotal', { mean: f(weightSum(g) / g.length, 3) })}
          testId="scale-row-gates"
        />
      </div>
      {curves ? (
        <div className="ag-pair">
          <Plot
            summary={t('scale.entropySummary', { dk, max: f(maxH), dkMax: DK_MAX })}
            series={curves.entropy}
            xDomain={[1, DK_MAX]}
            xScale="log"
            yDomain={[0, Math.ceil(maxH)]}
            xLabel={t('scale.xLabel')}
            yLabel={t('scale.yEntropy')}
            height={220}
            exportName="attn-scale-entropy"
          >
            <RuleX x={dk} />
          </Plot>
          <Plot
            summary={t('scale.jacSummary', { dk })}
            series={curves.jacobian}
            xDomain={[1, DK_MAX]}
            xScale="log"
            yDomain={[0, 0.4]}
            xLabel={t('scale.xLabel')}
            yLabel={t('scale.yJac')}
            height={220}
            exportName="attn-scale-gradient"
          >
            <RuleX x={dk} />
          </Plot>
        </div>
      ) : (
        <p className="ag-scale-note" data-testid="scale-computing">{outcome && !outcome.ok ? outcome.message : t('scale.computing')}</p>
      )}
    </WidgetFrame>
  );
}
