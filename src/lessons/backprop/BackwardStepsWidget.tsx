import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivationName } from '../../engine';
import { Slider } from '../../components/Slider';
import { Segmented } from '../../components/fields';
import { Equation } from '../../components/Equation';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { backwardWidget } from './widgets';
import { BP_ACTS, BP_STEP_COUNT, backwardSchema } from './schema';
import { backStep, backStepTex, deltaStepOf } from './backTex';
import { BLOCKED_SLOPE, CHECK_AGREES, backwardRun } from './model';
import { backwardCode } from './backwardCode';
import { NS } from './strings';
import './backprop.css';

const ACT_LABEL: Record<string, string> = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU' };

/** One example through 2 → 3 → 3 → 3 and back: δ and ∂L/∂W layer by layer, with a gradient check. */
export function BackwardStepsWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(backwardWidget);
  const act = state.act as ActivationName;
  const cls = Number(state.cls);
  const run = useMemo(() => backwardRun({ act, scale: state.scale, seed: state.seed }, [state.x1, state.x2], cls), [act, state.scale, state.seed, state.x1, state.x2, cls]);
  const code = useMemo(() => backwardCode(run.trainer, [state.x1, state.x2], cls, act), [run, state.x1, state.x2, cls, act]);
  const { trace, check } = run;
  const L = trace.delta.length;
  const cur = state.step;
  const { kind, layer } = backStep(cur, L);
  const caption =
    kind === 'forward' ? t('back.startCaption') : kind === 'grad' ? t('back.gradCaption', { l: layer + 1 }) : layer === L - 1 ? t('back.outputCaption') : t('back.deltaCaption', { l: layer + 1, f: ACT_LABEL[act] });
  const tex = backStepTex(run.trainer, trace, cur, cls);
  const blocked = trace.slopes.reduce((k, s) => k + s.filter((v) => Math.abs(v) < BLOCKED_SLOPE).length, 0);
  const agrees = check.maxRelError < CHECK_AGREES;

  return (
    <WidgetFrame widget={backwardWidget} title={t('back.title')} code={code}>
      <div className="controls">
        <Slider label={t('back.x1')} value={state.x1} min={-2} max={2} step={0.1} onChange={(v) => set({ x1: v })} />
        <Slider label={t('back.x2')} value={state.x2} min={-2} max={2} step={0.1} onChange={(v) => set({ x2: v })} />
        <Segmented label={t('back.cls')} value={state.cls} options={backwardSchema.cls.options.map((c) => ({ value: c, label: t('back.class', { k: Number(c) + 1 }) }))} onChange={(c) => set({ cls: c })} />
        <Segmented label={t('back.act')} value={state.act} options={BP_ACTS.map((a) => ({ value: a, label: ACT_LABEL[a] }))} onChange={(a) => set({ act: a })} />
        <Slider label={t('back.scale')} value={state.scale} min={backwardSchema.scale.min} max={backwardSchema.scale.max} scale="log" onChange={(v) => set({ scale: v })} description={t('back.scaleHelp')} />
      </div>
      <div className="button-row">
        <button type="button" className="button" disabled={cur === 0} onClick={() => set({ step: cur - 1 })}>
          {t('back.prev')}
        </button>
        <button type="button" className="button primary" disabled={cur === BP_STEP_COUNT} onClick={() => set({ step: cur + 1 })}>
          {t('back.next')}
        </button>
        <span className="muted" data-testid="back-status" role="status">
          {t('back.status', { k: cur, n: BP_STEP_COUNT })}
        </span>
      </div>

      <ol className="delta-strip" aria-label={t('back.stripLabel')}>
        {trace.delta.map((d, l) => {
          const known = cur >= deltaStepOf(l, L);
          const isCurrent = kind !== 'forward' && layer === l;
          const slopes = l < L - 1 ? trace.slopes[l] : null;
          return (
            <li key={l} className={`vector-col${isCurrent ? ' current' : ''}${known ? '' : ' pending'}`} aria-current={isCurrent ? 'step' : undefined} data-testid={`delta-col-${l + 1}`}>
              <Equation latex={`\\delta^{(${l + 1})}`} />
              <span className="vector-values mono">
                {Array.from(d, (v, i) => (
                  <span key={i} className={slopes && Math.abs(slopes[i]) < BLOCKED_SLOPE ? 'blocked' : undefined}>
                    {known ? formatNumber(v, 3) : '?'}
                  </span>
                ))}
              </span>
              <span className="delta-norm" data-value={known ? run.deltaNorms[l] : undefined}>
                ‖δ‖ = {known ? formatNumber(run.deltaNorms[l], 3) : '?'}
              </span>
              {slopes && (
                <span className="slope-row mono" title={t('back.slopeTitle')}>
                  f′: {Array.from(slopes, (v) => formatNumber(v, 2)).join(' ')}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="legend-note">{blocked > 0 ? t('back.blocked', { count: blocked }) : t('back.noneBlocked')}</p>

      <div className="readout step-equation" data-testid="back-equation" aria-live="polite">
        <p>{caption}</p>
        <Equation latex={tex} display />
      </div>

      <table className="check-table" data-testid="grad-check" data-value={check.maxRelError}>
        <caption>{t('back.checkCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('back.checkLayer')}</th>
            <th scope="col">{t('back.checkRel')}</th>
          </tr>
        </thead>
        <tbody>
          {check.layers.map((c, l) => (
            <tr key={l}>
              <th scope="row">W⁽{l + 1}⁾, b⁽{l + 1}⁾</th>
              <td className="mono">{c.maxRelError.toExponential(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={`readout check-verdict${agrees ? '' : ' disagree'}`} data-testid="check-verdict">
        {agrees ? t('back.agree', { err: check.maxRelError.toExponential(1) }) : t('back.disagree', { err: check.maxRelError.toExponential(1) })}
      </p>
    </WidgetFrame>
  );
}
