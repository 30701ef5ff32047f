import { NS } from './strings';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DATASET_EXTENT, makeDataset } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { lab } from './widgets';
import { ConfigControls } from './ConfigControls';
import { DecisionMap } from './DecisionMap';
import { NeuronGrids } from './NeuronGrids';
import { PreActHistogram } from './PreActHistogram';
import { PresetBar } from './PresetBar';
import { RunControls } from './RunControls';
import { RunCurves } from './RunCurves';
import { N_POINTS, runConfigOf, usesOwnPoints } from './schema';
import { LOOP_OPTIONS } from './useTrainingRun';
import { pointsExtent } from './points';
import { classesOf } from './pointsData';
import { PointEditor } from './PointEditor';
import { PointsPanel } from './PointsPanel';
import { ClassAccuracy } from './ClassAccuracy';

const EMPTY_PTS: number[] = [];
import { useLazyModule } from '../../components/code/useLazyModule';
import { useTrainingRun } from './useTrainingRun';
import { useCachedT } from './cachedT';
import './dead-relu.css';

/** "Show the code"'s text builder loads after the widget (it is 3 kB gzip of the lab's embed). */
const loadCode = () => import('./code');

/** The training lab: a small MLP trained on the worker, with its units' life and death on show. */
export function LabWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(lab);
  // The state's value identity; memoised on the object, since it can hold 30 000 numbers.
  const cfgKey = useMemo(() => JSON.stringify(state), [state]);
  const own = usesOwnPoints(state);
  const pts = state.pts ?? EMPTY_PTS;
  const extent = own ? pointsExtent(pts) : DATASET_EXTENT;
  const options = useMemo(() => ({ ...LOOP_OPTIONS, extent }), [extent]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- cfgKey is the state's value identity
  const cfg = useMemo(() => runConfigOf(state), [cfgKey]);
  const codeModule = useLazyModule(loadCode);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- cfgKey is the state's value identity
  const code = useMemo(() => (codeModule ? codeModule.labCode(state) : null), [codeModule, cfgKey]);
  const run = useTrainingRun(cfg, cfgKey, options);
  const { snap, history, error } = run.view;
  // The points under the map: those of the config the snapshot was rendered with (see RunView.cfg).
  const shown = run.view.cfg?.dataset ? { name: run.view.cfg.dataset.name, seed: run.view.cfg.seed } : { name: state.data, seed: state.seed };
  const data = useMemo(() => makeDataset(shown.name, N_POINTS, shown.seed), [shown.name, shown.seed]);
  const tc = useCachedT(t);
  const setPts = useCallback((p: number[]) => set({ pts: p }), [set]);
  const setBrush = useCallback((k: number) => set({ brush: k }), [set]);
  const running = snap?.running ?? false;
  const dead = snap?.deadUnits ?? [];
  const totalDead = dead.reduce((a, b) => a + b, 0);

  const status = snap
    ? t('status.line', {
        step: snap.step,
        loss: formatNumber(snap.loss, 4),
        acc: formatNumber(snap.accuracy * 100, 3),
        dead: dead.map((d, l) => tc('status.layerDead', { l: l + 1, d, w: state.width })).join(' · '),
      })
    : t('status.starting');

  return (
    <WidgetFrame widget={lab} title={t('title')} code={code}>
      <PresetBar state={state} set={set} />
      <details className="dr-settings" open>
        <summary>{t('cfg.heading')}</summary>
        <ConfigControls state={state} set={set} />
      </details>
      <PointsPanel state={state} set={set} />
      <RunControls running={running} ready={snap !== null} onPlay={run.play} onPause={run.pause} onStep={run.step} onRestart={run.restart} />
      <p className="readout" aria-live="polite" data-testid="lab-status" data-step={snap?.step ?? -1} data-dead={totalDead} data-running={running}>
        {status}
        {snap?.diverged && <strong className="bad"> {t('status.diverged')}</strong>}
      </p>
      {own && snap?.classAccuracy && <ClassAccuracy shares={snap.classAccuracy} />}
      {error && (
        <p className="inline-error" role="alert" data-testid="lab-error">
          {t('status.error', { message: error })}
        </p>
      )}
      <div className="dr-main">
        {state.own ? (
          <figure className="dr-figure">
            <figcaption>{t('own.caption')}</figcaption>
            <PointEditor
              summary={t('own.mapSummary', { n: String(Math.floor(pts.length / 3)), k: classesOf(pts), step: snap?.step ?? 0, acc: formatNumber((snap?.accuracy ?? NaN) * 100, 3) })}
              editLabel={t('own.editLabel')}
              flat={pts}
              extent={extent}
              decision={own ? (snap?.decision ?? null) : null}
              classGrid={own ? (snap?.classGrid ?? null) : null}
              gridSize={snap?.gridSize ?? 0}
              classes={classesOf(pts)}
              brush={state.brush ?? 0}
              onChange={setPts}
              onBrush={setBrush}
            />
          </figure>
        ) : (
          <figure className="dr-figure">
            <figcaption>{t('map.caption')}</figcaption>
            <DecisionMap
              summary={t('map.summary', { data: t(`dataset.${shown.name}`), step: snap?.step ?? 0, acc: formatNumber((snap?.accuracy ?? NaN) * 100, 3) })}
              decision={snap?.decision ?? null}
              gridSize={snap?.gridSize ?? 0}
              extent={snap?.extent ?? DATASET_EXTENT}
              data={data}
            />
            <p className="dr-legend" aria-hidden="true">
              <span className="dr-key one">●</span> {t('map.class1')} <span className="dr-key zero">■</span> {t('map.class0')}
            </p>
          </figure>
        )}
        <figure className="dr-figure">
          <figcaption>{t('neurons.caption')}</figcaption>
          <NeuronGrids grids={snap?.neuronGrids} g={snap?.neuronGridSize ?? 0} act={state.act} engineDead={dead} />
          <p className="dr-note">{t('neurons.key')}</p>
        </figure>
      </div>
      <RunCurves history={history} />
      <h3 className="dr-sub">{t('hist.heading')}</h3>
      <PreActHistogram hidden={snap ? snap.deadUnits.length : state.layers} layer={run.histLayer} hist={run.view.hist} paused={snap !== null && !running} onLayer={run.setHistLayer} />
    </WidgetFrame>
  );
}
