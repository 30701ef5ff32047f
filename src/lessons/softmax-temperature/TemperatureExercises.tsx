import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { temperatureExercises } from './exercises';
import { NS } from './strings';

/** The lesson's exercises; `only` places just those ids here, right before the widget that answers them. */
export function TemperatureExercises({ only }: { only?: readonly string[] }) {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => temperatureExercises(t), [t]);
  return <ExerciseList lesson="softmax-temperature" exercises={defs} only={only} />;
}
