import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuantDecisionMap } from '../../engine';
import { Frame } from '../../components/plot/Frame';
import { Raster } from '../../components/plot/marks/Raster';
import { gridCsv, gridTable } from '../../components/plot/table';
import { NS } from './strings';

/** Cell codes: both say 0, float 1 → quantized 0, float 0 → quantized 1, both say 1. */
const COLORS = ['var(--c1)', 'var(--c4)', 'var(--c3)', 'var(--c2)'] as const;

/**
 * The quantized network's classes over the plane, cells whose class flipped against float64 in their own colours.
 * Memoised: a key press re-renders the widget with the same answer; only the worker's reply brings a new map.
 */
export const QnetMap = memo(function QnetMap({ map }: { map: QuantDecisionMap }) {
  const { t } = useTranslation(NS);
  const e = map.extent;
  const box = useMemo(() => [-e, e, -e, e] as const, [e]);
  const codes = useMemo(() => {
    const out = new Float32Array(map.float.length);
    for (let k = 0; k < out.length; k++) {
      const f = map.float[k] > 0.5;
      const q = map.quant[k] > 0.5;
      out[k] = (f && q ? 3 : f ? 1 : q ? 2 : 0) / 3;
    }
    return out;
  }, [map]);
  const table = useMemo(() => gridTable(codes, map.gridSize, box), [codes, map.gridSize, box]);
  return (
    <Frame
      summary={t('qnet.mapSummary', { flips: map.flips, cells: map.gridSize * map.gridSize })}
      title={t('qnet.mapTitle')}
      square={320}
      x={{ domain: [-e, e], axis: false }}
      y={{ domain: [-e, e], axis: false }}
      legend={[
        { id: 'c0', label: t('qnet.legend0'), color: COLORS[0], swatch: 'box' },
        { id: 'c1', label: t('qnet.legend1'), color: COLORS[3], swatch: 'box' },
        { id: 'f10', label: t('qnet.legendLost'), color: COLORS[1], swatch: 'box' },
        { id: 'f01', label: t('qnet.legendGained'), color: COLORS[2], swatch: 'box' },
      ]}
      table={table}
      tableLabel={t('qnet.mapTable')}
      csv={() => gridCsv(codes, map.gridSize, box, 'code')}
      exportName="hw-qnet-map"
    >
      <Raster values={codes} cols={map.gridSize} rows={map.gridSize} extent={box} colors={COLORS} pixelated />
    </Frame>
  );
});
