import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../plot/scales';
import { showWidgetState } from '../state/useWidget';
import { usePresenterStore } from '../presenter/presenterStore';
import { answerText, checkAnswer } from './checkAnswer';
import { useProgressStore } from './progressStore';
import type { ExerciseDef } from './types';

type Phase = 'asking' | 'hinted' | 'correct' | 'revealed';

/**
 * Predict, then see: the student commits to an answer, gets a hint on the first miss, and
 * after a right answer (or "show me") the widget moves to the true state and the
 * explanation appears. Results are announced in a live region.
 */
export function Exercise({ lesson, def }: { lesson: string; def: ExerciseDef }) {
  const { t } = useTranslation();
  const id = useId();
  const record = useProgressStore((s) => s.record);
  const past = useProgressStore((s) => s.progress[lesson]?.[def.id]);
  const [raw, setRaw] = useState(def.answer.kind === 'slider' ? String(def.answer.min) : '');
  const [ownPhase, setPhase] = useState<Phase>(past?.correct ? 'correct' : past?.revealed ? 'revealed' : 'asking');
  const [ownMessage, setMessage] = useState('');
  const presenting = usePresenterStore((s) => s.active);
  // A presenter's "reveal" for an ask-the-class step shows the answer and records nothing; it
  // lasts while the step does (going back to the step asks again).
  const presenterRevealed = usePresenterStore((s) => s.active && s.revealedExercise === def.id);
  const byPresenter = presenterRevealed && ownPhase !== 'correct' && ownPhase !== 'revealed';
  const phase: Phase = byPresenter ? 'revealed' : ownPhase;
  const message = byPresenter ? t('exercise.revealed', { answer: answerText(def.answer, (v) => formatNumber(v)) }) : ownMessage;
  const done = phase === 'correct' || phase === 'revealed';
  useEffect(() => {
    if (presenterRevealed && def.reveal) showWidgetState(def.reveal);
  }, [presenterRevealed, def]);

  function reveal(outcome: 'correct' | 'revealed') {
    if (def.reveal) showWidgetState(def.reveal);
    setPhase(outcome);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const verdict = checkAnswer(def.answer, raw);
    if (verdict === 'invalid') {
      setMessage(t('exercise.invalid'));
      return;
    }
    record(lesson, def.id, verdict);
    if (verdict === 'correct') {
      setMessage(t('exercise.correct'));
      reveal('correct');
    } else {
      setMessage(phase === 'asking' ? t('exercise.wrongHint') : t('exercise.wrongAgain'));
      setPhase('hinted');
    }
  }
  function showAnswer() {
    record(lesson, def.id, 'revealed');
    setMessage(t('exercise.revealed', { answer: answerText(def.answer, (v) => formatNumber(v)) }));
    reveal('revealed');
  }

  const a = def.answer;
  return (
    <form className={`exercise exercise-${phase}${presenting && !done ? ' exercise-ask' : ''}`} onSubmit={submit} data-exercise={def.id} data-reveals={def.reveal?.widget.id} aria-labelledby={`${id}-q`}>
      <p className="exercise-label">{t('exercise.predict')}</p>
      <p id={`${id}-q`} className="exercise-question">
        {def.question}
      </p>
      {a.kind === 'choice' && (
        <fieldset className="exercise-choices" disabled={done}>
          <legend className="sr-only">{def.question}</legend>
          {a.options.map((o) => (
            <label key={o.id} className="chip">
              <input type="radio" name={id} value={o.id} checked={raw === o.id} onChange={() => setRaw(o.id)} />
              {o.label}
            </label>
          ))}
        </fieldset>
      )}
      {a.kind === 'number' && (
        <div className="field">
          <label htmlFor={`${id}-n`}>{t('exercise.yourAnswer')}{a.unit ? ` (${a.unit})` : ''}</label>
          <input id={`${id}-n`} type="text" inputMode="decimal" value={raw} disabled={done} onChange={(e) => setRaw(e.target.value)} />
        </div>
      )}
      {a.kind === 'slider' && (
        <div className="field">
          <label htmlFor={`${id}-s`}>
            {t('exercise.yourAnswer')}: <span className="mono">{raw}{a.unit ? ` ${a.unit}` : ''}</span>
          </label>
          <input id={`${id}-s`} type="range" min={a.min} max={a.max} step={a.step} value={raw} disabled={done} onChange={(e) => setRaw(e.target.value)} />
        </div>
      )}
      <div className="exercise-actions">
        {!done && (
          <button type="submit" className="button primary">
            {t('exercise.check')}
          </button>
        )}
        {phase === 'hinted' && (
          <button type="button" className="button" onClick={showAnswer}>
            {t('exercise.showAnswer')}
          </button>
        )}
      </div>
      <p className="exercise-feedback" role="status" aria-live="polite">
        {message}
      </p>
      {phase === 'hinted' && <p className="exercise-hint">💡 {def.hint}</p>}
      {done && <p className="exercise-explanation">{typeof def.explanation === 'function' ? def.explanation() : def.explanation}</p>}
    </form>
  );
}
