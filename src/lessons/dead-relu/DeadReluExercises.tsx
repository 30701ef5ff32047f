import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { deadReluExercises } from './exercises';
import { NS } from './strings';

/** The lesson's exercises; `only` places some of them, each right before what answers it. */
export function DeadReluExercises({ only }: { only?: readonly string[] }) {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => deadReluExercises(t), [t]);
  return <ExerciseList lesson="dead-relu" exercises={defs} only={only} />;
}
