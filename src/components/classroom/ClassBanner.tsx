import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParamNotice } from '../state/schema';
import { pageWidgetStore } from '../state/useWidget';
import { checkClassConfig, type ClassParams } from './classConfig';
import { isClassMode, openedSearch, useClassRegistry } from './classRuntime';
import { mountAllDeferred } from '../deferredMount';
import './classroom.css';

/**
 * On a class link: what the link set up, and what it had to drop (a stale link naming a
 * widget parameter that no longer exists, a hostile one naming anything) — worded like the
 * widget frames' URL notices. Checked after the lesson's widgets have mounted (their schemas
 * are known then) and again once its exercise lists have registered.
 */
/**
 * Controls a widget draws itself (a "next seed" button, draggable bars) say which parameter
 * they set with `data-param="<key>"`; these rules hide or lock them like the shared fields.
 * The store ignores the widget's own changes to those parameters either way.
 */
function paramRules(config: ClassParams): string {
  const sel = (entry: string) => {
    const [id, key] = entry.split('.');
    return `#${CSS.escape(id)} [data-param="${CSS.escape(key)}"]`;
  };
  const rules: string[] = [];
  if (config.hide.length) rules.push(`${config.hide.map(sel).join(', ')} { display: none !important; }`);
  if (config.lock.length) rules.push(`${config.lock.map(sel).join(', ')} { pointer-events: none; opacity: 0.6; }`);
  return rules.join('\n');
}

export function ClassBanner({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const exercises = useClassRegistry((s) => s.exercises[slug]);
  const frames = useClassRegistry((s) => s.frames);
  const [checked, setChecked] = useState<{ config: ClassParams; notices: ParamNotice[] } | null>(null);
  const [dismissed, setDismissed] = useState(false);
  // A class link sets up the whole lesson: mount every widget now, not as the reader scrolls
  // (outside React's commit: mountAllDeferred flushes synchronously).
  useEffect(() => {
    if (isClassMode()) queueMicrotask(mountAllDeferred);
  }, []);
  useEffect(() => {
    if (!isClassMode()) return;
    const store = pageWidgetStore();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the widgets' schemas are known only once they have rendered
    setChecked(checkClassConfig(openedSearch(), (id) => (document.getElementById(id) ? store.widget(id)?.schema : undefined), exercises?.map((e) => e.id) ?? null));
  }, [exercises, frames]);
  if (!checked) return null;
  const { config, notices } = checked;
  return (
    <div className="notice class-banner" role="status" data-class-banner>
      <style>{paramRules(config)}</style>
      <p>
        <strong>{t('classroom.bannerTitle')}</strong>{' '}
        {t('classroom.bannerSummary', { hidden: config.hide.length, locked: config.lock.length })}
        {config.exercises !== null && ` ${t('classroom.bannerExercises', { count: config.exercises.length })}`}
      </p>
      {notices.length > 0 && !dismissed && (
        <div className="url-notice" data-class-notice>
          <p>{t('classroom.bannerDropped')}</p>
          <ul>
            {notices.map((n) => (
              <li key={n.param}>
                {n.param}: {n.parts.map((p) => t(`urlNotice.${p.code}`, p.values)).join('; ')}
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => setDismissed(true)}>
            {t('widget.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
