import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A horizontally scrolling wrapper for wide tables. When (and only when) the table
 * overflows — usually on a phone — it becomes a named, focusable group so keyboard users
 * can scroll it (axe: scrollable-region-focusable) without extra tab stops on desktop.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    check();
    const ro = new ResizeObserver(check);
    ro.observe(el);
    if (el.firstElementChild) ro.observe(el.firstElementChild);
    return () => ro.disconnect();
  }, []);
  return (
    <div ref={ref} className="table-scroll" tabIndex={overflows ? 0 : undefined} role={overflows ? 'group' : undefined} aria-label={overflows ? label : undefined}>
      {children}
    </div>
  );
}
