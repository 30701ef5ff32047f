import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sigmoid } from '../../engine';
import { Plot } from '../../components/plot/Plot';
import { RuleX } from '../../components/plot/marks/Rule';
import { formatNumber } from '../../format/number';
import { Slider } from '../../components/Slider';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { identity } from './widgets';
import { NS } from './strings';
import { Z_LIMIT } from './schema';
import { identityCurves, IDENTITY_POINTS, softmaxOfZeroAnd } from './identity';
import './lesson.css';

/** σ(z) and softmax([0, z])₁ drawn on top of each other, with their largest gap measured. */
export function IdentityWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(identity);
  const { z } = state;
  const { series, maxGap } = useMemo(() => {
    const { s, m, maxGap: gap } = identityCurves();
    return {
      maxGap: gap,
      series: [
        { id: 'sigmoid', label: 'σ(z)', color: 'var(--c1)', x: s.x, y: s.y, width: 7 },
        { id: 'softmax', label: 'softmax([0, z])₁', color: 'var(--c2)', x: m.x, y: m.y, dash: '8 6', width: 3 },
      ],
    };
  }, []);
  const s = sigmoid(z);
  const m = softmaxOfZeroAnd(z);
  return (
    <WidgetFrame widget={identity} title={t('identity.title')}>
      <div className="controls">
        <Slider label={t('identity.z')} value={z} min={-Z_LIMIT} max={Z_LIMIT} step={0.1} onChange={(v) => set({ z: v })} />
      </div>
      <p className="readout" aria-live="polite" data-testid="identity-readout">
        {t('identity.readout', { z: formatNumber(z), s: formatNumber(s, 10), m: formatNumber(m, 10), gap: formatNumber(Math.abs(s - m), 3) })}
      </p>
      <div className="svs-legend-nowrap">
      <Plot
        summary={t('identity.summary', { gap: formatNumber(maxGap, 3), lo: formatNumber(-Z_LIMIT), hi: formatNumber(Z_LIMIT) })}
        series={series}
        xDomain={[-Z_LIMIT, Z_LIMIT]}
        yDomain={[0, 1]}
        xLabel="z"
        yLabel={t('identity.y')}
        height={260}
      >
        <RuleX x={z} />
      </Plot>
      </div>
      <p className="readout" data-testid="identity-gap">
        {t('identity.gap', { n: IDENTITY_POINTS, gap: formatNumber(maxGap, 3) })}
      </p>
    </WidgetFrame>
  );
}
