import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLabel, type QuantProfileRow } from '../../engine';
import { Frame } from '../../components/plot/Frame';
import { band, continuous, useFrame } from '../../components/plot/context';
import type { PlotTable } from '../../components/plot/table';
import { formatPercent } from '../../format/number';
import { NS } from './strings';

const X0 = -20;
const X1 = 12;

/** Per row: the type's span [log₂ step, log₂ max] as an outlined bar, the values' histogram inside it. */
function ProfileMark({ rows, keys }: { rows: readonly QuantProfileRow[]; keys: readonly string[] }) {
  const f = useFrame();
  const x = continuous(f.x, 'ProfileMark');
  const y = band(f.y, 'ProfileMark');
  const h = y.bandwidth();
  return (
    <g>
      {rows.map((r, k) => {
        const top = y(keys[k]) ?? 0;
        const peak = Math.max(1, ...r.counts);
        const bad = r.overflow > 0;
        return (
          <g key={keys[k]} data-row={keys[k]} data-overflow={bad || undefined}>
            <rect x={x(r.fmtLo)} y={top + 1} width={Math.max(1, x(r.fmtHi) - x(r.fmtLo))} height={h - 2} fill="none" stroke={bad ? 'var(--c4)' : 'var(--c1)'} strokeWidth={bad ? 2 : 1.2} strokeDasharray={bad ? '4 2' : undefined} rx={2} />
            {r.counts.map((c, b) =>
              c === 0 ? null : (
                <rect key={b} x={x(r.binLo + b) + 0.5} y={top + h - 2 - ((h - 4) * c) / peak} width={Math.max(1, x(r.binLo + b + 1) - x(r.binLo + b) - 1)} height={((h - 4) * c) / peak} fill={r.binLo + b + 1 <= r.fmtLo || r.binLo + b >= r.fmtHi ? 'var(--c4)' : 'var(--c2)'} />
              ),
            )}
          </g>
        );
      })}
    </g>
  );
}

/**
 * hls4ml-style profile: each tensor's |values| (log₂) against the range its type can hold.
 * Memoised: a key press re-renders the widget with the same answer; only the worker's reply brings new rows.
 */
export const QnetProfile = memo(function QnetProfile({ rows }: { rows: readonly QuantProfileRow[] }) {
  const { t } = useTranslation(NS);
  const name = (r: QuantProfileRow) => (r.layer < 0 ? t('qnet.tensor.input') : t('qnet.tensorOf', { layer: r.layer + 1, kind: t(`qnet.tensor.${r.kind}`) }));
  const keys = rows.map((r) => `${r.layer}:${r.kind}`);
  const over = rows.filter((r) => r.overflow > 0);
  const table: PlotTable = useMemo(
    () => ({
      columns: [t('qnet.colTensor'), t('qnet.colType'), t('qnet.colSpan'), t('qnet.colOverflow'), t('qnet.colUnderflow')],
      rows: rows.map((r) => [name(r), formatLabel(r.format), `2^${r.fmtLo} … 2^${r.fmtHi.toFixed(2)}`, formatPercent(r.overflow, 1), formatPercent(r.underflow, 1)]),
      rowHeader: true,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- name depends only on t
    [rows, t],
  );
  return (
    <Frame
      summary={t('qnet.profileSummary', { over: over.length ? over.map(name).join(', ') : t('qnet.none') })}
      title={t('qnet.profileTitle')}
      x={{ domain: [X0, X1], label: t('qnet.log2Axis'), ticks: [-20, -16, -12, -8, -4, 0, 4, 8, 12] }}
      y={{ type: 'band', domain: keys, labels: rows.map(name), padding: 0.15 }}
      height={Math.max(220, 26 * rows.length + 50)}
      margin={{ left: 120 }}
      table={table}
      tableLabel={t('qnet.profileTable')}
      exportName="hw-qnet-profile"
    >
      <ProfileMark rows={rows} keys={keys} />
    </Frame>
  );
});
