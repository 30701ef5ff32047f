import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESENTER_CHANNEL } from './presenterStore';
import type { PresenterStep, StepMessage } from './types';

/** The speaker's window: current step with notes, the next step, and controls that drive the main window. */
export function SpeakerView({ slug, steps, ns }: { slug: string; steps: readonly PresenterStep[]; ns: string }) {
  const { t } = useTranslation();
  const { t: tl } = useTranslation(ns);
  const [index, setIndex] = useState(0);
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    const ch = new BroadcastChannel(PRESENTER_CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<StepMessage>) => {
      if (e.data?.type === 'logit-lab:step' && e.data.slug === slug && e.data.from === 'main') setIndex(e.data.index);
    };
    return () => ch.close();
  }, [slug]);
  function go(i: number) {
    const msg: StepMessage = { type: 'logit-lab:step', slug, index: i, from: 'speaker' };
    channel.current?.postMessage(msg);
  }
  const step = steps[index];
  const next = steps[index + 1];
  return (
    <section className="speaker-view" aria-labelledby="speaker-title">
      <h1 id="speaker-title">{t('presenter.speakerTitle')}</h1>
      <p className="presenter-count" data-testid="speaker-step">
        {t('presenter.step', { n: index + 1, total: steps.length })}
      </p>
      {step && (
        <>
          <h2>{tl(step.caption, step.values)}</h2>
          {step.notes && <p className="speaker-notes">{tl(step.notes, step.values)}</p>}
        </>
      )}
      <h3>{t('presenter.upNext')}</h3>
      <p data-testid="speaker-next">{next ? tl(next.caption, next.values) : t('presenter.end')}</p>
      <div className="widget-actions">
        <button type="button" className="button" onClick={() => go(Math.max(0, index - 1))} disabled={index === 0}>
          ← {t('presenter.prev')}
        </button>
        <button type="button" className="button primary" onClick={() => go(Math.min(steps.length - 1, index + 1))} disabled={!next}>
          {t('presenter.next')} →
        </button>
      </div>
    </section>
  );
}
