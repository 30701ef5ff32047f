import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sigmoidGates, softmax, weightSum } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { NS } from './strings';
import { needlesCode } from './code';
import './attention-gates.css';
import { needles } from './widgets';
import { PRESETS, presetScores, tokenLabel } from './scores';
import { ScoresEditor } from './ScoresEditor';
import { WeightBars } from './WeightBars';
import { WeightTable } from './WeightTable';

type Result = { ok: true; soft: Float64Array; gate: Float64Array } | { ok: false; message: string };

function compute(z: readonly number[]): Result {
  try {
    return { ok: true, soft: softmax(z), gate: sigmoidGates(z) };
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, message: e.message };
    throw e;
  }
}

/** Indices of the highest score (ties included): the "needles" the readout talks about. */
function topIndices(z: readonly number[]): number[] {
  const m = Math.max(...z);
  return z.flatMap((v, i) => (v === m ? [i] : []));
}

/** One row of scores, read as softmax weights (they compete) and as sigmoid gates (they don't). */
export function NeedlesWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(needles);
  const z = state.z;
  const r = useMemo(() => compute(z), [z]);
  const code = useMemo(() => needlesCode(z), [z]);
  const top = topIndices(z);
  const f2 = (v: number) => formatNumber(v, 4);

  return (
    <WidgetFrame widget={needles} title={t('needles.title')} code={code}>
      <div className="ag-presets" role="group" aria-label={t('needles.presets')}>
        <span aria-hidden="true" className="ag-presets-label">
          {t('needles.presets')}
        </span>
        {PRESETS.map((p) => (
          <button key={p} type="button" className="button" onClick={() => set({ z: presetScores(p) })}>
            {t(`needles.preset.${p}`)}
          </button>
        ))}
      </div>
      <ScoresEditor label={t('needles.score')} z={z} onChange={(v) => set({ z: v })} paste={{ widgetId: needles.id, spec: needles.schema.z }} />
      {r.ok ? (
        <>
          <p className="readout" aria-live="polite" data-testid="needles-readout">
            {t('needles.readout', {
              count: top.length,
              tokens: top.map(tokenLabel).join(', '),
              soft: f2(r.soft[top[0]]),
              gate: f2(r.gate[top[0]]),
            })}
          </p>
          <div className="ag-pair">
            <WeightBars
              heading={t('needles.softHeading')}
              summary={t('needles.softSummary', { values: Array.from(r.soft, f2).join(', ') })}
              bars={Array.from(r.soft, (v, i) => ({ id: `p${i}`, label: tokenLabel(i), value: v, color: 'var(--c1)' }))}
              total={t('sum', { value: formatNumber(weightSum(r.soft), 6) })}
              testId="softmax-panel"
            />
            <WeightBars
              heading={t('needles.gateHeading')}
              summary={t('needles.gateSummary', { values: Array.from(r.gate, f2).join(', ') })}
              bars={Array.from(r.gate, (v, i) => ({ id: `g${i}`, label: tokenLabel(i), value: v, color: 'var(--c2)' }))}
              total={t('sum', { value: formatNumber(weightSum(r.gate), 6) })}
              testId="sigmoid-panel"
            />
          </div>
          <WeightTable
            caption={t('needles.tableCaption')}
            summary={t('showNumbers')}
            tokenHeader={t('token')}
            columns={[
              { key: 'score', label: t('col.score'), values: z },
              { key: 'softmax', label: 'softmax', values: r.soft },
              { key: 'sigmoid', label: 'σ(z)', values: r.gate },
            ]}
          />
        </>
      ) : (
        <p className="inline-error" role="alert">
          {r.message}
        </p>
      )}
    </WidgetFrame>
  );
}
