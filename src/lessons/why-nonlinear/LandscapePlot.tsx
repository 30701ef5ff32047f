import { useMemo } from 'react';
import { Plot } from '../../components/plot/Plot';
import { Dot } from '../../components/plot/marks/Dot';
import type { Series } from '../../components/plot/types';

export interface Ball {
  id: string;
  w: number;
  loss: number;
  color: string;
  shape: 'circle' | 'square';
}

interface Props {
  summary: string;
  series: readonly Series[];
  balls: readonly Ball[];
  xDomain: [number, number];
  yDomain: [number, number];
  xLabel: string;
  yLabel: string;
  tableLabel: string;
}

/** Loss curves (a Plot) with a ball on each (Dot); the balls glide (CSS transition, off under reduced motion). */
export function LandscapePlot({ summary, series, balls, xDomain, yDomain, xLabel, yLabel, tableLabel }: Props) {
  // Drawn last-first so the step unit's square sits on top where the balls overlap.
  const dots = useMemo(() => [...balls].reverse().map((b) => ({ id: b.id, x: b.w, y: b.loss, fill: b.color, shape: b.shape })), [balls]);
  return (
    <Plot summary={summary} className="landscape" series={series} xDomain={xDomain} yDomain={yDomain} xLabel={xLabel} yLabel={yLabel} height={260} tableLabel={tableLabel}>
      <Dot data={dots} r={8} stroke="var(--surface)" strokeWidth={2} className="ball" idAttr="ball" animate />
    </Plot>
  );
}
