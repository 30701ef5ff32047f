import { useTranslation } from 'react-i18next';
import { COLORS, DASH, METHOD_KEYS, SHORT_LABEL, type MethodKey } from './methods';
import { NS } from './strings';

interface Props {
  picked: readonly MethodKey[];
  max: number;
  onToggle: (m: MethodKey) => void;
}

/** Checkbox chips; each picked chip shows its line style, the same as in the plots. */
export function MethodPicker({ picked, max, onToggle }: Props) {
  const { t } = useTranslation(NS);
  const full = picked.length >= max;
  return (
    <fieldset className="chip-group">
      <legend>{t('pick', { max })}</legend>
      <div className="chip-group-row">
        {METHOD_KEYS.map((m) => {
          const k = picked.indexOf(m);
          return (
            <label key={m} className="chip">
              <input type="checkbox" checked={k >= 0} disabled={k < 0 && full} onChange={() => onToggle(m)} />
              {k >= 0 && (
                <svg width="22" height="8" aria-hidden="true">
                  <line x1="1" x2="21" y1="4" y2="4" stroke={COLORS[k % COLORS.length]} strokeWidth={3} strokeDasharray={DASH[m]} />
                </svg>
              )}
              {SHORT_LABEL[m]}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
