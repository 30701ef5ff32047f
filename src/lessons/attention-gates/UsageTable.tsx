import { useTranslation } from 'react-i18next';
import { NS } from './strings';

const ROWS = ['se', 'cbam', 'self', 'sk', 'sig', 'one'] as const;

/**
 * Where sigmoid gates, softmax attention and their variants are used, and what their weights must add up to.
 * On phones each row becomes a small card (CSS), with the column name before each cell.
 */
export function UsageTable() {
  const { t } = useTranslation(NS);
  return (
    <div className="table-scroll ag-usage">
      <table className="props-table">
        <caption>{t('usage.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('usage.col.where')}</th>
            <th scope="col">{t('usage.col.what')}</th>
            <th scope="col">{t('usage.col.fn')}</th>
            <th scope="col">{t('usage.col.total')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r}>
              <th scope="row">{t(`usage.rows.${r}.where`)}</th>
              <td data-label={t('usage.col.what')}>{t(`usage.rows.${r}.what`)}</td>
              <td data-label={t('usage.col.fn')} className="mono">
                {t(`usage.rows.${r}.fn`)}
              </td>
              <td data-label={t('usage.col.total')}>{t(`usage.rows.${r}.total`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
