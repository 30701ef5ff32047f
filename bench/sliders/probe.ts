/**
 * The in-page half of the slider bench (bench/sliders.bench-run.ts), installed with
 * addInitScript before any of the app's scripts. It measures, for one armed input event at a
 * time (a keydown or a pointermove), the main-thread work that event causes, in three parts,
 * leaving out idle waiting:
 *
 *   js     keydown (window, capture phase, performance.now()) → the end of the event's
 *          dispatch: the last of the window's bubble-phase keydown/input/change/pointermove
 *          listeners and a microtask after it. Covers the handlers, React's (or Preact's)
 *          synchronous render and commit, and effects flushed with it.
 *   frame  the next animation frame: from our requestAnimationFrame callback (registered at
 *          the keydown, so it runs first in that frame) to the first task after the frame
 *          (scheduler.postTask 'user-blocking' posted from it: it runs before any
 *          normal-priority task; MessageChannel where postTask is missing). Covers the app's
 *          rAF callbacks, style, layout, paint and commit.
 *   tail   work deferred past that frame: every callback the app scheduled (setTimeout,
 *          requestAnimationFrame, MessagePort messages — React's scheduler, transitions,
 *          useDeferredValue —, scheduler.postTask, requestIdleCallback, worker replies,
 *          IntersectionObserver) is timed through thin wrappers installed here, and a frame
 *          that follows a DOM change made by one is timed like `frame`. Ends when nothing the
 *          app scheduled is pending and nothing ran for `quietMs`.
 *
 * Not counted: the wait from the end of the keydown task to the frame. After a discrete input
 * Chromium holds normal tasks until the next frame, so "keydown → first task after it" always
 * includes a wait for vsync (0–16.7 ms); it is kept as `toTask` (the figure issue 20 quoted).
 * A busy-loop of pings to find idle time is not used: on a loaded 2-core machine every
 * preemption looks like work.
 *
 * Also collected: Event Timing entries (PerformanceObserver type 'event', durationThreshold
 * 16 ms, buffered). Their duration runs to the next paint, so it includes that vsync wait.
 */

export interface Measure {
  kind: 'key' | 'move';
  /** performance.now() when armed (before the input was sent). */
  armed: number;
  t0?: number;
  /** The event's own timeStamp (when the browser received it). */
  ts?: number;
  jsEnd?: number;
  raf?: number;
  frameEnd?: number;
  toTask?: number;
  tail?: number;
  /** Frames the tail drew (after DOM changes from deferred callbacks). */
  tailFrames?: number;
  /** Whether the tail ended quiet (false: cut at capMs). */
  quiet?: boolean;
  done?: number;
}

export interface EventEntry {
  name: string;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
}

export interface ArmOptions {
  /** Nothing the app scheduled ran for this long (and nothing is pending): quiet. */
  quietMs: number;
  /** The longest a tail (or the wait for quiet before arming) may run. */
  capMs: number;
  jitterMs: number;
  /** performance.mark('bench:t0') at the event, for traces (bench/sliders/profile.ts). */
  marks: boolean;
}

export interface Probe {
  /** Waits for quiet (see ArmOptions), then jitterMs, then arms for the next event of `kind`. */
  arm(kind: Measure['kind'], o: ArmOptions): Promise<void>;
  /** The armed measure once complete (tail included), or as far as it got within timeoutMs. */
  collect(timeoutMs: number): Promise<Measure>;
  /** Resolves once the page is quiet (or capMs passed): true if quiet. */
  quiet(quietMs: number, capMs: number): Promise<boolean>;
  entries(): EventEntry[];
  postTask: boolean;
}

