import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { activations } from '../../engine';
import { Plot } from '../../components/plot/Plot';
import { Slider } from '../../components/Slider';
import { Equation } from '../../components/Equation';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatNumber } from '../../components/plot/scales';
import { ActivationPicker } from './ActivationPicker';
import { PropertiesTable } from './PropertiesTable';
import { activationCurves, saturation } from './curves';
import { MAX_SELECTED, useGalleryStore } from './galleryStore';

/** Overlay up to three activations: f and f′, the saturated region of the first, formulas and properties. */
export function GalleryWidget() {
  const { t } = useTranslation();
  const s = useGalleryStore();
  const { selected, params, epsilon, xMax } = s;

  const curves = useMemo(() => selected.map((n, i) => ({ name: n, ...activationCurves(n, params[n], xMax, i) })), [selected, params, xMax]);
  const primary = curves[0];
  const sat = useMemo(() => (primary ? saturation(primary.df, epsilon, xMax) : null), [primary, epsilon, xMax]);
  const series = curves.flatMap((c) => [c.f, c.df]);

  const satText =
    primary && sat
      ? sat.intervals.length === 0
        ? t('gallery.satNone', { name: activations[primary.name].label, eps: formatNumber(epsilon) })
        : t('gallery.satSome', {
            name: activations[primary.name].label,
            eps: formatNumber(epsilon),
            where: sat.intervals.map((iv) => `[${formatNumber(iv.x0, 3)}, ${formatNumber(iv.x1, 3)}]`).join(' ∪ '),
            pct: (sat.fraction * 100).toFixed(1),
          })
      : t('gallery.pickOne');

  const summary = t('gallery.plotSummary', {
    names: selected.map((n) => activations[n].label).join(', ') || '—',
    xMax,
  });

  return (
    <WidgetFrame id="activation-gallery" title={t('gallery.title')} onReset={s.reset}>
      <ActivationPicker selected={selected} max={MAX_SELECTED} onToggle={s.toggle} />
      <div className="controls">
        <Slider label={t('gallery.epsilon')} value={epsilon} min={1e-6} max={0.5} scale="log" step={0.05} onChange={s.setEpsilon} description={t('gallery.epsilonHelp')} />
        <Slider label={t('gallery.xRange')} value={xMax} min={1} max={20} step={1} format={(v) => `±${v}`} onChange={s.setXMax} />
        {selected.flatMap((n) =>
          activations[n].params.map((p) => (
            <Slider
              key={`${n}-${p.name}`}
              label={`${activations[n].label}: ${p.name}`}
              value={params[n]?.[p.name] ?? p.default}
              min={p.min}
              max={p.max}
              step={(p.max - p.min) / 200}
              onChange={(v) => s.setParam(n, p.name, v)}
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
        yLabel={t('gallery.yLabel')}
      />
      <div className="formula-list">
        {selected.map((n) => (
          <div key={n} data-testid={`formula-${n}`}>
            <Equation latex={activations[n].latex} display />
          </div>
        ))}
      </div>
      <PropertiesTable names={selected} />
    </WidgetFrame>
  );
}
