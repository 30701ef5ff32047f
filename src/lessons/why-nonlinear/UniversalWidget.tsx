import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Frame } from '../../components/plot/Frame';
import { Line } from '../../components/plot/marks/Line';
import { RuleX } from '../../components/plot/marks/Rule';
import { Plot } from '../../components/plot/Plot';
import { seriesCsv, seriesTable } from '../../components/plot/table';
import type { Series } from '../../components/plot/types';
import { NumberListField } from '../../components/NumberListField';
import { Segmented } from '../../components/fields';
import { Slider } from '../../components/Slider';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { formatCount, formatNumber } from '../../format/number';
import { APPROX_DOMAIN } from '../../engine';
import { clampDraw, ERROR_WIDTHS, GRID_X, parseDrawn, presetPoints, targetValues, uaView } from './approx';
import { universalCode } from './code';
import { DRAW_STEP, DrawSurface } from './DrawSurface';
import { DRAW_LIMIT, DRAW_POINTS, UA_MAX_UNITS } from './schema';
import { useErrorCurve } from './useErrorCurve';
import { universal } from './widgets';
import { NS } from './strings';
import './why-nonlinear.css';

const TARGETS = ['sine', 'bump', 'step', 'kink', 'drawn'] as const;
const Y_DOMAIN = [-1.7, 1.7] as const;

/** A target built from n sigmoid or ReLU units: each weighted unit, their sum, and the error against n. */
export function UniversalWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(universal);
  // While the pointer is down the drawing lives here (a preview: the fit follows, the URL and the error curve wait).
  const [preview, setPreview] = useState<number[] | null>(null);
  const target = preview ? 'drawn' : state.target;
  const pts = preview ?? state.pts;
  const view = useMemo(() => uaView(target, state.unit, state.n, pts), [target, state.unit, state.n, pts]);
  const committedYs = useMemo(() => targetValues(state.target, state.pts), [state.target, state.pts]);
  const curve = useErrorCurve(state.unit, committedYs);

  const draw = (next: number[], done: boolean) => {
    if (done) {
      setPreview(null);
      set({ target: 'drawn', pts: next });
    } else setPreview(next);
  };
  const startPts = presetPoints(state.target, state.pts);
  const unitName = t(`ua.unit.${state.unit}`);
  const series: Series[] = [
    { id: 'target', label: t('ua.target'), color: 'var(--c1)', x: GRID_X, y: view.ys, width: 3 },
    { id: 'sum', label: t('ua.sum', { n: state.n }), color: 'var(--c2)', x: GRID_X, y: view.fit.fitted, dash: '7 4' },
  ];
  const errSeries: Series[] = [{ id: 'rmse', label: t('ua.rmse'), color: 'var(--c2)', x: ERROR_WIDTHS.slice(0, curve.values.length), y: curve.values }];
  // Room above and below the curve on the log axis; an exact fit (error ≈ 0) sits on the floor.
  const positive = curve.values.filter((v) => v > 1e-6);
  const errDomain: [number, number] = positive.length ? [Math.min(...positive) / 2, Math.max(...positive) * 2] : [1e-3, 1];
  const errText = t('ua.readout', { n: state.n, unit: unitName, rmse: formatNumber(view.fit.rmse, 3), max: formatNumber(view.fit.maxErr, 3), grid: GRID_X.length });

  return (
    <WidgetFrame widget={universal} title={t('ua.title')} code={universalCode(state.target, state.unit, state.n, state.pts)}>
      <div className="controls">
        <Segmented label={t('ua.targetLabel')} value={state.target} options={TARGETS.map((v) => ({ value: v, label: t(`ua.targets.${v}`) }))} onChange={(v) => set({ target: v })} />
        <Segmented label={t('ua.unitLabel')} value={state.unit} options={(['sigmoid', 'relu'] as const).map((v) => ({ value: v, label: t(`ua.unit.${v}`) }))} onChange={(v) => set({ unit: v })} />
        <Slider label={t('ua.n')} value={state.n} min={1} max={UA_MAX_UNITS} step={1} format={formatCount} onChange={(v) => set({ n: v })} />
      </div>
      <p className="readout" aria-live="polite" data-testid="ua-readout" data-rmse={view.fit.rmse}>
        {errText}
      </p>
      <Frame
        summary={t('ua.summary', { target: t(`ua.targets.${target}`), n: state.n, unit: unitName, rmse: formatNumber(view.fit.rmse, 3) })}
        x={{ type: 'linear', domain: APPROX_DOMAIN, label: 'x' }}
        y={{ type: 'linear', domain: Y_DOMAIN, label: 'y' }}
        height={300}
        role="group"
        legend={[...series, { id: 'units', label: t('ua.units'), color: 'var(--c3)' }]}
        table={seriesTable(series)}
        csv={() => seriesCsv([...series, ...view.parts.map((y, i) => ({ id: `unit${i + 1}`, label: `w${i + 1}·h${i + 1}`, color: '', x: GRID_X, y }))])}
        exportName="universal-approximation"
      >
        {view.parts.map((y, i) => (
          <Line key={i} id={`unit-${i}`} x={GRID_X} y={y} stroke="var(--c3)" strokeWidth={1.2} opacity={0.7} />
        ))}
        {series.map((s) => (
          <Line key={s.id} id={s.id} x={s.x} y={s.y} stroke={s.color} strokeWidth={s.width ?? 2.5} dash={s.dash} />
        ))}
        <DrawSurface
          pts={target === 'drawn' ? pts : startPts}
          label={t('ua.drawLabel')}
          describe={(i, v) => t('ua.drawPoint', { i: i + 1, count: DRAW_POINTS, x: formatNumber(GRID_X[0] + (2 * i) / (DRAW_POINTS - 1), 3), y: formatNumber(v, 3) })}
          onDraw={draw}
        />
      </Frame>
      <p className="legend-note">{t('ua.drawHelp', { step: formatNumber(DRAW_STEP), page: formatNumber(5 * DRAW_STEP) })}</p>
      {state.target === 'drawn' && (
        <NumberListField
          label={t('ua.pointsLabel', { count: DRAW_POINTS })}
          value={state.pts}
          onChange={(v) => set({ pts: v.map(clampDraw) })}
          parse={(text) => {
            const p = parseDrawn(text);
            if (p.ok) return p;
            return { ok: false, message: p.problem === 'count' ? t('ua.pointsCount', { count: DRAW_POINTS, got: p.got }) : t('ua.pointsBad', { i: p.i + 1, raw: p.raw, limit: DRAW_LIMIT }) };
          }}
        />
      )}
      <Plot
        summary={t('ua.errSummary', { unit: unitName, target: t(`ua.targets.${state.target}`), first: formatNumber(curve.values[0] ?? NaN, 3), last: formatNumber(curve.values.at(-1) ?? NaN, 3), max: UA_MAX_UNITS })}
        series={errSeries}
        xDomain={[1, UA_MAX_UNITS]}
        xScale="log"
        yScale="log"
        yDomain={errDomain}
        xLabel={t('ua.nAxis')}
        yLabel={t('ua.rmse')}
        height={220}
        exportName="universal-error-vs-n"
      >
        <RuleX x={state.n} stroke="var(--c4)" dash="4 3" />
      </Plot>
      <p className="muted" data-testid="ua-curve" data-done={curve.done ? 'yes' : 'no'}>
        {curve.done ? t('ua.curveDone', { widths: ERROR_WIDTHS.length }) : t('ua.curveBusy', { done: curve.values.length, widths: ERROR_WIDTHS.length })}
      </p>
    </WidgetFrame>
  );
}
