import { NS } from './strings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measureNsPerEval } from './measureCost';
import { activations, type ActivationName } from '../../engine';
import { formatNumber } from '../../components/plot/scales';

function formatRange([lo, hi]: [number, number]): string {
  const b = (v: number) => (v === Infinity ? '∞' : v === -Infinity ? '−∞' : formatNumber(v));
  return `(${b(lo)}, ${b(hi)})`;
}

/** Range, zero-centred, monotonic, saturating side and cost class, from the registry. */
export function PropertiesTable({ names }: { names: readonly ActivationName[] }) {
  const { t } = useTranslation(NS);
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
        <caption className="sr-only">{t('propsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.name')}</th>
            <th scope="col">{t('col.range')}</th>
            <th scope="col">{t('col.zeroCentered')}</th>
            <th scope="col">{t('col.monotonic')}</th>
            <th scope="col">{t('col.saturates')}</th>
            <th scope="col">{t('col.needsExp')}</th>
            <th scope="col">{t('col.cost')}</th>
          </tr>
        </thead>
        <tbody>
          {names.map((n) => {
            const a = activations[n];
            return (
              <tr key={n}>
                <th scope="row">{a.label}</th>
                <td className="mono">{formatRange(a.range)}</td>
                <td>{a.zeroCentered ? yes : no}</td>
                <td>{a.monotonic ? yes : no}</td>
                <td>{t(`side.${a.saturates}`)}</td>
                <td>{a.needsExp ? yes : no}</td>
                <td className="mono" data-testid={`cost-${n}`}>
                  {cost[n] === undefined ? '—' : `${cost[n].toFixed(2)} ns`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
