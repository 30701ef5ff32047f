import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { softmax, softmaxOne, softmaxOneAbstain, softmaxOneSum, weightSum } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Plot } from '../../components/plot/Plot';
import { RuleX } from '../../components/plot/marks/Rule';
import { Slider } from '../../components/Slider';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { NS } from './strings';
import { softmaxOneCode } from './code';
import './attention-gates.css';
import { softmaxOneSchema } from './schema';
import { softmaxOneWidget } from './widgets';
import { tokenLabel } from './scores';
import { shiftCurves } from './softmaxOneCurve';
import { ScoresEditor } from './ScoresEditor';
import { WeightBars } from './WeightBars';
import { WeightTable } from './WeightTable';

const SHIFT_MIN = softmaxOneSchema.shift.min;
const SHIFT_MAX = softmaxOneSchema.shift.max;

type Result =
  | { ok: true; shifted: number[]; soft: Float64Array; one: Float64Array; sum: number; none: number }
  | { ok: false; message: string };

function compute(z: readonly number[], shift: number): Result {
  try {
    const shifted = z.map((v) => v + shift);
    return { ok: true, shifted, soft: softmax(shifted), one: softmaxOne(shifted), sum: softmaxOneSum(shifted), none: softmaxOneAbstain(shifted) };
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, message: e.message };
    throw e;
  }
}

/** softmax must hand out all of its attention; softmax₁ may leave some on an implicit "nothing". */
export function SoftmaxOneWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(softmaxOneWidget);
  const { z, shift } = state;
  const r = useMemo(() => compute(z, shift), [z, shift]);
  const code = useMemo(() => softmaxOneCode(z, shift), [z, shift]);
  const labels = useMemo(() => ({ one: t('one.sumOne'), softmax: t('one.sumSoftmax') }), [t]);
  const curves = useMemo(() => shiftCurves(z, SHIFT_MIN, SHIFT_MAX, labels), [z, labels]);
  const f = (v: number) => formatNumber(v, 4);
  const nothing = t('one.nothing');

  return (
    <WidgetFrame widget={softmaxOneWidget} title={t('one.title')} code={code}>
      <ScoresEditor label={t('one.score')} z={z} onChange={(v) => set({ z: v })} paste={{ widgetId: softmaxOneWidget.id, spec: softmaxOneWidget.schema.z }} />
      <div className="controls">
        <Slider
          label={t('one.shift')}
          value={shift}
          min={SHIFT_MIN}
          max={SHIFT_MAX}
          step={0.5}
          format={(v) => (v > 0 ? `+${formatNumber(v)}` : formatNumber(v))}
          onChange={(v) => set({ shift: v })}
          description={t('one.shiftHelp')}
        />
      </div>
      {r.ok ? (
        <>
          <p className="readout" aria-live="polite" data-testid="one-readout">
            {t('one.readout', { sum: f(r.sum), none: f(r.none) })}
          </p>
          <div className="ag-pair">
            <WeightBars
              heading={t('one.softHeading')}
              summary={t('one.softSummary', { values: Array.from(r.soft, f).join(', ') })}
              bars={Array.from(r.soft, (v, i) => ({ id: `p${i}`, label: tokenLabel(i), value: v, color: 'var(--c1)' }))}
              total={t('sum', { value: formatNumber(weightSum(r.soft), 6) })}
              testId="softmax-panel"
            />
            <WeightBars
              heading={t('one.oneHeading')}
              summary={t('one.oneSummary', { values: Array.from(r.one, f).join(', '), none: f(r.none) })}
              bars={[
                ...Array.from(r.one, (v, i) => ({ id: `o${i}`, label: tokenLabel(i), value: v, color: 'var(--c3)' })),
                { id: 'none', label: '∅', value: r.none, color: 'var(--muted)' },
              ]}
              total={t('sumOfTokens', { value: formatNumber(r.sum, 6) })}
              testId="softmax1-panel"
            />
          </div>
          <WeightTable
            caption={t('one.tableCaption')}
            summary={t('showNumbers')}
            tokenHeader={t('token')}
            columns={[
              { key: 'shifted', label: t('col.shifted'), values: r.shifted },
              { key: 'softmax', label: 'softmax', values: r.soft },
              { key: 'softmax1', label: 'softmax₁', values: r.one },
            ]}
            extra={[{ label: `∅ ${nothing}`, cells: [null, null, r.none] }]}
          />
        </>
      ) : (
        <p className="inline-error" role="alert">
          {r.message}
        </p>
      )}
      <Plot
        summary={t('one.plotSummary', { lo: SHIFT_MIN, hi: SHIFT_MAX, c: formatNumber(shift), sum: r.ok ? f(r.sum) : '—' })}
        series={curves}
        xDomain={[SHIFT_MIN, SHIFT_MAX]}
        yDomain={[0, 1.05]}
        xLabel={t('one.xLabel')}
        yLabel={t('one.yLabel')}
        height={240}
      >
        <RuleX x={shift} stroke="var(--muted)" />
      </Plot>
    </WidgetFrame>
  );
}
