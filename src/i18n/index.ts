import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import zh from './locales/zh.json';

/** Every UI string goes through this one layer. Chinese falls back to English key by key. */
export const languages = [
  { code: 'en', label: 'English' },
  { code: 'zh', label: '简体中文' },
] as const;
export type Language = (typeof languages)[number]['code'];

const STORAGE_KEY = 'logitlab.lang';

function isLanguage(x: string | null | undefined): x is Language {
  return languages.some((l) => l.code === x);
}

/** ?lang= wins, then the remembered choice, then the browser's language. */
export function initialLanguage(): Language {
  if (typeof window === 'undefined') return 'en';
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // storage can be blocked (private mode, sandboxed iframe): fall through
  }
  if (isLanguage(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function setLanguage(lang: Language): void {
  void i18next.changeLanguage(lang);
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered, still switched
  }
}

export function applyDocumentLanguage(lang: string): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, zh: { translation: zh } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
  // A missing key is a bug: say so on the console, where the e2e console guard fails on it.
  saveMissing: true,
  missingKeyHandler: (lngs, ns, key) => console.warn(`i18n: missing key “${ns}:${key}” for ${lngs.join(', ')}`),
});

export default i18next;
