import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { accessOf, isClassMode, probeBinding, registerControl, type Access, type Binding } from './classRuntime';

/**
 * What a class link allows a control: 'open', 'locked' (shown, disabled) or 'hidden'. Every
 * shared control (Slider, NumberField, SelectField, Segmented, Toggle, NumberListField) calls
 * this, so every widget obeys a class link without code of its own. The control's parameter
 * is found by probing its change handler (classRuntime.probeBinding) — only on a class link,
 * so an ordinary visit never calls a handler it was not asked to.
 */
export function useControlAccess<T>(label: string, onChange: (v: T) => void, value: T): Access {
  const latest = useRef({ onChange, value });
  useLayoutEffect(() => {
    latest.current = { onChange, value };
  });
  const [binding, setBinding] = useState<Binding | null>(null);
  // Before paint, so a hidden control never flashes on screen.
  useLayoutEffect(() => {
    if (!isClassMode()) return;
    const b = probeBinding(() => latest.current.onChange(latest.current.value));
    // The binding is only knowable after mount (it calls the handler); this runs once.
    if (b) setBinding(b);
  }, []);
  // The customize dialog asks every control what it sets (and is called) when it opens.
  useEffect(() => registerControl({ label, probe: () => probeBinding(() => latest.current.onChange(latest.current.value)) }), [label]);
  return binding ? accessOf(binding.widget, binding.key) : 'open';
}
