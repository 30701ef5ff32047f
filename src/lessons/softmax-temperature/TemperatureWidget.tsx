import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { entropy, softmax, temperatureTerms, type TemperatureTerms } from '../../engine';
import { BarChart } from '../../components/BarChart';
import { NumberField, SelectField } from '../../components/fields';
import { Plot } from '../../components/plot/Plot';
import { RuleX } from '../../components/plot/marks/Rule';
import { formatNumber } from '../../components/plot/scales';
import { Slider } from '../../components/Slider';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { temperature } from './widgets';
import { NS } from './strings';
import { CANDIDATES, COLORS, T_MAX, T_MIN, argmax, type Candidate } from './candidates';
import { formatProb, pct } from './format';
import { temperatureFormula } from './formula';
import { temperatureSweep } from './sweep';
import { temperatureCode } from './code';
import { LogitFields } from './LogitFields';
import { NextWord } from './NextWord';
import { LiveEquation } from './LiveEquation';
import './lesson.css';

/*
 * The widget is cut into memoised parts by what each one depends on (z, T, or both), so a
 * step of one slider re-renders only the parts that show it: a T step leaves the logit bars,
 * the typed logits and the sweep's curves alone, a logit step leaves the T controls alone
 * (issue 20: each part's render, translations and commit were paid on every step).
 */

const list = (f: (i: number) => string) => CANDIDATES.map((w, i) => `${w} ${f(i)}`).join(', ');
const fmt3 = (v: number) => formatNumber(v, 3);
const focusOptions = CANDIDATES.map((w) => ({ value: w, label: w }));

/** Logits → softmax with temperature: bars, entropy, the formula with numbers, and the sweep over T. */
export function TemperatureWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(temperature);
  const z = state.z;
  const T = state.t;
  const focus = CANDIDATES.indexOf(state.focus);
  const setLogit = useCallback((i: number, v: number) => set({ z: z.map((x, j) => (j === i ? v : x)) }), [z, set]);
  const setT = useCallback((v: number) => set({ t: v }), [set]);
  const setFocus = useCallback((v: Candidate) => set({ focus: v }), [set]);

  const probs = useMemo(() => softmax(z, T), [z, T]);
  const terms = useMemo(() => temperatureTerms(z, T), [z, T]);
  const H = entropy(probs);
  const Hmax = useMemo(() => entropy(softmax(z.map(() => 0))), [z]);
  const top = argmax(probs);
  const code = useMemo(() => temperatureCode(z, T), [z, T]);

  return (
    <WidgetFrame widget={temperature} title={t('title')} code={code}>
      <NextWord word={CANDIDATES[top]} p={probs[top]} />
      <div className="st-two">
        <LogitChart z={z} onChange={setLogit} />
        <ProbChart probs={probs} T={T} />
      </div>
      <TControls T={T} onChange={setT} />
      <LogitFields words={CANDIDATES} logits={z} onChange={setLogit} />
      <p className="readout" aria-live="polite" data-testid="entropy-readout">
        {t('entropy', { H: formatNumber(H), Hmax: formatNumber(Hmax), share: ((H / Hmax) * 100).toFixed(1), bits: formatNumber(H / Math.LN2) })}
      </p>
      <ProbTable z={z} terms={terms} probs={probs} />
      <div className="st-focus">
        <SelectField<Candidate> label={t('focus')} value={state.focus} options={focusOptions} onChange={setFocus} />
      </div>
      <div className="formula-list st-formula" data-testid="formula">
        {/* Keyed by line, not by formula text: a line whose text did not change is not typeset
            again (memoised), and one that did is patched in place (LiveEquation). */}
        {temperatureFormula(CANDIDATES, z, T, focus, terms, probs[focus]).map((tex, line) => (
          <LiveEquation key={line} latex={tex} />
        ))}
      </div>
      <Sweep z={z} T={T} top={top} />
    </WidgetFrame>
  );
}

