import { NS } from './strings';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { deadOnGrid } from './deadOnGrid';
import { paintGrid } from './palette';
import { useCachedT } from './cachedT';

const CELL = 64;

function Unit({ grids, unit, g, scale, dead, label }: { grids: Float32Array; unit: number; g: number; scale: number; dead: boolean; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) paintGrid(ref.current, grids, g, (v) => v / scale, unit * g * g, dead);
  }, [grids, unit, g, scale, dead]);
  return (
    <li className={dead ? 'dr-unit dead' : 'dr-unit'} data-dead={dead}>
      <canvas ref={ref} width={CELL} height={CELL} aria-hidden="true" />
      {dead && (
        <span className="dr-cross" aria-hidden="true">
          ✕
        </span>
      )}
      <span className="sr-only">{label}</span>
    </li>
  );
}

interface Props {
  grids: Float32Array[] | undefined;
  g: number;
  act: string;
  engineDead: number[];
}

/** One small map per hidden unit, layer by layer; dead units greyed and crossed out. */
export const NeuronGrids = memo(function NeuronGrids({ grids, g, act, engineDead }: Props) {
  // Every snapshot repaints every unit; the labels (one per unit) rarely change: cached.
  const { t: rawT } = useTranslation(NS);
  const t = useCachedT(rawT);
  if (!grids || g < 1) return null;
  return (
    <div className="dr-layers">
      {grids.map((layer, l) => {
        const units = layer.length / (g * g);
        let max = 1e-12;
        for (const v of layer) max = Math.max(max, Math.abs(v));
        const flags = Array.from({ length: units }, (_, u) => deadOnGrid(layer, u, g, act));
        const nDead = flags.filter(Boolean).length;
        return (
          <section key={l} className="dr-layer" aria-label={t('neurons.layerLabel', { l: l + 1, dead: engineDead[l] ?? 0, units })}>
            <h4>
              {t('neurons.layer', { l: l + 1 })}{' '}
              <span className="dr-layer-count" data-testid={`dead-layer-${l + 1}`}>
                {t('neurons.deadCount', { dead: engineDead[l] ?? 0, units })}
              </span>
            </h4>
            <ul className="dr-units" data-dead-on-grid={nDead}>
              {flags.map((dead, u) => (
                <Unit key={u} grids={layer} unit={u} g={g} scale={max} dead={dead} label={t(dead ? 'neurons.unitDead' : 'neurons.unitAlive', { u: u + 1 })} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
});
