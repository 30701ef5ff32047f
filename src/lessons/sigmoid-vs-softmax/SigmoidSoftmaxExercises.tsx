import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { sigmoidSoftmaxExercises } from './exercises';
import { NS } from './strings';

/** The lesson's exercises; `only` places some of them where they stand in the prose (before the widget that answers them). */
export function SigmoidSoftmaxExercises({ only }: { only?: readonly string[] }) {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => sigmoidSoftmaxExercises(t), [t]);
  return <ExerciseList lesson="sigmoid-vs-softmax" exercises={defs} only={only} />;
}
