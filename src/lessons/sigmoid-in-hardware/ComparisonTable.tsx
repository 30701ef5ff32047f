import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/plot/scales';
import type { FixedFormat, HardwareCost } from '../../engine';
import { COLORS, costOf, sourceOf, DASH, METHOD_KEYS, publishedOf, SHORT_LABEL, type MethodKey, type MethodSettings } from './methods';
import { SORT_KEYS, type SortKey } from './schema';
import { formatKey, methodStats } from './stats';
import { NS } from './strings';

interface Props {
  picked: readonly MethodKey[];
  settings: MethodSettings;
  format: FixedFormat | undefined;
  sort: SortKey;
  dir: 'asc' | 'desc';
  onSort: (key: SortKey, dir: 'asc' | 'desc') => void;
}

interface Row {
  m: MethodKey;
  max: number;
  mean: number;
  rms: number;
  published: number | undefined;
  cost: HardwareCost;
}

function sortValue(r: Row, key: SortKey): number | string {
  switch (key) {
    case 'method': return SHORT_LABEL[r.m];
    case 'max': return r.max;
    case 'mean': return r.mean;
    case 'rms': return r.rms;
    // Methods without a published figure sort last either way.
    case 'published': return r.published ?? Infinity;
    case 'multipliers': return r.cost.multipliers + (r.cost.dividers ?? 0);
    case 'latency': return r.cost.latencyCycles;
    default: return r.cost[key];
  }
}

// Every knob, checked by the compiler: a new setting must be listed here to be compared.
const SETTING_KEYS = Object.keys({ taylorOrder: 1, lutEntries: 1, lutInterp: 1, cordicIter: 1, hybridEntries: 1 } satisfies Record<keyof MethodSettings, 1>) as (keyof MethodSettings)[];

/** Same table: same settings, format, picks and sort (onSort only ever calls the widget's set). */
function sameTable(a: Props, b: Props): boolean {
  return (
    a.sort === b.sort &&
    a.dir === b.dir &&
    a.picked.join() === b.picked.join() &&
    formatKey(a.format) === formatKey(b.format) &&
    SETTING_KEYS.every((k) => a.settings[k] === b.settings[k])
  );
}

/**
 * All seven methods under the current settings and format; every header sorts. Memoised
 * (sameTable): the workbench's key press renders twice (the sliders at once, the results
 * deferred), and this table need not be redrawn in the first of them.
 */
export const ComparisonTable = memo(function ComparisonTable({ picked, settings, format, sort, dir, onSort }: Props) {
  const { t } = useTranslation(NS);
  const rows: Row[] = METHOD_KEYS.map((m) => {
    const s = methodStats(m, settings, format);
    return { m, max: s.maxAbs, mean: s.meanAbs, rms: s.rms, published: publishedOf(m), cost: costOf(m, settings, format) };
  });
  const sign = dir === 'asc' ? 1 : -1;
  rows.sort((a, b) => {
    const va = sortValue(a, sort);
    const vb = sortValue(b, sort);
    const c = typeof va === 'string' || typeof vb === 'string' ? String(va).localeCompare(String(vb)) : va === vb ? 0 : va < vb ? -1 : 1;
    return c * sign || METHOD_KEYS.indexOf(a.m) - METHOD_KEYS.indexOf(b.m);
  });
  const setting = (m: MethodKey): string => {
    switch (m) {
      case 'taylor': return t('setting.order', { n: settings.taylorOrder });
      case 'lut': return t(settings.lutInterp ? 'setting.lutInterp' : 'setting.lut', { n: settings.lutEntries });
      case 'cordic': return t('setting.iter', { n: settings.cordicIter });
      case 'hybrid': return t('setting.entries', { n: settings.hybridEntries });
      default: return '';
    }
  };
  const f3 = (v: number) => formatNumber(v, 3);
  return (
    <>
    <p className="hw-table-note" aria-hidden="true">{t('table.caption')}</p>
    <div className="table-scroll">
      <table className="num-table hw-table" data-testid="comparison-table">
        <caption className="sr-only">{t('table.caption')}</caption>
        <thead>
          <tr>
            {SORT_KEYS.map((k) => {
              const active = k === sort;
              return (
                <th key={k} scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className="sort-button" data-sort={k} onClick={() => onSort(k, active && dir === 'asc' ? 'desc' : 'asc')}>
                    {t(`col.${k}`)}
                    {active && <span aria-hidden="true">{dir === 'asc' ? ' ▲' : ' ▼'}</span>}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const k = picked.indexOf(r.m);
            return (
              <tr key={r.m} data-testid={`row-${r.m}`} className={k >= 0 ? 'picked' : undefined}>
                <th scope="row">
                  {k >= 0 && (
                    <svg width="18" height="8" aria-hidden="true">
                      <line x1="1" x2="17" y1="4" y2="4" stroke={COLORS[k % COLORS.length]} strokeWidth={3} strokeDasharray={DASH[r.m]} />
                    </svg>
                  )}
                  {SHORT_LABEL[r.m]}
                  {setting(r.m) && <span className="hw-setting"> {setting(r.m)}</span>}
                </th>
                <td data-col="max">{f3(r.max)}</td>
                <td data-col="mean">{f3(r.mean)}</td>
                <td data-col="rms">{f3(r.rms)}</td>
                <td data-col="published">{r.published === undefined ? '—' : f3(r.published)}</td>
                <td data-col="multipliers">{r.cost.multipliers}{r.cost.dividers ? t('plusDiv', { n: r.cost.dividers }) : ''}</td>
                <td data-col="adders">{r.cost.adders}</td>
                <td data-col="shifts">{r.cost.shifts}</td>
                <td data-col="comparators">{r.cost.comparators}</td>
                <td data-col="tableBits">{r.cost.tableBits.toLocaleString('en-US')}</td>
                <td data-col="latency">{r.cost.latencyCycles}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
    <details className="hw-sources">
      <summary>{t('sources')}</summary>
      <ul>
        {METHOD_KEYS.map((m) => (
          <li key={m}>
            <strong>{SHORT_LABEL[m]}</strong>: {sourceOf(m)}
          </li>
        ))}
      </ul>
    </details>
    </>
  );
}, sameTable);
