import { useTranslation } from 'react-i18next';
import { NumberField, Segmented } from '../../components/fields';
import { formatNumber } from '../../components/plot/scales';
import { Slider } from '../../components/Slider';
import { Equation } from '../../components/Equation';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { heads } from './widgets';
import { NS } from './strings';
import { headsCode } from './code';
import { LOGIT_LIMIT } from './schema';
import { twoHeads } from './twoHeads';
import './lesson.css';

const f = (v: number) => formatNumber(v, 6);

/** One example through a 1-logit sigmoid/BCE head and a 2-logit softmax/CE head, side by side. */
export function HeadsWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(heads);
  const y = state.y === '1' ? 1 : 0;
  const { sig, soft } = twoHeads(state.z0, state.z1, y);
  const dp = Math.abs(sig.p1 - soft.probs[1]);
  const dl = Math.abs(sig.loss - soft.loss);
  return (
    <WidgetFrame widget={heads} title={t('heads.title')} code={headsCode(state.z0, state.z1, y)}>
      <div className="controls">
        <Slider label={t('heads.z0')} value={state.z0} min={-10} max={10} step={0.01} onChange={(v) => set({ z0: v })} />
        <Slider label={t('heads.z1')} value={state.z1} min={-10} max={10} step={0.01} onChange={(v) => set({ z1: v })} />
        <NumberField label={t('heads.z0Typed')} value={state.z0} min={-LOGIT_LIMIT} max={LOGIT_LIMIT} onChange={(v) => set({ z0: v })} />
        <NumberField label={t('heads.z1Typed')} value={state.z1} min={-LOGIT_LIMIT} max={LOGIT_LIMIT} onChange={(v) => set({ z1: v })} />
        <Segmented label={t('heads.label')} value={state.y} options={[{ value: '0', label: t('heads.y0') }, { value: '1', label: t('heads.y1') }]} onChange={(v) => set({ y: v })} />
      </div>
      <div className="svs-cards">
        <section className="svs-card" aria-labelledby="heads-sig-h" data-testid="head-sigmoid">
          <h3 id="heads-sig-h">{t('heads.sigTitle')}</h3>
          <Equation latex={`z = z_1 - z_0 = ${f(sig.z)}`} display />
          <dl className="svs-dl">
            <dt>{t('heads.p1')}</dt>
            <dd data-testid="sig-p" data-value={sig.p1}>σ(z) = {f(sig.p1)}</dd>
            <dt>{t('heads.loss')}</dt>
            <dd data-testid="sig-loss" data-value={sig.loss}>BCE = {f(sig.loss)}</dd>
            <dt>{t('heads.grad')}</dt>
            <dd data-testid="sig-grad" data-value={sig.grad}>∂L/∂z = σ(z) − y = {f(sig.grad)}</dd>
          </dl>
        </section>
        <section className="svs-card" aria-labelledby="heads-soft-h" data-testid="head-softmax">
          <h3 id="heads-soft-h">{t('heads.softTitle')}</h3>
          <Equation latex={`(z_0, z_1) = (${f(state.z0)},\\ ${f(state.z1)})`} display />
          <dl className="svs-dl">
            <dt>{t('heads.p1')}</dt>
            <dd data-testid="soft-p" data-value={soft.probs[1]}>softmax(z)₁ = {f(soft.probs[1])}</dd>
            <dt>{t('heads.loss')}</dt>
            <dd data-testid="soft-loss" data-value={soft.loss}>CE = {f(soft.loss)}</dd>
            <dt>{t('heads.grad')}</dt>
            <dd data-testid="soft-grad">
              ∂L/∂z₀ = {f(soft.grad[0])}, ∂L/∂z₁ = {f(soft.grad[1])}
            </dd>
          </dl>
        </section>
      </div>
      <p className="readout" aria-live="polite" data-testid="heads-agree">
        {t('heads.agree', { dp: formatNumber(dp, 3), dl: formatNumber(dl, 3), g: f(sig.grad) })}
      </p>
    </WidgetFrame>
  );
}
