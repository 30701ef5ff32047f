import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies the page URL (which holds every widget's state) pointed at one widget. */
export function CopyLinkButton({ anchor }: { anchor: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    const url = new URL(window.location.href);
    url.hash = anchor;
    try {
      await navigator.clipboard.writeText(url.toString());
      setStatus('copied');
    } catch {
      // Clipboard can be refused (insecure context, permissions): show the link instead.
      window.prompt(t('widget.copyPrompt'), url.toString());
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 2000);
  }
  return (
    <button type="button" className="button" onClick={copy} aria-live="polite">
      {status === 'copied' ? t('widget.copied') : t('widget.copyLink')}
    </button>
  );
}
