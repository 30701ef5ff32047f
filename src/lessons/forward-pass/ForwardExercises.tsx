import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { forwardExercises } from './exercises';
import { NS } from './strings';

export function ForwardExercises() {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.resolvedLanguage ?? 'en';
  const defs = useMemo(() => forwardExercises(t, lang), [t, lang]);
  return <ExerciseList lesson="forward-pass" exercises={defs} />;
}
