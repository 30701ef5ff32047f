import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { nonlinearExercises } from './exercises';
import { NS } from './strings';

/** The lesson's exercises; `only` places the given ones (in that order) right before the widget that answers them. */
export function NonlinearExercises({ only }: { only?: readonly string[] }) {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => nonlinearExercises(t), [t]);
  return <ExerciseList lesson="why-nonlinear" exercises={defs} only={only} />;
}
