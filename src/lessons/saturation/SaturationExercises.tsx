import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { saturationExercises } from './exercises';
import { NS } from './strings';

export function SaturationExercises() {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => saturationExercises(t), [t]);
  return <ExerciseList lesson="saturation" exercises={defs} />;
}
