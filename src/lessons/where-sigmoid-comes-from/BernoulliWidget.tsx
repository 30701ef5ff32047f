import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NS } from './strings';
import { bernoulliLogPartition, bernoulliLogPmf, bernoulliMean, bernoulliNatural, sampleFunction } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Slider } from '../../components/Slider';
import { Plot } from '../../components/plot/Plot';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { bernoulli } from './widgets';
import { bernoulliCode } from './code';
import './where-sigmoid.css';

const LO = -8;
const HI = 8;

/** η ↦ A(η) = ln(1 + e^η) and its slope A′(η) = σ(η): the mean of the Bernoulli. */
export function BernoulliWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(bernoulli);
  const eta = state.eta;
  const mu = bernoulliMean(eta);
  const series = useMemo(() => {
    const a = sampleFunction(bernoulliLogPartition, LO, HI, 401);
    const s = sampleFunction(bernoulliMean, LO, HI, 401);
    return [
      { id: 'A', label: t('bern.A'), color: 'var(--c1)', x: a.x, y: a.y, width: 3 },
      { id: 'mean', label: t('bern.mean'), color: 'var(--c3)', x: s.x, y: s.y, dash: '7 4', width: 3 },
    ];
  }, [t]);
  const f = (v: number) => formatNumber(v, 5);
  return (
    <WidgetFrame widget={bernoulli} title={t('bern.title')} code={bernoulliCode(eta)}>
      <div className="controls">
        <Slider label={t('bern.eta')} value={eta} min={LO} max={HI} step={0.1} onChange={(v) => set({ eta: Number(v.toFixed(2)) })} />
      </div>
      <table className="num-table">
        <caption className="sr-only">{t('bern.caption')}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('bern.mu')}</th>
            <td data-testid="bern-mu">{f(mu)}</td>
          </tr>
          <tr>
            <th scope="row">{t('bern.A')}</th>
            <td>{f(bernoulliLogPartition(eta))}</td>
          </tr>
          <tr>
            <th scope="row">{t('bern.p1')}</th>
            <td>{f(Math.exp(bernoulliLogPmf(1, eta)))}</td>
          </tr>
          <tr>
            <th scope="row">{t('bern.back')}</th>
            <td data-testid="bern-back">{f(bernoulliNatural(mu))}</td>
          </tr>
        </tbody>
      </table>
      <Plot summary={t('bern.summary', { eta: f(eta), mu: f(mu) })} series={series} xDomain={[LO, HI]} xLabel="η" yLabel={t('bern.y')} height={240} />
    </WidgetFrame>
  );
}
