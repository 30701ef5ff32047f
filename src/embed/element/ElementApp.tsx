import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { widgetIndex } from 'virtual:widget-index';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { WidgetStoreContext } from '../../components/state/useWidget';
import { createWidgetStore } from '../../components/state/widgetStore';
import { WidgetHostContext } from '../../components/widgets/host';
import { lazyWidgets } from '../lazyWidgets';

export interface ElementAppProps {
  /** The `name` attribute: a widget id from virtual:widget-index. */
  name: string;
  /** The `params` attribute, URL-search-param syntax: `gallery.pick=gelu&gallery.eps=0.001`. */
  params: string;
  /** Logit Lab's site root (the folder above /embed/logit-lab.js), for the link back. */
  appRoot: string;
}

/** One widget inside a `<logit-lab-widget>` shadow root, with a link back to its lesson. */
export function ElementApp({ name, params, appRoot }: ElementAppProps) {
  const { t, i18n } = useTranslation();
  const query = params.replace(/^\?/, '');
  // Its own store, read from the params attribute and never written to the host's URL.
  const store = useMemo(() => createWidgetStore(() => new URLSearchParams(query)), [query]);
  const lang = i18n.resolvedLanguage === 'zh' ? 'zh-Hans' : 'en';
  const entry = Object.prototype.hasOwnProperty.call(widgetIndex, name) ? widgetIndex[name] : undefined;
  const Widget = lazyWidgets.get(name);
  if (!entry || !Widget) {
    return (
      <div className="ll-root" lang={lang}>
        <p className="ll-message widget-error" role="alert">
          {t('embed.unknown', { id: name, ids: Object.keys(widgetIndex).join(', ') })}
        </p>
      </div>
    );
  }
  const lessonUrl = new URL(`lessons/${entry.lesson}${query ? `?${query}` : ''}#${name}`, appRoot).href;
  return (
    <div className="ll-root" lang={lang}>
      <WidgetHostContext.Provider value="element">
        <WidgetStoreContext.Provider value={store}>
          <ErrorBoundary fallback={(e) => <p className="ll-message widget-error" role="alert">{e.message}</p>}>
            <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
              {/* key: new params make a new store; remounting drops the old widget's local state too. */}
              {/* eslint-disable-next-line react-hooks/static-components -- looked up in the module-level map of lazyWidgets.ts, never created here */}
              <Widget key={query} />
            </Suspense>
          </ErrorBoundary>
        </WidgetStoreContext.Provider>
      </WidgetHostContext.Provider>
      <p className="embed-credit">
        <a href={lessonUrl} target="_blank" rel="noopener">
          {t('embed.open', { lesson: t(`lessons.${entry.lesson}.title`) })} ↗
        </a>
      </p>
    </div>
  );
}
