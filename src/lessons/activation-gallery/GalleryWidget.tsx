import { NS } from './strings';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { activations } from '../../engine';
import { Plot } from '../../components/plot/Plot';
import { Slider } from '../../components/Slider';
import { Equation } from '../../components/Equation';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatFixed, formatNumber } from '../../format/number';
import { ActivationPicker } from './ActivationPicker';
import { PropertiesTable } from './PropertiesTable';
import { activationCurves, saturation } from './curves';
import { MAX_SELECTED, paramKey, paramsOf } from './schema';
import { galleryCode } from './code';
import { useWidget } from '../../components/state/useWidget';
import { gallery } from './widgets';
import { sameNumberRecords, useSameValue } from '../../components/useSameValue';
import type { ActivationName } from '../../engine';

/** Overlay up to three activations: f and f′, the saturated region of the first, formulas and properties. */
export function GalleryWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(gallery);
  const selected = state.pick as ActivationName[];
  const epsilon = state.eps;
  const xMax = state.xmax;
  const toggle = (n: ActivationName) =>
    set({ pick: selected.includes(n) ? selected.filter((x) => x !== n) : selected.length < MAX_SELECTED ? [...selected, n] : selected });

  // The curves depend on the picked activations' own parameters, not on ε: moving the ε
  // slider must not re-evaluate and redraw every curve (it did, each step).
  const params = useSameValue(
    selected.map((n) => paramsOf(n, state)),
    sameNumberRecords,
  );
  const curves = useMemo(() => selected.map((n, i) => ({ name: n, ...activationCurves(n, params[i], xMax, i) })), [selected, params, xMax]);
  const primary = curves[0];
  const sat = useMemo(() => (primary ? saturation(primary.df, epsilon, xMax) : null), [primary, epsilon, xMax]);
  const series = useMemo(() => curves.flatMap((c) => [c.f, c.df]), [curves]);

  const satText =
    primary && sat
      ? sat.intervals.length === 0
        ? t('satNone', { name: activations[primary.name].label, eps: formatNumber(epsilon) })
        : t('satSome', {
            name: activations[primary.name].label,
            eps: formatNumber(epsilon),
            where: sat.intervals.map((iv) => `[${formatNumber(iv.x0, 3)}, ${formatNumber(iv.x1, 3)}]`).join(' ∪ '),
            pct: formatFixed(sat.fraction * 100, 1),
          })
      : t('pickOne');

  const code = useMemo(() => (selected.length ? galleryCode(selected, (n) => params[selected.indexOf(n)], xMax) : undefined), [selected, params, xMax]);

  const summary = t('plotSummary', {
    names: selected.map((n) => activations[n].label).join(', ') || '—',
    xMax,
  });

  return (
    <WidgetFrame widget={gallery} title={t('title')} code={code}>
      <ActivationPicker selected={selected} max={MAX_SELECTED} onToggle={toggle} />
      <div className="controls">
        <Slider label={t('epsilon')} value={epsilon} min={1e-6} max={0.5} scale="log" step={0.05} onChange={(v) => set({ eps: v })} description={t('epsilonHelp')} />
        <Slider label={t('xRange')} value={xMax} min={1} max={20} step={1} format={(v) => `±${v}`} onChange={(v) => set({ xmax: v })} />
        {selected.flatMap((n) =>
          activations[n].params.map((p) => (
            <Slider
              key={`${n}-${p.name}`}
              label={`${activations[n].label}: ${p.name}`}
              value={Number(state[paramKey(n, p.name) as keyof typeof state])}
              min={p.min}
              max={p.max}
              step={(p.max - p.min) / 200}
              onChange={(v) => set({ [paramKey(n, p.name)]: v })}
            />
          )),
        )}
      </div>
      <p className="readout" aria-live="polite" data-testid="saturation-readout">
        {satText}
      </p>
      <Plot
        summary={summary}
        series={series}
        xDomain={[-xMax, xMax]}
        bands={sat?.intervals ?? []}
        xLabel="x"
        yLabel={t('yLabel')}
        exportName="activation-gallery"
      />
      <div className="formula-list">
        {selected.map((n) => (
          <div key={n} data-testid={`formula-${n}`}>
            <Equation latex={activations[n].latex} display />
          </div>
        ))}
      </div>
      <PropertiesTable names={selected} params={params} />
    </WidgetFrame>
  );
}
