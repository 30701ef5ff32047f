import { useId, useState } from 'react';

interface Props {
  label: string;
  value: readonly number[];
  onChange: (v: number[]) => void;
  maxLength: number;
  /** Builds the message shown for unusable text. */
  invalidMessage: (text: string) => string;
}

function parse(text: string, maxLength: number): number[] | null {
  const parts = text.split(/[\s,，]+/).filter((s) => s !== '');
  if (parts.length === 0 || parts.length > maxLength) return null;
  const nums = parts.map(Number);
  return nums.every(Number.isFinite) ? nums : null;
}

/**
 * A comma-separated list of logits. Text that does not parse stays in the box with a
 * message and is not applied, so a half-typed "1e" never reaches the engine.
 */
export function LogitsField({ label, value, onChange, maxLength, invalidMessage }: Props) {
  const id = useId();
  const [text, setText] = useState(value.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // Follow outside changes (reset, the 10000 button) during render, without clobbering
    // text that already means the new value (what is being typed).
    setSeen(value);
    const cur = parse(text, maxLength);
    if (!(cur && cur.length === value.length && cur.every((v, i) => v === value[i]))) {
      setText(value.join(', '));
      setError(null);
    }
  }
  function commit(raw: string) {
    setText(raw);
    const nums = parse(raw, maxLength);
    setError(nums ? null : invalidMessage(raw));
    if (nums) onChange(nums);
  }
  return (
    <div className="field logits-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
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
  );
}
