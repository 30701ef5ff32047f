import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Heatmap } from '../../components/Heatmap';
import { Segmented } from '../../components/fields';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatFixed, formatNumber } from '../../format/number';
import { useFrameTraining } from '../../components/useFrameTraining';
import { useWidget } from '../../components/state/useWidget';
import { xor } from './widgets';
import { bestLineOn, EXTENT, GRID, heatmapPoints, HIDDEN_KINDS, xorData, xorTrainer } from './xor';
import { XOR_MAX_STEPS, XOR_STEPS_PER_PRESS } from './schema';
import { NS } from './strings';
import './why-nonlinear.css';

/** XOR trained twice, side by side: a linear hidden layer vs a tanh one, with live decision maps. */
export function XorWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(xor);
  const width = Number(state.width);
  const data = useMemo(() => xorData(state.seed), [state.seed]);
  const points = useMemo(() => heatmapPoints(data), [data]);
  const bestLine = useMemo(() => bestLineOn(state.seed), [state.seed]);
  const fresh = state.steps === 0;
  // New trainers whenever the setup changes or training is reset to step 0.
  const trainers = useMemo(
    () => HIDDEN_KINDS.map((h) => xorTrainer(h, width, state.seed, data)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `fresh` is the reset signal
    [width, state.seed, data, fresh],
  );
  const { done, running } = useFrameTraining(trainers, state.steps);
  const views = useMemo(
    () => trainers.map((tr) => ({ acc: tr.accuracy(), loss: tr.loss(), grid: tr.decisionGrid(GRID, EXTENT) })),
    // `done` changes once per trained frame: recompute the readouts then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [trainers, done],
  );

  return (
    <WidgetFrame widget={xor} title={t('xor.title')}>
      <div className="controls">
        <Segmented
          label={t('xor.width')}
          value={state.width}
          options={(['4', '8'] as const).map((w) => ({ value: w, label: t('xor.widthOption', { n: w }) }))}
          onChange={(w) => set({ width: w, steps: 0 })}
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          disabled={running || state.steps >= XOR_MAX_STEPS}
          onClick={() => set({ steps: Math.min(XOR_MAX_STEPS, state.steps + XOR_STEPS_PER_PRESS) })}
        >
          {t('xor.train', { n: XOR_STEPS_PER_PRESS })}
        </button>
        <button type="button" className="button" onClick={() => set({ steps: 0 })}>
          {t('xor.reset')}
        </button>
        <button type="button" className="button" onClick={() => set({ seed: (state.seed % 99999) + 1, steps: 0 })}>
          {t('xor.newData')}
        </button>
        <span className="muted" data-testid="xor-progress" data-done={running ? 'no' : 'yes'} role="status">
          {state.steps === 0 ? t('xor.untrained') : t('xor.progress', { done, target: state.steps })}
        </span>
      </div>
      <div className="heatmap-pair">
        {HIDDEN_KINDS.map((h, i) => {
          const v = views[i];
          const pct = formatFixed(v.acc * 100, 1);
          const name = t(`xor.net.${h}`, { n: width });
          return (
            <figure key={h} className="heatmap-card">
              <figcaption>
                <strong>{name}</strong>
              </figcaption>
              <Heatmap
                summary={t('xor.summary', { name, pct, steps: done })}
                values={v.grid}
                gridSize={GRID}
                extent={EXTENT}
                points={points}
              />
              <p className="readout" data-testid={`acc-${h}`} data-acc={v.acc}>
                {t('xor.accuracy', { pct })} · {t('xor.loss', { loss: formatNumber(v.loss, 3) })}
              </p>
            </figure>
          );
        })}
      </div>
      <p className="readout" data-testid="best-line" data-acc={bestLine.accuracy}>
        {t('xor.bestLine', { pct: formatFixed(bestLine.accuracy * 100, 1) })}
      </p>
      <p className="legend-note">{t('xor.legend')}</p>
    </WidgetFrame>
  );
}
