import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { galleryExercises } from './exercises';
import { NS } from './strings';

/** The gallery's exercises; `only` places the given ones (in that order) right before the widget that answers them. */
export function GalleryExercises({ only }: { only?: readonly string[] }) {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => galleryExercises(t), [t]);
  return <ExerciseList lesson="activation-gallery" exercises={defs} only={only} />;
}
