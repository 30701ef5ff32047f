import { useMemo } from 'react';
import { mlpCost } from '../../engine';
import { useTranslation } from 'react-i18next';
import { Slider } from '../../components/Slider';
import { Segmented } from '../../components/fields';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Plot } from '../../components/plot/Plot';
import { formatNumber } from '../../components/plot/scales';
import type { Series } from '../../components/plot/types';
import { useWidget } from '../../components/state/useWidget';
import { digitsWidget } from './widgets';
import { DIGIT_ACTS, DIGIT_BATCHES, DIGIT_LR, DIGIT_OPTS, digitsSchema } from './schema';
import { DIGIT_NET } from './digits';
import { DIGITS_ASSET } from './digitsAsset';
import { DigitImage } from './DigitImage';
import { useDigits } from './useDigits';
import { digitsCode } from './digitsCode';
import { NS } from './strings';
import './backprop.css';

const pct = (v: number) => `${formatNumber(100 * v, 3)} %`;
const PIX = DIGITS_ASSET.rows * DIGITS_ASSET.cols;

/** The source article's 784-50-100-10 network on real MNIST digits, trained in a worker. */
export function DigitsWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(digitsWidget);
  const cfg = useMemo(() => ({ hidden: state.act, optimizer: state.opt, learningRate: state.lr, batchSize: Number(state.batch), seed: 1 }), [state.act, state.opt, state.lr, state.batch]);
  const d = useDigits(cfg, state.epochs);
  const code = useMemo(() => digitsCode(cfg, state.epochs), [cfg, state.epochs]);
  const pts = d.points;
  const last = pts[pts.length - 1];
  const xs = pts.map((p) => p.epoch);
  const xDomain: [number, number] = [0, state.epochs];

  const lossSeries = useMemo<Series[]>(() => [
    { id: 'train', label: t('digits.train'), color: 'var(--c1)', x: xs, y: pts.map((p) => p.trainLoss) },
    { id: 'test', label: t('digits.test'), color: 'var(--c2)', dash: '8 4', x: xs, y: pts.map((p) => p.testLoss) },
  ], [pts]); // eslint-disable-line react-hooks/exhaustive-deps -- xs and t follow pts
  const accSeries = useMemo<Series[]>(() => [
    { id: 'train', label: t('digits.train'), color: 'var(--c1)', x: xs, y: pts.map((p) => p.trainAcc) },
    { id: 'test', label: t('digits.test'), color: 'var(--c2)', dash: '8 4', x: xs, y: pts.map((p) => p.testAcc) },
  ], [pts]); // eslint-disable-line react-hooks/exhaustive-deps
  const normSeries = useMemo<Series[]>(() => DIGIT_NET.slice(1).map((w, l) => ({
    id: `layer${l + 1}`, label: t('digits.layer', { l: l + 1, shape: `${w}×${DIGIT_NET[l]}` }), color: `var(--c${l + 1})`, dash: ['', '8 4', '2 4'][l] || undefined, x: xs, y: pts.map((p) => p.gradNorms[l]),
  })), [pts]); // eslint-disable-line react-hooks/exhaustive-deps

  const mb = formatNumber(DIGITS_ASSET.bytes / 1e6, 2);
  const status = d.phase === 'idle' ? t('digits.idle', { n: DIGITS_ASSET.nTrain, m: DIGITS_ASSET.nTest })
    : d.phase === 'loading' && !d.loaded ? t('digits.loading', { mb })
    : d.phase === 'error' ? t('digits.error', { message: d.error })
    : last ? t(d.phase === 'training' ? 'digits.progress' : d.phase === 'diverged' ? 'digits.diverged' : 'digits.finished', { k: last.epoch, n: state.epochs, s: formatNumber(last.seconds, 2), acc: pct(last.testAcc) })
    : t('digits.starting');

  return (
    <WidgetFrame widget={digitsWidget} title={t('digits.title')} code={code}>
      <div className="controls">
        <Segmented label={t('digits.act')} value={state.act} options={DIGIT_ACTS.map((a) => ({ value: a, label: a }))} onChange={(a) => set({ act: a })} />
        <Segmented label={t('digits.opt')} value={state.opt} options={DIGIT_OPTS.map((o) => ({ value: o, label: t(`digits.${o}`) }))} onChange={(o) => set({ opt: o, lr: DIGIT_LR[o] })} />
        <Slider label={t('digits.lr')} value={state.lr} min={digitsSchema.lr.min} max={digitsSchema.lr.max} scale="log" format={(v) => formatNumber(v, 2)} onChange={(v) => set({ lr: v })} />
        <Segmented label={t('digits.batch')} value={state.batch} options={DIGIT_BATCHES.map((b) => ({ value: b, label: b }))} onChange={(b) => set({ batch: b })} />
        <Slider label={t('digits.epochs')} value={state.epochs} min={digitsSchema.epochs.min} max={digitsSchema.epochs.max} step={1} onChange={(v) => set({ epochs: Math.round(v) })} />
      </div>
      <p className="legend-note" data-testid="digits-net">{t('digits.net', { params: formatNumber(mlpCost([...DIGIT_NET], 1).parameters, 6) })}</p>
      <div className="button-row">
        {!d.loaded && (
          <button type="button" className="button primary" disabled={d.phase === 'loading'} onClick={d.load}>
            {t('digits.load', { mb })}
          </button>
        )}
        {d.loaded && (d.phase === 'training' ? (
          <button type="button" className="button" onClick={d.stop}>{t('digits.stop')}</button>
        ) : (
          <button type="button" className="button primary" onClick={d.restart}>{t('digits.again')}</button>
        ))}
      </div>
      <p className="muted" role="status" data-testid="digits-status" data-phase={d.phase} data-test-acc={last?.testAcc ?? ''} data-seconds={last?.seconds ?? ''}>
        {status}
      </p>
      {pts.length > 0 && (
        <>
          <div className="sgd-plots">
            <figure>
              <figcaption>{t('digits.lossCaption')}</figcaption>
              <Plot summary={t('digits.lossSummary', { k: last.epoch, train: formatNumber(last.trainLoss, 3), test: formatNumber(last.testLoss, 3) })} series={lossSeries} xDomain={xDomain} xLabel={t('digits.epoch')} yLabel={t('digits.loss')} height={220} />
            </figure>
            <figure>
              <figcaption>{t('digits.accCaption')}</figcaption>
              <Plot summary={t('digits.accSummary', { k: last.epoch, train: pct(last.trainAcc), test: pct(last.testAcc) })} series={accSeries} xDomain={xDomain} yDomain={[0, 1]} xLabel={t('digits.epoch')} yLabel={t('digits.accuracy')} height={220} />
            </figure>
          </div>
          <figure className="spread-figure">
            <figcaption>{t('digits.normCaption')}</figcaption>
            <Plot summary={t('digits.normSummary', { k: last.epoch, norms: last.gradNorms.map((v, l) => `${l + 1}: ${formatNumber(v, 3)}`).join(', ') })} series={normSeries} xDomain={xDomain} yScale="log" xLabel={t('digits.epoch')} yLabel={t('digits.norm')} height={200} />
          </figure>
          <figure className="spread-figure">
            <figcaption>{t('digits.wrongCaption', { count: d.wrongCount, n: DIGITS_ASSET.nTest })}</figcaption>
            <ul className="digit-grid" data-testid="wrong-digits">
              {d.wrong.map((w, j) => {
                const label = t('digits.wrongLabel', { label: w.label, pred: w.pred, p: formatNumber(w.prob, 2) });
                return (
                  <li key={w.index}>
                    <DigitImage pixels={d.images.subarray(j * PIX, (j + 1) * PIX)} rows={DIGITS_ASSET.rows} cols={DIGITS_ASSET.cols} label={label} />
                    <span aria-hidden="true">{t('digits.wrongShort', { label: w.label, pred: w.pred })}</span>
                  </li>
                );
              })}
            </ul>
          </figure>
        </>
      )}
      <p className="legend-note">{t('digits.licence')}</p>
    </WidgetFrame>
  );
}
