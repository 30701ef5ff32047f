import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { CopyLinkButton } from './CopyLinkButton';
import { EmbedButton } from './widgets/EmbedButton';
import { CodePanel } from './code/CodePanel';
import type { CodeSamples } from './code/types';

export interface WidgetFrameProps {
  id: string;
  title: string;
  /** Restores the widget's default state; the frame also clears a caught error. */
  onReset?: () => void;
  /** Room for share / embed / export actions. */
  actions?: ReactNode;
  /** What had to be corrected in the URL's parameters, shown until dismissed. */
  notices?: readonly string[];
  onDismissNotices?: () => void;
  /** Show a "Copy link" button for the current state (the URL already holds it). */
  permalink?: boolean;
  /** NumPy/PyTorch code computing what the widget shows now ("Show the code"). */
  code?: CodeSamples;
  children: ReactNode;
}

/** Title, reset, actions, and an error boundary that shows the message, never a blank panel. */
export function WidgetFrame({ id, title, onReset, actions, notices = [], onDismissNotices, permalink = false, code, children }: WidgetFrameProps) {
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const headingId = `${id}-title`;
  function reset() {
    onReset?.();
    setGeneration((g) => g + 1);
  }
  return (
    <section className="widget" id={id} aria-labelledby={headingId} data-widget={id}>
      <div className="widget-head">
        <h2 id={headingId}>{title}</h2>
        <div className="widget-actions">
          {actions}
          {permalink && <CopyLinkButton anchor={id} />}
          {permalink && !isEmbedded() && <EmbedButton widgetId={id} title={title} />}
          {onReset && (
            <button type="button" className="button" onClick={reset}>
              {t('widget.reset')}
            </button>
          )}
        </div>
      </div>
      {notices.length > 0 && (
        <div className="notice url-notice" role="status">
          <p>{t('widget.urlNotice')}</p>
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          {onDismissNotices && (
            <button type="button" className="button" onClick={onDismissNotices}>
              {t('widget.dismiss')}
            </button>
          )}
        </div>
      )}
      <ErrorBoundary
        resetKey={generation}
        fallback={(error, retry) => (
          <div className="widget-error" role="alert">
            <p>
              <strong>{t('widget.errorTitle')}</strong>
            </p>
            <p>{error.message}</p>
            <button type="button" className="button" onClick={() => { onReset?.(); retry(); }}>
              {t('widget.errorRetry')}
            </button>
          </div>
        )}
      >
        {children}
        {code && <CodePanel code={code} />}
      </ErrorBoundary>
    </section>
  );
}

/** Inside /embed/… the Embed button would only embed the embed. */
function isEmbedded(): boolean {
  return typeof window !== 'undefined' && window.location.pathname.startsWith('/embed/');
}
