import { NS } from './strings';
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Plot } from '../../components/plot/Plot';
import { Slider } from '../../components/Slider';
import { Equation } from '../../components/Equation';
import { SelectField } from '../../components/fields';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { depth } from './widgets';
import { DEPTH_ACTIVATIONS, DEPTH_INITS, DEPTH_PRESETS } from './schema';
import { depthChain, depthSeries, type DepthParams, type DepthResult } from './depthChain';
import { useOffThread, type OffThreadJob } from '../../components/useOffThread';
import { depthCode } from './code';
import './saturation.css';

/**
 * One pass costs about depth · width² · 64 examples multiply-adds, times three (forward,
 * backward, the split): 30 × 16² (the default) took 5 ms on the loaded 2-core VM, 50 × 64²
 * took 101 ms. The state the widget mounts with runs inline when it is up to about the
 * default (the first render is complete, as the exercises and journeys expect); every later
 * state — a slider step, a preset, a reveal — runs in the worker, so a key press never waits
 * for a network pass (issue 20: it was 3–7 ms of each press at the default size).
 */
type DepthJobParams = DepthParams & { mountState: boolean };
const depthJob: OffThreadJob<DepthJobParams, DepthResult> = {
  compute: depthChain,
  heavy: (p) => !p.mountState || p.depth * p.width * p.width > 8000,
  worker: () => new Worker(new URL('./depth.worker.ts', import.meta.url), { type: 'module', name: 'logit-lab-depth' }),
};

/**
 * True once `busy` has stayed true for `ms`. The worker usually answers within a frame or
 * two: greying the result for that long would be a flicker, and each grey/ungrey repaints the
 * whole plot and both formulas; only a slow answer (the largest networks) greys it.
 */
function useDelayedFlag(busy: boolean, ms: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!busy) return;
    // Timed from the first step of a busy spell: steps while busy do not restart it.
    const timer = window.setTimeout(() => setShown(true), ms);
    return () => {
      window.clearTimeout(timer);
      setShown(false);
    };
  }, [busy, ms]);
  return busy && shown;
}

/** Gradient norm per layer after one backward pass through a real N-layer network. */
export function DepthWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(depth);
  const [mounted] = useState(state);
  const params = useMemo(() => ({ ...state, mountState: state === mounted }), [state, mounted]);
  const code = useMemo(() => depthCode(state), [state]);
  const label = (k: string) => t(`act.${k}`);

  return (
    <WidgetFrame widget={depth} title={t('depth.title')} code={code}>
      <div className="sat-presets" role="group" aria-label={t('depth.presets')}>
        <span className="sat-presets-label" aria-hidden="true">{t('depth.presets')}</span>
        {Object.entries(DEPTH_PRESETS).map(([k, v]) => (
          <button key={k} type="button" className="button" aria-pressed={state.act === v.act && state.init === v.init && state.scale === v.scale} onClick={() => set(v)}>
            {t(`depth.preset.${k}`)}
          </button>
        ))}
      </div>
      <div className="controls">
        <SelectField label={t('depth.activation')} value={state.act} options={DEPTH_ACTIVATIONS.map((a) => ({ value: a, label: label(a) }))} onChange={(v) => set({ act: v })} />
        <SelectField label={t('depth.init')} value={state.init} options={DEPTH_INITS.map((a) => ({ value: a, label: t(`init.${a}`) }))} onChange={(v) => set({ init: v })} />
        <Slider label={t('depth.scale')} value={state.scale} min={0.1} max={4} step={0.05} onChange={(v) => set({ scale: Number(v.toFixed(2)) })} description={t('depth.scaleHelp')} />
        <Slider label={t('depth.depth')} value={state.depth} min={1} max={50} step={1} onChange={(v) => set({ depth: v })} />
        <Slider label={t('depth.width')} value={state.width} min={2} max={64} step={1} onChange={(v) => set({ width: v })} />
        <Slider label={t('depth.seed')} value={state.seed} min={1} max={999} step={1} onChange={(v) => set({ seed: v })} />
      </div>
      <DepthResult params={params} />
    </WidgetFrame>
  );
}

/**
 * The pass and its result. Its own component so a worker's answer re-renders only this,
 * not the widget's controls.
 */
function DepthResult({ params }: { params: DepthJobParams }) {
  const { t } = useTranslation(NS);
  const { outcome: out, params: p, stale } = useOffThread(depthJob, params);
  const slow = useDelayedFlag(stale, 250);
  return (
    <>
      {out === null || p === null ? (
        <p className="readout" aria-busy="true" data-testid="depth-computing">
          {t('depth.computing')}
        </p>
      ) : out.ok ? (
        <div className={slow ? 'sat-stale' : undefined} aria-busy={slow}>
          <DepthResultView r={out.value} depth={p.depth} act={t(`act.${p.act}`)} />
        </div>
      ) : (
        <p className="inline-error" role="alert">
          {out.message}
        </p>
      )}
    </>
  );
}

/** Memoised: a render of the widget for another reason (a control, the busy flag) leaves the plot and formulas alone. */
const DepthResultView = memo(function DepthResultView({ r, depth, act }: { r: DepthResult; depth: number; act: string }) {
  const { t } = useTranslation(NS);
  const series = useMemo(() => depthSeries(r, t('depth.measured'), t('depth.bound')), [r, t]);
  const log = Math.log10(r.ratio);
  return (
    <>
      <p className="readout" aria-live="polite" data-testid="depth-ratio" data-ratio={r.ratio}>
        {t('depth.readout', {
          first: formatNumber(r.norms[0], 3),
          last: formatNumber(r.norms[r.norms.length - 1], 3),
          ratio: formatNumber(r.ratio, 3),
          log: formatNumber(log, 3),
        })}
      </p>
      {Number.isFinite(r.slopeFactor) && Number.isFinite(r.weightFactor) && (
        <p className="readout" data-testid="depth-factors" data-slope={r.slopeFactor} data-weight={r.weightFactor} data-mean-slope={r.meanSlope}>
          {t('depth.factors', { slope: formatNumber(r.slopeFactor, 3), weight: formatNumber(r.weightFactor, 3), meanSlope: formatNumber(r.meanSlope, 3) })}
        </p>
      )}
      <div className="sat-bound" data-testid="depth-bound">
        <Equation display latex={`\\sigma'(z)\\le\\tfrac14\\;\\Rightarrow\\;\\Big(\\tfrac14\\Big)^{${depth}} = ${tex(r.sigmoidBound)}`} />
        <Equation
          display
          latex={`\\text{${t('depth.measuredTex')}}\\;\\frac{\\lVert g_1\\rVert}{\\lVert g_{${depth + 1}}\\rVert} = ${tex(r.ratio)},\\quad \\text{${t('depth.perLayerTex')}}\\approx ${tex(r.perLayer)}`}
        />
      </div>
      <Plot
        summary={t('depth.summary', { act, depth, ratio: formatNumber(r.ratio, 3) })}
        series={series}
        xDomain={[1, Math.max(2, r.norms.length)]}
        yScale="log"
        xLabel={t('depth.xLabel')}
        yLabel={t('depth.yLabel')}
        height={300}
        exportName="saturation-depth"
      />
    </>
  );
});

/** A number as KaTeX: 1.48 \times 10^{-19} rather than 1.48e−19. */
function tex(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : v < 0 ? '-\\infty' : '\\text{NaN}';
  if (v === 0) return '0';
  const e = Math.floor(Math.log10(Math.abs(v)));
  if (e >= -2 && e < 4) return String(Number(v.toPrecision(3)));
  return `${(v / 10 ** e).toFixed(2)}\\times 10^{${e}}`;
}
