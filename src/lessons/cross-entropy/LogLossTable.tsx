import { useTranslation } from 'react-i18next';
import { ANIMALS } from './schema';
import { fmt } from './format';
import { NS } from './strings';

interface Props {
  id: string;
  title: string;
  rows: readonly (readonly number[])[];
  targets: readonly number[];
  perSample: readonly number[];
  mean: number;
}

/** One model's prediction table: the true class's probability highlighted, −ln of it per row, the mean below. */
export function LogLossTable({ id, title, rows, targets, perSample, mean }: Props) {
  const { t } = useTranslation(NS);
  return (
    <div className="table-scroll">
      <table className="num-table ce-table" data-testid={`table-${id}`}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('logloss.truth')}</th>
            {ANIMALS.map((a) => (
              <th key={a} scope="col">
                {t(`animal.${a}`)}
              </th>
            ))}
            <th scope="col">−ln p</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, n) => (
            <tr key={n}>
              <th scope="row">{t(`animal.${ANIMALS[targets[n]]}`)}</th>
              {r.map((v, i) => (
                <td key={i} className={i === targets[n] ? 'ce-true' : undefined}>
                  {fmt(v, 3)}
                </td>
              ))}
              <td>{fmt(perSample[n], 4)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t('logloss.mean')}
            </th>
            <td data-testid={`logloss-${id}`} data-value={String(mean)}>
              <strong>{fmt(mean, 5)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
