import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../components/fields';
import { NS } from './strings';
import { LOGIT_MAX, LOGIT_MIN } from './candidates';

interface Props {
  words: readonly string[];
  logits: readonly number[];
  onChange: (index: number, value: number) => void;
}

/** One typed field per candidate's logit: exact values where dragging is too coarse. Memoised: a T step leaves it alone. */
export const LogitFields = memo(function LogitFields({ words, logits, onChange }: Props) {
  const { t } = useTranslation(NS);
  return (
    <fieldset className="st-logit-fields">
      <legend>{t('typeLogits')}</legend>
      {words.map((w, i) => (
        <NumberField key={w} label={t('logitOf', { word: w })} value={logits[i]} min={LOGIT_MIN} max={LOGIT_MAX} onChange={(v) => onChange(i, v)} />
      ))}
    </fieldset>
  );
});
