/* global window, document, requestAnimationFrame, getComputedStyle, Element */
// The smoke journeys, written once for every engine. A "page" is what an engine module gives:
//   goto(url), run(fn, ...args) — runs an in-page function (sent as source text, so each one
//   below is self-contained), press(key) — a real key press on the focused element,
//   errors() — console errors, page errors and failed loads since the last call, close().
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** Lessons in teaching order, read from the source of truth (a .ts file Node can't import). */
export function lessonSlugs() {
  const src = readFileSync(new URL('../src/lessons/slugs.ts', import.meta.url), 'utf8');
  const list = src.slice(src.indexOf('['), src.indexOf(']'));
  return [...list.matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]);
}

/** Every embed the build made (`<dist>/embed/<id>/index.html`), or BROWSERS_EMBEDS=a,b,c. */
export function embedIds(dist) {
  if (process.env.BROWSERS_EMBEDS) return process.env.BROWSERS_EMBEDS.split(',').map((s) => s.trim()).filter(Boolean);
  const dir = `${dist}/embed`;
  return existsSync(dir) ? readdirSync(dir).filter((id) => existsSync(`${dir}/${id}/index.html`)).sort() : [];
}

/** One job per lesson and per embed. `train`: the dead-relu lab must make progress. */
export function targets(dist) {
  return [
    ...lessonSlugs().map((slug) => ({ name: `lesson ${slug}`, path: `/lessons/${slug}`, kind: 'lesson', train: slug === 'dead-relu' })),
    ...embedIds(dist).map((id) => ({ name: `embed ${id}`, path: `/embed/${id}`, kind: 'embed', train: id === 'lab' })),
  ];
}

// ── in-page functions (serialised; no closures over module scope) ─────────────────────────

/**
 * Waits until the page has rendered: h1, a widget, typeset formulas, no pending ones. Before
 * scrolling, a widget still waiting below the fold (DeferredWidget's placeholder) counts: it
 * mounts as the reader nears it. After scrolling (`settled`), none may still be waiting.
 */
