import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { overflowExercises } from './exercises';
import { NS } from './strings';

/** The lesson's exercises; `only` places just those ids here, right before the widget that answers them. */
export function OverflowExercises({ only }: { only?: readonly string[] }) {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => overflowExercises(t), [t]);
  return <ExerciseList lesson="overflow" exercises={defs} only={only} />;
}
