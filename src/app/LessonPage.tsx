import { lazy, Suspense, useEffect, useMemo, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { findLesson, lessons } from '../lessons/registry';
import { Link } from './Link';
import { NotFoundPage } from './NotFoundPage';

// One lazy component per lesson, created once, so revisiting a lesson does not reload it.
const lazyCache = new Map<string, LazyExoticComponent<ComponentType>>();
function lazyLesson(slug: string, load: () => Promise<{ default: ComponentType }>) {
  let c = lazyCache.get(slug);
  if (!c) {
    c = lazy(load);
    lazyCache.set(slug, c);
  }
  return c;
}

export function LessonPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const entry = findLesson(slug);
  const index = lessons.findIndex((l) => l.slug === slug);
  const title = t(`lessons.${slug}.title`);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  const Body = useMemo(() => (entry?.load ? lazyLesson(slug, entry.load) : null), [entry, slug]);
  if (!entry) return <NotFoundPage path={`/lessons/${slug}`} />;
  const prev = lessons.slice(0, index).reverse().find((l) => l.load);
  const next = lessons.slice(index + 1).find((l) => l.load);
  return (
    <article className="lesson" lang={undefined}>
      <p className="eyebrow">{t('app.lessonNumber', { n: index + 1 })}</p>
      <h1>{title}</h1>
      <p className="lede">{t(`lessons.${slug}.summary`)}</p>
      {Body ? (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <Body />
        </Suspense>
      ) : (
        <p className="notice">{t('app.lessonComingSoon')}</p>
      )}
      <nav className="prev-next" aria-label={t('app.lessons')}>
        {prev && <Link href={`/lessons/${prev.slug}`}>← {t('app.previous', { title: t(`lessons.${prev.slug}.title`) })}</Link>}
        {next && <Link href={`/lessons/${next.slug}`}>{t('app.next', { title: t(`lessons.${next.slug}.title`) })} →</Link>}
      </nav>
    </article>
  );
}
