import { useTranslation } from 'react-i18next';
import { Link } from './Link';
import { languages, setLanguage, type Language } from '../i18n';
import { useThemeStore, type ThemeChoice } from './themeStore';

export function Header() {
  const { t, i18n } = useTranslation();
  const choice = useThemeStore((s) => s.choice);
  const setChoice = useThemeStore((s) => s.setChoice);
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <span>{t('app.name')}</span>
      </Link>
      <div className="header-controls">
        <label className="compact-field">
          <span>{t('app.theme')}</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value as ThemeChoice)}>
            <option value="system">{t('app.themeSystem')}</option>
            <option value="light">{t('app.themeLight')}</option>
            <option value="dark">{t('app.themeDark')}</option>
          </select>
        </label>
        <label className="compact-field">
          <span>{t('app.language')}</span>
          <select value={i18n.resolvedLanguage ?? 'en'} onChange={(e) => setLanguage(e.target.value as Language)}>
            {languages.map((l) => (
              <option key={l.code} value={l.code} lang={l.code === 'zh' ? 'zh-Hans' : 'en'}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
