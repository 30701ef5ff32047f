/**
 * Quality gate 9 · keyboard only. For every built lesson: Tab through <main> (real Tab key
 * presses), and at each stop check the focus is visible (an outline or box-shadow on the
 * control, its label or its segmented wrapper; or, for SVG sliders, a descendant stroked in
 * the focus colour). Sliders must move with ArrowRight/ArrowLeft, checkboxes toggle with
 * Space, radio groups move with the arrows, disclosures (<summary>) open with Enter, safe
 * buttons are pressed with Enter (not copy link, embed, present or downloads; toggles are
 * pressed twice). A second, tab-only pass reaches controls the first pass enabled behind it. At the end every enabled, visible control in <main>
 * must have had the focus at least once.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { builtLessons } from './routes';
import { waitReady } from './helpers';

test.describe.configure({ mode: 'parallel' });

const CONTROLS = 'main :is(input:not([type=hidden]), button, select, textarea, [role=slider])';
const UNSAFE = /copy link|embed|present|download|svg|png|csv|复制链接|嵌入|演示|下载/i;
// Every plot has a data table and three downloads, so a long lesson has several hundred stops.
const MAX_STOPS = 1000;

interface Stop {
  idx: number | null;
  inMain: boolean;
  desc: string;
  kind: 'range' | 'slider' | 'checkbox' | 'radio' | 'button' | 'summary' | 'other';
  value: string;
  visible: boolean;
  name: string;
  group: string;
}

/** Marks every control in <main> now enabled and visible; returns how many. */
async function markControls(page: Page): Promise<number> {
  return page.evaluate((sel) => {
    let n = Number(document.body.dataset.qMarked ?? 0);
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.dataset.q !== undefined || (el as HTMLInputElement).disabled || el.closest('[inert], [hidden]')) continue;
      el.dataset.q = String(n++);
    }
    document.body.dataset.qMarked = String(n);
    return n;
  }, CONTROLS);
}

/** Describes the focused element and whether its focus is visibly indicated. */
function inspect(page: Page): Promise<Stop> {
  return page.evaluate((sel): Stop => {
    const el = document.activeElement as HTMLElement | null;
    // A control that appeared since the last marking (an opened panel) is counted too.
    if (el && el.dataset.q === undefined && el.matches(sel)) {
      const n = Number(document.body.dataset.qMarked ?? 0);
      el.dataset.q = String(n);
      document.body.dataset.qMarked = String(n + 1);
    }
    const none: Stop = { idx: null, inMain: false, desc: 'body', kind: 'other', value: '', visible: true, name: '', group: '' };
    if (!el || el === document.body) return none;
    const shows = (e: Element | null) => {
      if (!e) return false;
      const cs = getComputedStyle(e);
      return (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || (cs.boxShadow !== 'none' && cs.boxShadow !== '');
    };
    const probe = document.createElement('span');
    probe.style.color = 'var(--focus)';
    document.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const stroked = [...el.querySelectorAll('*')].some((d) => getComputedStyle(d).stroke === focusColour && parseFloat(getComputedStyle(d).strokeWidth) > 0);
    const visible = shows(el) || shows(el.closest('label')) || shows(el.parentElement) || (el instanceof SVGElement && stroked);
    const input = el as HTMLInputElement;
    const type = el.tagName === 'INPUT' ? input.type : '';
    const role = el.getAttribute('role');
    const kind: Stop['kind'] = type === 'range' ? 'range' : role === 'slider' ? 'slider' : type === 'checkbox' ? 'checkbox' : type === 'radio' ? 'radio' : el.tagName === 'BUTTON' ? 'button' : el.tagName === 'SUMMARY' ? 'summary' : 'other';
    const name = (el.getAttribute('aria-label') ?? (input.labels?.[0]?.textContent || el.textContent) ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    const value = kind === 'range' ? input.value : kind === 'slider' ? `${el.getAttribute('aria-valuenow') ?? ''} ${el.getAttribute('aria-valuetext') ?? ''}` : kind === 'checkbox' ? String(input.checked) : '';
    const desc = `${el.tagName.toLowerCase()}${type ? `[type=${type}]` : ''}${role ? `[role=${role}]` : ''} “${name}” in #${el.closest('section[id]')?.id ?? '?'}`;
    return { idx: el.dataset.q === undefined ? null : Number(el.dataset.q), inMain: !!el.closest('main'), desc, kind, value, visible, name, group: type === 'radio' ? input.name : '' };
  }, CONTROLS);
}

async function operate(page: Page, stop: Stop, problems: string[], radioGroups: Set<string>): Promise<void> {
  const now = async () => (await inspect(page)).value;
  if (stop.kind === 'range' || stop.kind === 'slider') {
    await page.keyboard.press('ArrowRight');
    let moved = (await now()) !== stop.value;
    if (!moved) {
      await page.keyboard.press('ArrowLeft');
      moved = (await now()) !== stop.value;
    }
    if (!moved) problems.push(`${stop.desc}: ArrowRight/ArrowLeft does not change its value`);
  } else if (stop.kind === 'checkbox') {
    await page.keyboard.press('Space');
    if ((await now()) === stop.value) problems.push(`${stop.desc}: Space does not toggle it`);
    else await page.keyboard.press('Space');
  } else if (stop.kind === 'radio' && !radioGroups.has(stop.group)) {
    radioGroups.add(stop.group);
    const size = await page.evaluate((g) => document.querySelectorAll(`input[type=radio][name="${CSS.escape(g)}"]:not(:disabled)`).length, stop.group);
    if (size > 1) {
      const before = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
      await page.keyboard.press('ArrowRight');
      const after = await page.evaluate(() => ({ v: (document.activeElement as HTMLInputElement).value, c: (document.activeElement as HTMLInputElement).checked }));
      if (after.v === before || !after.c) problems.push(`${stop.desc}: ArrowRight does not move the radio group`);
      // Mark every radio of the group reached: Tab enters a group once, arrows move inside.
      await page.evaluate((g) => document.querySelectorAll<HTMLElement>(`input[type=radio][name="${CSS.escape(g)}"]`).forEach((r) => (r.dataset.qSeen = '1')), stop.group);
    }
  } else if (stop.kind === 'summary') {
    // Open every disclosure ("Show data", "Show the code"), so the controls inside get reached.
    const open = () => page.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement | null)?.open ?? true);
    if (!(await open())) {
      await page.keyboard.press('Enter');
      if (!(await open())) problems.push(`${stop.desc}: Enter does not open it`);
    }
  } else if (stop.kind === 'button' && !UNSAFE.test(stop.name)) {
    const popup = await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'));
    if (popup) return;
    await page.keyboard.press('Enter');
    if (await page.locator('dialog[open]').count()) await page.keyboard.press('Escape');
    // A toggle (Play/Pause, Show/Hide) is pressed again so the page stays as it was.
    const after = await inspect(page);
    if (after.idx === stop.idx && after.name !== stop.name) await page.keyboard.press('Enter');
  }
}

