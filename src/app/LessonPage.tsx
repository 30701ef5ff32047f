import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { findLesson, lessons } from '../lessons/registry';
import { lessonBody } from './lessonBodies';
import { AppReady } from './AppReady';
import { Link } from './Link';
import { NotFoundPage } from './NotFoundPage';
import { isSpeakerView, LessonPresenter, LessonSpeaker, PresentButton } from './Presenter';
import { CustomizeButton } from '../components/classroom/CustomizeDialog';
import { ClassBanner } from '../components/classroom/ClassBanner';
import { HandoutButton } from '../components/classroom/HandoutButton';

export function LessonPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const entry = findLesson(slug);
  const index = lessons.findIndex((l) => l.slug === slug);
  // Unknown slugs render the not-found page, which sets its own title; asking i18n for
  // their title would only log a missing key.
  const title = entry ? t(`lessons.${slug}.title`) : '';
  useEffect(() => {
    if (title) document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  const Body = lessonBody(slug);
  if (!entry) return <NotFoundPage path={`/lessons/${slug}`} />;
  if (isSpeakerView())
    return (
      <>
        <LessonSpeaker slug={slug} />
        <AppReady />
      </>
    );
  const prev = lessons.slice(0, index).reverse().find((l) => l.load);
  const next = lessons.slice(index + 1).find((l) => l.load);
  return (
    <article className="lesson" lang={undefined}>
      <p className="eyebrow">{t('app.lessonNumber', { n: index + 1 })}</p>
      <h1>{title}</h1>
      <div className="lesson-head-row">
        <p className="lede">{t(`lessons.${slug}.summary`)}</p>
        <div className="lesson-head-actions">
          <PresentButton slug={slug} />
          <CustomizeButton slug={slug} />
          <HandoutButton />
        </div>
      </div>
      {Body ? (
        <Suspense fallback={<p role="status" className="lesson-loading">{t('app.loading')}</p>}>
          <ClassBanner slug={slug} />
          {/* eslint-disable-next-line react-hooks/static-components -- looked up from lessonBodies.ts's module-level maps, never created here */}
          <Body />
          <AppReady />
        </Suspense>
      ) : (
        <p className="notice">{t('app.lessonComingSoon')}</p>
      )}
      <LessonPresenter slug={slug} />
      <nav className="prev-next" aria-label={t('app.prevNext')}>
        {prev && <Link href={`/lessons/${prev.slug}`}>← {t('app.previous', { title: t(`lessons.${prev.slug}.title`) })}</Link>}
        {next && <Link href={`/lessons/${next.slug}`}>{t('app.next', { title: t(`lessons.${next.slug}.title`) })} →</Link>}
      </nav>
    </article>
  );
}
