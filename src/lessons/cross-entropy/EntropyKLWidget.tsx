import { useMemo } from 'react';
import { PasteNumbers } from '../../components/PasteNumbers';
import { pasteLimits } from '../../components/pasteCheck';
import { useTranslation } from 'react-i18next';
import { ceDecomposition, normalizeWeights, setProbability } from '../../engine';
import { BarChart, type Bar } from '../../components/BarChart';
import { StackedBars } from '../../components/StackedBars';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Equation } from '../../components/Equation';
import { useWidget } from '../../components/state/useWidget';
import { entropyKL } from './widgets';
import { ANIMALS } from './schema';
import { fmt } from './format';
import { formatPercent } from '../../format/number';
import { NS } from './strings';
import './lesson.css';

/** Edit the truth p and the model q; CE(p, q) is drawn as the entropy of p plus KL(p‖q). */
export function EntropyKLWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(entropyKL);

  const result = useMemo(() => {
    try {
      const p = normalizeWeights(state.p);
      const q = normalizeWeights(state.q);
      return { p, q, d: ceDecomposition(p, q), error: null };
    } catch (e) {
      if (e instanceof RangeError) return { p: null, q: null, d: null, error: e.message };
      throw e;
    }
  }, [state.p, state.q]);

  const bars = (v: readonly number[], color: string): Bar[] =>
    ANIMALS.map((a, i) => ({ id: a, label: t(`animal.${a}`), value: v[i], color, valueText: formatPercent(v[i]) }));
  const edit = (key: 'p' | 'q', dist: readonly number[], who: string) => ({
    min: 0,
    max: 1,
    step: 0.01,
    onChange: (i: number, v: number) => set({ [key]: setProbability(dist, i, Number(v.toFixed(2))) }),
    name: (b: Bar) => t('hkl.barName', { who, animal: b.label }),
  });

  const { p, q, d, error } = result;
  return (
    <WidgetFrame widget={entropyKL} title={t('hkl.title')}>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {/* Outside the result block: a paste that breaks the sum must stay fixable. */}
      <PasteNumbers what="probabilities" target={t('hkl.pShort')} value={state.p} onChange={(v) => set({ p: v })} widgetId={entropyKL.id} {...pasteLimits(entropyKL.schema.p)} />
      <PasteNumbers what="probabilities" target={t('hkl.qShort')} value={state.q} onChange={(v) => set({ q: v })} widgetId={entropyKL.id} {...pasteLimits(entropyKL.schema.q)} />
      {p && q && d && (
        <>
          <div className="ce-pair">
            <div>
              <h3 className="ce-sub">{t('hkl.p')}</h3>
              <BarChart summary={t('hkl.pSummary')} bars={bars(p, 'var(--c1)')} domain={[0, 1]} height={200} edit={edit('p', p, t('hkl.pShort'))} />
            </div>
            <div>
              <h3 className="ce-sub">{t('hkl.q')}</h3>
              <BarChart summary={t('hkl.qSummary')} bars={bars(q, 'var(--c2)')} domain={[0, 1]} height={200} edit={edit('q', q, t('hkl.qShort'))} />
            </div>
          </div>
          <StackedBars
            summary={t('hkl.stackSummary', { h: fmt(d.entropy), kl: fmt(d.kl), ce: fmt(d.crossEntropy) })}
            rows={[
              {
                id: 'sum',
                label: t('hkl.rowSum'),
                segments: [
                  { id: 'h', label: t('hkl.entropy'), value: d.entropy, color: 'var(--c1)' },
                  { id: 'kl', label: t('hkl.kl'), value: d.kl, color: 'var(--c2)', fill: 'hatch' },
                ],
              },
              { id: 'ce', label: t('hkl.rowCe'), segments: [{ id: 'ce', label: t('hkl.ce'), value: d.crossEntropy, color: 'var(--c3)', fill: 'dots' }] },
            ]}
          />
          <div className="readout" aria-live="polite" data-testid="hkl-readout" data-h={String(d.entropy)} data-kl={String(d.kl)} data-ce={String(d.crossEntropy)}>
            <Equation
              latex={`H(p)=${fmt(d.entropy)},\\quad \\mathrm{KL}(p\\,\\|\\,q)=${fmt(d.kl)},\\quad H(p,q)=${fmt(d.crossEntropy)}\\ \\text{nats}`}
            />
          </div>
          <p className="ce-note">{d.kl === 0 ? t('hkl.equal') : t('hkl.gap', { kl: fmt(d.kl) })}</p>
        </>
      )}
    </WidgetFrame>
  );
}
