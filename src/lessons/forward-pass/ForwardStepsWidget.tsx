import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { forwardSteps, toRows, type ActivationName } from '../../engine';
import { Slider } from '../../components/Slider';
import { Segmented } from '../../components/fields';
import { Equation } from '../../components/Equation';
import { WidgetFrame } from '../../components/WidgetFrame';
import { bmatrix, columnVector, texNumber } from '../../components/matrixLatex';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { forwardStepsWidget } from './widgets';
import { STEP_COUNT, TINY_NET } from './schema';
import { stepTex, vectorTex } from './stepsTex';
import { NS } from './strings';
import { forwardCode, tinyNetwork } from './code';
import './forward-pass.css';

/** The 2→3→2→2 network's forward pass, one z = Wx + b or a = f(z) at a time. */
export function ForwardStepsWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(forwardStepsWidget);
  const act = state.act as ActivationName;
  const net = useMemo(() => tinyNetwork(state.seed), [state.seed]);
  const steps = useMemo(() => forwardSteps(net, [state.x1, state.x2], act, 'softmax'), [net, state.x1, state.x2, act]);
  const code = useMemo(() => forwardCode(net, [state.x1, state.x2], act), [net, state.x1, state.x2, act]);
  const cur = state.step; // steps[0 .. cur−1] are done; steps[cur−1] is the highlighted one
  const columns = [
    { tex: 'x', values: Float64Array.from([state.x1, state.x2]), at: 0 },
    ...steps.map((s, i) => ({ tex: vectorTex(s, i === steps.length - 1), values: s.values, at: i + 1 })),
  ];
  const current = cur === 0 ? null : steps[cur - 1];
  const caption = current
    ? t(current.kind === 'linear' ? 'steps.linearCaption' : current.layer === TINY_NET.length - 2 ? 'steps.outputCaption' : 'steps.actCaption', { l: current.layer + 1, f: current.fn ?? '' })
    : t('steps.startCaption');

  return (
    <WidgetFrame widget={forwardStepsWidget} title={t('steps.title')} code={code}>
      <div className="controls">
        <Slider label={t('steps.x1')} value={state.x1} min={-2} max={2} step={0.1} onChange={(v) => set({ x1: v })} />
        <Slider label={t('steps.x2')} value={state.x2} min={-2} max={2} step={0.1} onChange={(v) => set({ x2: v })} />
        <Segmented
          label={t('steps.act')}
          value={act}
          options={(['sigmoid', 'tanh', 'relu'] as const).map((a) => ({ value: a, label: a === 'relu' ? 'ReLU' : a }))}
          onChange={(a) => set({ act: a })}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button" disabled={cur === 0} onClick={() => set({ step: cur - 1 })}>
          {t('steps.prev')}
        </button>
        <button type="button" className="button primary" disabled={cur === STEP_COUNT} onClick={() => set({ step: cur + 1 })}>
          {t('steps.next')}
        </button>
        <span className="muted" data-testid="step-status" role="status">
          {t('steps.status', { k: cur, n: STEP_COUNT })}
        </span>
      </div>

      <ol className="vector-strip" aria-label={t('steps.stripLabel')}>
        {columns.map((c) => {
          const known = c.at <= cur;
          const isCurrent = c.at === cur;
          return (
            <li key={c.at} className={`vector-col${isCurrent ? ' current' : ''}${known ? '' : ' pending'}`} aria-current={isCurrent ? 'step' : undefined}>
              <Equation latex={c.tex} />
              <span className="vector-values mono">
                {Array.from(c.values, (v, i) => (
                  <span key={i}>{known ? formatNumber(v, 4) : '?'}</span>
                ))}
              </span>
            </li>
          );
        })}
      </ol>

      <div className="readout step-equation" data-testid="step-equation" aria-live="polite">
        <p>{caption}</p>
        {current ? <Equation latex={stepTex(net, steps, cur - 1)} display /> : <Equation latex={`x = ${columnVector([state.x1, state.x2], (v) => texNumber(v, 4))}`} display />}
      </div>

      <details className="plot-data">
        <summary>{t('steps.allWeights')}</summary>
        <div className="weights-list">
          {net.weights.map((W, l) => (
            <Equation
              key={l}
              latex={`W^{(${l + 1})} = ${bmatrix(toRows(W), (v) => texNumber(v, 3))},\\quad b^{(${l + 1})} = ${columnVector(net.biases[l], (v) => texNumber(v, 3))}`}
              display
            />
          ))}
        </div>
      </details>
    </WidgetFrame>
  );
}