/** Serialised by Playwright into the page: self-contained, no imports or outer references. */
export function installProbe(): void {
  type Fn = (...args: unknown[]) => unknown;
  const w = window as unknown as { __bench: Probe } & typeof globalThis;
  if (w.__bench) return;
  const now = () => performance.now();
  const setT = w.setTimeout.bind(w);
  const clearT = w.clearTimeout.bind(w);
  const raf = w.requestAnimationFrame.bind(w);
  const caf = w.cancelAnimationFrame.bind(w);
  const portPost = MessagePort.prototype.postMessage;
  const portOnmessage = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')!.set!;
  /** A task after the current one, through a MessageChannel the wrappers below do not see. */
  const ping = (cb: () => void) => {
    const ch = new MessageChannel();
    portOnmessage.call(ch.port1, () => {
      ch.port1.close();
      cb();
    });
    portPost.call(ch.port2, 0);
  };
  const sched = (w as unknown as { scheduler?: { postTask?: (cb: () => void, o?: { priority?: string; delay?: number }) => Promise<unknown> } }).scheduler;
  const origPostTask = sched?.postTask?.bind(sched);
  const postTask = typeof origPostTask === 'function';

  // ---- bookkeeping of what the app schedules ----
  /** Callbacks expected soon (timers ≤ 250 ms, frames, messages, tasks). */
  let pending = 0;
  let lastActivity = now();
  let depth = 0;
  /** Set while a tail is being measured: callbacks starting after `since` add to `busy`. */
  let tail: { since: number; busy: number; frames: number; framing: boolean; spanStart: number | null } | null = null;
  let domDirty = false;
  const settleOne = () => {
    if (pending > 0) pending--;
  };
  const afterFrame = (cb: () => void) => {
    if (origPostTask) void origPostTask(cb, { priority: 'user-blocking' });
    else ping(cb);
  };
  /** Times the next frame (rAF → first task after it) into the tail. */
  const frameIntoTail = () => {
    const t = tail;
    if (!t || t.framing) return;
    t.framing = true;
    domDirty = false;
    raf(() => {
      const s = (t.spanStart = now());
      afterFrame(() => {
        t.busy += now() - s;
        t.frames++;
        t.framing = false;
        t.spanStart = null;
        lastActivity = now();
      });
    });
  };
  const wrap = (fn: unknown, counted: boolean): unknown => {
    if (typeof fn !== 'function') return fn;
    return function (this: unknown, ...args: unknown[]) {
      if (counted) settleOne();
      const s = now();
      depth++;
      try {
        return (fn as Fn).apply(this, args);
      } finally {
        depth--;
        const e = now();
        lastActivity = e;
        const t = tail;
        if (depth === 0 && t && s >= t.since && !(t.spanStart !== null && s >= t.spanStart)) {
          t.busy += e - s;
          // The DOM change's MutationObserver record is delivered in a microtask after this.
          queueMicrotask(() => {
            if (domDirty && tail === t) frameIntoTail();
          });
        }
      }
    };
  };
  const timers = new Set<unknown>();
  w.setTimeout = function (fn: unknown, delay?: number, ...rest: unknown[]) {
    const soon = (delay ?? 0) <= 250;
    if (soon) pending++;
    const inner = wrap(fn, false) as Fn;
    const id: unknown = setT(
      (...a: unknown[]) => {
        if (timers.delete(id)) settleOne();
        return inner(...a);
      },
      delay,
      ...rest,
    );
    if (soon) timers.add(id);
    return id;
  } as typeof setTimeout;
  w.clearTimeout = function (id?: unknown) {
    if (timers.delete(id)) settleOne();
    return clearT(id as number);
  } as typeof clearTimeout;
  const setI = w.setInterval.bind(w);
  w.setInterval = function (fn: unknown, delay?: number, ...rest: unknown[]) {
    return setI(wrap(fn, false) as Fn, delay, ...rest);
  } as typeof setInterval;
  const frames = new Set<number>();
  w.requestAnimationFrame = function (fn: FrameRequestCallback) {
    pending++;
    const inner = wrap(fn, false) as Fn;
    const id = raf((t) => {
      if (frames.delete(id)) settleOne();
      inner(t);
    });
    frames.add(id);
    return id;
  };
  w.cancelAnimationFrame = function (id: number) {
    if (frames.delete(id)) settleOne();
    caf(id);
  };
  if (sched && origPostTask) {
    sched.postTask = (cb: () => void, o?: { priority?: string; delay?: number }) => {
      pending++;
      return origPostTask(wrap(cb, true) as () => void, o);
    };
  }
  const ric = (w as unknown as { requestIdleCallback?: Fn }).requestIdleCallback;
  if (ric) (w as unknown as { requestIdleCallback: Fn }).requestIdleCallback = (cb: unknown, o: unknown) => ric.call(w, wrap(cb, false), o);
  // Messages: React's scheduler (a MessageChannel), Comlink and worker replies.
  MessagePort.prototype.postMessage = function (this: MessagePort, ...args: unknown[]) {
    pending++;
    return (portPost as Fn).apply(this, args);
  } as typeof portPost;
  for (const proto of [MessagePort.prototype, Worker.prototype]) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'onmessage');
    if (desc?.set && desc.get) {
      const { get, set } = desc;
      Object.defineProperty(proto, 'onmessage', {
        configurable: true,
        enumerable: desc.enumerable,
        get() {
          return (get.call(this) as { __orig?: unknown } | null)?.__orig ?? get.call(this);
        },
        set(fn: unknown) {
          const wrapped = wrap(fn, true);
          if (typeof wrapped === 'function') (wrapped as { __orig?: unknown }).__orig = fn;
          set.call(this, wrapped);
        },
      });
    }
    const add = proto.addEventListener;
    const remove = proto.removeEventListener;
    const wrapped = new WeakMap<object, unknown>();
    proto.addEventListener = function (this: EventTarget, type: string, fn: unknown, o?: unknown) {
      if (type !== 'message' || typeof fn !== 'function') return (add as Fn).call(this, type, fn, o);
      let wf = wrapped.get(fn);
      if (!wf) wrapped.set(fn, (wf = wrap(fn, true)));
      return (add as Fn).call(this, type, wf, o);
    } as typeof add;
    proto.removeEventListener = function (this: EventTarget, type: string, fn: unknown, o?: unknown) {
      return (remove as Fn).call(this, type, (typeof fn === 'function' && wrapped.get(fn)) || fn, o);
    } as typeof remove;
  }
  const workerPost = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
    pending++;
    return (workerPost as Fn).apply(this, args);
  } as typeof workerPost;
  const IO = w.IntersectionObserver;
  w.IntersectionObserver = class extends IO {
    constructor(cb: IntersectionObserverCallback, o?: IntersectionObserverInit) {
      super(wrap(cb, false) as IntersectionObserverCallback, o);
    }
  };
  new MutationObserver(() => {
    domDirty = true;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  /**
   * Quiet: nothing the app scheduled ran for quietMs, and nothing is pending — or nothing ran
   * for 100 ms (a message that never comes back, a long timer). Polled with the original
   * setTimeout every 5 ms, so it does not count as activity.
   */
  const quiet = (quietMs: number, capMs: number) =>
    new Promise<boolean>((resolve) => {
      const start = now();
      const poll = () => {
        const t = now();
        const idle = t - lastActivity;
        if ((tail === null || !tail.framing) && idle >= quietMs && (pending === 0 || idle >= 100)) resolve(true);
        else if (t - start >= capMs) resolve(false);
        else setT(poll, 5);
      };
      poll();
    });

  // ---- Event Timing ----
  const entries: EventEntry[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        entries.push({ name: e.name, startTime: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd, interactionId: e.interactionId ?? 0 });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  } catch {
    // no Event Timing here: the work figures still stand
  }

  // ---- the armed event ----
  let armed: Measure | null = null;
  let opts: ArmOptions = { quietMs: 30, capMs: 500, jitterMs: 0, marks: false };
  let finished: (() => void) | null = null;
  let finishedPromise: Promise<void> = Promise.resolve();

  const start = (kind: Measure['kind']) => (e: Event) => {
    const m = armed;
    if (!m || m.kind !== kind || m.t0 !== undefined) return;
    m.t0 = now();
    m.ts = e.timeStamp;
    m.jsEnd = m.t0;
    if (opts.marks) performance.mark('bench:t0');
    ping(() => (m.toTask = now()));
    raf(() => {
      m.raf = now();
      afterFrame(() => {
        m.frameEnd = now();
        const t = (tail = { since: m.frameEnd, busy: 0, frames: 0, framing: false, spanStart: null });
        domDirty = false; // what changed before now was drawn in this frame
        void quiet(opts.quietMs, opts.capMs).then((q) => {
          tail = null;
          m.tail = t.busy;
          m.tailFrames = t.frames;
          m.quiet = q;
          m.done = now();
          finished?.();
        });
      });
    });
  };
  const mark = () => {
    const m = armed;
    if (!m || m.t0 === undefined || m.raf !== undefined) return;
    m.jsEnd = now();
    queueMicrotask(() => {
      if (m.raf === undefined) m.jsEnd = now();
    });
  };
  window.addEventListener('keydown', start('key'), true);
  window.addEventListener('pointermove', start('move'), true);
  for (const type of ['keydown', 'input', 'change', 'pointermove']) window.addEventListener(type, mark, false);

  w.__bench = {
    postTask,
    entries: () => entries,
    quiet,
    async arm(kind, o) {
      await quiet(o.quietMs, o.capMs);
      if (o.jitterMs > 0) await new Promise((r) => setT(r, o.jitterMs));
      opts = o;
      domDirty = false;
      finishedPromise = new Promise<void>((r) => (finished = r));
      armed = { kind, armed: now() };
    },
    async collect(timeoutMs) {
      const m = armed;
      if (!m) throw new Error('not armed');
      await Promise.race([finishedPromise, new Promise((r) => setT(r, timeoutMs))]);
      armed = null;
      return { ...m };
    },
  };
}
