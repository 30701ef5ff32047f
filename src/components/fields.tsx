import { formatNumber } from '../format/number';
import { useTranslation } from 'react-i18next';
import { useId, useState, type ReactNode } from 'react';
import { useControlAccess } from './classroom/useControlAccess';
import { LockMark } from './classroom/LockMark';

/**
 * Small labelled form controls shared by every widget. Each has a visible label that is
 * also its accessible name, and works with the keyboard alone. A class link can hide or lock
 * any of them (useControlAccess): hidden renders nothing, locked is shown disabled.
 */

export interface NumberFieldProps {
  label: string;
  value: number;
  onChange: (v: number) => void;
  min?: number;
  max?: number;
  /** Validates typed text; return a message to show, or null when fine. */
  validate?: (v: number) => string | null;
}

/** A typed number; bad text shows a message and is not applied until it parses. */
export function NumberField({ label, value, onChange, min, max, validate }: NumberFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  // When the value changes from outside (a slider, a reset), show it — unless the text
  // already means that number (keeps "1." or "1e3" while typing). Derived during render.
  const [shown, setShown] = useState(value);
  const access = useControlAccess(label, onChange, value);
  if (shown !== value) {
    setShown(value);
    if (Number(text) !== value) setText(String(value));
  }
  function commit(raw: string) {
    setText(raw);
    const v = Number(raw);
    let msg: string | null = raw.trim() === '' || !Number.isFinite(v) ? t('field.notNumber', { label, raw }) : null;
    if (!msg && min !== undefined && v < min) msg = t('field.atLeast', { label, min: formatNumber(min, 6) });
    if (!msg && max !== undefined && v > max) msg = t('field.atMost', { label, max: formatNumber(max, 6) });
    if (!msg && validate) msg = validate(v);
    setError(msg);
    if (!msg) onChange(v);
  }
  if (access === 'hidden') return null;
  return <TypedNumberBox id={id} label={label} text={text} error={error} onText={commit} locked={access === 'locked'} />;
}

/**
 * The text box behind NumberField and NumberListField: a visible label that is its
 * accessible name, a numeric keyboard on phones, and the message (announced) while the text
 * does not parse.
 */
export function TypedNumberBox({ id, label, text, error, onText, className, locked }: { id: string; label: string; text: string; error: string | null; onText: (raw: string) => void; className?: string; locked?: boolean }) {
  return (
    <div className={`field${className ? ` ${className}` : ''}`} data-locked={locked || undefined}>
      <label htmlFor={id}>
        {label}
        {locked && <LockMark />}
      </label>
      <input
        disabled={locked}
        id={id}
        type="text"
        inputMode="decimal"
        spellCheck={false}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => onText(e.target.value)}
      />
      {error && (
        <span id={`${id}-err`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
}

export function SelectField<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: readonly Option<T>[]; onChange: (v: T) => void }) {
  const id = useId();
  const access = useControlAccess(label, onChange, value);
  if (access === 'hidden') return null;
  const locked = access === 'locked';
  return (
    <div className="field" data-locked={locked || undefined}>
      <label htmlFor={id}>
        {label}
        {locked && <LockMark />}
      </label>
      <select id={id} value={value} disabled={locked} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A radio group drawn as a segmented control: arrow keys move between options. */
export function Segmented<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: readonly Option<T>[]; onChange: (v: T) => void }) {
  const name = useId();
  const access = useControlAccess(label, onChange, value);
  if (access === 'hidden') return null;
  const locked = access === 'locked';
  return (
    <fieldset className="segmented" disabled={locked} data-locked={locked || undefined}>
      <legend>
        {label}
        {locked && <LockMark />}
      </legend>
      {options.map((o) => (
        <label key={o.value}>
          <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

export function Toggle({ label, checked, onChange, children }: { label: string; checked: boolean; onChange: (v: boolean) => void; children?: ReactNode }) {
  const access = useControlAccess(label, onChange, checked);
  if (access === 'hidden') return null;
  const locked = access === 'locked';
  return (
    <label className="toggle" data-locked={locked || undefined}>
      <input type="checkbox" checked={checked} disabled={locked} onChange={(e) => onChange(e.target.checked)} />
      {label}
      {locked && <LockMark />}
      {children}
    </label>
  );
}
