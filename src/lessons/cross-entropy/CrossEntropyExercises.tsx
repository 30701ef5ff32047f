import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { crossEntropyExercises } from './exercises';
import { NS } from './strings';

export function CrossEntropyExercises() {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => crossEntropyExercises(t), [t]);
  return <ExerciseList lesson="cross-entropy" exercises={defs} />;
}
