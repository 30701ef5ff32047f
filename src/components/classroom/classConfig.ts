import type { ParamNotice, Schema } from '../state/schema';

/**
 * "Customize for class": which widget parameters a link hides or locks and which exercises it
 * shows, as URL parameters next to the widgets' own (`temperature.t=0.1`), so one link holds
 * the whole class setup and the usual permalink machinery carries the starting state:
 *
 *   class.hide=temperature.t,sampling.seed   class.lock=temperature.focus   class.ex=cold-limit,went-at-1
 *
 * Pure: no DOM. Parsing is in two steps because a page only knows its widgets' schemas once
 * they have mounted: `readClassParams` is syntactic (what the controls consult while
 * rendering), `checkClassConfig` validates against the schemas and exercises and words what
 * it had to drop as ParamNotices, the same data the widget frames show for bad values.
 */
export const CLASS_PARAM = { hide: 'class.hide', lock: 'class.lock', ex: 'class.ex' } as const;
/** `class.ex=none`: a link that shows no exercises at all (an empty list would be ambiguous). */
export const NO_EXERCISES = 'none';
/** Longer lists are cut (with a notice): a link with thousands of entries is not a class setup. */
export const MAX_ENTRIES = 200;
const MAX_TEXT = 4000;
const ENTRY = /^([a-z][a-z0-9-]*)\.([A-Za-z][A-Za-z0-9_]*)$/;
const EXERCISE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export interface ClassParams {
  /** `<widget>.<param>` entries that are well formed (not yet checked against a schema). */
  hide: readonly string[];
  lock: readonly string[];
  /** Exercise ids to show, in no particular order; null: the link does not choose (show all). */
  exercises: readonly string[] | null;
}

export const NO_CLASS: ClassParams = { hide: [], lock: [], exercises: null };

export function hasClassParams(params: URLSearchParams): boolean {
  return Object.values(CLASS_PARAM).some((p) => params.has(p));
}

function splitList(raw: string): { items: string[]; cut: boolean } {
  const parts = raw.slice(0, MAX_TEXT).split(',').map((s) => s.trim()).filter((s) => s !== '');
  return { items: [...new Set(parts)].slice(0, MAX_ENTRIES), cut: raw.length > MAX_TEXT || parts.length > MAX_ENTRIES };
}

/** The class parameters of a URL, keeping only well-formed entries. Never throws. */
export function readClassParams(params: URLSearchParams): ClassParams {
  if (!hasClassParams(params)) return NO_CLASS;
  const list = (name: string) => splitList(params.get(name) ?? '').items.filter((e) => ENTRY.test(e));
  const ex = params.get(CLASS_PARAM.ex);
  let exercises: string[] | null = null;
  // Only `none` means no exercises: a blank or wholly malformed list chooses nothing (all shown).
  if (ex !== null) exercises = ex.trim() === NO_EXERCISES ? [] : splitList(ex).items.filter((e) => EXERCISE.test(e));
  if (exercises?.length === 0 && ex?.trim() !== NO_EXERCISES) exercises = null;
  return { hide: list(CLASS_PARAM.hide), lock: list(CLASS_PARAM.lock), exercises };
}

/**
 * Which of `all` (a lesson's exercise ids, in lesson order) a link shows. A link that names
 * exercises and none of them exists (stale, hostile) shows them all: falling back to the full
 * lesson is safer than a silently empty one.
 */
export function shownExercises(params: ClassParams, all: readonly string[]): readonly string[] {
  if (params.exercises === null) return all;
  if (params.exercises.length === 0) return [];
  const kept = all.filter((id) => params.exercises?.includes(id));
  return kept.length > 0 ? kept : all;
}

/** Looks a widget's schema up by id; undefined when the page has no such widget. */
export type SchemaLookup = (widgetId: string) => Schema | undefined;

/**
 * Validates the class parameters of `params` against the page's widgets and (once known) the
 * lesson's exercise ids, and says what it dropped. Entries that do not name a parameter of a
 * widget on this page are dropped; an entry both hidden and locked is hidden.
 */
export function checkClassConfig(params: URLSearchParams, lookup: SchemaLookup, exerciseIds: readonly string[] | null): { config: ClassParams; notices: ParamNotice[] } {
  const notices: ParamNotice[] = [];
  const check = (name: string): string[] => {
    const raw = params.get(name);
    if (raw === null) return [];
    const { items, cut } = splitList(raw);
    const parts: ParamNotice['parts'] = cut ? [{ code: 'keptFirst', values: { max: MAX_ENTRIES } }] : [];
    const kept = items.filter((e) => {
      const m = ENTRY.exec(e);
      const schema = m ? lookup(m[1]) : undefined;
      const ok = !!m && !!schema && Object.prototype.hasOwnProperty.call(schema, m[2]);
      if (!ok) parts.push({ code: 'dropped', values: { raw: e.slice(0, 60) } });
      return ok;
    });
    if (parts.length) notices.push({ param: name, parts });
    return kept;
  };
  const hide = check(CLASS_PARAM.hide);
  const lock = check(CLASS_PARAM.lock).filter((e) => !hide.includes(e));
  const raw = params.get(CLASS_PARAM.ex);
  let exercises: string[] | null = null;
  if (raw !== null) {
    if (raw.trim() === NO_EXERCISES) exercises = [];
    else {
      const { items, cut } = splitList(raw);
      const parts: ParamNotice['parts'] = cut ? [{ code: 'keptFirst', values: { max: MAX_ENTRIES } }] : [];
      exercises = exerciseIds ? items.filter((id) => exerciseIds.includes(id)) : items.filter((id) => EXERCISE.test(id));
      for (const id of items) if (!exercises.includes(id)) parts.push({ code: 'dropped', values: { raw: id.slice(0, 60) } });
      // Nothing valid left: the page shows every exercise (shownExercises), and says so.
      if (exercises.length === 0) {
        exercises = null;
        parts.push({ code: 'allExercises', values: {} });
      }
      if (parts.length) notices.push({ param: CLASS_PARAM.ex, parts });
    }
  }
  return { config: { hide, lock, exercises }, notices };
}

/** Writes a class setup into `into` (removing its class parameters when the setup is empty). */
export function writeClassParams(config: ClassParams, into = new URLSearchParams()): URLSearchParams {
  const put = (name: string, items: readonly string[]) => (items.length ? into.set(name, items.join(',')) : into.delete(name));
  put(CLASS_PARAM.hide, config.hide);
  put(CLASS_PARAM.lock, config.lock.filter((e) => !config.hide.includes(e)));
  if (config.exercises === null) into.delete(CLASS_PARAM.ex);
  else into.set(CLASS_PARAM.ex, config.exercises.length ? config.exercises.join(',') : NO_EXERCISES);
  return into;
}
