import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Exercise } from './Exercise';
import { shownExercises } from '../classroom/classConfig';
import { classParams, registerExercises } from '../classroom/classRuntime';
import type { ExerciseDef } from './types';

/**
 * A lesson's exercises. With `only`, just those (in the order given) and no heading: that is
 * how a lesson puts each question right before the widget that answers it (predict, then see).
 * A class link may show only some of them (`class.ex`); the customize dialog lists them all.
 */
export function ExerciseList({ lesson, exercises, only }: { lesson: string; exercises: readonly ExerciseDef[]; only?: readonly string[] }) {
  const { t } = useTranslation();
  useEffect(() => registerExercises(lesson, exercises.map((d) => ({ id: d.id, question: d.question }))), [lesson, exercises]);
  const shown = shownExercises(classParams(), exercises.map((d) => d.id));
  if (only) {
    const picked = only.filter((id) => shown.includes(id) || !exercises.some((d) => d.id === id)).map((id) => {
      const def = exercises.find((d) => d.id === id);
      if (!def) throw new Error(`${lesson}: no exercise "${id}" (have ${exercises.map((d) => d.id).join(', ')})`);
      return def;
    });
    if (picked.length === 0) return null;
    return (
      <div className="exercises exercises-inline">
        {picked.map((def) => (
          <Exercise key={def.id} lesson={lesson} def={def} />
        ))}
      </div>
    );
  }
  if (!exercises.some((d) => shown.includes(d.id))) return null;
  return (
    <section className="exercises" aria-labelledby={`${lesson}-exercises`}>
      <h2 id={`${lesson}-exercises`}>{t('exercise.heading')}</h2>
      {exercises.filter((def) => shown.includes(def.id)).map((def) => (
        <Exercise key={def.id} lesson={lesson} def={def} />
      ))}
    </section>
  );
}
