import { useTranslation } from 'react-i18next';
import { lessons } from '../lessons/registry';
import { Link } from './Link';
import { lessonSummary, useProgressStore } from '../components/exercise/progressStore';

/** The lessons in teaching order, each with the reader's exercise progress. */
export function LessonNav({ current }: { current?: string }) {
  const { t } = useTranslation();
  const progress = useProgressStore((s) => s.progress);
  const resetProgress = useProgressStore((s) => s.reset);
  const anyProgress = Object.keys(progress).length > 0;
  return (
    <nav className="lesson-nav" aria-label={t('app.lessons')}>
      <h2 className="nav-title">{t('app.lessons')}</h2>
      <ol>
        {lessons.map((l) => {
          const title = t(`lessons.${l.slug}.title`);
          return (
            <li key={l.slug}>
              <Link href={`/lessons/${l.slug}`} aria-current={current === l.slug ? 'page' : undefined}>
                {title}
              </Link>
              <ProgressBadge {...lessonSummary(progress, l.slug)} />
            </li>
          );
        })}
      </ol>
      {anyProgress && (
        <button type="button" className="button small reset-progress" onClick={resetProgress}>
          {t('exercise.resetProgress')}
        </button>
      )}
    </nav>
  );
}

function ProgressBadge({ done, correct }: { done: number; correct: number }) {
  const { t } = useTranslation();
  if (done === 0) return null;
  return (
    <span className="progress-badge" data-testid="progress-badge" title={t('exercise.progressTitle', { done, correct })}>
      ✓ {correct}/{done}
      <span className="sr-only"> {t('exercise.progressTitle', { done, correct })}</span>
    </span>
  );
}
