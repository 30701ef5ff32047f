import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { deadReluExercises } from './exercises';
import { NS } from './strings';

export function DeadReluExercises() {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => deadReluExercises(t), [t]);
  return <ExerciseList lesson="dead-relu" exercises={defs} />;
}
