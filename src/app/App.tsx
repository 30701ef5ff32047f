import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './Header';
import { LessonNav } from './LessonNav';
import { HomePage } from './HomePage';
import { AppReady } from './AppReady';
import { LessonPage } from './LessonPage';
import { NotFoundPage } from './NotFoundPage';
import { parseRoute, usePathname } from './router';
import { applyTheme, useThemeStore } from './themeStore';
import { applyDocumentLanguage } from '../i18n';

export function App() {
  const { t, i18n } = useTranslation();
  const route = parseRoute(usePathname());
  const theme = useThemeStore((s) => s.choice);
  useEffect(() => applyTheme(theme), [theme]);
  useEffect(() => applyDocumentLanguage(i18n.resolvedLanguage ?? 'en'), [i18n.resolvedLanguage]);
  useEffect(() => {
    if (route.kind === 'home') document.title = `${t('app.name')} — ${t('app.tagline')}`;
  }, [route.kind, t]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <div className="layout">
        <LessonNav current={route.kind === 'lesson' ? route.slug : undefined} />
        <main id="main" tabIndex={-1}>
          {route.kind !== 'lesson' && <AppReady />}
          {route.kind === 'home' && <HomePage />}
          {route.kind === 'lesson' && <LessonPage key={route.slug} slug={route.slug} />}
          {route.kind === 'notFound' && <NotFoundPage path={route.path} />}
        </main>
      </div>
      <footer className="site-footer">{t('app.footer')}</footer>
    </>
  );
}
