// From ./index, not 'i18next': the app's table must be initialised before these merge into it.
import i18next from './index';
import en from './locales/paste.en.json';
import zh from './locales/paste.zh.json';

/**
 * The "paste your own numbers" messages (paste.*), added to the app's table by the modules
 * that show them (PasteNumbers, the lab's points panel) rather than shipped with every page:
 * an embed without a paste box does not carry them (about 1.7 kB gzip for both languages,
 * which took the Pareto embed over its 100 kB budget). Keys stay `paste.*` in the default
 * namespace, deep-merged.
 */
i18next.addResourceBundle('en', 'translation', en, true, false);
i18next.addResourceBundle('zh', 'translation', zh, true, false);
