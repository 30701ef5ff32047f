import { useTranslation } from 'react-i18next';
import { Exercise } from './Exercise';
import type { ExerciseDef } from './types';

/**
 * A lesson's exercises. With `only`, just those (in the order given) and no heading: that is
 * how a lesson puts each question right before the widget that answers it (predict, then see).
 */
export function ExerciseList({ lesson, exercises, only }: { lesson: string; exercises: readonly ExerciseDef[]; only?: readonly string[] }) {
  const { t } = useTranslation();
  if (only) {
    const picked = only.map((id) => {
      const def = exercises.find((d) => d.id === id);
      if (!def) throw new Error(`${lesson}: no exercise "${id}" (have ${exercises.map((d) => d.id).join(', ')})`);
      return def;
    });
    return (
      <div className="exercises exercises-inline">
        {picked.map((def) => (
          <Exercise key={def.id} lesson={lesson} def={def} />
        ))}
      </div>
    );
  }
  return (
    <section className="exercises" aria-labelledby={`${lesson}-exercises`}>
      <h2 id={`${lesson}-exercises`}>{t('exercise.heading')}</h2>
      {exercises.map((def) => (
        <Exercise key={def.id} lesson={lesson} def={def} />
      ))}
    </section>
  );
}