/** Marked controls, enabled and visible now, that never had the focus. */
function unreached(page: Page, seen: Set<number>): Promise<string[]> {
  return page.evaluate(
    ({ seen, sel }) =>
      [...document.querySelectorAll<HTMLElement>(sel)]
        .filter((el) => el.dataset.q !== undefined && !seen.includes(Number(el.dataset.q)) && el.dataset.qSeen === undefined)
        .filter((el) => !(el as HTMLInputElement).disabled && el.checkVisibility({ visibilityProperty: true }))
        // Tabs take one Tab stop per tab list (arrows move inside, roving tabindex), like radios.
        .filter((el) => {
          if (el.getAttribute('role') !== 'tab') return true;
          const tabs = el.closest('[role=tablist]')?.querySelectorAll<HTMLElement>('[role=tab]') ?? [];
          return ![...tabs].some((t) => t.dataset.q !== undefined && seen.includes(Number(t.dataset.q)));
        })
        .map((el) => `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''} “${(el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').trim().slice(0, 50)}” in #${el.closest('section[id]')?.id ?? '?'}: never reached by Tab`),
    { seen: [...seen], sel: CONTROLS },
  );
}

for (const slug of builtLessons) {
  test(`keyboard: every control of /lessons/${slug} is reachable, operable and visibly focused`, async ({ page }) => {
    // A long lesson is a few hundred Tab stops, each inspected and operated (sigmoid-in-hardware
    // 18 s on an idle 2-core machine): room for a loaded one.
    test.setTimeout(180_000);
    await page.goto(`/lessons/${slug}`);
    await waitReady(page);
    await markControls(page);
    const problems: string[] = [];
    const seen = new Set<number>();
    const radioGroups = new Set<string>();
    const operated = new Set<string>();
    // Pass 1 operates every control; pass 2 only tabs, for controls pass 1 enabled behind it
    // (a "previous step" button is disabled until "next step" is pressed).
    for (const operating of [true, false]) {
      if (!operating && (await unreached(page, seen)).length === 0) break;
      await page.locator('main').evaluate((m) => {
        m.setAttribute('tabindex', '-1');
        m.focus();
      });
      let leftMain = 0;
      for (let i = 0; i < MAX_STOPS; i++) {
        await page.keyboard.press('Tab');
        const stop = await inspect(page);
        if (!stop.inMain) {
          if (++leftMain > 2 || stop.desc === 'body') break;
          continue;
        }
        leftMain = 0;
        if (stop.idx !== null) seen.add(stop.idx);
        if (i === MAX_STOPS - 1) problems.push(`more than ${MAX_STOPS} tab stops in <main>: the sweep stopped before the end`);
        if (!operating) {
          // Tab enters a radio group once (arrows move inside): reaching one radio reaches the group.
          if (stop.kind === 'radio') await page.evaluate((g) => document.querySelectorAll<HTMLElement>(`input[type=radio][name="${CSS.escape(g)}"]`).forEach((r) => (r.dataset.qSeen = '1')), stop.group);
          continue;
        }
        if (!stop.visible) problems.push(`${stop.desc}: focus is not visible`);
        // Each button is pressed once (known by its description: a re-mounted button is a new
        // element):
        // "Back to the built-in data" rightly hands the focus to the "Edit these points" button
        // that replaces it, and pressing that again would loop forever.
        if (stop.kind !== 'button' || !operated.has(stop.desc)) await operate(page, stop, problems, radioGroups);
        if (stop.kind === 'button') operated.add(stop.desc);
        if (i % 10 === 0) await markControls(page);
      }
    }
    const unreachedNow = await unreached(page, seen);
    problems.push(...unreachedNow);
    expect([...new Set(problems)], `keyboard problems on /lessons/${slug}`).toEqual([]);
  });
}
