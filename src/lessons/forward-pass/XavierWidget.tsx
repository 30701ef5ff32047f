import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { heStd, normalPdf, sampleFunction, xavierBound, xavierStd } from '../../engine';
import { SelectField } from '../../components/fields';
import { Equation } from '../../components/Equation';
import { Plot } from '../../components/plot/Plot';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { xavierWidget } from './widgets';
import { BIG_NET } from './schema';
import { NS } from './strings';
import './forward-pass.css';

const LAYERS = ['0', '1', '2'] as const;

/** Xavier's uniform bound and He's normal std for one layer of the 784→50→100→10 network. */
export function XavierWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(xavierWidget);
  const l = Number(state.layer);
  const a = BIG_NET[l];
  const b = BIG_NET[l + 1];
  const bound = xavierBound(a, b);
  const std = xavierStd(a, b);
  const he = heStd(a);
  const series = useMemo(() => {
    const span = Math.max(bound * 1.25, 3.5 * he);
    const uni = sampleFunction((x) => (Math.abs(x) <= bound ? 1 / (2 * bound) : 0), -span, span, 801);
    const nrm = sampleFunction((x) => normalPdf(x, 0, he), -span, span, 801);
    return {
      span,
      list: [
        { id: 'xavier', label: t('xavier.uniformLabel'), color: 'var(--c1)', x: uni.x, y: uni.y },
        { id: 'he', label: t('xavier.heLabel'), color: 'var(--c2)', dash: '7 4', x: nrm.x, y: nrm.y },
      ],
    };
  }, [bound, he, t]);

  return (
    <WidgetFrame widget={xavierWidget} title={t('xavier.title')}>
      <div className="controls">
        <SelectField
          label={t('xavier.layer')}
          value={state.layer}
          options={LAYERS.map((k) => ({ value: k, label: t('xavier.layerOption', { l: Number(k) + 1, a: BIG_NET[Number(k)], b: BIG_NET[Number(k) + 1] }) }))}
          onChange={(v) => set({ layer: v })}
        />
      </div>
      <div className="readout xavier-readout" aria-live="polite">
        <div data-testid="xavier-bound" data-value={bound}>
          <Equation latex={`\\begin{aligned} B &= \\sqrt{\\frac{6}{a+b}} = \\sqrt{\\frac{6}{${a}+${b}}} \\\\ &= \\sqrt{\\frac{6}{${a + b}}} \\approx ${formatNumber(bound, 5)} \\end{aligned}`} display />
        </div>
        <div data-testid="xavier-std" data-value={std}>
          <Equation latex={`\\operatorname{std} = \\frac{B}{\\sqrt 3} = \\sqrt{\\frac{2}{a+b}} \\approx ${formatNumber(std, 5)}`} display />
        </div>
        <div data-testid="he-std" data-value={he}>
          <Equation latex={`\\sigma_{\\text{He}} = \\sqrt{\\frac{2}{a}} = \\sqrt{\\frac{2}{${a}}} \\approx ${formatNumber(he, 5)}`} display />
        </div>
        <p>{t('xavier.compare', { ratio: formatNumber(he / std, 3) })}</p>
      </div>
      <Plot
        summary={t('xavier.summary', { l: l + 1, bound: formatNumber(bound, 4), he: formatNumber(he, 4) })}
        series={series.list}
        xDomain={[-series.span, series.span]}
        xLabel={t('xavier.xLabel')}
        yLabel={t('xavier.yLabel')}
        height={240}
      />
    </WidgetFrame>
  );
}
