import { lazy, Suspense, useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Segmented } from '../../components/fields';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { formatLabel } from '../../engine';
import { ComparisonTable } from './ComparisonTable';
import { CurvesPlots } from './CurvesPlots';
import { FormatPicker } from './FormatPicker';
import { MethodPicker } from './MethodPicker';
import { MethodSettingsPanel } from './MethodSettingsPanel';
import type { MethodKey } from './methods';
import { formatOf, MAX_PICKED, settingsOf, type SortKey } from './schema';
import { hwBench } from './widgets';
import { errorWindow, quantizationFloor, STAT_SAMPLES } from './stats';
import { NS } from './strings';
import { workbenchCode } from './code';
import './hardware.css';

// The hardware panel (code view, Yosys) sits below the plots and table: its code loads after
// the workbench's, so the widget a reader sees first does not wait for it.
const HardwarePanel = lazy(() => import('./HardwarePanel').then((m) => ({ default: m.HardwarePanel })));

/**
 * The workbench: pick methods, a number format and each method's knob; see curves, error
 * curves and the full comparison table, all recomputed through the engine's emulators.
 */
export function WorkbenchWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(hwBench);
  const picked = state.pick as MethodKey[];
  const toggle = (m: MethodKey) =>
    set({ pick: picked.includes(m) ? picked.filter((p) => p !== m) : picked.length < MAX_PICKED ? [...picked, m] : picked });

  // Sliders answer at once; the heavy recomputation follows one frame behind if it must.
  const deferred = useDeferredValue(state);
  // New objects only when the format or the knobs themselves change (not on a sort or a pick),
  // so the memoised plots, table and hardware panel below see unchanged props as unchanged.
  const { fixed, w, i, q, o, order, lut, interp, iter, hyb } = deferred;
  const format = useMemo(() => formatOf({ fixed, w, i, q, o }), [fixed, w, i, q, o]);
  const settings = useMemo(() => settingsOf({ order, lut, interp, iter, hyb }), [order, lut, interp, iter, hyb]);
  const [lo, hi] = errorWindow(format);
  const floor = quantizationFloor(format);
  const code = useMemo(() => workbenchCode(picked, settings, format ? formatLabel(format) : undefined), [picked, settings, format]);
  const onSort = useCallback((sort: SortKey, dir: 'asc' | 'desc') => set({ sort, dir }), [set]);

  return (
    <WidgetFrame widget={hwBench} title={t('benchTitle')} code={code}>
      <MethodPicker picked={picked} max={MAX_PICKED} onToggle={toggle} />
      <FormatPicker state={state} set={set} />
      <MethodSettingsPanel state={state} set={set} />
      <p className="readout" aria-live="polite" data-testid="window-readout">
        {t('window', { lo: formatNumber(lo, 4), hi: formatNumber(hi, 6), n: STAT_SAMPLES.toLocaleString('en-US') })}{' '}
        {floor === null ? t('floatFloor', { u: formatNumber(Number.EPSILON / 2, 2) }) : t('floorReadout', { floor: formatNumber(floor, 3) })}
        {format && (lo > -8 || hi < 8) ? ` ${t('outside', { mode: `AP_${format.overflow}` })}` : ''}
      </p>
      <Segmented
        label={t('errorScale')}
        value={state.scale}
        options={[
          { value: 'log', label: t('scale.log') },
          { value: 'linear', label: t('scale.linear') },
        ]}
        onChange={(v) => set({ scale: v })}
      />
      <CurvesPlots picked={picked} settings={settings} format={format} scale={state.scale} />
      <ComparisonTable picked={picked} settings={settings} format={format} sort={state.sort} dir={state.dir} onSort={onSort} />
      <Suspense fallback={<p className="readout">{t('hdl.loading')}</p>}>
        <HardwarePanel method={state.hdl} file={state.file} settings={settings} format={format} set={set} />
      </Suspense>
    </WidgetFrame>
  );
}
