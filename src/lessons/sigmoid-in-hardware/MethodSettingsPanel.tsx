import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Slider } from '../../components/Slider';
import { Toggle } from '../../components/fields';
import { NS } from './strings';

export interface SettingsState {
  order: number;
  lut: number;
  interp: boolean;
  iter: number;
  hyb: number;
}

/** Each method's main knob; table sizes move in powers of two.
 * Memoised: the workbench's deferred pass re-renders with the same state and need not redo the controls. */
export const MethodSettingsPanel = memo(function MethodSettingsPanel({ state, set }: { state: SettingsState; set: (p: Partial<SettingsState>) => void }) {
  const { t } = useTranslation(NS);
  const pow = (v: number) => String(2 ** v);
  return (
    <fieldset className="hw-settings">
      <legend>{t('settings.legend')}</legend>
      <div className="controls">
        <Slider label={t('settings.order')} value={state.order} min={1} max={9} step={2} onChange={(v) => set({ order: v })} description={t('settings.orderHelp')} />
        <Slider label={t('settings.lut')} value={state.lut} min={4} max={12} step={1} format={pow} onChange={(v) => set({ lut: v })} />
        <Slider label={t('settings.iter')} value={state.iter} min={2} max={24} step={1} onChange={(v) => set({ iter: v })} />
        <Slider label={t('settings.hyb')} value={state.hyb} min={3} max={8} step={1} format={pow} onChange={(v) => set({ hyb: v })} />
        <Toggle label={t('settings.interp')} checked={state.interp} onChange={(v) => set({ interp: v })} />
      </div>
    </fieldset>
  );
});
