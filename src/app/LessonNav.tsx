import { useTranslation } from 'react-i18next';
import { lessons } from '../lessons/registry';
import { Link } from './Link';

/** All thirteen lessons in order; unbuilt ones are plain text marked "coming soon". */
export function LessonNav({ current }: { current?: string }) {
  const { t } = useTranslation();
  return (
    <nav className="lesson-nav" aria-label={t('app.lessons')}>
      <h2 className="nav-title">{t('app.lessons')}</h2>
      <ol>
        {lessons.map((l) => {
          const title = t(`lessons.${l.slug}.title`);
          return (
            <li key={l.slug} className={l.load ? '' : 'soon'}>
              {l.load ? (
                <Link href={`/lessons/${l.slug}`} aria-current={current === l.slug ? 'page' : undefined}>
                  {title}
                </Link>
              ) : (
                <span>
                  {title} <small className="badge">{t('app.comingSoon')}</small>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
