import { useTranslation } from 'react-i18next';
import { Link } from './Link';

export function NotFoundPage({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <h1>{t('app.notFoundTitle')}</h1>
      <p>{t('app.notFoundBody', { path })}</p>
      <Link href="/">{t('app.backHome')}</Link>
    </div>
  );
}
