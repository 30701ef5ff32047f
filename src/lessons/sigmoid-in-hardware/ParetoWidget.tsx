import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Equation } from '../../components/Equation';
import { Segmented } from '../../components/fields';
import { ScatterPlot, type MarkerShape, type ScatterGroup } from '../../components/ScatterPlot';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { formatLabel } from '../../engine';
import { FormatPicker } from './FormatPicker';
import { SHORT_LABEL } from './methods';
import { frontier, SWEEP_GROUPS, type CostKind, type SweepGroup, type SweepPoint } from './pareto';
import { formatOf } from './schema';
import { hwPareto } from './widgets';
import { NS } from './strings';
import { useSweep } from './useSweep';
import { ParetoSynthBar } from './ParetoSynthBar';
import { synthAxis } from './paretoSynth';
import { useSynth } from './synthStore';
import './hardware.css';

const SHAPE: Record<SweepGroup, MarkerShape> = {
  plan: 'diamond', sonf: 'square', hard: 'cross', taylor: 'triangle', lut: 'circle', lutInterp: 'star', hybrid: 'wye', cordic: 'square',
};
const COLOR: Record<SweepGroup, string> = {
  plan: 'var(--c1)', sonf: 'var(--c2)', hard: 'var(--c4)', taylor: 'var(--c2)', lut: 'var(--c3)', lutInterp: 'var(--c1)', hybrid: 'var(--c4)', cordic: 'var(--c3)',
};

/** Error against cost for every method at each value of its main setting. */
export function ParetoWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(hwPareto);
  const { fixed, w, i, q, o } = state;
  // A new object only when the format itself changes (not on a cost-axis switch).
  const fmt = useMemo(() => formatOf({ fixed, w, i, q, o }), [fixed, w, i, q, o]);
  // The points on screen and the format they were computed in: while the worker computes a
  // new format they stay, greyed, and everything drawn from them is labelled with their own format.
  const { points: modelPoints, fmt: shownFmt, done, stale, error, total } = useSweep(fmt);
  const kind = state.cost as CostKind;
  const entries = useSynth((st) => st.entries);
  // The synthesized axis draws only what Yosys has counted; the model axis draws every point.
  const fromYosys = kind === 'area' && state.areaFrom === 'yosys';
  const synth = useMemo(() => synthAxis(done ? modelPoints : [], shownFmt, entries), [done, modelPoints, shownFmt, entries]);
  const fmtName = shownFmt ? formatLabel(shownFmt) : 'float64';
  // The plot and the front, memoised on the points (not on the sliders): a key press on a
  // format slider re-renders only the picker, and the worker's answer redraws the plot once.
  const { plot, frontText } = useMemo(() => {
    const gates = new Map(synth.drawn.map((p) => [p.id, p.gates]));
    const points = fromYosys ? synth.drawn : modelPoints;
    const costOfPoint = (p: SweepPoint) => (kind === 'area' ? (fromYosys ? (gates.get(p.id) ?? NaN) : p.area) : p.latency);
    const front = done ? frontier(points, costOfPoint) : [];
    const groupLabel = (g: SweepGroup) => (g === 'lutInterp' ? t('lutInterp') : SHORT_LABEL[g]);
    const groups: ScatterGroup[] = SWEEP_GROUPS.map((g) => ({ id: g, label: groupLabel(g), color: COLOR[g], shape: SHAPE[g] }));
    const pointLabel = (p: SweepPoint) =>
      p.setting.name ? `${groupLabel(p.group)}, ${t(`sweep.${p.setting.name}`, { n: p.setting.value })}` : groupLabel(p.group);
    const xLabel = t(kind === 'area' ? (fromYosys ? 'pareto.areaYosys' : 'pareto.area') : 'pareto.latency');
    return {
      plot: (
        <ScatterPlot
          summary={t('pareto.summary', { n: points.length, format: fmtName, cost: xLabel, front: front.map(pointLabel).join('; ') })}
          groups={groups}
          points={points.map((p) => ({ id: p.id, group: p.group, x: costOfPoint(p), y: p.error, label: pointLabel(p) }))}
          path={front.map((p) => p.id)}
          pathLabel={t('pareto.front')}
          xLabel={xLabel}
          yLabel={t('pareto.error')}
          xLog={kind === 'area'}
          yLog
          tableLabel={t('pareto.table')}
          nameHeader={t('pareto.config')}
        />
      ),
      frontText:
        error !== null
          ? t('pareto.failed', { message: error })
          : !done
            ? t('pareto.computing', { k: 0, n: total })
            : fromYosys && points.length === 0
              ? t('pareto.noneSynthesized')
              : t('pareto.frontText', { format: fmtName, front: front.map(pointLabel).join(' → ') }),
    };
  }, [synth, fromYosys, modelPoints, kind, done, t, fmtName, error, total]);

  return (
    <WidgetFrame widget={hwPareto} title={t('pareto.title')}>
      <FormatPicker state={state} set={set} />
      <Segmented
        label={t('pareto.costKind')}
        value={kind}
        options={[
          { value: 'area', label: t('pareto.areaShort') },
          { value: 'latency', label: t('pareto.latencyShort') },
        ]}
        onChange={(v) => set({ cost: v })}
      />
      {kind === 'area' && (
        <Segmented
          label={t('pareto.areaFrom')}
          value={state.areaFrom}
          options={[
            { value: 'model', label: t('pareto.fromModel') },
            { value: 'yosys', label: t('pareto.fromYosys') },
          ]}
          onChange={(v) => set({ areaFrom: v })}
        />
      )}
      {fromYosys && <ParetoSynthBar fmt={shownFmt} drawn={synth.drawn.length} missing={synth.missing} unsupported={synth.unsupported} ready={done} />}
      <div className="hw-cost-def">
        {fromYosys ? (
          <p>{t('pareto.yosysDef')}</p>
        ) : kind === 'area' ? (
          <Equation
            display
            latex={String.raw`\text{${t('pareto.texArea')}} = \text{${t('pareto.texTableBits')}} + W\,(\#\text{${t('pareto.texAdders')}} + \#\text{${t('pareto.texComparators')}}) + W^2\,(\#{\times} + \#{\div})`}
          />
        ) : (
          <p>{t('pareto.latencyDef')}</p>
        )}
      </div>
      <div className={stale ? 'hw-pareto-out stale' : 'hw-pareto-out'} aria-busy={stale || !done}>
        {plot}
      </div>
      <p className="readout" data-testid="pareto-front" aria-live="polite">
        {frontText}
      </p>
    </WidgetFrame>
  );
}
