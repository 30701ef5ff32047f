import { useMemo } from 'react';
import { PasteNumbers } from '../../components/PasteNumbers';
import { pasteLimits } from '../../components/pasteCheck';
import { useTranslation } from 'react-i18next';
import { meanLogLoss, normalizeWeights, setProbability } from '../../engine';
import { BarChart, type Bar } from '../../components/BarChart';
import { SelectField } from '../../components/fields';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { logLoss } from './widgets';
import { ANIMALS, LOGLOSS_TARGETS } from './schema';
import { fmt, rowsOf } from './format';
import { NS } from './strings';
import { LogLossTable } from './LogLossTable';
import './lesson.css';

const MODELS = ['m1', 'm2'] as const;

/**
 * Two models' predictions on the same three photos, scored with the mean log loss. Any
 * row can be edited; rows from a link are renormalised so each still sums to 1.
 */
export function LogLossWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(logLoss);

  const tables = useMemo(() => {
    try {
      const out = MODELS.map((m) => {
        const rows = rowsOf(state[m]).map((r) => normalizeWeights(r));
        return { id: m, rows, ...meanLogLoss(rows, [...LOGLOSS_TARGETS]) };
      });
      return { out, error: null };
    } catch (e) {
      if (e instanceof RangeError) return { out: null, error: e.message };
      throw e;
    }
  }, [state]);

  const sample = state.sample;
  const model = state.model;
  const editRow = tables.out?.find((m) => m.id === model)?.rows[sample];
  const onEdit = (i: number, v: number) => {
    if (!tables.out || !editRow) return;
    const rows = tables.out.find((m) => m.id === model)?.rows ?? [];
    const next = rows.map((r, n) => (n === sample ? setProbability(r, i, Number(v.toFixed(2))) : r));
    set({ [model]: next.flat().map((x) => Number(x.toFixed(4))) });
  };
  const better = tables.out ? (tables.out[0].mean < tables.out[1].mean ? 'm1' : tables.out[0].mean > tables.out[1].mean ? 'm2' : null) : null;

  return (
    <WidgetFrame widget={logLoss} title={t('logloss.title')}>
      {tables.error && (
        <p className="inline-error" role="alert">
          {tables.error}
        </p>
      )}
      {tables.out && (
        <>
          <div className="ce-pair">
            {tables.out.map((m) => (
              <LogLossTable key={m.id} id={m.id} title={t(`logloss.${m.id}`)} rows={m.rows} targets={LOGLOSS_TARGETS} perSample={m.perSample} mean={m.mean} />
            ))}
          </div>
          <p className="readout" aria-live="polite" data-testid="logloss-verdict">
            {better ? t('logloss.verdict', { model: t(`logloss.${better}`), a: fmt(tables.out[0].mean, 5), b: fmt(tables.out[1].mean, 5) }) : t('logloss.tie')}
          </p>
          <div className="controls">
            <SelectField label={t('logloss.editModel')} value={model} options={MODELS.map((m) => ({ value: m, label: t(`logloss.${m}`) }))} onChange={(v) => set({ model: v })} />
            <SelectField
              label={t('logloss.editSample')}
              value={String(sample)}
              options={LOGLOSS_TARGETS.map((c, n) => ({ value: String(n), label: t('logloss.sampleName', { n: n + 1, animal: t(`animal.${ANIMALS[c]}`) }) }))}
              onChange={(v) => set({ sample: Number(v) })}
            />
          </div>
          {/* A 3 × 3 table (photos × classes) for the model being edited; rows are renormalised like a link's. */}
          <PasteNumbers what="probabilities" target={t(`logloss.${model}`)} value={state[model]} onChange={(v) => set({ [model]: v })} widgetId={logLoss.id} {...pasteLimits(logLoss.schema[model])} />
          {editRow && (
            <BarChart
              summary={t('logloss.editSummary', { model: t(`logloss.${model}`), n: sample + 1 })}
              bars={ANIMALS.map((a, i): Bar => ({ id: a, label: t(`animal.${a}`), value: editRow[i], color: i === LOGLOSS_TARGETS[sample] ? 'var(--c3)' : 'var(--c1)' }))}
              domain={[0, 1]}
              height={190}
              format={(v) => fmt(v, 2)}
              edit={{ min: 0, max: 1, step: 0.01, onChange: onEdit, name: (b) => t('logloss.barName', { model: t(`logloss.${model}`), n: sample + 1, animal: b.label }) }}
            />
          )}
        </>
      )}
    </WidgetFrame>
  );
}
