import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepLoaders } from 'virtual:lesson-loaders';
import { PresenterBar } from '../components/presenter/PresenterBar';
import { SpeakerView } from '../components/presenter/SpeakerView';
import { usePresenterStore } from '../components/presenter/presenterStore';
import type { PresenterStep } from '../components/presenter/types';

const hasSteps = (slug: string) => Object.prototype.hasOwnProperty.call(stepLoaders, slug);

/** Loads a lesson's presenter steps once, if it has any. */
function useSteps(slug: string): readonly PresenterStep[] | null {
  const [steps, setSteps] = useState<{ slug: string; steps: readonly PresenterStep[] } | null>(null);
  useEffect(() => {
    if (!hasSteps(slug)) return;
    let live = true;
    void stepLoaders[slug]().then((s) => live && setSteps({ slug, steps: s }));
    return () => {
      live = false;
    };
  }, [slug]);
  return steps?.slug === slug ? steps.steps : null;
}

/** The "Present" button; `?present` starts presenting on load. */
export function PresentButton({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const start = usePresenterStore((s) => s.start);
  const stop = usePresenterStore((s) => s.stop);
  useEffect(() => {
    if (hasSteps(slug) && new URLSearchParams(window.location.search).has('present')) start();
    return () => stop();
  }, [slug, start, stop]);
  if (!hasSteps(slug)) return null;
  return (
    <button
      type="button"
      className="button present-button"
      onClick={() => {
        start();
        // Full screen needs this click's user gesture; refusal (iframes, some browsers) is fine.
        document.documentElement.requestFullscreen?.().catch(() => undefined);
      }}
    >
      ▶ {t('presenter.present')}
    </button>
  );
}

/** Presenter bar under the lesson, once steps have loaded. */
export function LessonPresenter({ slug }: { slug: string }) {
  const steps = useSteps(slug);
  return steps ? <PresenterBar slug={slug} steps={steps} ns={slug} /> : null;
}

/** `?speaker`: the speaker's window for this lesson instead of the lesson itself. */
export function LessonSpeaker({ slug }: { slug: string }) {
  const steps = useSteps(slug);
  return steps ? <SpeakerView slug={slug} steps={steps} ns={slug} /> : null;
}

export function isSpeakerView(): boolean {
  return typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('speaker');
}
