import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../components/BarChart';
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
}

/**
 * A row of attention scores two ways: bars you drag (or focus and move with the arrow keys),
 * and the same numbers as typed text, for exact values and for phones. Text that does not
 * parse shows why and is not applied.
 */
export function ScoresEditor({ label, z, onChange, color = 'var(--c4)' }: Props) {
  const { t } = useTranslation(NS);
  const id = useId();
  const [text, setText] = useState(show(z));
  const [error, setError] = useState<string | null>(null);
  // Follow outside changes (dragging, presets) unless the text already says the same;
  // adjusted during render (React's "storing information from previous renders" pattern).
  const [seen, setSeen] = useState(z);
  if (seen !== z) {
    setSeen(z);
    const p = parseScores(text);
    if (!(p.ok && p.z.length === z.length && p.z.every((v, i) => v === z[i]))) {
      setText(show(z));
      setError(null);
    }
  }

  function commit(raw: string) {
    setText(raw);
    const p = parseScores(raw);
    if (p.ok) {
      setError(null);
      onChange(p.z);
    } else setError(t(p.key, p.values));
  }

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
      <div className="field ag-scores-field">
        <label htmlFor={id}>{t('scores.typed', { label })}</label>
        <input
          id={id}
          type="text"
          inputMode="text"
          spellCheck={false}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
          onChange={(e) => commit(e.target.value)}
        />
        {error && (
          <span id={`${id}-err`} className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
    </div>
  );
}
