import { useTranslation } from 'react-i18next';
import { PasteNumbers } from '../../components/PasteNumbers';
import { pasteLimits } from '../../components/pasteCheck';
import { crossEntropyWithLogits, crossEntropyWithLogitsGrad, softmax } from '../../engine';
import { BarChart, type Bar } from '../../components/BarChart';
import { Segmented } from '../../components/fields';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { softmaxGrad } from './widgets';
import { ANIMALS } from './schema';
import { fmt } from './format';
import { softmaxGradCode } from './code';
import { NS } from './strings';
import './lesson.css';

/** Three logits (drag or arrow keys), softmax, CE, and the gradient softmax − one-hot. */
export function SoftmaxGradientWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(softmaxGrad);
  const target = ANIMALS.indexOf(state.target);
  const probs = softmax(state.z);
  const grad = crossEntropyWithLogitsGrad(state.z, target);
  const loss = crossEntropyWithLogits(state.z, target);
  const code = softmaxGradCode(state.z, target);
  const gradSum = grad.reduce((a, v) => a + v, 0);
  const names = ANIMALS.map((a) => t(`animal.${a}`));

  const logitBars: Bar[] = ANIMALS.map((a, i) => ({ id: a, label: names[i], value: state.z[i], color: i === target ? 'var(--c3)' : 'var(--c1)' }));
  const gradBars: Bar[] = ANIMALS.map((a, i) => ({ id: a, label: names[i], value: grad[i], color: i === target ? 'var(--c3)' : 'var(--c2)', valueText: fmt(grad[i], 3) }));

  return (
    <WidgetFrame widget={softmaxGrad} title={t('smgrad.title')} code={code}>
      <Segmented label={t('smgrad.target')} value={state.target} options={ANIMALS.map((a, i) => ({ value: a, label: names[i] }))} onChange={(v) => set({ target: v })} />
      <div className="ce-pair">
        <div>
          <h3 className="ce-sub">{t('smgrad.logits')}</h3>
          <BarChart
            summary={t('smgrad.logitSummary', { values: state.z.map((v) => fmt(v, 3)).join(', ') })}
            bars={logitBars}
            domain={[-8, 8]}
            height={210}
            format={(v) => fmt(v, 3)}
            edit={{ min: -8, max: 8, step: 0.5, onChange: (i, v) => set({ z: state.z.map((x, j) => (j === i ? v : x)) }), name: (b) => t('smgrad.logitName', { animal: b.label }) }}
          />
        </div>
        <div>
          <h3 className="ce-sub">{t('smgrad.grad')}</h3>
          <BarChart summary={t('smgrad.gradSummary', { values: Array.from(grad, (v) => fmt(v, 3)).join(', ') })} bars={gradBars} domain={[-1, 1]} height={210} />
        </div>
      </div>
      <PasteNumbers what="logits" value={state.z} onChange={(v) => set({ z: v })} widgetId={softmaxGrad.id} {...pasteLimits(softmaxGrad.schema.z)} />
      <div className="table-scroll">
        <table className="num-table" data-testid="smgrad-table">
          <caption className="sr-only">{t('smgrad.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('smgrad.class')}</th>
              <th scope="col">z</th>
              <th scope="col">softmax p</th>
              <th scope="col">y</th>
              <th scope="col">p − y</th>
            </tr>
          </thead>
          <tbody>
            {ANIMALS.map((a, i) => (
              <tr key={a}>
                <th scope="row">{names[i]}</th>
                <td>{fmt(state.z[i], 3)}</td>
                <td data-testid={`sm-p-${a}`} data-value={String(probs[i])}>{fmt(probs[i], 5)}</td>
                <td>{i === target ? 1 : 0}</td>
                <td data-testid={`sm-g-${a}`} data-value={String(grad[i])}>{fmt(grad[i], 5)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="readout" aria-live="polite">
        {t('smgrad.readout', { loss: fmt(loss, 5), animal: names[target], sum: fmt(gradSum, 3) })}
      </p>
    </WidgetFrame>
  );
}
