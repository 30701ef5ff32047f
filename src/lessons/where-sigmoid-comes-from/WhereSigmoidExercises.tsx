import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { whereSigmoidExercises } from './exercises';
import { NS } from './strings';

/** The lesson's exercises; `only` places some of them where they stand in the prose (before the widget that answers them). */
export function WhereSigmoidExercises({ only }: { only?: readonly string[] }) {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => whereSigmoidExercises(t), [t]);
  return <ExerciseList lesson="where-sigmoid-comes-from" exercises={defs} only={only} />;
}
