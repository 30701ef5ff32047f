import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { nonlinearExercises } from './exercises';
import { NS } from './strings';

export function NonlinearExercises() {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => nonlinearExercises(t), [t]);
  return <ExerciseList lesson="why-nonlinear" exercises={defs} />;
}
