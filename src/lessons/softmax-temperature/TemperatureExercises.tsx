import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { temperatureExercises } from './exercises';
import { NS } from './strings';

export function TemperatureExercises() {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => temperatureExercises(t), [t]);
  return <ExerciseList lesson="softmax-temperature" exercises={defs} />;
}
