import { useId, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../i18n/pasteStrings';
import { formatNumber } from '../format/number';
import { checkPaste, type PasteLimits, type PasteRule } from './pasteCheck';
import { onTooLongChange, tooLongForLink } from './state/linkBudget';
import { useControlAccess } from './classroom/useControlAccess';
import './pasteNumbers.css';

interface Props extends PasteLimits {
  /** What is pasted: names it in the labels (`paste.what.<kind>`). */
  what: 'logits' | 'scores' | 'probabilities' | 'pairs';
  /** Which of the widget's vectors, when it has more than one ("q, the model"). */
  target?: string;
  value: readonly number[];
  onChange: (values: number[]) => void;
  /** The widget whose parameter this sets: its permalink may be too long to write. */
  widgetId: string;
  /** The widget's own check on the values (e.g. labels 0 or 1), run after the limits. */
  rule?: PasteRule;
  /** Replaces the generic "n to m values" hint, for data with a shape of its own (z, y pairs). */
  hint?: string;
  /** Shown in the empty box when the current value is empty too (an example of the shape). */
  placeholder?: string;
}

const MAX_FILE_BYTES = 400_000;

/**
 * "Paste numbers": one disclosure shared by every widget that takes a vector (logits, scores,
 * probabilities). It takes a list, a CSV row or column with a header, or a PyTorch/NumPy
 * printout (src/format/parseNumbers.ts), from the keyboard, the clipboard or a small file.
 * Text is applied on submit only, so a half-pasted list never reaches the engine; a failure is
 * announced, names its cell, and leaves the widget's state as it was.
 */
export function PasteNumbers({ what: kind, target, value, onChange, widgetId, rule, hint: ownHint, placeholder, ...limits }: Props) {
  const { t } = useTranslation();
  const what = target ? `${t(`paste.what.${kind}`)} (${target})` : t(`paste.what.${kind}`);
  const id = useId();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const tooLong = useSyncExternalStore(onTooLongChange, () => tooLongForLink().has(widgetId), () => false);
  const access = useControlAccess(t('paste.label', { what }), onChange, value as number[]);
  if (access === 'hidden') return null;
  const locked = access === 'locked';

  const group = limits.groupSize ?? 1;
  const hint =
    ownHint ??
    (limits.minLength === limits.maxLength
      ? t('paste.hintExactly', { n: limits.maxLength })
      : t('paste.hintRange', { min: limits.minLength, max: limits.maxLength, lo: formatNumber(limits.min, 6), hi: formatNumber(limits.max, 6) }));
  // Records (z, y pairs) are shown one per line, as the CSV they were pasted from.
  const shown = (vs: readonly number[]) =>
    group > 1 ? Array.from({ length: Math.floor(vs.length / group) }, (_, r) => vs.slice(r * group, r * group + group).join(', ')).join('\n') : vs.join(', ');

  function apply(raw: string) {
    const verdict = checkPaste(raw, limits, rule);
    if (!verdict.ok) {
      const params = { ...verdict.params };
      for (const k of ['min', 'max'] as const) if (typeof params[k] === 'number') params[k] = formatNumber(params[k], 6);
      setMessage({ kind: 'error', text: t(verdict.key, params) });
      return;
    }
    onChange(verdict.values);
    const n = verdict.values.length / group;
    const applied = group > 1 ? t('paste.appliedRows', { count: n, n: n.toLocaleString('en-US'), group }) : t('paste.applied', { count: n, n: n.toLocaleString('en-US') });
    setMessage({ kind: 'ok', text: applied });
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    apply(text);
  }
  async function load(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setMessage({ kind: 'error', text: t('paste.fileTooBig', { name: file.name }) });
      return;
    }
    const content = await file.text();
    setText(content);
    apply(content);
  }

  return (
    <>
    <details className="paste-numbers" data-testid={`paste-${widgetId}`}>
      <summary>{t('paste.open', { what })}</summary>
      <form onSubmit={submit}>
        <label htmlFor={`${id}-text`}>{t('paste.label', { what })}</label>
        <p className="paste-hint" id={`${id}-hint`}>
          {hint}
        </p>
        <textarea
          id={`${id}-text`}
          rows={4}
          spellCheck={false}
          value={text}
          disabled={locked}
          placeholder={value.length === 0 && placeholder ? placeholder : shown(value.slice(0, 8 * group))}
          aria-describedby={`${id}-hint ${id}-msg`}
          aria-invalid={message?.kind === 'error' ? true : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Ctrl/⌘+Enter applies, as in most editors; a plain Enter is a new line of the CSV.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              apply(text);
            }
          }}
        />
        <div className="paste-actions">
          <button type="submit" className="button" disabled={locked}>
            {t('paste.apply')}
          </button>
          <button type="button" className="button" disabled={locked || value.length === 0} onClick={() => setText(shown(value))}>
            {t('paste.current')}
          </button>
          <label className="button paste-file">
            {t('paste.file')}
            <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" disabled={locked} onChange={(e) => void load(e.target.files?.[0])} />
          </label>
        </div>
        <p id={`${id}-msg`} className={message?.kind === 'error' ? 'field-error paste-msg' : 'paste-msg'} aria-live="polite" data-testid="paste-message">
          {message?.text}
        </p>
      </form>
    </details>
    {/* Outside the disclosure: it matters whether or not the paste box is open. */}
    {tooLong && (
      <p className="paste-note" role="status" data-testid="paste-too-long">
        {t('paste.tooLongForLink')}
      </p>
    )}
    </>
  );
}
