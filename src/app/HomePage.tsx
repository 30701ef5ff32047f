import { useTranslation } from 'react-i18next';
import { lessons } from '../lessons/registry';
import { Link } from './Link';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <div className="home">
      <section className="hero">
        <h1>{t('app.name')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <p>{t('app.homeIntro')}</p>
      </section>
      <h2>{t('app.lessons')}</h2>
      <ol className="lesson-cards">
        {lessons.map((l, i) => (
          <li key={l.slug} className="card">
            <span className="card-number">{t('app.lessonNumber', { n: i + 1 })}</span>
            <h3>
              <Link href={`/lessons/${l.slug}`}>{t(`lessons.${l.slug}.title`)}</Link>
            </h3>
            <p>{t(`lessons.${l.slug}.summary`)}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
