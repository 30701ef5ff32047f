import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { overflowExercises } from './exercises';
import { NS } from './strings';

export function OverflowExercises() {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => overflowExercises(t), [t]);
  return <ExerciseList lesson="overflow" exercises={defs} />;
}
