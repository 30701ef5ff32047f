import { useTranslation } from 'react-i18next';
import { PasteNumbers } from '../../components/PasteNumbers';
import { pasteLimits } from '../../components/pasteCheck';
import { sigmoid, softmax } from '../../engine';
import { BarChart } from '../../components/BarChart';
import { NumberField } from '../../components/fields';
import { formatNumber } from '../../components/plot/scales';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { mistake } from './widgets';
import { NS } from './strings';
import { mistakeCode } from './code';
import { LOGIT_LIMIT } from './schema';
import './lesson.css';

const COLORS = ['var(--c1)', 'var(--c2)'];
const f = (v: number) => formatNumber(v, 4);

/** The same two logits through element-wise sigmoid (wrong for one-of-two) and through softmax. */
export function MistakeWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(mistake);
  const { z } = state;
  const sig = z.map((v) => sigmoid(v));
  const soft = softmax(z);
  const sumSig = sig[0] + sig[1];
  const sumSoft = soft[0] + soft[1];
  const bars = (v: ArrayLike<number>) => [0, 1].map((i) => ({ id: `c${i}`, label: t('mistake.class', { i }), value: v[i], color: COLORS[i], valueText: f(v[i]) }));
  return (
    <WidgetFrame widget={mistake} title={t('mistake.title')} code={mistakeCode(z)}>
      <div className="controls">
        {[0, 1].map((i) => (
          <NumberField key={i} label={t('mistake.logit', { i })} value={z[i]} min={-LOGIT_LIMIT} max={LOGIT_LIMIT} onChange={(v) => set({ z: z.map((x, j) => (j === i ? v : x)) })} />
        ))}
      </div>
      <PasteNumbers what="logits" value={z} onChange={(v) => set({ z: v })} widgetId={mistake.id} {...pasteLimits(mistake.schema.z)} />
      <div className="svs-cards">
        <section className="svs-card" aria-labelledby="mistake-sig-h">
          <h3 id="mistake-sig-h">{t('mistake.sigTitle')}</h3>
          <BarChart summary={t('mistake.sigSummary', { a: f(sig[0]), b: f(sig[1]), sum: f(sumSig) })} bars={bars(sig)} domain={[0, 1]} height={200} />
          <p className="svs-sum" data-testid="sum-sigmoid" data-value={sumSig}>
            {t('mistake.sum', { sum: formatNumber(sumSig, 6) })} <span className={Math.abs(sumSig - 1) > 1e-12 ? 'bad' : 'good'}>{Math.abs(sumSig - 1) > 1e-12 ? t('mistake.notDist') : t('mistake.dist')}</span>
          </p>
        </section>
        <section className="svs-card" aria-labelledby="mistake-soft-h">
          <h3 id="mistake-soft-h">{t('mistake.softTitle')}</h3>
          <BarChart summary={t('mistake.softSummary', { a: f(soft[0]), b: f(soft[1]), sum: f(sumSoft) })} bars={bars(soft)} domain={[0, 1]} height={200} />
          <p className="svs-sum" data-testid="sum-softmax" data-value={sumSoft}>
            {t('mistake.sum', { sum: formatNumber(sumSoft, 6) })} <span className="good">{t('mistake.dist')}</span>
          </p>
        </section>
      </div>
      <p className="readout" data-testid="mistake-readout">
        {t('mistake.readout', { p0: f(soft[0]), p1: f(soft[1]), s0: f(sig[0]), s1: f(sig[1]) })}
      </p>
    </WidgetFrame>
  );
}
