import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExerciseList } from '../../components/exercise/ExerciseList';
import { galleryExercises } from './exercises';
import { NS } from './strings';

export function GalleryExercises() {
  const { t } = useTranslation(NS);
  const defs = useMemo(() => galleryExercises(t), [t]);
  return <ExerciseList lesson="activation-gallery" exercises={defs} />;
}
