import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Segmented } from '../fields';
import type { CodeSamples } from './types';

type Dialect = 'numpy' | 'pytorch';

/**
 * "Show the code": the NumPy or PyTorch that computes what the widget shows now, with copy.
 * Memoised: a training widget re-renders its frame on every snapshot, the code does not change.
 * `code` is null while a widget's code generator is still loading (useLazyModule): the panel
 * is already there, closed, so nothing moves when the code arrives.
 */
export const CodePanel = memo(function CodePanel({ code }: { code: CodeSamples | null }) {
  const { t } = useTranslation();
  const [dialect, setDialect] = useState<Dialect>('numpy');
  const [copied, setCopied] = useState(false);
  if (!code) {
    return (
      <details className="code-panel">
        <summary>{t('code.show')}</summary>
        <p className="muted" role="status">
          {t('code.loading')}
        </p>
      </details>
    );
  }
  const text = code[dialect];
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false); // the code stays selectable
    }
  }
  return (
    <details className="code-panel">
      <summary>{t('code.show')}</summary>
      <div className="code-toolbar">
        <Segmented
          label={t('code.dialect')}
          value={dialect}
          options={[
            { value: 'numpy', label: 'NumPy' },
            { value: 'pytorch', label: 'PyTorch' },
          ]}
          onChange={setDialect}
        />
        <button type="button" className="button small" onClick={copy} aria-live="polite">
          {copied ? t('code.copied') : t('code.copy')}
        </button>
      </div>
      <pre className="code-block" tabIndex={0} aria-label={t('code.label', { dialect: dialect === 'numpy' ? 'NumPy' : 'PyTorch' })}>
        <code>{text}</code>
      </pre>
    </details>
  );
});
