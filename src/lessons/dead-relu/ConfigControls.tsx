import { memo, useMemo } from 'react';
import { NS } from './strings';
import { useTranslation } from 'react-i18next';
import { Slider } from '../../components/Slider';
import { SelectField } from '../../components/fields';
import { LAB_ACTIVATIONS, LAB_DATASETS, LAB_INITS, type LabState } from './schema';

/** The run's settings; every change starts a fresh run from the seed. */
// Memoised: the lab re-renders on every training snapshot, these only when the settings change.
export const ConfigControls = memo(function ConfigControls({ state, set }: { state: LabState; set: (p: Partial<LabState>) => void }) {
  const { t } = useTranslation(NS);
  // Labels and options per language, not per slider step (each t call costs tens of µs).
  const l = useMemo(
    () => ({
      data: LAB_DATASETS.map((d) => ({ value: d, label: t(`dataset.${d}`) })),
      act: LAB_ACTIVATIONS.map((a) => ({ value: a, label: t(`act.${a}`) })),
      init: LAB_INITS.map((a) => ({ value: a, label: t(`init.${a}`) })),
      label: Object.fromEntries((['data', 'act', 'init', 'layers', 'width', 'scale', 'bias', 'lr', 'batch', 'seed'] as const).map((k) => [k, t(`cfg.${k}`)])) as Record<string, string>,
    }),
    [t],
  );
  return (
    <div className="controls">
      <SelectField label={l.label.data} value={state.data} options={l.data} onChange={(v) => set({ data: v })} />
      <SelectField label={l.label.act} value={state.act} options={l.act} onChange={(v) => set({ act: v })} />
      <SelectField label={l.label.init} value={state.init} options={l.init} onChange={(v) => set({ init: v })} />
      <Slider label={l.label.layers} value={state.layers} min={1} max={4} step={1} onChange={(v) => set({ layers: v })} />
      <Slider label={l.label.width} value={state.width} min={1} max={16} step={1} onChange={(v) => set({ width: v })} />
      <Slider label={l.label.scale} value={state.scale} min={0.05} max={3} step={0.05} onChange={(v) => set({ scale: Number(v.toFixed(2)) })} />
      <Slider label={l.label.bias} value={state.bias} min={-2} max={1} step={0.1} onChange={(v) => set({ bias: Number(v.toFixed(1)) })} />
      <Slider label={l.label.lr} value={state.lr} min={0.001} max={10} scale="log" step={0.1} onChange={(v) => set({ lr: v })} />
      <Slider label={l.label.batch} value={state.batch} min={1} max={64} step={1} onChange={(v) => set({ batch: v })} />
      <Slider label={l.label.seed} value={state.seed} min={1} max={999} step={1} onChange={(v) => set({ seed: v })} />
    </div>
  );
});
