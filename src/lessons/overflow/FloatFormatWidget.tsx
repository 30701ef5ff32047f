import { useTranslation } from 'react-i18next';
import { NS } from './strings';
import { encode, formatInfo, precisions, roundTo, ulp, type Precision } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { NumberField } from '../../components/fields';
import { useWidget } from '../../components/state/useWidget';
import { floatFormatWidget } from './widgets';
import { formatNumber } from '../../components/plot/scales';

import { BitString } from './BitString';
import { fullDigits } from './format';
import './overflow.css';

// Inputs that each show one thing: an everyday decimal, a repeating binary fraction, the
// float16 maximum, the first value that rounds past it, a float16 subnormal, a float32 one.
const PRESETS = [0.1, 1 / 3, 65504, 65520, 1e-7, 3e38, 1e-40];

/** Short but exact-enough button text: 65504 must not read as 65500. */
const presetLabel = (v: number) => String(Number(v.toPrecision(6))).replace('e+', 'e').replace('-', '−');

type Kind = 'zero' | 'subnormal' | 'normal' | 'infinity';

function describe(x: number, p: Precision) {
  const info = formatInfo(p);
  const stored = roundTo(x, p);
  const enc = encode(x, p);
  const bias = 2 ** (info.expBits - 1) - 1;
  const a = Math.abs(stored);
  const kind: Kind = a === Infinity ? 'infinity' : a === 0 ? 'zero' : a < info.minNormal ? 'subnormal' : 'normal';
  // Unbiased exponent: subnormals use the smallest normal exponent with a leading 0.
  const e = kind === 'subnormal' || kind === 'zero' ? 1 - bias : enc.exponent - bias;
  const relErr = x === 0 || kind === 'infinity' ? NaN : Math.abs(stored - x) / Math.abs(x);
  return { info, stored, enc, kind, e, relErr, gap: ulp(x, p) };
}

/** One number, four formats: the stored value, its bits, and the spacing around it. */
export function FloatFormatWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(floatFormatWidget);
  const x = state.x;
  return (
    <WidgetFrame widget={floatFormatWidget} title={t('float.title')}>
      <div className="controls">
        <NumberField label={t('float.input')} value={x} onChange={(v) => set({ x: v })} min={-1.7e308} max={1.7e308} />
      </div>
      <div className="preset-row" role="group" aria-label={t('float.presets')}>
        <span aria-hidden="true" className="group-label">{t('float.presets')}</span>
        {PRESETS.map((v) => (
          <button key={v} type="button" className="button" aria-pressed={v === x} onClick={() => set({ x: v })}>
            {presetLabel(v)}
          </button>
        ))}
      </div>
      <p className="bits-legend" aria-hidden="true">
        <span className="bit-sign">{t('float.sign')}</span> <span className="bit-exp">{t('float.exponent')}</span>{' '}
        <span className="bit-frac">{t('float.fraction')}</span>
      </p>
      <div className="format-cards">
        {precisions.map((p) => {
          const d = describe(x, p);
          return (
            <section key={p} className="format-card" aria-labelledby={`ff-${p}`} data-testid={`float-${p}`}>
              <h3 id={`ff-${p}`}>
                {p} <span className="badge">{t('float.layout', { e: d.info.expBits, f: d.info.fracBits })}</span>
              </h3>
              <dl>
                <dt className="wide">{t('float.stored')}</dt>
                <dd className={`mono wide${d.kind === 'infinity' ? ' bad' : ''}`} data-testid={`stored-${p}`}>
                  {fullDigits(d.stored)}
                </dd>
                <dt>{t('float.kind')}</dt>
                <dd>{t(`float.kinds.${d.kind}`)}</dd>
                <dt className="wide">{t('float.bits')}</dt>
                <dd className="wide">
                  <BitString bits={d.enc.bits} expBits={d.info.expBits} />
                </dd>
                <dt>{t('float.scale')}</dt>
                <dd className="mono">{d.kind === 'infinity' ? '—' : (<>2<sup>{String(d.e).replace('-', '−')}</sup></>)}</dd>
                <dt>{t('float.relErr')}</dt>
                <dd className="mono">{Number.isNaN(d.relErr) ? '—' : formatNumber(d.relErr, 3)}</dd>
                <dt>{t('float.gap')}</dt>
                <dd className="mono" data-testid={`gap-${p}`}>{formatNumber(d.gap, 4)}</dd>
              </dl>
            </section>
          );
        })}
      </div>
    </WidgetFrame>
  );
}
