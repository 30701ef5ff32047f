import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Plot } from '../../components/plot/Plot';
import { RuleX } from '../../components/plot/marks/Rule';
import type { Series } from '../../components/plot/types';
import { Slider } from '../../components/Slider';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { formatCount, formatNumber } from '../../format/number';
import { gateCode } from './gateCode';
import { CURVE_X, gateCurve, gateRun } from './gateView';
import { GATE_MAX_N, geluGateSchema } from './schema';
import { Dot } from '../../components/plot/marks/Dot';
import { geluGate } from './widgets';
import { NS } from './strings';

/** GELU(x) = E[x·m], m ~ Bernoulli(Φ(x)): the gate sampled, the sample mean converging to x·Φ(x). */
export function GeluGateWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(geluGate);
  const run = useMemo(() => gateRun(state.x, state.n, state.seed), [state.x, state.n, state.seed]);
  // The x slider does not touch the across-x curve: only n and the seed do.
  const curve = useMemo(() => gateCurve(state.n, state.seed), [state.n, state.seed]);
  const x = formatNumber(state.x, 3);
  const pathSeries: Series[] = useMemo(
    () => [
      { id: 'running', label: t('gate.running'), color: 'var(--c2)', x: run.counts, y: run.path },
      { id: 'exact', label: t('gate.exact', { x }), color: 'var(--c1)', x: [1, Math.max(2, state.n)], y: [run.exact, run.exact], dash: '6 4' },
    ],
    [run, t, x, state.n],
  );
  const curveSeries: Series[] = useMemo(
    () => [
      { id: 'gelu', label: t('gate.gelu'), color: 'var(--c1)', x: curve.exact.x, y: curve.exact.y, width: 3 },
      { id: 'means', label: t('gate.means', { n: state.n }), color: 'var(--c2)', x: CURVE_X, y: curve.means, dash: '3 3' },
    ],
    [curve, t, state.n],
  );
  return (
    <WidgetFrame widget={geluGate} title={t('gate.title')} code={gateCode(state.x, state.n, state.seed)}>
      <div className="controls">
        <Slider label={t('gate.x')} value={state.x} min={-3} max={3} step={0.05} onChange={(v) => set({ x: Math.round(v * 100) / 100 })} />
        <Slider label={t('gate.n')} value={state.n} min={1} max={GATE_MAX_N} scale="log" step={0.05} format={formatCount} onChange={(v) => set({ n: Math.round(v) })} />
        <Slider label={t('gate.seed')} value={state.seed} min={1} max={geluGateSchema.seed.max} step={1} format={formatCount} onChange={(v) => set({ seed: v })} />
      </div>
      <p className="readout" aria-live="polite" data-testid="gate-readout" data-mean={run.mean} data-exact={run.exact} data-se={run.se}>
        {t('gate.readout', { x, p: formatNumber(run.p, 3), n: formatCount(state.n), mean: formatNumber(run.mean, 4), exact: formatNumber(run.exact, 4), se: formatNumber(run.se, 2) })}
      </p>
      <Plot
        summary={t('gate.pathSummary', { x, n: state.n, mean: formatNumber(run.mean, 4), exact: formatNumber(run.exact, 4) })}
        series={pathSeries}
        xDomain={[1, Math.max(2, state.n)]}
        xScale="log"
        xLabel={t('gate.draws')}
        yLabel={t('gate.meanAxis')}
        height={220}
        exportName="gelu-gate-running-mean"
      />
      <Plot
        summary={t('gate.curveSummary', { n: state.n, count: CURVE_X.length })}
        series={curveSeries}
        xDomain={[-3, 3]}
        xLabel="x"
        yLabel="x·Φ(x)"
        height={240}
        exportName="gelu-gate-curve"
      >
        <RuleX x={state.x} stroke="var(--c4)" dash="4 3" />
        {/* The sample means as points too: on the curve they would hide behind it. */}
        <Dot data={Array.from(CURVE_X, (x, i) => ({ x, y: curve.means[i] }))} fill="var(--c2)" stroke="var(--surface)" r={3.5} />
      </Plot>
    </WidgetFrame>
  );
}
