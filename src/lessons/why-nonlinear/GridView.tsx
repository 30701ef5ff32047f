import { useMemo } from 'react';
import { line, scaleLinear } from 'd3';
import { Axis } from '../../components/plot/Axis';
import { useWidth } from '../../components/plot/useWidth';

export interface DrawnLine {
  id: string;
  axis: 'v' | 'h';
  /** The original line's position: the x = 0 and y = 0 lines are drawn heavier. */
  at: number;
  points: Float64Array; // (x, y) interleaved
}

interface Props {
  title: string;
  summary: string;
  lines: readonly DrawnLine[];
  /** Half-width of the square shown. */
  extent: number;
}

const M = { top: 8, right: 10, bottom: 26, left: 40 };

/**
 * A square view of the plane with grid lines drawn as SVG paths. Lines that were vertical
 * are solid in --c1, lines that were horizontal dashed in --c2: colour and dash tell the
 * two families apart even after a map has twisted them.
 */
export function GridView({ title, summary, lines, extent }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(320);
  const side = Math.max(120, Math.min(width, 360));
  const inner = side - M.left - M.right;
  const { x, y } = useMemo(
    () => ({ x: scaleLinear().domain([-extent, extent]).range([0, inner]), y: scaleLinear().domain([-extent, extent]).range([inner, 0]) }),
    [extent, inner],
  );
  const paths = useMemo(() => {
    return lines.map((l) => {
      const idx = Array.from({ length: l.points.length / 2 }, (_, k) => k);
      const d = line<number>()
        .defined((k) => Number.isFinite(l.points[2 * k]) && Number.isFinite(l.points[2 * k + 1]))
        .x((k) => x(l.points[2 * k]))
        .y((k) => y(l.points[2 * k + 1]))(idx);
      return { l, d: d ?? '' };
    });
  }, [lines, x, y]);
  const clip = `clip-${title.replace(/[^a-zA-Z0-9]/g, '')}`;
  return (
    <figure className="grid-view" ref={ref}>
      <figcaption className="grid-view-title">{title}</figcaption>
      <svg viewBox={`0 0 ${side} ${side}`} width={side} height={side} role="img" aria-label={summary}>
        <defs>
          <clipPath id={clip}>
            <rect width={inner} height={inner} />
          </clipPath>
        </defs>
        <g transform={`translate(${M.left},${M.top})`}>
          <g transform={`translate(0,${inner})`}>
            <Axis scale={x} orient="bottom" gridLength={0} ticks={4} />
          </g>
          <Axis scale={y} orient="left" gridLength={0} ticks={4} />
          <g clipPath={`url(#${clip})`}>
            {paths.map(({ l, d }) => (
              <path
                key={l.id}
                className="grid-line"
                data-axis={l.axis}
                d={d}
                fill="none"
                stroke={l.axis === 'v' ? 'var(--c1)' : 'var(--c2)'}
                strokeWidth={Math.abs(l.at) < 1e-12 ? 3 : 1.4}
                strokeDasharray={l.axis === 'h' ? '5 3' : undefined}
                strokeLinejoin="round"
              />
            ))}
          </g>
        </g>
      </svg>
    </figure>
  );
}
