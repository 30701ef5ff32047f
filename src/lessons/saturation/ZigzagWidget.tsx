import { NS } from './strings';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Slider } from '../../components/Slider';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { zigzag } from './widgets';
import { ContourPanel } from './ContourPanel';
import { PathTable } from './PathTable';
import { useStepAnimation } from './useStepAnimation';
import { zigzagCases } from './zigzag';
import './saturation.css';

/** GD on two weights, all-positive (sigmoid) inputs vs the same inputs centred, same η. */
export function ZigzagWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(zigzag);
  const { lr, steps, seed } = state;
  const [replay, setReplay] = useState(0);

  const cases = useMemo(() => zigzagCases(lr, steps, seed), [lr, steps, seed]);
  const shown = useStepAnimation(steps + 1, `${lr}|${steps}|${seed}|${replay}`);
  const [pos, cen] = cases;
  const name = (c: (typeof cases)[number]) => (c.centred ? t('zigzag.centred') : t('zigzag.positive'));

  return (
    <WidgetFrame widget={zigzag} title={t('zigzag.title')}>
      <div className="controls">
        <Slider label={t('zigzag.lr')} value={lr} min={0.1} max={6} step={0.1} onChange={(v) => set({ lr: Number(v.toFixed(1)) })} />
        <Slider label={t('zigzag.steps')} value={steps} min={5} max={100} step={1} onChange={(v) => set({ steps: v })} />
        <Slider label={t('zigzag.seed')} value={seed} min={1} max={999} step={1} onChange={(v) => set({ seed: v })} />
      </div>
      <button type="button" className="button" onClick={() => setReplay((r) => r + 1)}>
        {t('zigzag.replay')}
      </button>
      <div className="sat-contours">
        {cases.map((c) => (
          <ContourPanel
            key={String(c.centred)}
            title={`${name(c)} — κ = ${formatNumber(c.kappa, 3)}`}
            summary={t('zigzag.summary', { name: name(c), steps, loss: formatNumber(c.final, 3), kappa: formatNumber(c.kappa, 3) })}
            h={c.h}
            path={c.path}
            shown={shown}
            color={c.centred ? 'var(--c3)' : 'var(--c2)'}
            marker={c.centred ? 'square' : 'circle'}
          />
        ))}
      </div>
      <p className="readout" aria-live="polite" data-testid="zigzag-readout" data-loss-pos={pos.final} data-loss-cen={cen.final} data-max-pos={pos.maxLr} data-max-cen={cen.maxLr}>
        {t('zigzag.readout', {
          steps,
          lossPos: formatNumber(pos.final, 3),
          lossCen: formatNumber(cen.final, 3),
          maxPos: formatNumber(pos.maxLr, 3),
          maxCen: formatNumber(cen.maxLr, 3),
        })}
        {cases.map((c) => c.diverged && <strong key={String(c.centred)} className="bad"> {t('zigzag.diverged', { name: name(c) })}</strong>)}
      </p>
      <PathTable positive={pos.path} centred={cen.path} hPos={pos.h} hCen={cen.h} />
    </WidgetFrame>
  );
}
