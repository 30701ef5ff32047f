import { useTranslation } from 'react-i18next';

/**
 * "Download handout": the browser's print dialog, where "Save as PDF" gives the file. The
 * print stylesheet (classroom.css, @media print) turns the lesson into the handout: prose,
 * formulas, every plot at its current state, exercises with room to answer, no controls.
 */
export function HandoutButton({ className = 'button' }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className={`${className} handout-button`} onClick={() => window.print()} title={t('classroom.handoutHint')}>
      {t('classroom.handout')}
    </button>
  );
}
