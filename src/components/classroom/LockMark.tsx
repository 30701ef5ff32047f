import { useTranslation } from 'react-i18next';

/** The mark beside a control a class link locked: seen, and heard as part of its label. */
export function LockMark() {
  const { t } = useTranslation();
  return (
    <span className="lock-mark" title={t('classroom.lockedHint')}>
      {/* Drawn, not an emoji: not every machine has an emoji font. */}
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
      </svg>
      <span className="sr-only">{t('classroom.locked')}</span>
    </span>
  );
}
