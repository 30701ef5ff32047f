import { memo } from 'react';
import { NS } from './strings';
import { useTranslation } from 'react-i18next';
import { Slider } from '../../components/Slider';
import { SelectField } from '../../components/fields';
import { LAB_ACTIVATIONS, LAB_DATASETS, LAB_INITS, type LabState } from './schema';

/** The run's settings; every change starts a fresh run from the seed. */
// Memoised: the lab re-renders on every training snapshot, these only when the settings change.
export const ConfigControls = memo(function ConfigControls({ state, set }: { state: LabState; set: (p: Partial<LabState>) => void }) {
  const { t } = useTranslation(NS);
  return (
    <div className="controls">
      <SelectField label={t('cfg.data')} value={state.data} options={LAB_DATASETS.map((d) => ({ value: d, label: t(`dataset.${d}`) }))} onChange={(v) => set({ data: v })} />
      <SelectField label={t('cfg.act')} value={state.act} options={LAB_ACTIVATIONS.map((a) => ({ value: a, label: t(`act.${a}`) }))} onChange={(v) => set({ act: v })} />
      <SelectField label={t('cfg.init')} value={state.init} options={LAB_INITS.map((a) => ({ value: a, label: t(`init.${a}`) }))} onChange={(v) => set({ init: v })} />
      <Slider label={t('cfg.layers')} value={state.layers} min={1} max={4} step={1} onChange={(v) => set({ layers: v })} />
      <Slider label={t('cfg.width')} value={state.width} min={1} max={16} step={1} onChange={(v) => set({ width: v })} />
      <Slider label={t('cfg.scale')} value={state.scale} min={0.05} max={3} step={0.05} onChange={(v) => set({ scale: Number(v.toFixed(2)) })} />
      <Slider label={t('cfg.bias')} value={state.bias} min={-2} max={1} step={0.1} onChange={(v) => set({ bias: Number(v.toFixed(1)) })} />
      <Slider label={t('cfg.lr')} value={state.lr} min={0.001} max={10} scale="log" step={0.1} onChange={(v) => set({ lr: v })} />
      <Slider label={t('cfg.batch')} value={state.batch} min={1} max={64} step={1} onChange={(v) => set({ batch: v })} />
      <Slider label={t('cfg.seed')} value={state.seed} min={1} max={999} step={1} onChange={(v) => set({ seed: v })} />
    </div>
  );
});
