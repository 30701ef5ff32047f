import { NS } from './strings';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/plot/scales';
import { quadraticLoss2, type Sym2, type Vec2 } from '../../engine';

/** The text alternative of the two descent paths: every step's weights and loss. */
export function PathTable({ positive, centred, hPos, hCen }: { positive: readonly Vec2[]; centred: readonly Vec2[]; hPos: Sym2; hCen: Sym2 }) {
  const { t } = useTranslation(NS);
  const f = (v: number) => formatNumber(v, 3);
  return (
    <details className="plot-data">
      <summary>{t('zigzag.table')}</summary>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('zigzag.step')}</th>
              <th scope="col">{t('zigzag.positive')} w₁, w₂</th>
              <th scope="col">{t('zigzag.loss')}</th>
              <th scope="col">{t('zigzag.centred')} w₁, w₂</th>
              <th scope="col">{t('zigzag.loss')}</th>
            </tr>
          </thead>
          <tbody>
            {positive.map((p, k) => (
              <tr key={k}>
                <td>{k}</td>
                <td>{`${f(p[0])}, ${f(p[1])}`}</td>
                <td>{f(quadraticLoss2(hPos, p))}</td>
                <td>{`${f(centred[k][0])}, ${f(centred[k][1])}`}</td>
                <td>{f(quadraticLoss2(hCen, centred[k]))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
