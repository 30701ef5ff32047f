import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Segmented } from '../../components/fields';
import { Slider } from '../../components/Slider';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatNumber } from '../../components/plot/scales';
import { useFrameTraining } from '../../components/useFrameTraining';
import { useWidget } from '../../components/state/useWidget';
import { symmetryWidget } from './widgets';
import { hiddenUnits, symmetryTrainer, type InitKind } from './symmetry';
import { SYM_MAX_STEPS, SYM_STEPS_PER_PRESS } from './schema';
import { NS } from './strings';
import './forward-pass.css';

const PARAMS = ['w₁', 'w₂', 'b', 'v'];

/** All-equal weights trained live: the hidden units stay clones until the symmetry is broken. */
export function SymmetryWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(symmetryWidget);
  const init = state.init as InitKind;
  const fresh = state.steps === 0;
  const trainers = useMemo(
    () => [symmetryTrainer(init, state.c)],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `fresh` is the reset signal
    [init, state.c, fresh],
  );
  const { done, running } = useFrameTraining(trainers, state.steps);
  const view = useMemo(
    () => ({ ...hiddenUnits(trainers[0]), acc: trainers[0].accuracy(), loss: trainers[0].loss() }),
    // `done` changes once per trained frame.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [trainers, done],
  );
  const maxAbs = Math.max(1e-9, ...view.rows.flatMap((r) => r.params.map(Math.abs)));
  const identical = view.spread === 0;

  return (
    <WidgetFrame widget={symmetryWidget} title={t('sym.title')}>
      <div className="controls">
        <Segmented
          label={t('sym.init')}
          value={init}
          options={(['equal', 'random'] as const).map((k) => ({ value: k, label: t(`sym.${k}`) }))}
          onChange={(k) => set({ init: k, steps: 0 })}
        />
        {init === 'equal' && <Slider label={t('sym.c')} value={state.c} min={-1} max={1} step={0.05} onChange={(v) => set({ c: v, steps: 0 })} />}
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          disabled={running || state.steps >= SYM_MAX_STEPS}
          onClick={() => set({ steps: Math.min(SYM_MAX_STEPS, state.steps + SYM_STEPS_PER_PRESS) })}
        >
          {t('sym.train', { n: SYM_STEPS_PER_PRESS })}
        </button>
        {init === 'equal' && (
          <button type="button" className="button" onClick={() => set({ init: 'random', steps: 0 })}>
            {t('sym.break')}
          </button>
        )}
        <button type="button" className="button" onClick={() => set({ steps: 0 })}>
          {t('sym.restart')}
        </button>
        <span className="muted" data-testid="sym-progress" data-done={running ? 'no' : 'yes'} role="status">
          {state.steps === 0 ? t('sym.untrained') : t('sym.progress', { done, target: state.steps })}
        </span>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('sym.caption', { steps: done })}>
        <table className="num-table units-table">
          <caption className="sr-only">{t('sym.caption', { steps: done })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sym.unit')}</th>
              {PARAMS.map((p) => (
                <th key={p} scope="col">
                  {p}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r.unit} data-testid="unit-row">
                <th scope="row">h{r.unit}</th>
                {r.params.map((v, i) => (
                  <td key={i}>
                    <span className="param-cell">
                      <span className="param-bar" aria-hidden="true">
                        <span className={v < 0 ? 'neg' : 'pos'} style={{ width: `${(50 * Math.abs(v)) / maxAbs}%` }} />
                      </span>
                      <span className="param-value">{formatNumber(v, 4)}</span>
                    </span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={`readout${identical ? ' clones' : ''}`} data-testid="unit-spread" data-value={view.spread} aria-live="polite">
        {identical ? t('sym.same') : t('sym.differ', { spread: formatNumber(view.spread, 3) })}
        {' · '}
        {t('sym.acc', { pct: (view.acc * 100).toFixed(1), loss: formatNumber(view.loss, 3) })}
      </p>
      <p className="legend-note">{t('sym.legend')}</p>
    </WidgetFrame>
  );
}
