import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { forwardExercises } from './exercises';
import { NS } from './strings';

/** The lesson's exercises; `only` places some of them in the prose, just before the widget that answers them. */
export function ForwardExercises({ only }: { only?: readonly string[] }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.resolvedLanguage ?? 'en';
  const defs = useMemo(() => forwardExercises(t, lang), [t, lang]);
  return <ExerciseList lesson="forward-pass" exercises={defs} only={only} />;
}
