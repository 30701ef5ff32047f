import { useTranslation } from 'react-i18next';
import { PasteNumbers } from '../../components/PasteNumbers';
import { pasteLimits } from '../../components/pasteCheck';
import { NS } from './strings';
import { softmax, softmaxNaive, softmaxStable, type Precision, argmax } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Segmented } from '../../components/fields';
import { useWidget } from '../../components/state/useWidget';
import { softmaxStepsWidget } from './widgets';
import { BIG_LOGIT as BIG } from './schema';
import { softmaxSteps, type SoftmaxSteps } from './softmaxSteps';
import { cell, isBad, PRECISION_OPTIONS } from './format';
import { LogitsField } from './LogitsField';
import { SoftmaxStepTable } from './SoftmaxStepTable';
import { softmaxCode } from './code';
import './overflow.css';

function badCounts(s: SoftmaxSteps, final: Float64Array) {
  const all = [...s.exps, ...s.running, ...final];
  return { inf: all.filter((v) => Math.abs(v) === Infinity).length, nan: all.filter(Number.isNaN).length };
}

/** Naive and stable softmax side by side in one format, every intermediate shown. */
export function SoftmaxStepsWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(softmaxStepsWidget);
  const z = state.z;
  const p = state.p as Precision;
  const naive = softmaxSteps(z, p, false);
  const stable = softmaxSteps(z, p, true);
  // The last column comes straight from the engine; steps.test.ts pins the tables to it.
  const naiveP = softmaxNaive(z, p);
  const stableP = softmaxStable(z, p);
  const exact = softmax(z);
  const maxIdx = argmax(z);
  const status = (s: SoftmaxSteps, f: Float64Array) => {
    const { inf, nan } = badCounts(s, f);
    return inf + nan === 0 ? t('steps.clean') : t('steps.broken', { inf, nan });
  };
  const naiveStatus = status(naive, naiveP);
  const stableStatus = status(stable, stableP);
  return (
    <WidgetFrame widget={softmaxStepsWidget} title={t('steps.title')} code={softmaxCode(z, p)}>
      <div className="controls">
        <LogitsField label={t('logits')} value={z} maxLength={8} onChange={(v) => set({ z: v })} invalidMessage={(s) => t('badLogits', { text: s })} />
        <Segmented label={t('precision')} value={p} options={PRECISION_OPTIONS} onChange={(v) => set({ p: v })} />
      </div>
      <PasteNumbers what="logits" value={z} onChange={(v) => set({ z: v })} widgetId={softmaxStepsWidget.id} {...pasteLimits(softmaxStepsWidget.schema.z)} />
      <p>
        <button type="button" className="button" disabled={z[maxIdx] === BIG} onClick={() => set({ z: z.map((v, i) => (i === maxIdx ? BIG : v)) })}>
          {t('steps.big', { from: cell(z[maxIdx]), to: BIG })}
        </button>
      </p>
      <div className="readout" aria-live="polite">
        <div data-testid="naive-status">
          <strong>{t('steps.naive')}:</strong> <span className={isBad(naiveP.reduce((a, b) => a + b, 0)) ? 'bad' : undefined}>{naiveStatus}</span>
        </div>
        <div data-testid="stable-status">
          <strong>{t('steps.stable')}:</strong> {stableStatus}
        </div>
        <div>
          <strong>{t('steps.exact')}:</strong> [{Array.from(exact, (v) => cell(v, 4)).join(', ')}]
        </div>
      </div>
      <div className="steps-grid">
        <SoftmaxStepTable steps={naive} kind="naive" final={naiveP} />
        <SoftmaxStepTable steps={stable} kind="stable" final={stableP} />
      </div>
    </WidgetFrame>
  );
}
