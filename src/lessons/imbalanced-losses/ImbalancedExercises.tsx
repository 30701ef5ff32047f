import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { imbalancedExercises } from './exercises';
import { NS } from './strings';

export function ImbalancedExercises() {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => imbalancedExercises(t), [t]);
  return <ExerciseList lesson="imbalanced-losses" exercises={defs} />;
}
