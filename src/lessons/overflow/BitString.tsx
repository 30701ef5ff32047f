import { useTranslation } from 'react-i18next';
import { NS } from './strings';

/**
 * The stored bits split into sign | exponent | fraction. Each field has its own colour
 * and its own underline style, so the split reads without colour too.
 */
export function BitString({ bits, expBits }: { bits: string; expBits: number }) {
  const { t } = useTranslation(NS);
  const sign = bits.slice(0, 1);
  const exp = bits.slice(1, 1 + expBits);
  const frac = bits.slice(1 + expBits);
  return (
    <span className="bits mono" aria-label={t('float.bitsLabel', { sign, exp, frac })} role="img">
      <span className="bit-sign" aria-hidden="true">{sign}</span>
      <span className="bit-exp" aria-hidden="true">{exp}</span>
      <span className="bit-frac" aria-hidden="true">{frac}</span>
    </span>
  );
}
