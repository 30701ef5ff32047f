import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Frame } from '../../components/plot/Frame';
import { band, continuous, useFrame } from '../../components/plot/context';
import { RuleX } from '../../components/plot/marks/Rule';
import { formatNumber } from '../../format/number';

export interface Arrow {
  id: string;
  label: string;
  value: number;
  color: string;
  dash?: string;
}

interface Props {
  summary: string;
  arrows: readonly Arrow[];
  /** Half-width of the scale: values in [−range, range]. */
  range?: number;
}

const ROW = 40;

/** One arrow per row from 0 to its value (clamped to the scale), its name and value above it; "≈ 0" when too short to draw. */
function Arrows({ arrows, uid }: { arrows: readonly Arrow[]; uid: string }) {
  const f = useFrame();
  const x = continuous(f.x, 'GradientArrows');
  const y = band(f.y, 'GradientArrows');
  const [lo, hi] = x.domain();
  const x0 = x(0);
  return (
    <>
      <defs>
        {arrows.map((a) => (
          <marker key={a.id} id={`${uid}-${a.id}`} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill={a.color} />
          </marker>
        ))}
      </defs>
      {arrows.map((a) => {
        const row = (y(a.id) ?? 0) + 24;
        const tip = x(Math.max(lo, Math.min(hi, a.value)));
        const long = Math.abs(tip - x0) > 4;
        const right = a.value >= 0;
        return (
          <g key={a.id} data-arrow={a.id}>
            <text x={0} y={row - 10} fontSize={12} fill="var(--text)">
              {a.label} = {formatNumber(a.value, 4)}
            </text>
            {long ? (
              <line x1={x0} x2={tip} y1={row} y2={row} stroke={a.color} strokeWidth={4} strokeDasharray={a.dash} markerEnd={`url(#${uid}-${a.id})`} />
            ) : (
              <circle cx={x0} cy={row} r={4} fill={a.color} />
            )}
            {!long && (
              <text x={right ? Math.min(tip + 6, f.width - 4) : Math.max(tip - 6, 4)} y={row + 4} fontSize={11} fill="var(--muted)" textAnchor={right ? 'start' : 'end'} aria-hidden="true">
                ≈ 0
              </text>
            )}
          </g>
        );
      })}
    </>
  );
}

/**
 * One horizontal arrow per gradient, from 0 to its value on a shared scale, with the number
 * above it. The direction the logit will move under gradient descent is the opposite one.
 */
export function GradientArrows({ summary, arrows, range = 1 }: Props) {
  const { t } = useTranslation();
  const uid = `head-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const table = { columns: [t('widget.plotItem'), t('widget.plotValue')], rows: arrows.map((a) => [a.label, a.value]), rowHeader: true };
  return (
    <Frame
      summary={summary}
      className="grad-arrows"
      x={{ domain: [-range, range], ticks: [-range, 0, range], grid: false }}
      y={{ type: 'band', domain: arrows.map((a) => a.id), padding: 0, axis: false }}
      height={arrows.length * ROW + 28}
      table={table}
    >
      <RuleX x={0} stroke="var(--muted)" strokeWidth={1} />
      <Arrows arrows={arrows} uid={uid} />
    </Frame>
  );
}
