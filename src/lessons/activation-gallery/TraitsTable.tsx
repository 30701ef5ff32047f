import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { activations, TRAITS_SPAN } from '../../engine';
import { formatNumber } from '../../format/number';
import { exceptionPoints, traitRows } from './traitsTable';
import { NS } from './strings';

/**
 * "f(x) ≈ x near 0", "monotone", "almost everywhere differentiable" for every activation,
 * as the engine computes them; the numbers behind each verdict are in the cell.
 */
/** A one-sided difference quotient; across a jump it grows without bound, shown as ∞. */
const slope = (v: number) => (Math.abs(v) > 1e3 ? '∞' : formatNumber(v, 3));

export function TraitsTable() {
  const { t } = useTranslation(NS);
  const rows = useMemo(() => traitRows(), []);
  const yes = t('yes');
  const no = t('no');
  return (
    <div className="table-scroll" data-testid="traits-table">
      <table className="props-table">
        <caption className="muted" style={{ captionSide: 'bottom', textAlign: 'left', paddingTop: 6 }}>
          {t('traits.caption', { span: TRAITS_SPAN })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('col.name')}</th>
            <th scope="col">{t('traits.near')}</th>
            <th scope="col">{t('traits.monotone')}</th>
            <th scope="col">{t('traits.ae')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, traits: tr }) => {
            const except = exceptionPoints(tr);
            return (
              <tr key={name} data-activation={name}>
                <th scope="row">{activations[name].label}</th>
                <td data-testid={`near-${name}`}>
                  {tr.nearIdentity ? yes : no}{' '}
                  <span className="mono muted">{t('traits.nearDetail', { f0: formatNumber(tr.f0, 3), left: slope(tr.slopeLeft), right: slope(tr.slopeRight) })}</span>
                </td>
                <td data-testid={`monotone-${name}`}>{tr.monotone ? yes : no}</td>
                <td data-testid={`ae-${name}`}>
                  {tr.aeDifferentiable ? yes : no}
                  {except.length > 0 && (
                    <span className="muted">
                      {' '}
                      {t(tr.jumps.length ? 'traits.jumpAt' : 'traits.kinkAt', { at: except.join(', ') })}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
