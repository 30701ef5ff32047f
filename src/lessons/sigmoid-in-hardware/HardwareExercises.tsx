import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { hardwareExercises } from './exercises';
import { NS } from './strings';

/** The lesson's exercises; `only` places some of them right before the widget that answers them. */
export function HardwareExercises({ only }: { only?: readonly string[] }) {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => hardwareExercises(t), [t]);
  return <ExerciseList lesson="sigmoid-in-hardware" exercises={defs} only={only} />;
}
