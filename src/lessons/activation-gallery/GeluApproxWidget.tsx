import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { activations } from '../../engine';
import { Plot } from '../../components/plot/Plot';
import { Slider } from '../../components/Slider';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { geluApprox } from './widgets';
import { compareGelu } from './geluApprox';
import { NS } from './strings';

/** GELU and its two cheap approximations; their tiny differences on an axis of their own. */
export function GeluApproxWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(geluApprox);
  const cmp = useMemo(() => compareGelu(state.xmax), [state.xmax]);
  const range: [number, number] = [-state.xmax, state.xmax];
  return (
    <WidgetFrame widget={geluApprox} title={t('gelu.title')}>
      <div className="controls">
        <Slider label={t('xRange')} value={state.xmax} min={1} max={10} step={1} format={(v) => `±${v}`} onChange={(v) => set({ xmax: v })} />
      </div>
      <Plot summary={t('gelu.curvesSummary', { xMax: state.xmax })} series={cmp.curves} xDomain={range} xLabel="x" yLabel="f(x)" height={240} />
      <Plot
        summary={t('gelu.diffSummary', { xMax: state.xmax })}
        series={cmp.diffs}
        xDomain={range}
        xLabel="x"
        yLabel={t('gelu.diffAxis')}
        height={220}
        exportName="gelu-approximation-error"
      />
      <ul className="readout" data-testid="gelu-worst">
        {cmp.worst.map((w) => (
          <li key={w.name}>
            {t('gelu.worst', { name: activations[w.name].label, max: formatNumber(w.maxAbs, 3), at: formatNumber(w.at, 3) })}
          </li>
        ))}
      </ul>
    </WidgetFrame>
  );
}
