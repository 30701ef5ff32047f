import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { entropy, softmax, temperatureTerms } from '../../engine';
import { BarChart } from '../../components/BarChart';
import { Equation } from '../../components/Equation';
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
import './lesson.css';

/** Logits → softmax with temperature: bars, entropy, the formula with numbers, and the sweep over T. */
export function TemperatureWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(temperature);
  const z = state.z;
  const T = state.t;
  const focus = CANDIDATES.indexOf(state.focus);
  const setLogit = (i: number, v: number) => set({ z: z.map((x, j) => (j === i ? v : x)) });

  const probs = useMemo(() => softmax(z, T), [z, T]);
  const terms = useMemo(() => temperatureTerms(z, T), [z, T]);
  const H = entropy(probs);
  const Hmax = entropy(softmax(z.map(() => 0)));
  const sweep = useMemo(() => temperatureSweep(CANDIDATES, z), [z]);
  const top = argmax(probs);
  const logT = Math.log10(T);
  const code = useMemo(() => temperatureCode(z, T), [z, T]);

  const zLo = Math.min(0, ...z);
  const zHi = Math.max(50, ...z);
  const logitBars = CANDIDATES.map((w, i) => ({ id: w, label: w, value: z[i], color: COLORS[i] }));
  const probBars = CANDIDATES.map((w, i) => ({ id: w, label: w, value: probs[i], color: COLORS[i], valueText: pct(probs[i]) }));
  const list = (f: (i: number) => string) => CANDIDATES.map((w, i) => `${w} ${f(i)}`).join(', ');

  return (
    <WidgetFrame widget={temperature} title={t('title')} code={code}>
      <NextWord word={CANDIDATES[top]} p={probs[top]} />
      <div className="st-two">
        <div>
          <h3 className="st-sub">{t('logitsHeading')}</h3>
          <BarChart
            summary={t('logitsSummary', { list: list((i) => formatNumber(z[i])) })}
            bars={logitBars}
            domain={[zLo, zHi]}
            height={220}
            format={(v) => formatNumber(v, 3)}
            edit={{ min: Math.min(-10, zLo), max: zHi, step: 0.5, onChange: setLogit, name: (b) => t('logitOf', { word: b.label }) }}
          />
          <p className="st-hint">{t('dragHint')}</p>
        </div>
        <div>
          <h3 className="st-sub">{t('probsHeading', { T: formatNumber(T) })}</h3>
          <BarChart summary={t('probsSummary', { T: formatNumber(T), list: list((i) => pct(probs[i])) })} bars={probBars} domain={[0, 1]} height={220} format={(v) => pct(v)} />
        </div>
      </div>
      <div className="controls">
        <Slider label={t('temperature')} value={T} min={T_MIN} max={T_MAX} scale="log" step={0.01} onChange={(v) => set({ t: v })} description={t('temperatureHelp')} />
        <NumberField label={t('temperatureTyped')} value={T} min={T_MIN} max={T_MAX} onChange={(v) => set({ t: v })} />
      </div>
      <LogitFields words={CANDIDATES} logits={z} onChange={setLogit} />
      <p className="readout" aria-live="polite" data-testid="entropy-readout">
        {t('entropy', { H: formatNumber(H), Hmax: formatNumber(Hmax), share: ((H / Hmax) * 100).toFixed(1), bits: formatNumber(H / Math.LN2) })}
      </p>
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
      <div className="st-focus">
        <SelectField<Candidate> label={t('focus')} value={state.focus} options={CANDIDATES.map((w) => ({ value: w, label: w }))} onChange={(v) => set({ focus: v })} />
      </div>
      <div className="formula-list st-formula" data-testid="formula">
        {/* Keyed by line, not by formula text: a line whose text did not change keeps its
            Equation (memoised) and is not typeset again. */}
        {temperatureFormula(CANDIDATES, z, T, focus, terms, probs[focus]).map((tex, line) => (
          <Equation key={line} latex={tex} display />
        ))}
      </div>
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
        <RuleX x={logT} />
      </Plot>
      <p className="st-hint">{t('sweepHint')}</p>
    </WidgetFrame>
  );
}
