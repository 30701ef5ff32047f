import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { crossEntropyExercises } from './exercises';
import { NS } from './strings';

/** The lesson's exercises; `only` places some of them where they stand in the prose (before the widget that answers them). */
export function CrossEntropyExercises({ only }: { only?: readonly string[] }) {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => crossEntropyExercises(t), [t]);
  return <ExerciseList lesson="cross-entropy" exercises={defs} only={only} />;
}
