import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLabel } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Slider } from '../../components/Slider';
import { Toggle } from '../../components/fields';
import { Plot } from '../../components/plot/Plot';
import { RuleX } from '../../components/plot/marks/Rule';
import type { Series } from '../../components/plot/types';
import { useWidget } from '../../components/state/useWidget';
import { formatNumber } from '../../format/number';
import { cordicCode } from './cordicCode';
import { cordicFormat, cordicView } from './cordicView';
import { CordicTable } from './CordicTable';
import { hwCordic } from './widgets';
import { NS } from './strings';
import './hardware.css';

const bitsText = (b: number) => (b === Infinity ? '∞' : formatNumber(b, 3));

/** Hyperbolic CORDIC for one x, one micro-rotation at a time: angles, repeats, residual, bits. */
export function CordicWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(hwCordic);
  const fmt = cordicFormat(state);
  const { trace, step, exact, error } = cordicView(state);
  const n = state.n;
  const cur = trace.steps[step - 1];
  const go = (k: number) => set({ step: Math.max(1, Math.min(n, k)) });
  function onKey(e: KeyboardEvent<HTMLDivElement>) {
    const to = { ArrowLeft: step - 1, ArrowRight: step + 1, Home: 1, End: n }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  }

  const idx = trace.steps.map((s) => s.index);
  const series: Series[] = [
    { id: 'bits', label: t('cordic.bitsSeries'), color: 'var(--c1)', width: 2.5, x: idx.slice(0, step), y: trace.steps.slice(0, step).map((s) => s.bits) },
    { id: 'shift', label: t('cordic.shiftSeries'), color: 'var(--c2)', dash: '4 3', x: idx, y: trace.steps.map((s) => s.shift) },
  ];
  const top = Math.max(...trace.steps.map((s) => (Number.isFinite(s.bits) ? s.bits : 0)), trace.steps[n - 1].shift) + 2;
  const fmtName = fmt ? formatLabel(fmt) : 'float64';

  return (
    <WidgetFrame widget={hwCordic} title={t('cordic.title')} code={cordicCode(state.x, n, fmt ? fmtName : undefined)}>
      <div className="controls">
        <Slider label={t('dp.x')} value={state.x} min={-8} max={8} step={0.0625} onChange={(v) => set({ x: v })} />
        <Slider label={t('cordic.n')} value={n} min={2} max={48} step={1} onChange={(v) => set({ n: v, step: Math.min(step, v) })} />
        <Toggle label={t('cordic.fixed')} checked={state.fixed} onChange={(v) => set({ fixed: v })} />
        {state.fixed && (
          <>
            <Slider label={t('format.width')} value={state.w} min={8} max={32} step={1} onChange={(v) => set({ w: v })} />
            <Slider label={t('format.intBits')} value={state.i} min={2} max={8} step={1} onChange={(v) => set({ i: v })} />
          </>
        )}
      </div>
      <p className="hw-format-readout" data-testid="cordic-reduce">
        {t('cordic.reduce', { format: fmtName, x: formatNumber(trace.input, 6), k: trace.k, r: formatNumber(trace.r, 6), bits: bitsText(trace.startBits) })}
      </p>

      <div className="hw-stepper" role="group" aria-label={t('cordic.stepper')} tabIndex={0} onKeyDown={onKey} data-testid="cordic-stepper">
        <button type="button" className="button" onClick={() => go(step - 1)} disabled={step <= 1}>
          ← {t('cordic.prev')}
        </button>
        <span className="hw-step-count" data-testid="cordic-step-count">
          {t('cordic.stepOf', { k: step, n })}
        </span>
        <button type="button" className="button primary" onClick={() => go(step + 1)} disabled={step >= n}>
          {t('cordic.next')} →
        </button>
        <button type="button" className="button" onClick={() => go(n)} disabled={step >= n}>
          {t('cordic.last')}
        </button>
        <span className="hw-keys">{t('cordic.keys')}</span>
      </div>

      <p aria-live="polite" className="readout" data-testid="cordic-live">
        {t(cur.repeated ? 'cordic.nowRepeat' : 'cordic.now', {
          k: step,
          i: cur.shift,
          d: cur.direction > 0 ? '+1' : '−1',
          angle: formatNumber(cur.angle, 6),
          z0: formatNumber(cur.zBefore, 4),
          z: formatNumber(cur.z, 4),
          bits: bitsText(cur.bits),
          gained: cur.gained === 0 ? '0' : `${cur.gained > 0 ? '+' : ''}${formatNumber(cur.gained, 2)}`,
        })}
        {step === n &&
          ' ' +
            t('cordic.done', {
              er: formatNumber(trace.er, 6),
              k: trace.k,
              e: formatNumber(trace.e, 6),
              out: formatNumber(trace.output, 8),
              exact: formatNumber(exact, 8),
              err: formatNumber(error, 3),
            })}
      </p>

      <Plot
        summary={t('cordic.summary', { n, k: step, format: fmtName, bits: bitsText(cur.bits) })}
        series={series}
        xDomain={[1, Math.max(2, n)]}
        yDomain={[0, top]}
        xLabel={t('cordic.iteration')}
        yLabel={t('cordic.bitsAxis')}
        height={240}
        tableLabel={t('cordic.plotTable')}
      >
        <RuleX x={step} stroke="var(--c3)" strokeWidth={1.5} dash="2 3" />
      </Plot>
      <CordicTable trace={trace} step={step} />
    </WidgetFrame>
  );
}
