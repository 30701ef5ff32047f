import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serializeState, type Schema, type StateOf } from '../state/schema';
import { pageWidgetStore } from '../state/useWidget';
import { checkClassConfig, writeClassParams } from './classConfig';
import { classParams, openedSearch, pageControls, useClassRegistry, type Access } from './classRuntime';
import { QrCode } from './QrCode';
import { mountAllDeferred } from '../deferredMount';
import './classroom.css';

interface ParamRow {
  name: string;
  key: string;
  label: string;
}
interface WidgetRows {
  id: string;
  title: string;
  params: ParamRow[];
}

/** The widgets on the page, each parameter named after the control that sets it (when it has one). */
function pageWidgets(): WidgetRows[] {
  const store = pageWidgetStore();
  const labels = new Map<string, string[]>();
  for (const c of pageControls()) {
    const b = c.probe();
    if (b) labels.set(`${b.widget}.${b.key}`, [...(labels.get(`${b.widget}.${b.key}`) ?? []), c.label]);
  }
  const out: WidgetRows[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('main [data-widget]')) {
    const id = el.dataset.widget ?? '';
    const w = store.widget(id);
    if (!w || out.some((r) => r.id === id)) continue;
    const title = document.getElementById(`${id}-title`)?.textContent ?? id;
    const params = Object.keys(w.schema).map((key) => ({ name: `${id}.${key}`, key, label: [...new Set(labels.get(`${id}.${key}`) ?? [])].join(' / ') }));
    out.push({ id, title, params });
  }
  return out;
}

/** The link: the page, every widget's current state, the class setup and the language. */
export function classLink(rules: Record<string, Access>, exercises: readonly string[] | null, lang: string): string {
  const store = pageWidgetStore();
  const params = new URLSearchParams();
  for (const el of document.querySelectorAll<HTMLElement>('main [data-widget]')) {
    const w = store.widget(el.dataset.widget ?? '');
    if (w) serializeState(w.schema, store.entry(w).state as StateOf<Schema>, w.id, params);
  }
  const names = Object.keys(rules);
  writeClassParams({ hide: names.filter((n) => rules[n] === 'hidden'), lock: names.filter((n) => rules[n] === 'locked'), exercises }, params);
  params.set('lang', lang);
  return `${window.location.origin}${window.location.pathname}?${params.toString()}`;
}

/**
 * "Customize for class": the instructor picks, per widget parameter, whether students may
 * change it, see it locked, or not see it; which exercises appear; and takes every widget's
 * current state as the starting state. The result is a link and a QR code for the projector.
 */
export function CustomizeButton({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [widgets, setWidgets] = useState<WidgetRows[]>([]);
  const [rules, setRules] = useState<Record<string, Access>>({});
  const [picked, setPicked] = useState<readonly string[] | null>(null);
  const [opened, setOpened] = useState(false);
  const exercises = useClassRegistry((s) => s.exercises[slug]);
  function open() {
    // Every widget of the lesson, including those not scrolled to yet (they mount lazily).
    mountAllDeferred();
    const rows = pageWidgets();
    // Editing a class link starts from its setup.
    const now = checkClassConfig(openedSearch(), (id) => pageWidgetStore().widget(id)?.schema, exercises?.map((e) => e.id) ?? null).config;
    const start: Record<string, Access> = {};
    for (const r of rows) for (const p of r.params) start[p.name] = now.hide.includes(p.name) ? 'hidden' : now.lock.includes(p.name) ? 'locked' : 'open';
    setWidgets(rows);
    setRules(start);
    setPicked(classParams().exercises === null ? null : now.exercises);
    setOpened(true);
    dialog.current?.showModal();
  }
  const all = exercises?.map((e) => e.id) ?? [];
  const chosen = picked ?? all;
  const exParam = picked === null || chosen.length === all.length ? null : chosen;
  // Built while the (modal) dialog is open, from the widgets' state at that moment: cheap.
  const link = opened ? classLink(rules, exParam, i18n.resolvedLanguage ?? 'en') : '';
  const counts = Object.values(rules);
  return (
    <>
      <button type="button" className="button customize-button" onClick={open}>
        {t('classroom.customize')}
      </button>
      <dialog ref={dialog} className="customize-dialog" aria-labelledby="customize-title" onClose={() => setOpened(false)}>
        <form method="dialog" className="customize-form">
          <div className="customize-head">
            <h2 id="customize-title">{t('classroom.title')}</h2>
            <button type="submit" className="button">{t('classroom.close')}</button>
          </div>
          <p className="customize-help">{t('classroom.help')}</p>
          <div className="customize-body">
            <div className="customize-controls">
              {widgets.map((w) => (
                <fieldset key={w.id} className="customize-widget">
                  <legend>{w.title}</legend>
                  {w.params.map((p) => (
                    <label key={p.name} className="customize-param">
                      <span>
                        {p.label || t('classroom.noControl')} <code>{p.key}</code>
                      </span>
                      <select value={rules[p.name] ?? 'open'} data-param={p.name} onChange={(e) => setRules({ ...rules, [p.name]: e.target.value as Access })}>
                        <option value="open">{t('classroom.open')}</option>
                        <option value="locked">{t('classroom.lockedOption')}</option>
                        <option value="hidden">{t('classroom.hiddenOption')}</option>
                      </select>
                    </label>
                  ))}
                </fieldset>
              ))}
              {exercises && exercises.length > 0 && (
                <fieldset className="customize-widget">
                  <legend>{t('classroom.exercises')}</legend>
                  {exercises.map((e) => (
                    <label key={e.id} className="customize-exercise">
                      <input
                        type="checkbox"
                        data-exercise-id={e.id}
                        checked={chosen.includes(e.id)}
                        onChange={(ev) => setPicked(ev.target.checked ? all.filter((id) => id === e.id || chosen.includes(id)) : chosen.filter((id) => id !== e.id))}
                      />
                      {e.question}
                    </label>
                  ))}
                </fieldset>
              )}
            </div>
            <div className="customize-share">
              <p className="customize-summary" role="status">
                {t('classroom.summary', { hidden: counts.filter((a) => a === 'hidden').length, locked: counts.filter((a) => a === 'locked').length, shown: chosen.length, total: all.length })}
              </p>
              {link && <QrCode text={link} label={t('classroom.qrLabel')} />}
              <label className="field customize-link">
                <span>{t('classroom.link')}</span>
                <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} data-class-link />
              </label>
              <div className="customize-actions">
                <button type="button" className="button primary" onClick={() => void navigator.clipboard?.writeText(link).catch(() => undefined)}>
                  {t('classroom.copy')}
                </button>
                <a className="button" href={link} target="_blank" rel="noopener">
                  {t('classroom.openLink')}
                </a>
              </div>
            </div>
          </div>
        </form>
      </dialog>
    </>
  );
}
