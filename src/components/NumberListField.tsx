import { useId, useState } from 'react';
import { TypedNumberBox } from './fields';
import { useControlAccess } from './classroom/useControlAccess';

export type ListParse = { ok: true; values: number[] } | { ok: false; message: string };

interface Props {
  label: string;
  value: readonly number[];
  onChange: (values: number[]) => void;
  /** Turns typed text into numbers, or says what is wrong with it. */
  parse: (text: string) => ListParse;
  format?: (values: readonly number[]) => string;
  className?: string;
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * A typed list of numbers (logits, scores). Text that does not parse stays in the box with
 * its message and is not applied, so a half-typed "1e" never reaches the engine. Outside
 * changes (dragging bars, presets, reset) replace the text unless it already means the same
 * numbers — adjusted during render, React's "information from previous renders" pattern.
 */
export function NumberListField({ label, value, onChange, parse, format = (v) => v.join(', '), className }: Props) {
  const id = useId();
  const [text, setText] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  const access = useControlAccess(label, onChange, value as number[]);
  if (seen !== value) {
    setSeen(value);
    const cur = parse(text);
    if (!(cur.ok && same(cur.values, value))) {
      setText(format(value));
      setError(null);
    }
  }
  function commit(raw: string) {
    setText(raw);
    const p = parse(raw);
    setError(p.ok ? null : p.message);
    if (p.ok) onChange(p.values);
  }
  if (access === 'hidden') return null;
  return <TypedNumberBox id={id} label={label} text={text} error={error} onText={commit} className={className} locked={access === 'locked'} />;
}
