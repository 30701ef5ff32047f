import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from './Link';

export function NotFoundPage({ path }: { path: string }) {
  const { t } = useTranslation();
  const heading = t('app.notFoundTitle');
  useEffect(() => {
    document.title = `${heading} · ${t('app.name')}`;
  }, [heading, t]);
  return (
    <div className="not-found">
      <h1>{heading}</h1>
      <p>{t('app.notFoundBody', { path })}</p>
      <Link href="/">{t('app.backHome')}</Link>
    </div>
  );
}
