import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { attentionExercises } from './exercises';
import { NS } from './strings';

/** The lesson's exercises; `only` places the named ones where they stand (just before the widget that answers them). */
export function AttentionExercises({ only }: { only?: readonly string[] }) {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => attentionExercises(t), [t]);
  return <ExerciseList lesson="attention-gates" exercises={defs} only={only} />;
}
