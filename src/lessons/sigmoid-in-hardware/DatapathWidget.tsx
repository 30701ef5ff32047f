import { useTranslation } from 'react-i18next';
import { apFixed, formatLabel, fpgaSigmoidExact, sigmoidApprox } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Slider } from '../../components/Slider';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { PLAN_SEGMENTS, PLAN_STEPS, planTrace, type PlanTrace } from './planTrace';
import { hwDatapath } from './widgets';
import { NS } from './strings';
import { PlanStepBody } from './PlanStepBody';
import './hardware.css';

/** PLAN's datapath for one x, register by register, walked with Previous / Next. */
export function DatapathWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(hwDatapath);
  const intBits = Math.min(state.i, state.w - 2);
  const fmt = apFixed(state.w, intBits, 'TRN', 'SAT');
  const trace: PlanTrace = planTrace(state.x, fmt);
  const step = state.step;
  const last = PLAN_STEPS.length - 1;
  const engineOut = sigmoidApprox.plan.evaluate(state.x, undefined, fmt);
  const exact = fpgaSigmoidExact(trace.input.value);

  return (
    <WidgetFrame widget={hwDatapath} title={t('dp.title')}>
      <div className="controls">
        <Slider label={t('dp.x')} value={state.x} min={-8} max={8} step={0.0625} onChange={(v) => set({ x: v })} />
        <Slider label={t('format.width')} value={state.w} min={6} max={24} step={1} onChange={(v) => set({ w: v })} />
        <Slider label={t('format.intBits')} value={intBits} min={4} max={8} step={1} onChange={(v) => set({ i: v })} />
      </div>
      <p className="hw-format-readout">{t('dp.format', { label: formatLabel(fmt) })}</p>

      <table className="num-table hw-segments">
        <caption>{t('dp.segments')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dp.range')}</th>
            <th scope="col">{t('dp.rule')}</th>
          </tr>
        </thead>
        <tbody>
          {PLAN_SEGMENTS.map((s, k) => {
            const hi = k === 0 ? '∞' : String(PLAN_SEGMENTS[k - 1].from);
            const fires = step >= 2 && k === trace.segment;
            return (
              <tr key={s.from} className={fires ? 'fires' : undefined} data-testid={`segment-${k}`} aria-current={fires ? 'true' : undefined}>
                <td>{`${s.from} ≤ |x| < ${hi}`}</td>
                <td>{s.shift === null ? 'y = 1' : `y = (|x| ≫ ${s.shift}) + ${s.offset}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <div className="hw-stepper" role="group" aria-label={t('dp.stepper')}>
        <button type="button" className="button" onClick={() => set({ step: step - 1 })} disabled={step === 0}>
          ← {t('dp.prev')}
        </button>
        <span className="hw-step-count" data-testid="step-count">
          {t('dp.stepOf', { k: step + 1, n: PLAN_STEPS.length })}
        </span>
        <button type="button" className="button primary" onClick={() => set({ step: step + 1 })} disabled={step === last}>
          {t('dp.next')} →
        </button>
      </div>

      <ol className="hw-steps">
        {PLAN_STEPS.map((id, k) => (
          <li key={id} className={k === step ? 'current' : k > step ? 'later' : 'done'} aria-current={k === step ? 'step' : undefined} data-step={id}>
            <h3>{t(`dp.step.${id}`)}</h3>
            {k <= step ? <PlanStepBody id={id} trace={trace} /> : <p className="hw-later">…</p>}
          </li>
        ))}
      </ol>
      <div aria-live="polite" className="readout" data-testid="datapath-live">
        {step === last
          ? t('dp.done', {
              out: String(trace.output.value),
              exact: formatNumber(exact, 6),
              err: formatNumber(Math.abs(trace.output.value - exact), 3),
              agree: engineOut === trace.output.value ? t('dp.agree') : t('dp.disagree'),
            })
          : t('dp.now', { k: step + 1, name: t(`dp.step.${PLAN_STEPS[step]}`) })}
      </div>
    </WidgetFrame>
  );
}
