import { useTranslation } from 'react-i18next';
import { BarChart } from '../../components/BarChart';
import { NumberListField } from '../../components/NumberListField';
import { PasteNumbers } from '../../components/PasteNumbers';
import { pasteLimits } from '../../components/pasteCheck';
import { formatNumber } from '../../components/plot/scales';
import { NS } from './strings';
import { SCORE_MAX, SCORE_MIN } from './schema';
import { parseScores, tokenLabel } from './scores';

const STEP = 0.25;
const show = (z: readonly number[]) => z.map((v) => formatNumber(v, 6)).join(', ');

interface Props {
  /** Prefix for the field's accessible name and the bar names, e.g. "Score". */
  label: string;
  z: readonly number[];
  onChange: (z: number[]) => void;
  color?: string;
  /** The widget and parameter spec the scores belong to: adds the shared "Paste numbers" control. */
  paste?: { widgetId: string; spec: { minLength: number; maxLength: number; min: number; max: number } };
}

/**
 * A row of attention scores two ways: bars you drag (or focus and move with the arrow keys),
 * and the same numbers as typed text, for exact values and for phones. Text that does not
 * parse shows why and is not applied.
 */
export function ScoresEditor({ label, z, onChange, color = 'var(--c4)', paste }: Props) {
  const { t } = useTranslation(NS);
  const bars = z.map((v, i) => ({ id: `s${i}`, label: tokenLabel(i), value: v, color }));
  return (
    <div className="ag-scores">
      <BarChart
        summary={t('scores.summary', { label, values: show(z) })}
        bars={bars}
        domain={[SCORE_MIN, SCORE_MAX]}
        height={190}
        format={(v) => formatNumber(v, 3)}
        edit={{
          min: SCORE_MIN,
          max: SCORE_MAX,
          step: STEP,
          name: (b) => `${label} ${b.label}`,
          onChange: (i, v) => onChange(z.map((old, j) => (j === i ? v : old))),
        }}
      />
      <NumberListField
        className="ag-scores-field"
        label={t('scores.typed', { label })}
        value={z}
        onChange={onChange}
        format={show}
        parse={(text) => {
          const p = parseScores(text);
          return p.ok ? { ok: true, values: p.z } : { ok: false, message: t(p.key, p.values) };
        }}
      />
      {paste && <PasteNumbers what="scores" value={z} onChange={onChange} widgetId={paste.widgetId} {...pasteLimits(paste.spec)} />}
    </div>
  );
}
