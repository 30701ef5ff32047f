import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { whereSigmoidExercises } from './exercises';
import { NS } from './strings';

export function WhereSigmoidExercises() {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => whereSigmoidExercises(t), [t]);
  return <ExerciseList lesson="where-sigmoid-comes-from" exercises={defs} />;
}