async function ready(kind, timeoutMs, settled = false) {
  const until = Date.now() + timeoutMs;
  let s;
  for (;;) {
    const h1 = document.querySelector('h1');
    s = {
      h1: h1 ? h1.textContent.trim() : '',
      widgets: document.querySelectorAll('section[data-widget]').length,
      deferred: document.querySelectorAll('[data-deferred-widget]').length,
      katex: document.querySelectorAll('.katex').length,
      pending: document.querySelectorAll('.equation-pending').length,
      widgetErrors: Array.from(document.querySelectorAll('.widget-error, [role=alert]'), (e) => e.textContent.trim().slice(0, 160)).filter(Boolean),
      // A lesson's HTML is prerendered: it looks rendered before the app has taken it over.
      app: document.documentElement.dataset.app ?? '',
    };
    s.ok = (settled ? s.widgets > 0 && s.deferred === 0 : s.widgets + s.deferred > 0) && s.pending === 0 && s.widgetErrors.length === 0 && (kind !== 'lesson' || (s.h1 !== '' && s.katex > 0 && s.app === 'ready'));
    if (s.ok || s.widgetErrors.length || Date.now() > until) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Scrolls through the page (widgets may mount near the viewport), then back to the top. */
async function scrollThrough() {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  for (let y = 0; y < document.documentElement.scrollHeight; y += Math.max(200, window.innerHeight - 100)) {
    window.scrollTo(0, y);
    await frame();
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
  await frame();
  window.scrollTo(0, 0);
  await frame();
  return document.querySelectorAll('section[data-widget]').length;
}

/**
 * Every custom control (an ARIA widget role on an element that is not a native control) must
 * be in the tab order and take focus. Roving-tabindex items (radio, tab, option…) pass if
 * one item of their group is a tab stop. Hidden and aria-disabled ones are skipped.
 */
function customControls() {
  const roles = ['slider', 'button', 'checkbox', 'switch', 'radio', 'tab', 'spinbutton', 'option', 'menuitem', 'menuitemradio', 'menuitemcheckbox', 'treeitem', 'gridcell', 'link', 'combobox', 'textbox', 'scrollbar', 'searchbox'];
  const roving = ['radio', 'tab', 'option', 'menuitem', 'menuitemradio', 'menuitemcheckbox', 'treeitem', 'gridcell'];
  const native = (el) => /^(INPUT|BUTTON|SELECT|TEXTAREA|SUMMARY)$/.test(el.tagName) || (el.tagName === 'A' && el.hasAttribute('href'));
  const describe = (el) => {
    const w = el.closest('section[data-widget]');
    const name = el.getAttribute('aria-label') || el.textContent.trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()} role=${el.getAttribute('role')}> "${name}"${w ? ` in ${w.getAttribute('data-widget') || w.id}` : ''}`;
  };
  const found = [];
  const failures = [];
  for (const el of document.querySelectorAll('[role]')) {
    const role = el.getAttribute('role');
    if (!roles.includes(role) || native(el)) continue;
    if (el.getAttribute('aria-disabled') === 'true' || el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    found.push(el);
  }
  for (const el of found) {
    const role = el.getAttribute('role');
    if (el.tabIndex < 0 && roving.includes(role)) {
      const group = el.closest('[role=radiogroup],[role=tablist],[role=listbox],[role=menu],[role=menubar],[role=tree],[role=grid]') || el.parentElement;
      if (Array.from(group.querySelectorAll(`[role=${role}]`)).some((x) => x.tabIndex >= 0)) continue;
    }
    const svg = el instanceof Element && el.namespaceURI === 'http://www.w3.org/2000/svg';
    const attr = el.getAttribute('tabindex') !== null ? `tabindex="${el.getAttribute('tabindex')}"` : el.getAttribute('tabIndex') !== null ? `tabIndex="${el.getAttribute('tabIndex')}"` : 'no tabindex attribute';
    if (el.tabIndex < 0) {
      failures.push(`${describe(el)}${svg ? ' (SVG)' : ''}: not in the tab order (tabIndex ${el.tabIndex}, ${attr})`);
      continue;
    }
    el.focus({ preventScroll: true });
    if (document.activeElement !== el) failures.push(`${describe(el)}${svg ? ' (SVG)' : ''}: .focus() did not focus it (${attr})`);
  }
  if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  return { count: found.length, failures };
}

/**
 * Marks (data-smoke-slider) the first visible, enabled range input inside a widget whose value
 * can still go up (or, when `custom` and there is none, the first custom [role=slider], e.g. an
 * SVG bar), focuses it and returns its value and a signature of its widget without it.
 */
function pickSlider(custom) {
  const sig = (section, skip) => {
    const copy = section.cloneNode(true);
    const idx = Array.prototype.indexOf.call(section.querySelectorAll('*'), skip);
    const twin = copy.querySelectorAll('*')[idx];
    if (twin) twin.remove();
    let s = copy.innerHTML;
    for (const c of section.querySelectorAll('canvas')) s += c.toDataURL();
    let h = 2166136261;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
    return `${s.length}:${h}`;
  };
  const value = (el) => (el.tagName === 'INPUT' ? el.value : el.getAttribute('aria-valuenow'));
  window.__smokeSig = sig; // for sliderMoved (the pages' CSP forbids rebuilding it from text)
  window.__smokeValue = value;
  const usable = (el) => !el.disabled && el.getAttribute('aria-disabled') !== 'true' && el.getClientRects().length > 0;
  const ranges = Array.from(document.querySelectorAll('section[data-widget] input[type=range]')).filter((el) => usable(el) && Number(el.value) < Number(el.max || 100));
  const customs = custom ? Array.from(document.querySelectorAll('section[data-widget] [role=slider]:not(input)')).filter((el) => usable(el) && Number(el.getAttribute('aria-valuenow')) < Number(el.getAttribute('aria-valuemax'))) : [];
  const el = ranges[0] || customs[0];
  if (!el) return { found: false };
  el.setAttribute('data-smoke-slider', '');
  el.scrollIntoView({ block: 'center' });
  el.focus();
  const section = el.closest('section[data-widget]');
  return {
    found: true,
    key: el.tagName === 'INPUT' ? 'ArrowRight' : 'ArrowUp',
    kind: el.tagName === 'INPUT' ? 'range' : `<${el.tagName.toLowerCase()} role=slider>`,
    focused: document.activeElement === el,
    label: el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].textContent.trim() : el.id),
    widget: section.getAttribute('data-widget') || section.id,
    value: value(el),
    sig: sig(section, el),
  };
}

/** After the key press: waits until the marked slider's value and its widget have changed. */
async function sliderMoved(before, timeoutMs) {
  const sig = window.__smokeSig;
  const value = window.__smokeValue;
  const el = document.querySelector('[data-smoke-slider]');
  const section = el.closest('section[data-widget]');
  const until = Date.now() + timeoutMs;
  for (;;) {
    const now = { value: value(el), sig: sig(section, el), focused: document.activeElement === el };
    if ((now.value !== before.value && now.sig !== before.sig) || Date.now() > until) return now;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The training lab: its step counter, and its play/pause toggle focused (once it is ready). */
async function focusPlay(timeoutMs) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const status = document.querySelector('[data-testid=lab-status]');
    const play = document.querySelector('.dr-run-controls button.primary');
    const step = status ? Number(status.getAttribute('data-step')) : NaN;
    if ((play && !play.disabled && step >= 0) || Date.now() > until) {
      if (play) {
        play.scrollIntoView({ block: 'center' });
        play.focus();
      }
      return { step, label: play ? play.textContent.trim() : null, focused: !!play && document.activeElement === play, running: status && status.getAttribute('data-running') };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stepAbove(step, timeoutMs) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const status = document.querySelector('[data-testid=lab-status]');
    const now = Number(status.getAttribute('data-step'));
    if (now > step || Date.now() > until) {
      const a = document.activeElement;
      const play = document.querySelector('.dr-run-controls button.primary');
      return { step: now, running: status.getAttribute('data-running'), play: play && play.textContent.trim(), focus: a ? `${a.tagName.toLowerCase()} "${a.textContent.trim().slice(0, 30)}"` : null, hasFocus: document.hasFocus() };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Lets pending font loads finish, so leaving the page aborts nothing (Firefox logs aborted font loads as errors). */
async function settle() {
  if (document.fonts) await Promise.race([document.fonts.ready, new Promise((r) => setTimeout(r, 5000))]);
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

// ── the journey ───────────────────────────────────────────────────────────────────────────

/** Runs one target on a page; returns failure messages (none: passed) and what it checked. */
export async function journey(page, origin, t, notes = []) {
  const fail = [];
  await page.goto(origin + t.path);
  const r = await page.run(ready, t.kind, 20_000);
  if (!r.ok) {
    fail.push(`did not render: ${JSON.stringify(r)}`);
    fail.push(...(await page.errors()));
    return fail;
  }
  await page.run(scrollThrough);
  const after = await page.run(ready, t.kind, 10_000, true);
  if (!after.ok) fail.push(`after scrolling through: ${JSON.stringify(after)}`);

  const controls = await page.run(customControls);
  fail.push(...controls.failures);
  notes.push(`${after.widgets} widgets, ${after.katex} formulas, ${controls.count} custom controls`);

  // Lessons: a native range input (every lesson has one). Embeds: that, or an SVG slider.
  const s = await page.run(pickSlider, t.kind === 'embed');
  if (s.found) {
    const what = `${s.key} on ${s.kind} "${s.label}" in ${s.widget}`;
    if (!s.focused) fail.push(`${s.kind} "${s.label}" in ${s.widget} did not take focus`);
    await page.press(s.key);
    const m = await page.run(sliderMoved, s, 5_000);
    if (m.value === s.value) fail.push(`${what}: value stayed ${s.value}`);
    else if (m.sig === s.sig) fail.push(`${what}: value ${s.value} → ${m.value} but no readout or plot changed`);
    else notes.push(`${s.key} "${s.label}" ${s.value}→${m.value}`);
  } else if (t.kind === 'lesson') fail.push('no enabled range input in any widget');
  else notes.push('no slider');

  if (t.train) {
    const p = await page.run(focusPlay, 15_000);
    if (!p.focused || !(p.step >= 0)) fail.push(`training lab not ready: ${JSON.stringify(p)}`);
    else {
      await page.press('Enter');
      const q = await page.run(stepAbove, p.step, 20_000);
      if (!(q.step > p.step)) fail.push(`training did not progress after Play: ${JSON.stringify({ before: p, after: q })}`);
      else notes.push(`trained to step ${q.step}`);
      await page.press('Enter'); // pause: focus stays on the toggle
    }
  }
  await page.run(settle);
  fail.push(...(await page.errors()));
  return fail;
}

/**
 * Proves the error channels work before trusting a clean run: a console.error, an uncaught
 * error and a script that fails to load, on the first page, must all come back from errors().
 */
export async function selfTest(page, origin, t) {
  await page.goto(origin + t.path);
  await page.run(ready, t.kind, 20_000);
  await page.errors(); // whatever the page itself said is the journey's business, not ours
  await page.run(async () => {
    console.error('smoke canary: console.error');
    setTimeout(() => {
      throw new Error('smoke canary: uncaught');
    });
    const script = document.createElement('script');
    script.src = '/__smoke/missing-on-purpose.js';
    // Wait for the 404 itself, not a fixed 300 ms: under load the request took longer (CI).
    const done = new Promise((r) => script.addEventListener('error', r, { once: true }));
    document.head.append(script);
    await Promise.race([done, new Promise((r) => setTimeout(r, 10_000))]);
    script.remove();
  });
  await page.run(settle);
  // The driver's events arrive asynchronously (Firefox's BiDi response event lagged the page by
  // more than a settle once, at load ≈ 2 per core), so collect for up to 10 s before judging.
  const want = ['smoke canary: console.error', 'smoke canary: uncaught', 'missing-on-purpose.js'];
  let got = '';
  for (const t0 = Date.now(); Date.now() - t0 < 10_000; await new Promise((r) => setTimeout(r, 250))) {
    got += (await page.errors()).join('\n') + '\n';
    if (want.every((w) => got.includes(w))) break;
  }
  const missing = want.filter((w) => !got.includes(w));
  if (missing.length) throw new Error(`the error channels miss ${missing.join(', ')} (got: ${got.trim() || 'nothing'})`);
}

const closed = (page) => Promise.race([page.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);

/** A new page instead of `old` (WebKit: one session at a time, so the old one goes first). */
async function freshPage(engine, old) {
  if (engine.oneSessionAtATime) await closed(old);
  const page = await engine.newPage();
  if (!engine.oneSessionAtATime) await closed(old);
  return page;
}

/**
 * Runs every target on `pages` pages of one engine in parallel; returns per-target results.
 * `engine.newPage()` makes a page, `engine.close()` ends the browser.
 */
export async function runAll(engine, origin, list, pages, onResult) {
  const queue = [...list];
  const results = [];
  async function worker() {
    let page = await engine.newPage();
    try {
      await selfTest(page, origin, list[0]);
      for (let t = queue.shift(); t; t = queue.shift()) {
        const t0 = Date.now();
        let failures;
        let notes;
        let retried = null;
        // A journey that threw (a timeout, a browser that stopped answering: this machine is
        // shared) runs once more; a failed check never does. The summary counts such retries.
        for (let attempt = 0; attempt < 2; attempt++) {
          notes = [];
          try {
            failures = await journey(page, origin, t, notes);
            break;
          } catch (e) {
            failures = [`journey threw: ${e.message.split('\n')[0]}`, ...(await page.errors().catch(() => []))];
            if (attempt === 0) {
              retried = failures[0];
              page = await freshPage(engine, page); // the old one may be hung
            }
          }
        }
        const res = { target: t, failures, notes, retried, ms: Date.now() - t0 };
        results.push(res);
        onResult(res);
      }
    } finally {
      await closed(page);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, pages) }, worker));
  return results;
}
