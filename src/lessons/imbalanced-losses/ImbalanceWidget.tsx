import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LossBreakdown, LossKind } from '../../engine';
import { Slider } from '../../components/Slider';
import { NumberField } from '../../components/fields';
import { StackedBars } from '../../components/StackedBars';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatNumber } from '../../components/plot/scales';
import { formatCount } from '../../format/number';
import { useWidget } from '../../components/state/useWidget';
import { imbalance } from './widgets';
import { NS } from './strings';
import { imbalanceCode } from './code';
import { breakdownOf, ownBreakdownOf, scoredSet } from './memo';
import { OwnSetControls, useOwnSet } from './OwnSetControls';
import './lesson.css';

const KINDS: readonly LossKind[] = ['ce', 'weighted', 'focal', 'focalAlpha'];
const pct = (v: number) => (v >= 0.001 || v === 0 ? `${(v * 100).toFixed(1)}%` : `${formatNumber(v * 100, 2)}%`);

/**
 * The 1:100 set under four losses: where the total comes from, and how much of it easy
 * negatives own. The reader can paste their own model's scored set (z, y pairs) in its place.
 */
export function ImbalanceWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(imbalance);
  const own = useOwnSet(state.own);
  const data = useMemo(() => own.set ?? scoredSet(state.seed), [own.set, state.seed]);
  const rows = useMemo(
    () => KINDS.map((kind) => ({ kind, b: own.set ? ownBreakdownOf(state.own, kind, state.alpha, state.gamma) : breakdownOf(state.seed, kind, state.alpha, state.gamma) })),
    [own.set, state.own, state.seed, state.alpha, state.gamma],
  );
  const by = (k: LossKind) => rows.find((r) => r.kind === k)?.b as LossBreakdown;
  const name = (k: LossKind) => t(`imb.kind.${k}`, { alpha: formatNumber(state.alpha, 3), gamma: formatNumber(state.gamma, 3) });
  const counts = rows[0].b.counts;
  const code = useMemo(() => imbalanceCode(state.alpha, state.gamma, state.seed, own.set ? state.own : undefined), [state.alpha, state.gamma, state.seed, own.set, state.own]);
  const counted = { pos: formatCount(data.nPositive), neg: formatCount(data.nNegative), easy: formatCount(counts.easyNegatives), hard: formatCount(counts.hardNegatives) };

  return (
    <WidgetFrame widget={imbalance} title={t(own.set ? 'imb.titleOwn' : 'imb.title')} code={code}>
      <p className="il-note" data-testid="imb-data" data-own={own.set ? 'true' : undefined}>
        {own.set ? t('imb.dataOwn', { ...counted, n: formatCount(data.z.length) }) : t('imb.data', counted)}
      </p>
      <OwnSetControls widgetId={imbalance.id} value={state.own} onChange={(v) => set({ own: v })} inUse={own.set !== null} problem={own.problem} />
      <div className="controls">
        <Slider label={t('imb.alpha')} value={state.alpha} min={0.01} max={0.99} step={0.01} format={(v) => formatNumber(v, 3)} onChange={(v) => set({ alpha: Number(v.toFixed(2)) })} description={t('imb.alphaHelp')} />
        <Slider label={t('imb.gamma')} value={state.gamma} min={0} max={5} step={0.1} format={(v) => formatNumber(v, 3)} onChange={(v) => set({ gamma: Number(v.toFixed(1)) })} description={t('imb.gammaHelp')} />
        {/* The seed draws the built-in set: with the reader's own set it has nothing to do. */}
        {!own.set && <NumberField label={t('imb.seed')} value={state.seed} min={1} max={999} validate={(v) => (Number.isInteger(v) ? null : t('imb.seedInt'))} onChange={(v) => set({ seed: v })} />}
      </div>
      <StackedBars
        summary={t('imb.summary', { ce: pct(by('ce').share.easyNegatives), focal: pct(by('focal').share.easyNegatives), gamma: formatNumber(state.gamma, 3) })}
        max={1}
        format={pct}
        rows={rows.map(({ kind, b }) => ({
          id: kind,
          label: name(kind),
          totalText: formatNumber(b.total, 4),
          segments: [
            { id: 'easy', label: t('imb.easy'), value: b.share.easyNegatives, color: 'var(--c1)' },
            { id: 'hard', label: t('imb.hard'), value: b.share.hardNegatives, color: 'var(--c2)', fill: 'hatch' },
            { id: 'pos', label: t('imb.pos'), value: b.share.positives, color: 'var(--c3)', fill: 'dots' },
          ],
        }))}
      />
      <p className="il-aside">{t('imb.totalNote')}</p>
      <div className="table-scroll">
        <table className="num-table" data-testid="imb-table">
          <caption className="sr-only">{t('imb.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imb.col.loss')}</th>
              <th scope="col">{t('imb.col.total')}</th>
              <th scope="col">{t('imb.col.easy')}</th>
              <th scope="col">{t('imb.col.pos')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ kind, b }) => (
              <tr key={kind} data-kind={kind}>
                <th scope="row">{name(kind)}</th>
                <td data-testid={`total-${kind}`} data-value={String(b.total)}>{formatNumber(b.total, 6)}</td>
                <td data-testid={`easy-${kind}`} data-value={String(b.share.easyNegatives)}>{pct(b.share.easyNegatives)}</td>
                <td data-testid={`pos-${kind}`} data-value={String(b.share.positives)}>{pct(b.share.positives)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </WidgetFrame>
  );
}
