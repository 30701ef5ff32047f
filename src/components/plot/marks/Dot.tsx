import { memo } from 'react';
import { continuous, useFrame } from '../context';
import { symbolPath, type MarkerShape } from '../symbols';

export interface DotDatum {
  x: number;
  y: number;
  /** Written as `data-{idAttr}` (tests and styles find a point by it). */
  id?: string;
  fill?: string;
  shape?: MarkerShape;
  r?: number;
}

interface DotProps {
  data: readonly DotDatum[];
  fill?: string;
  /** An outline in the page colour keeps overlapping points apart. */
  stroke?: string;
  strokeWidth?: number;
  shape?: MarkerShape;
  /** Radius in pixels; other shapes get the same area as that circle. */
  r?: number;
  className?: string;
  /** Attribute name for each point's id: `id` → `data-id`. */
  idAttr?: string;
  /** Position by CSS transform, so a class can animate moves (transitions off under reduced motion). */
  animate?: boolean;
  clip?: boolean;
}

/**
 * Points drawn as shapes. Memoised: a decision map's hundreds of training points stay put
 * while the field under them repaints with every training snapshot.
 */
export const Dot = memo(function Dot({ data, fill = 'var(--text)', stroke, strokeWidth = 1, shape = 'circle', r = 4, className = 'dot', idAttr, animate = false, clip = false }: DotProps) {
  const f = useFrame();
  const x = continuous(f.x, 'Dot');
  const y = continuous(f.y, 'Dot');
  return (
    <g clipPath={clip ? f.clip : undefined}>
      {data.map((d, i) => {
        const px = x(d.x);
        const py = y(d.y);
        if (!Number.isFinite(px) || !Number.isFinite(py)) return null;
        const s = d.shape ?? shape;
        const color = d.fill ?? fill;
        const paint = s === 'times' ? { fill: 'none', stroke: color, strokeWidth: 2 } : { fill: color, stroke, strokeWidth: stroke ? strokeWidth : undefined };
        const at = `translate(${px}px, ${py}px)`;
        return (
          <path
            key={d.id ?? i}
            className={className}
            {...(idAttr && d.id !== undefined ? { [`data-${idAttr}`]: d.id } : {})}
            d={symbolPath(s, d.r ?? r)}
            {...(animate ? { style: { transform: at } } : { transform: `translate(${px},${py})` })}
            {...paint}
          />
        );
      })}
    </g>
  );
});
