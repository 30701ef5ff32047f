import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { attentionExercises } from './exercises';
import { NS } from './strings';

export function AttentionExercises() {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => attentionExercises(t), [t]);
  return <ExerciseList lesson="attention-gates" exercises={defs} />;
}
