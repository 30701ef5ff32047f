import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { sigmoidSoftmaxExercises } from './exercises';
import { NS } from './strings';

export function SigmoidSoftmaxExercises() {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => sigmoidSoftmaxExercises(t), [t]);
  return <ExerciseList lesson="sigmoid-vs-softmax" exercises={defs} />;
}
