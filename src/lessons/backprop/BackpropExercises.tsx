import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { backpropExercises } from './exercises';
import { NS } from './strings';

/** The lesson's exercises; `only` places some of them in the prose, just before the widget that answers them. */
export function BackpropExercises({ only }: { only?: readonly string[] }) {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => backpropExercises(t), [t]);
  return <ExerciseList lesson="backprop" exercises={defs} only={only} />;
}
