import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { hardwareExercises } from './exercises';
import { NS } from './strings';

export function HardwareExercises() {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => hardwareExercises(t), [t]);
  return <ExerciseList lesson="sigmoid-in-hardware" exercises={defs} />;
}
