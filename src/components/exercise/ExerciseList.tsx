import { useTranslation } from 'react-i18next';
import { Exercise } from './Exercise';
import type { ExerciseDef } from './types';

/** A lesson's exercises under one heading. */
export function ExerciseList({ lesson, exercises }: { lesson: string; exercises: readonly ExerciseDef[] }) {
  const { t } = useTranslation();
  return (
    <section className="exercises" aria-labelledby={`${lesson}-exercises`}>
      <h2 id={`${lesson}-exercises`}>{t('exercise.heading')}</h2>
      {exercises.map((def) => (
        <Exercise key={def.id} lesson={lesson} def={def} />
      ))}
    </section>
  );
}
