import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { widgetIndex } from 'virtual:widget-index';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { applyDocumentLanguage } from '../i18n';
import { lazyWidgets } from './lazyWidgets';
import { WidgetHostContext } from '../components/widgets/host';

/** One widget alone, for iframes: no header or navigation, a link back to its lesson. */
export function EmbedPage({ widgetId }: { widgetId: string }) {
  const { t, i18n } = useTranslation();
  const entry = Object.prototype.hasOwnProperty.call(widgetIndex, widgetId) ? widgetIndex[widgetId] : undefined;
  useEffect(() => applyDocumentLanguage(i18n.resolvedLanguage ?? 'en'), [i18n.resolvedLanguage]);
  const Widget = lazyWidgets.get(widgetId);
  if (!entry || !Widget) {
    return (
      <main className="embed-main">
        <p className="widget-error" role="alert">
          {t('embed.unknown', { id: widgetId, ids: Object.keys(widgetIndex).join(', ') })}
        </p>
      </main>
    );
  }
  const params = new URLSearchParams(window.location.search);
  params.delete('theme');
  params.delete('parent');
  const query = params.toString();
  const lessonUrl = `/lessons/${entry.lesson}${query ? `?${query}` : ''}#${widgetId}`;
  return (
    <main className="embed-main">
      <WidgetHostContext.Provider value="iframe">
        <ErrorBoundary fallback={(e) => <p className="widget-error" role="alert">{e.message}</p>}>
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            {/* eslint-disable-next-line react-hooks/static-components -- looked up in the module-level map of lazyWidgets.ts, never created here */}
            <Widget />
          </Suspense>
        </ErrorBoundary>
      </WidgetHostContext.Provider>
      <p className="embed-credit">
        <a href={lessonUrl} target="_blank" rel="noopener">
          {t('embed.open', { lesson: t(`lessons.${entry.lesson}.title`) })} ↗
        </a>
      </p>
    </main>
  );
}
