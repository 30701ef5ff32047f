import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activations, type ActivationName } from '../../engine';
import { Slider } from '../../components/Slider';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { descent } from './widgets';
import { LandscapePlot, type Ball } from './LandscapePlot';
import { ballPath, gradAt, landscape, lossAt, UNITS, W_RANGE } from './descent';
import { MAX_DESCENT_STEPS } from './schema';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';
import { NS } from './strings';
import './why-nonlinear.css';

const LOOK: Record<string, { color: string; dash?: string; shape: Ball['shape'] }> = {
  step: { color: 'var(--c1)', shape: 'square' },
  sigmoid: { color: 'var(--c2)', dash: '7 4', shape: 'circle' },
};
const PLAY_MS = 350;
const REDUCED_JUMP = 25;

/** Gradient descent on one weight: the sigmoid unit's ball rolls, the step unit's ball cannot. */
export function StepDescentWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(descent);
  const reduced = usePrefersReducedMotion();
  const [playing, setPlaying] = useState(false);
  const series = useMemo(
    () => UNITS.map((u) => ({ id: u, label: t('descent.curve', { f: activations[u].label }), ...LOOK[u], ...landscape(u) })),
    [t],
  );
  const balls = useMemo(
    () =>
      UNITS.map((u: ActivationName) => {
        const w = ballPath(u, state.w0, state.lr, state.steps)[state.steps];
        return { id: u, w, loss: lossAt(u, w), grad: gradAt(u, w), ...LOOK[u] };
      }),
    [state.w0, state.lr, state.steps],
  );

  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => set({ steps: Math.min(MAX_DESCENT_STEPS, state.steps + 1) }), PLAY_MS);
    return () => window.clearInterval(id);
  }, [playing, state.steps, set]);
  const atEnd = state.steps >= MAX_DESCENT_STEPS;
  const isPlaying = playing && !atEnd;

  function play() {
    if (reduced) set({ steps: Math.min(MAX_DESCENT_STEPS, state.steps + REDUCED_JUMP) });
    else setPlaying((p) => !p);
  }

  const maxLoss = Math.max(...series.map((s) => Math.max(...s.y)));
  return (
    <WidgetFrame widget={descent} title={t('descent.title')} onReset={() => setPlaying(false)}>
      <div className="controls">
        <Slider label={t('descent.w0')} value={state.w0} min={W_RANGE[0]} max={W_RANGE[1]} step={0.1} onChange={(v) => set({ w0: v, steps: 0 })} />
        <Slider label={t('descent.lr')} value={state.lr} min={0.1} max={5} step={0.1} onChange={(v) => set({ lr: v })} />
      </div>
      <div className="button-row">
        <button type="button" className="button primary" disabled={atEnd} onClick={() => set({ steps: state.steps + 1 })}>
          {t('descent.step')}
        </button>
        <button type="button" className="button" disabled={atEnd} aria-pressed={reduced ? undefined : isPlaying} onClick={play}>
          {reduced ? t('descent.jump', { n: REDUCED_JUMP }) : isPlaying ? t('descent.pause') : t('descent.play')}
        </button>
        <button type="button" className="button" onClick={() => { setPlaying(false); set({ steps: 0 }); }}>
          {t('descent.restart')}
        </button>
        <span className="muted" data-testid="descent-steps">{t('descent.stepCount', { n: state.steps })}</span>
      </div>
      <LandscapePlot
        summary={t('descent.summary', {
          step: formatNumber(balls[0].w),
          sigmoid: formatNumber(balls[1].w),
          n: state.steps,
        })}
        series={series}
        balls={balls}
        xDomain={W_RANGE}
        yDomain={[0, Math.ceil(maxLoss * 10) / 10 + 0.05]}
        xLabel={t('descent.xLabel')}
        yLabel={t('descent.yLabel')}
        tableLabel={t('descent.table')}
      />
      <ul className="ball-readouts" aria-live="polite">
        {balls.map((b) => (
          <li key={b.id} data-testid={`ball-${b.id}`} data-w={b.w}>
            <span className={`ball-key ${b.shape}`} style={{ background: b.color }} aria-hidden="true" />
            {t('descent.readout', {
              f: activations[b.id as ActivationName].label,
              w: formatNumber(b.w),
              loss: formatNumber(b.loss),
              grad: formatNumber(b.grad),
            })}
            {b.grad === 0 && state.steps > 0 && <strong> {t('descent.stuck')}</strong>}
          </li>
        ))}
      </ul>
    </WidgetFrame>
  );
}
