import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { OVERFLOW_MODES, QUANTIZATION_MODES, formatLabel, formatRange, formatStep } from '../../engine';
import { Segmented, SelectField } from '../../components/fields';
import { Slider } from '../../components/Slider';
import { formatNumber } from '../../components/plot/scales';
import { formatOf, type FormatState } from './schema';
import { NS } from './strings';

interface Props {
  state: FormatState;
  set: (patch: Partial<FormatState>) => void;
}

/** float64 or ap_fixed<W, I, Q, O>: the datapath every curve is recomputed through.
 * Memoised: the workbench's deferred pass re-renders with the same state and need not redo the controls. */
export const FormatPicker = memo(function FormatPicker({ state, set }: Props) {
  const { t } = useTranslation(NS);
  const fmt = formatOf(state);
  return (
    <fieldset className="hw-format">
      <legend>{t('format.legend')}</legend>
      <Segmented
        label={t('format.kind')}
        value={state.fixed ? 'fixed' : 'float'}
        options={[
          { value: 'float', label: t('format.float') },
          { value: 'fixed', label: t('format.fixed') },
        ]}
        onChange={(v) => set({ fixed: v === 'fixed' })}
      />
      {state.fixed && (
        <div className="controls">
          <Slider label={t('format.width')} value={state.w} min={4} max={32} step={1} onChange={(v) => set({ w: v, i: Math.min(state.i, v - 1) })} />
          <Slider label={t('format.intBits')} value={Math.min(state.i, state.w - 1)} min={2} max={Math.min(12, state.w - 1)} step={1} onChange={(v) => set({ i: v })} />
          <SelectField label={t('format.quantization')} value={state.q} options={QUANTIZATION_MODES.map((m) => ({ value: m, label: `AP_${m}` }))} onChange={(v) => set({ q: v })} />
          <SelectField label={t('format.overflow')} value={state.o} options={OVERFLOW_MODES.map((m) => ({ value: m, label: `AP_${m}` }))} onChange={(v) => set({ o: v })} />
        </div>
      )}
      <p className="hw-format-readout" data-testid="format-readout">
        {fmt
          ? t('format.readout', {
              label: formatLabel(fmt),
              step: formatNumber(formatStep(fmt), 4),
              f: fmt.width - fmt.intBits,
              min: formatNumber(formatRange(fmt).min, 4),
              max: formatNumber(formatRange(fmt).max, 6),
            })
          : t('format.floatReadout')}
      </p>
    </fieldset>
  );
});
