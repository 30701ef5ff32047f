import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../components/fields';
import { PasteNumbers } from '../../components/PasteNumbers';
import { Plot } from '../../components/plot/Plot';
import { formatNumber } from '../../components/plot/scales';
import { Slider } from '../../components/Slider';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { ownLogits } from './widgets';
import { NS } from './strings';
import { T_MAX, T_MIN } from './candidates';
import { OWN_LOGIT_LIMIT, OWN_MAX_LENGTH } from './schema';
import { OWN_TOP, summarizeOwn } from './ownLogits';
import { formatProb, pct } from './format';
import { ownLogitsCode } from './code';
import './lesson.css';

/**
 * The temperature dial on a vector the reader brings: logits pasted from a spreadsheet or a
 * model's printout (up to a few thousand), ranked by probability, with the spread in one number.
 */
export function OwnLogitsWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(ownLogits);
  const { z } = state;
  const T = state.t;
  const s = useMemo(() => summarizeOwn(z, T), [z, T]);
  const ranked = useMemo(() => {
    const x = Float64Array.from(s.order, (_, r) => r + 1);
    const y = Float64Array.from(s.order, (i) => s.probs[i]);
    return [{ id: 'own-ranked', label: t('own.seriesLabel', { T: formatNumber(T) }), color: 'var(--c1)', x, y }];
  }, [s, T, t]);
  const top = s.order.slice(0, OWN_TOP);
  const code = useMemo(() => ownLogitsCode(z, T), [z, T]);

  return (
    <WidgetFrame widget={ownLogits} title={t('own.title')} code={code}>
      <PasteNumbers
        what="logits"
        value={z}
        onChange={(v) => set({ z: v })}
        widgetId={ownLogits.id}
        minLength={2}
        maxLength={OWN_MAX_LENGTH}
        min={-OWN_LOGIT_LIMIT}
        max={OWN_LOGIT_LIMIT}
      />
      <div className="controls">
        <Slider label={t('temperature')} value={T} min={T_MIN} max={T_MAX} scale="log" step={0.01} onChange={(v) => set({ t: v })} />
        <NumberField label={t('temperatureTyped')} value={T} min={T_MIN} max={T_MAX} onChange={(v) => set({ t: v })} />
      </div>
      <p className="readout" aria-live="polite" data-testid="own-readout" data-n={s.n} data-entropy={s.entropy}>
        {t('own.readout', {
          n: s.n.toLocaleString('en-US'),
          H: formatNumber(s.entropy),
          lnN: formatNumber(Math.log(s.n)),
          eff: formatNumber(s.effective, 3),
          k: Math.min(OWN_TOP, s.n),
          mass: pct(s.topMass),
        })}
      </p>
      <Plot
        summary={t('own.summary', { n: s.n, T: formatNumber(T), top: pct(s.probs[s.order[0]]), index: s.order[0] + 1 })}
        series={ranked}
        xDomain={[1, Math.max(2, s.n)]}
        yDomain={[0, Math.max(1e-12, s.probs[s.order[0]])]}
        xLabel={t('own.x')}
        yLabel={t('own.y')}
        height={240}
        exportName="own-logits"
      />
      <div className="table-scroll">
        <table className="num-table st-probs" data-testid="own-top">
          <caption>{t('own.tableCaption', { k: top.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('own.rank')}</th>
              <th scope="col">{t('own.position')}</th>
              <th scope="col">z</th>
              <th scope="col">p</th>
            </tr>
          </thead>
          <tbody>
            {top.map((i, r) => (
              <tr key={i}>
                <th scope="row">{r + 1}</th>
                <td>{i + 1}</td>
                <td>{formatNumber(z[i], 6)}</td>
                <td data-value={s.probs[i]}>{formatProb(s.probs[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </WidgetFrame>
  );
}
