import { memo, useId, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../../i18n/pasteStrings';
import { makeDataset } from '../../engine';
import { Segmented } from '../../components/fields';
import { NS } from './strings';
import { N_POINTS, type LabState } from './schema';
import { flatOfDataset, MAX_CLASSES, MAX_POINTS } from './pointsData';
import { readPoints } from './readPoints';
import { onTooLongChange, tooLongForLink } from '../../components/state/linkBudget';
import '../../components/pasteNumbers.css';

/** Beyond this a file cannot be 10 000 rows of x, y, label anyway. */
const MAX_FILE_BYTES = 600_000;
const BRUSHES = Array.from({ length: MAX_CLASSES }, (_, k) => String(k));

/**
 * Your own points: start editing from the built-in set, pick the class a click adds, clear, go
 * back; or paste / load a CSV (x, y, label). Text is read on "Use these points" only (on a worker
 * when long), never per keystroke; a failure names its cell and leaves the points as they were.
 */
export const PointsPanel = memo(function PointsPanel({ state, set }: { state: LabState; set: (p: Partial<LabState>) => void }) {
  const { t } = useTranslation(NS);
  const { t: tc } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const pts = state.pts ?? [];
  // The permalink packs the points; past the URL budget it leaves them out (linkBudget.ts) and says so here.
  const tooLong = useSyncExternalStore(onTooLongChange, () => tooLongForLink().has('lab'), () => false);
  const n = Math.floor(pts.length / 3);

  async function apply(raw: string) {
    setBusy(true);
    const v = await readPoints(raw);
    setBusy(false);
    if (!v.ok) {
      setMessage({ kind: 'error', text: tc(v.key, v.params) });
      return;
    }
    set({ own: true, pts: v.flat });
    setMessage({ kind: 'ok', text: t('own.applied', { n: String(v.n), k: v.classes }) });
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    void apply(text);
  }
  async function load(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setMessage({ kind: 'error', text: t('own.fileTooBig', { name: file.name, max: String(MAX_POINTS) }) });
      return;
    }
    const content = await file.text();
    setText(content.length > 5000 ? '' : content); // a big file is not echoed into the box
    await apply(content);
  }

  return (
    <div className="dr-own" data-testid="own-points">
      <div className="dr-own-row">
        {state.own ? (
          <>
            <Segmented label={t('own.brush')} value={String(state.brush ?? 0)} options={BRUSHES.map((k) => ({ value: k, label: t('own.class', { k: Number(k) + 1 }) }))} onChange={(v) => set({ brush: Number(v) })} />
            <button type="button" className="button" onClick={() => set({ pts: [] })}>
              {t('own.clear')}
            </button>
            <button type="button" className="button" onClick={() => set({ own: false })}>
              {t('own.builtIn')}
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => set({ own: true, pts: flatOfDataset(makeDataset(state.data, N_POINTS, state.seed)) })}>
            {t('own.start')}
          </button>
        )}
      </div>
      {state.own && tooLong && (
        <p className="paste-note" role="status" data-testid="points-too-long">
          {tc('paste.tooLongForLink')}
        </p>
      )}
      {state.own && (
        <p className="dr-note" data-testid="own-count">
          {n === 0 ? t('own.none') : t('own.count', { n: String(n) })} {t('own.keys')}
        </p>
      )}
      <details className="paste-numbers">
        <summary>{t('own.paste')}</summary>
        <form onSubmit={submit}>
          <label htmlFor={`${id}-text`}>{t('own.pasteLabel')}</label>
          <p className="paste-hint" id={`${id}-hint`}>
            {t('own.pasteHint', { max: String(MAX_POINTS), k: MAX_CLASSES - 1 })}
          </p>
          <textarea
            id={`${id}-text`}
            rows={4}
            spellCheck={false}
            value={text}
            placeholder={'x,y,label\n0.5,-0.2,0\n-0.7,0.4,1'}
            aria-describedby={`${id}-hint ${id}-msg`}
            aria-invalid={message?.kind === 'error' ? true : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="paste-actions">
            <button type="submit" className="button" disabled={busy}>
              {t('own.apply')}
            </button>
            <label className="button paste-file">
              {t('own.file')}
              <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" onChange={(e) => void load(e.target.files?.[0])} />
            </label>
          </div>
          <p id={`${id}-msg`} className={message?.kind === 'error' ? 'field-error paste-msg' : 'paste-msg'} aria-live="polite" data-testid="points-message">
            {busy ? t('own.reading') : message?.text}
          </p>
        </form>
      </details>
    </div>
  );
});
