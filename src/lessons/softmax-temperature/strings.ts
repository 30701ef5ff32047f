import { registerLessonStrings } from '../../i18n/lessonStrings';
import en from './strings.en.json';
import zh from './strings.zh.json';
import { figures } from './figures';

export const NS = 'softmax-temperature';

/**
 * The string tables with the lesson's computed figures filled in: an exercise or presenter
 * note writes {{wentAt1}} and shows the engine's number. Placeholders that are not figures
 * ({{T}}, {{word}}…) stay for i18next to fill when a widget calls t().
 */
export function withFigures<T>(table: T): T {
  if (typeof table === 'string') return table.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (Object.hasOwn(figures, k) ? figures[k as keyof typeof figures] : m)) as T;
  if (table && typeof table === 'object') return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, withFigures(v)])) as T;
  return table;
}

registerLessonStrings(NS, withFigures(en), withFigures(zh));
