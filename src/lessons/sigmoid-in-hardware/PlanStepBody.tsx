import { useTranslation } from 'react-i18next';
import { BitsView } from './BitsView';
import { PLAN_SEGMENTS, type PlanStep, type PlanTrace } from './planTrace';
import { NS } from './strings';

/** What one datapath stage does and the register(s) it writes. */
export function PlanStepBody({ id, trace }: { id: PlanStep; trace: PlanTrace }) {
  const { t } = useTranslation(NS);
  const I = trace.format.intBits;
  const seg = PLAN_SEGMENTS[trace.segment];
  switch (id) {
    case 'input':
      return (
        <>
          <p>{t('dp.inputText', { x: String(trace.x), xq: String(trace.input.value) })}</p>
          <BitsView word={trace.input} intBits={I} label="x" />
        </>
      );
    case 'abs':
      return (
        <>
          <p>{t(trace.negative ? 'dp.absNeg' : 'dp.absPos')}</p>
          <BitsView word={trace.magnitude} intBits={I} label="|x|" />
        </>
      );
    case 'compare':
      return (
        <>
          <ul className="hw-comparators">
            {trace.comparators.map((c) => (
              <li key={c.threshold} className={c.fires ? 'fires' : undefined}>
                <code>{`|x| ≥ ${c.threshold}`}</code> → <strong>{c.fires ? '1' : '0'}</strong>
              </li>
            ))}
          </ul>
          <p>{t('dp.segmentText', { k: trace.segment + 1, rule: seg.shift === null ? 'y = 1' : `(|x| ≫ ${seg.shift}) + ${seg.offset}` })}</p>
        </>
      );
    case 'shift':
      return trace.shifted === null ? (
        <p>{t('dp.noShift')}</p>
      ) : (
        <>
          <p>{t('dp.shiftText', { k: seg.shift, slope: 2 ** -(seg.shift ?? 0) })}</p>
          <BitsView word={trace.shifted} intBits={I} label={`|x| ≫ ${seg.shift}`} />
        </>
      );
    case 'add':
      return (
        <>
          <p>{trace.shifted === null ? t('dp.constText') : t('dp.addText', { c: String(trace.offset.value) })}</p>
          <BitsView word={trace.offset} intBits={I} label={t('dp.constant')} />
          <BitsView word={trace.sum} intBits={I} label="y" />
        </>
      );
    case 'sign':
      return (
        <>
          <p>{t(trace.negative ? 'dp.signNeg' : 'dp.signPos')}</p>
          <BitsView word={trace.output} intBits={I} label={t('dp.outWord')} />
        </>
      );
  }
}
