import { useTranslation } from 'react-i18next';
import type { GhmBin } from '../../engine';
import { formatNumber } from '../../components/plot/scales';
import { NS } from './strings';

const pct = (v: number) => `${formatNumber(v * 100, 3)}%`;

/** Every bin's numbers, folded away: the text alternative of both GHM plots. */
export function GhmTable({ bins }: { bins: readonly GhmBin[] }) {
  const { t } = useTranslation(NS);
  return (
    <details className="plot-data">
      <summary>{t('ghm.tableToggle')}</summary>
      <div className="table-scroll">
        <table className="num-table" data-testid="ghm-table">
          <thead>
            <tr>
              <th scope="col">g</th>
              <th scope="col">{t('ghm.count')}</th>
              <th scope="col">GD(g)</th>
              <th scope="col">β</th>
              <th scope="col">{t('ghm.ceShare')}</th>
              <th scope="col">{t('ghm.ghmShare')}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((b) => (
              <tr key={b.lo}>
                <th scope="row">
                  [{formatNumber(b.lo, 3)}, {formatNumber(b.hi, 3)})
                </th>
                <td>{b.count}</td>
                <td>{formatNumber(b.density, 4)}</td>
                <td>{b.count > 0 ? formatNumber(b.beta, 4) : '—'}</td>
                <td>{pct(b.ceShare)}</td>
                <td>{pct(b.ghmShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
