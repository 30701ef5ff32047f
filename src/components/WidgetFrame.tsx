import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { CopyLinkButton } from './CopyLinkButton';
import { EmbedButton } from './widgets/EmbedButton';
import { CodePanel } from './code/CodePanel';
import type { CodeSamples } from './code/types';
import type { Widget } from './widgets/widget';
import { useWidget } from './state/useWidget';
import { useWidgetHost } from './widgets/host';
import { noteFrameMounted } from './classroom/classRuntime';

export interface WidgetFrameProps {
  /** The widget this frame shows (its id, and its state's notices and reset). */
  widget: Widget;
  /** The question the widget answers. */
  title: string;
  /** Work beyond restoring the default state on Reset (stopping a run…); the frame also clears a caught error. */
  onReset?: () => void;
  /** Room for share / embed / export actions. */
  actions?: ReactNode;
  /** NumPy/PyTorch code computing what the widget shows now ("Show the code"); null while its generator loads. */
  code?: CodeSamples | null;
  children: ReactNode;
}

/**
 * Title, copy link, embed, reset, the notices of what the URL's values needed corrected, and
 * an error boundary that shows the message, never a blank panel.
 */
export function WidgetFrame({ widget, title, onReset, actions, code, children }: WidgetFrameProps) {
  const { t } = useTranslation();
  const { notices, dismissNotices, reset: resetState } = useWidget(widget);
  const [generation, setGeneration] = useState(0);
  const id = widget.id;
  // An iframe's own URL holds its state (copy it, don't embed the embed); an element on
  // someone else's page has neither: its link back to the lesson sits under the widget.
  const host = useWidgetHost();
  const headingId = `${id}-title`;
  // A class link's banner checks its entries against the widgets on the page, once they are there.
  useEffect(() => noteFrameMounted(), []);
  function reset() {
    resetState();
    onReset?.();
    setGeneration((g) => g + 1);
  }
  return (
    <section className="widget" id={id} aria-labelledby={headingId} data-widget={id}>
      <div className="widget-head">
        <h2 id={headingId}>{title}</h2>
        <div className="widget-actions">
          {actions}
          {host !== 'element' && <CopyLinkButton anchor={id} />}
          {host === 'site' && <EmbedButton widgetId={id} title={title} />}
          <button type="button" className="button" onClick={reset}>
            {t('widget.reset')}
          </button>
        </div>
      </div>
      {notices.length > 0 && (
        <div className="notice url-notice" role="status">
          <p>{t('widget.urlNotice')}</p>
          <ul>
            {notices.map((n) => (
              <li key={n.param}>
                {n.param}: {n.parts.map((p) => t(`urlNotice.${p.code}`, p.values)).join('; ')}
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={dismissNotices}>
            {t('widget.dismiss')}
          </button>
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
            <button type="button" className="button" onClick={() => { reset(); retry(); }}>
              {t('widget.errorRetry')}
            </button>
          </div>
        )}
      >
        {children}
        {code !== undefined && <CodePanel code={code} />}
      </ErrorBoundary>
    </section>
  );
}
