import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toRows } from '../../engine';
import { Slider } from '../../components/Slider';
import { Segmented } from '../../components/fields';
import { Equation } from '../../components/Equation';
import { WidgetFrame } from '../../components/WidgetFrame';
import { formatNumber } from '../../components/plot/scales';
import { bmatrix, texNumber } from '../../components/matrixLatex';
import { useWidget } from '../../components/state/useWidget';
import { collapse } from './widgets';
import { GridView } from './GridView';
import { baseLines, stackView, type Bend } from './collapse';
import { MAX_LAYERS } from './schema';
import { NS } from './strings';
import { collapseCode } from './code';
import './why-nonlinear.css';

const fixed1 = (v: number) => (v + 0).toFixed(1);

/** 1–6 random 2×2 layers on a grid: linear stacks collapse to one matrix, a bend between them does not. */
export function CollapseWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(collapse);
  const bend = state.bend as Bend;
  const view = useMemo(() => stackView(state.layers, state.seed, bend), [state.layers, state.seed, bend]);
  const { layers, after, marks, product, det } = view;
  const before = useMemo(() => baseLines(), []);
  const linear = bend === 'none' || state.layers === 1;
  const names = layers.map((_, i) => `W_{${i + 1}}`).reverse().join('');
  const bendLabel = t(`bend.${bend}`);
  const code = useMemo(() => collapseCode(view.layers, bend), [view, bend]);

  return (
    <WidgetFrame widget={collapse} title={t('collapse.title')} code={code}>
      <div className="controls">
        <Slider label={t('collapse.layers')} value={state.layers} min={1} max={MAX_LAYERS} step={1} onChange={(v) => set({ layers: v })} />
        <Segmented
          label={t('collapse.bend')}
          value={bend}
          options={(['none', 'tanh', 'relu'] as const).map((b) => ({ value: b, label: t(`bend.${b}`) }))}
          onChange={(b) => set({ bend: b })}
        />
        <div className="reroll">
          <button type="button" className="button" onClick={() => set({ seed: (state.seed % 99999) + 1 })}>
            {t('collapse.reroll')}
          </button>
          <span className="muted">{t('collapse.seed', { seed: state.seed })}</span>
        </div>
      </div>

      <div className="layer-list" aria-label={t('collapse.layerList')} role="group">
        {layers.map((m, i) => (
          <div key={i} className="layer-matrix" data-testid="layer-matrix">
            <Equation latex={`W_{${i + 1}} = ${bmatrix(toRows(m), fixed1)}`} />
          </div>
        ))}
      </div>

      {linear ? (
        <div className="readout product-readout" data-testid="product-matrix" aria-live="polite">
          <Equation latex={`${names} = ${bmatrix(toRows(product), (v) => texNumber(v, 6))}`} display />
          <p>{t('collapse.productNote', { count: state.layers, det: formatNumber(det, 4) })}</p>
          {bend !== 'none' && <p>{t('collapse.oneLayerNote', { f: bendLabel })}</p>}
        </div>
      ) : (
        <div className="readout no-single" data-testid="no-single-matrix" role="status">
          <p>
            <strong>{t('collapse.noSingle')}</strong> {t('collapse.noSingleWhy', { f: bendLabel })}
          </p>
        </div>
      )}

      <div className="grid-pair">
        <GridView title={t('collapse.before')} summary={t('collapse.beforeSummary')} lines={before} extent={1.2} />
        <GridView
          title={t('collapse.after', { f: bend === 'none' ? t('collapse.linearOnly') : bendLabel })}
          summary={t(linear ? 'collapse.afterLinear' : 'collapse.afterBent', { count: state.layers, f: bendLabel, extent: formatNumber(after.extent) })}
          lines={after.lines}
          extent={after.extent}
        />
      </div>
      <p className="legend-note">{t('collapse.legend')}</p>

      <details className="plot-data">
        <summary>{t('collapse.tableToggle')}</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('collapse.tableCaption')}>
          <table className="num-table">
            <caption className="sr-only">{t('collapse.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('collapse.point')}</th>
                <th scope="col">{t('collapse.lands')}</th>
              </tr>
            </thead>
            <tbody>
              {marks.map((m) => (
                <tr key={m.name}>
                  <th scope="row">{m.name}</th>
                  <td>({formatNumber(m.to[0])}, {formatNumber(m.to[1])})</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </WidgetFrame>
  );
}
