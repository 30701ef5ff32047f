import i18next from 'i18next';

type Strings = Record<string, unknown>;

/**
 * Registers a lesson's own UI strings as an i18next namespace named after its slug, so
 * each lesson's strings ship in its own chunk and no lesson edits a shared locale file.
 * Components then call useTranslation(slug). Chinese falls back to English key by key.
 */
export function registerLessonStrings(namespace: string, en: Strings, zh: Strings): void {
  i18next.addResourceBundle('en', namespace, en, true, true);
  i18next.addResourceBundle('zh', namespace, zh, true, true);
}