/** The editable logit bars: re-rendered when a logit moves, not when T does. */
const LogitChart = memo(function LogitChart({ z, onChange }: { z: readonly number[]; onChange: (i: number, v: number) => void }) {
  const { t } = useTranslation(NS);
  const zLo = Math.min(0, ...z);
  const zHi = Math.max(50, ...z);
  const bars = useMemo(() => CANDIDATES.map((w, i) => ({ id: w, label: w, value: z[i], color: COLORS[i] })), [z]);
  const edit = useMemo(() => ({ min: Math.min(-10, zLo), max: zHi, step: 0.5, onChange, name: (b: { label: string }) => t('logitOf', { word: b.label }) }), [zLo, zHi, onChange, t]);
  return (
    <div>
      <h3 className="st-sub">{t('logitsHeading')}</h3>
      <BarChart summary={t('logitsSummary', { list: list((i) => formatNumber(z[i])) })} bars={bars} domain={[zLo, zHi]} height={220} format={fmt3} edit={edit} />
      <p className="st-hint">{t('dragHint')}</p>
    </div>
  );
});

const ProbChart = memo(function ProbChart({ probs, T }: { probs: Float64Array; T: number }) {
  const { t } = useTranslation(NS);
  const bars = CANDIDATES.map((w, i) => ({ id: w, label: w, value: probs[i], color: COLORS[i], valueText: pct(probs[i]) }));
  return (
    <div>
      <h3 className="st-sub">{t('probsHeading', { T: formatNumber(T) })}</h3>
      <BarChart summary={t('probsSummary', { T: formatNumber(T), list: list((i) => pct(probs[i])) })} bars={bars} domain={[0, 1]} height={220} format={pct} />
    </div>
  );
});

const TControls = memo(function TControls({ T, onChange }: { T: number; onChange: (v: number) => void }) {
  const { t } = useTranslation(NS);
  return (
    <div className="controls">
      <Slider label={t('temperature')} value={T} min={T_MIN} max={T_MAX} scale="log" step={0.01} onChange={onChange} description={t('temperatureHelp')} />
      <NumberField label={t('temperatureTyped')} value={T} min={T_MIN} max={T_MAX} onChange={onChange} />
    </div>
  );
});

const ProbTable = memo(function ProbTable({ z, terms, probs }: { z: readonly number[]; terms: TemperatureTerms; probs: Float64Array }) {
  const { t } = useTranslation(NS);
  return (
    <div className="table-scroll">
      <table className="num-table st-probs">
        <caption className="sr-only">{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.word')}</th>
            <th scope="col">z</th>
            <th scope="col">(z − m)/T</th>
            <th scope="col">p</th>
          </tr>
        </thead>
        <tbody>
          {CANDIDATES.map((w, i) => (
            <tr key={w}>
              <th scope="row">{w}</th>
              <td>{formatNumber(z[i], 6)}</td>
              <td>{formatNumber(terms.exponents[i], 4)}</td>
              <td data-testid={`p-${w}`} data-value={probs[i]}>
                {formatProb(probs[i])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

/** Each word's probability over the whole T range; a T step moves only the rule (the curves are memoised on z). */
const Sweep = memo(function Sweep({ z, T, top }: { z: readonly number[]; T: number; top: number }) {
  const { t } = useTranslation(NS);
  const sweep = useMemo(() => temperatureSweep(CANDIDATES, z), [z]);
  return (
    <>
      <h3 className="st-sub">{t('sweepHeading')}</h3>
      <Plot
        summary={t('sweepSummary', { T: formatNumber(T), word: CANDIDATES[top] })}
        series={sweep}
        xDomain={[Math.log10(T_MIN), Math.log10(T_MAX)]}
        yDomain={[0, 1]}
        xLabel={t('sweepX')}
        yLabel={t('sweepY')}
        height={280}
      >
        <RuleX x={Math.log10(T)} />
      </Plot>
      <p className="st-hint">{t('sweepHint')}</p>
    </>
  );
});
