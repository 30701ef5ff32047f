import type { PresenterStep } from './types';

/**
 * Presenter mode fits the projector: the step's widget (or, for an "ask the class" step, its
 * exercise) is the only one shown, and when it is taller than the screen above the presenter
 * bar it is scaled down until all of it — every plot the caption talks of — is in view, at
 * 1024×768 as at 1920×1080. A transform, not CSS zoom: zoom re-lays the widget out wider, and
 * its plots (whose height follows their width) grow taller again; a transform leaves the
 * layout alone, so one measurement gives the exact scale. Re-fitted whenever the widget or the
 * window changes size (a worker's result arriving, a table growing). Returns the cleanup.
 */
export const FOCUS_ATTR = 'data-present-focus';
/**
 * A widget that would need a smaller scale than this to fit whole (a workbench of panels at
 * 1024×768) is fitted by its plots instead: the span from its first plot to its last fills
 * the screen, larger, and the controls around it may fall outside.
 */
const READABLE = 0.5;
const GAP = 12;

export function stepTarget(step: PresenterStep | undefined): HTMLElement | null {
  if (!step) return null;
  if (step.kind === 'state') return document.getElementById(step.set.widget.id);
  return document.querySelector<HTMLElement>(`[data-exercise="${CSS.escape(step.exerciseId)}"]`);
}

export function focusStep(step: PresenterStep | undefined): () => void {
  if (!step) return () => undefined;
  const found = stepTarget(step);
  if (found) return focusOn(found);
  // `?present` starts before the lesson (or its deferred widget) is on the page: wait for it.
  let undo: (() => void) | null = null;
  const watch = new MutationObserver(() => {
    const target = stepTarget(step);
    if (!target) return;
    watch.disconnect();
    undo = focusOn(target);
  });
  watch.observe(document.body, { childList: true, subtree: true });
  return () => {
    watch.disconnect();
    undo?.();
  };
}

function focusOn(target: HTMLElement): () => void {
  target.setAttribute(FOCUS_ATTR, '');
  const holder = target.closest<HTMLElement>('.exercises');
  holder?.setAttribute(FOCUS_ATTR, '');
  // An "ask the class" step also shows, below the question, the widget its answer moves:
  // the class predicts looking at it, and sees it change on reveal. The question is what is fitted.
  const revealed = target.dataset.reveals ? document.getElementById(target.dataset.reveals) : null;
  revealed?.setAttribute(FOCUS_ATTR, '');
  function fit() {
    if (!target) return;
    const bar = document.querySelector<HTMLElement>('.presenter-bar');
    const avail = window.innerHeight - (bar?.offsetHeight ?? 0) - 2 * GAP;
    target.style.transform = '';
    // Layout sizes, measured untransformed: the transform never changes them.
    const box = target.getBoundingClientRect();
    let scale = Math.min(1, avail / box.height);
    let from = 0;
    if (scale < READABLE) {
      const plots = [...target.querySelectorAll('.plot')].map((p) => p.getBoundingClientRect()).filter((r) => r.height > 0);
      if (plots.length) {
        from = Math.min(...plots.map((r) => r.top)) - box.top;
        const span = Math.max(...plots.map((r) => r.bottom)) - box.top - from;
        scale = Math.min(1, avail / span);
      }
    }
    scale = Math.floor(scale * 1000) / 1000;
    target.style.transformOrigin = 'top center';
    target.style.transform = scale < 1 ? `scale(${scale})` : '';
    // What must be seen starts just below the top edge: the bar covers the bottom of the screen.
    const top = box.top + window.scrollY + from * scale - GAP;
    window.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
  }
  fit();
  const observer = new ResizeObserver(() => fit());
  observer.observe(target);
  for (const child of target.children) observer.observe(child);
  window.addEventListener('resize', fit);
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', fit);
    target.removeAttribute(FOCUS_ATTR);
    holder?.removeAttribute(FOCUS_ATTR);
    revealed?.removeAttribute(FOCUS_ATTR);
    target.style.transform = '';
    target.style.transformOrigin = '';
  };
}
