import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Plot } from '../../components/plot/Plot';
import { formatNumber } from '../../components/plot/scales';
import type { Band, Series } from '../../components/plot/types';
import type { FixedFormat } from '../../engine';
import { COLORS, configOf, DASH, SHORT_LABEL, type MethodKey, type MethodSettings } from './methods';
import { errorWindow, formatKey, methodCurve, quantizationFloor, sigmoidCurve, X_MAX } from './stats';
import { NS } from './strings';

interface Props {
  picked: readonly MethodKey[];
  settings: MethodSettings;
  format: FixedFormat | undefined;
  scale: 'linear' | 'log';
}

/** Log axis: from well below any float error up past Taylor's blow-up (clipped beyond). */
const LOG_DOMAIN: [number, number] = [1e-7, 100];

/**
 * Same curves: the same methods, format and scale, and the same settings for each picked
 * method (a knob of a method not on the plot, Taylor's order say, changes nothing here).
 */
function sameCurves(a: Props, b: Props): boolean {
  const cfg = (m: MethodKey, s: MethodSettings) => JSON.stringify(configOf(m, s) ?? null);
  return (
    a.scale === b.scale &&
    formatKey(a.format) === formatKey(b.format) &&
    a.picked.length === b.picked.length &&
    a.picked.every((m, k) => m === b.picked[k] && cfg(m, a.settings) === cfg(m, b.settings))
  );
}

/**
 * Curves over the true σ, and below them |error| on a shared x axis. Memoised (sameCurves):
 * the workbench re-renders on every knob, and two 401-point plots redrawn for nothing were
 * most of a knob's work.
 */
export const CurvesPlots = memo(function CurvesPlots({ picked, settings, format, scale }: Props) {
  const { t } = useTranslation(NS);
  const curves = useMemo(() => picked.map((m) => ({ m, c: methodCurve(m, settings, format) })), [picked, settings, format]);
  const floor = quantizationFloor(format);
  const [lo, hi] = errorWindow(format);
  const bands: Band[] = [];
  if (lo > -X_MAX) bands.push({ x0: -X_MAX, x1: lo });
  if (hi < X_MAX) bands.push({ x0: hi, x1: X_MAX });

  const exact = sigmoidCurve();
  const valueSeries: Series[] = [
    { id: 'sigmoid', label: t('exact'), color: 'var(--text)', x: exact.x, y: exact.y, width: 1.5 },
    ...curves.map(({ m, c }, k) => ({ id: m, label: SHORT_LABEL[m], color: COLORS[k % COLORS.length], dash: DASH[m], x: c.x, y: c.y })),
  ];
  const errSeries: Series[] = curves.map(({ m, c }, k) => ({ id: `${m}-err`, label: SHORT_LABEL[m], color: COLORS[k % COLORS.length], dash: DASH[m], x: c.x, y: c.err }));
  if (floor !== null) {
    errSeries.push({ id: 'floor', label: t('floor'), color: 'var(--muted)', dash: '3 3', width: 1.5, x: exact.x, y: new Float64Array(exact.x.length).fill(floor) });
  }

  // Linear axis: up to the largest error inside the window, capped so one exploding method
  // (Taylor far out) does not flatten all the others to the axis.
  let maxErr = floor ?? 0;
  for (const { c } of curves) {
    for (let i = 0; i < c.x.length; i++) if (c.x[i] >= lo && c.x[i] <= hi && c.err[i] > maxErr) maxErr = c.err[i];
  }
  const linDomain: [number, number] = [0, Math.min(0.25, Math.max(1e-6, maxErr * 1.1))];
  const names = picked.map((m) => SHORT_LABEL[m]).join(', ') || '—';

  return (
    <div className="hw-plots">
      <Plot
        summary={t('curvesSummary', { names, xMax: X_MAX })}
        series={valueSeries}
        xDomain={[-X_MAX, X_MAX]}
        yDomain={[-0.05, 1.05]}
        bands={bands}
        xLabel="x"
        yLabel={t('yValue')}
        height={280}
      />
      <Plot
        summary={t('errorSummary', { names, scale: t(`scale.${scale}`), floor: floor === null ? t('noFloor') : formatNumber(floor, 3) })}
        series={errSeries}
        xDomain={[-X_MAX, X_MAX]}
        yDomain={scale === 'log' ? LOG_DOMAIN : linDomain}
        yScale={scale}
        bands={bands}
        xLabel="x"
        yLabel={t('yError')}
        height={260}
      />
    </div>
  );
}, sameCurves);
