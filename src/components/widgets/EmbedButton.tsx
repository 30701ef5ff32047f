import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { embedUrl, iframeSnippet } from './embedSnippet';

/** "Embed": a dialog with the iframe snippet for the widget in its current state. */
export function EmbedButton({ widgetId, title }: { widgetId: string; title: string }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [snippet, setSnippet] = useState('');
  const [copied, setCopied] = useState(false);
  function open() {
    setSnippet(iframeSnippet(embedUrl(window.location.origin, widgetId, window.location.search), title));
    setCopied(false);
    dialog.current?.showModal();
  }
  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      setCopied(false); // the text stays selectable in the box
    }
  }
  return (
    <>
      <button type="button" className="button" onClick={open}>
        {t('embed.button')}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${widgetId}-embed-title`}>
        <h3 id={`${widgetId}-embed-title`}>{t('embed.title')}</h3>
        <label htmlFor={`${widgetId}-embed-code`}>{t('embed.iframe')}</label>
        <textarea id={`${widgetId}-embed-code`} className="embed-snippet" readOnly value={snippet} rows={9} onFocus={(e) => e.currentTarget.select()} />
        <div className="widget-actions">
          <button type="button" className="button primary" onClick={copy}>
            {copied ? t('embed.copied') : t('embed.copy')}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('embed.close')}
          </button>
        </div>
      </dialog>
    </>
  );
}
