import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Plot } from '../../components/plot/Plot';
import type { Series } from '../../components/plot/types';
import { SelectField } from '../../components/fields';
import { Slider } from '../../components/Slider';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { formatCount, formatNumber } from '../../format/number';
import { CONVEX_NAMES } from '../../engine';
import { maxoutCode } from './gateCode';
import { MAXOUT_X, maxoutView } from './maxoutView';
import { maxout } from './widgets';
import { NS } from './strings';

/** One maxout unit, max of k lines, fitted to a convex target: the lines, their maximum, the error. */
export function MaxoutWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(maxout);
  const view = useMemo(() => maxoutView(state.target, state.k), [state.target, state.k]);
  const name = t(`maxout.targets.${state.target}`);
  const series: Series[] = useMemo(
    () => [
      { id: 'target', label: t('maxout.target', { name }), color: 'var(--c1)', x: view.fit.xs, y: view.fit.target, width: 3 },
      { id: 'maxout', label: t('maxout.fit', { k: state.k }), color: 'var(--c2)', x: view.fit.xs, y: view.fit.fitted, dash: '7 4' },
      ...view.lines.map((y, j) => ({ id: `piece-${j}`, label: t('maxout.piece', { j: j + 1 }), color: 'var(--c3)', x: view.fit.xs, y, width: 1.2, dash: '2 3' })),
    ],
    [view, t, name, state.k],
  );
  const readout = t('maxout.readout', { k: state.k, rmse: formatNumber(view.fit.rmse, 3), max: formatNumber(view.fit.maxErr, 3) });
  return (
    <WidgetFrame widget={maxout} title={t('maxout.title')} code={maxoutCode(view.fit)}>
      <div className="controls">
        <SelectField label={t('maxout.targetLabel')} value={state.target} options={CONVEX_NAMES.map((v) => ({ value: v, label: t(`maxout.targets.${v}`) }))} onChange={(v) => set({ target: v })} />
        <Slider label={t('maxout.k')} value={state.k} min={1} max={8} step={1} format={formatCount} onChange={(v) => set({ k: v })} />
      </div>
      <p className="readout" aria-live="polite" data-testid="maxout-readout" data-rmse={view.fit.rmse}>
        {readout}
      </p>
      <Plot
        summary={t('maxout.summary', { name, k: state.k, rmse: formatNumber(view.fit.rmse, 3) })}
        series={series}
        xDomain={MAXOUT_X}
        yDomain={view.yDomain}
        xLabel="x"
        yLabel="f(x)"
        height={280}
        exportName="maxout-fit"
      />
    </WidgetFrame>
  );
}
