import { NS } from './strings';
import { useTranslation } from 'react-i18next';
import { activations, type ActivationName } from '../../engine';

const GROUPS = ['classic', 'relu', 'smooth', 'hard'] as const;

interface Props {
  selected: readonly ActivationName[];
  max: number;
  onToggle: (name: ActivationName) => void;
}

/** Checkbox chips grouped by family; at most `max` can be on at once. */
export function ActivationPicker({ selected, max, onToggle }: Props) {
  const { t } = useTranslation(NS);
  const names = Object.keys(activations) as ActivationName[];
  const full = selected.length >= max;
  return (
    <fieldset className="chip-group">
      <legend>{t('pick', { max })}</legend>
      {GROUPS.map((g) => {
        const members = names.filter((n) => activations[n].group === g);
        if (members.length === 0) return null;
        return (
          <div key={g}>
            <p className="group-label" aria-hidden="true">
              {t(`group.${g}`)}
            </p>
            <div className="chip-group-row" role="group" aria-label={t(`group.${g}`)}>
              {members.map((n) => {
                const on = selected.includes(n);
                return (
                  <label key={n} className="chip">
                    <input type="checkbox" checked={on} disabled={!on && full} onChange={() => onToggle(n)} />
                    {activations[n].label}
                  </label>
                );
              })}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
