import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { applyStep } from './applyStep';
import { focusStep } from './fitStep';
import { HandoutButton } from '../classroom/HandoutButton';
import { PRESENTER_CHANNEL, usePresenterStore } from './presenterStore';
import type { PresenterStep, StepMessage } from './types';

/**
 * The presenting window's controls: ← / → / space move through the lesson's steps, R
 * reveals an "ask the class" answer, Esc leaves. Every move is broadcast so a speaker view
 * in another window follows, and the speaker view can drive this window the same way.
 */
export function PresenterBar({ slug, steps, ns }: { slug: string; steps: readonly PresenterStep[]; ns: string }) {
  const { t } = useTranslation();
  const { t: tl } = useTranslation(ns);
  const { active, index, revealed, stop, go, reveal } = usePresenterStore();
  const channel = useRef<BroadcastChannel | null>(null);
  const step = steps[index];
  // Revealing an "ask the class" step shows its exercise's answer (Exercise reads it from the store).
  const askedExercise = step?.kind === 'ask' ? step.exerciseId : undefined;

  useEffect(() => {
    if (!active) return;
    document.documentElement.classList.add('presenting');
    const ch = new BroadcastChannel(PRESENTER_CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<StepMessage>) => {
      if (e.data?.type === 'logit-lab:step' && e.data.slug === slug && e.data.from === 'speaker') go(e.data.index);
    };
    return () => {
      document.documentElement.classList.remove('presenting');
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
      ch.close();
      channel.current = null;
    };
  }, [active, slug, go]);

  useEffect(() => {
    if (!active) return;
    applyStep(step);
    const msg: StepMessage = { type: 'logit-lab:step', slug, index, from: 'main' };
    channel.current?.postMessage(msg);
  }, [active, step, slug, index]);

  // After the step's state is applied: show only its widget, scaled to fit above the bar.
  useEffect(() => (active ? focusStep(step) : undefined), [active, step]);

  useEffect(() => {
    if (!active) return;
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement | null;
      // Keys typed into a form control belong to that control.
      if (target?.closest('input, select, textarea, [role="slider"]')) return;
      if (e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown') go(Math.min(steps.length - 1, index + 1));
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(Math.max(0, index - 1));
      else if (e.key === 'Escape') stop();
      else if (e.key.toLowerCase() === 'r') reveal(askedExercise);
      else return;
      e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, index, steps.length, go, stop, reveal, askedExercise]);


  if (!active || !step) return null;
  return (
    <div className="presenter-bar" role="region" aria-label={t('presenter.controls')} data-step-target={step.kind === 'state' ? step.set.widget.id : `exercise:${step.exerciseId}`}>
      <button type="button" className="button" onClick={() => go(Math.max(0, index - 1))} disabled={index === 0}>
        ← {t('presenter.prev')}
      </button>
      <p className="presenter-caption" aria-live="polite">
        <span className="presenter-count">{t('presenter.step', { n: index + 1, total: steps.length })}</span> {tl(step.caption, step.values)}
        {step.kind === 'ask' && !revealed && <span className="presenter-ask"> · {t('presenter.askClass')}</span>}
      </p>
      {step.kind === 'ask' && !revealed && (
        <button type="button" className="button" onClick={() => reveal(askedExercise)}>
          {t('presenter.reveal')}
        </button>
      )}
      <button type="button" className="button primary" onClick={() => go(Math.min(steps.length - 1, index + 1))} disabled={index === steps.length - 1}>
        {t('presenter.next')} →
      </button>
      <button type="button" className="button" onClick={() => window.open(`/lessons/${slug}?speaker`, 'logit-lab-speaker', 'width=640,height=720')}>
        {t('presenter.speaker')}
      </button>
      <HandoutButton />
      <button type="button" className="button" onClick={stop}>
        {t('presenter.exit')}
      </button>
    </div>
  );
}
