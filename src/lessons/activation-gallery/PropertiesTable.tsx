import { NS } from './strings';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measureNsPerEval } from './measureCost';
import { activations, type ActivationName } from '../../engine';
import { formatFixed, formatNumber } from '../../format/number';
import { activationProperties, formatMean, formatRange, ZERO_CENTRED_TOL } from './properties';

/**
 * Range, zero-centred, monotonic and saturating side computed from the engine at the current
 * parameters (properties.ts); whether it needs an exponential from the registry; cost measured.
 * Memoised: the x range and ε sliders do not change it (its props are the widget's stable
 * `selected` and `params`).
 */
export const PropertiesTable = memo(function PropertiesTable({ names, params }: { names: readonly ActivationName[]; params: readonly Record<string, number>[] }) {
  const { t } = useTranslation(NS);
  const tol = formatNumber(ZERO_CENTRED_TOL);
  const yes = t('yes');
  const no = t('no');
  const [cost, setCost] = useState<Partial<Record<ActivationName, number>>>({});
  function measure() {
    const next: Partial<Record<ActivationName, number>> = {};
    for (const n of names) next[n] = measureNsPerEval(n);
    setCost(next);
  }
  return (
    <div className="table-scroll">
      <button type="button" className="button small" onClick={measure} data-testid="measure-cost">
        {t('measure')}
      </button>
      <table className="props-table">
        <caption className="muted" style={{ captionSide: 'bottom', textAlign: 'left', paddingTop: 6 }}>{t('propsCaption', { tol })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.name')}</th>
            <th scope="col">{t('col.range')}</th>
            <th scope="col" title={t('zeroCentredHelp', { tol })}>
              {t('col.zeroCentered')}
            </th>
            <th scope="col">{t('col.monotonic')}</th>
            <th scope="col">{t('col.saturates')}</th>
            <th scope="col">{t('col.needsExp')}</th>
            <th scope="col">{t('col.cost')}</th>
          </tr>
        </thead>
        <tbody>
          {names.map((n, i) => {
            const a = activations[n];
            const p = activationProperties(n, params[i]);
            return (
              <tr key={n}>
                <th scope="row">{a.label}</th>
                <td className="mono">{formatRange(p)}</td>
                <td data-testid={`zero-centred-${n}`}>
                  {p.zeroCentred ? yes : no} <span className="mono muted">({formatMean(p.mean)})</span>
                </td>
                <td>{p.monotonic ? yes : no}</td>
                <td>{t(`side.${p.saturates}`)}</td>
                <td>{a.needsExp ? yes : no}</td>
                <td className="mono" data-testid={`cost-${n}`}>
                  {cost[n] === undefined ? '—' : `${formatFixed(cost[n], 2)} ns`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
