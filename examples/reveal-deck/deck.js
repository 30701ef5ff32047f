/* global document, window, location */
/**
 * A reveal.js deck that drives Logit Lab widgets embedded in iframes (protocol:
 * src/embed/README.md). Each <iframe data-embed="<widget id>" data-state='{…}'> starts from
 * its data-state; each visible fragment with data-for="<iframe id>" data-state='{…}' adds its
 * values on top, in order. On every slide or fragment change the deck posts the result to
 * the widget as { type: 'logit-lab:set', id, values } — so stepping back restores the state
 * of that step. The widget answers with { type: 'logit-lab:state', id, state }, shown under it.
 *
 * Logit Lab's address: ?logitlab=<origin> (default: this page's own origin, as when the deck is
 * opened from `npm run dev` at /examples/reveal-deck/).
 */
import Reveal from 'reveal.js';

const llOrigin = logitLabOrigin();
const frames = [...document.querySelectorAll('iframe[data-embed]')];

function logitLabOrigin() {
  const raw = new URLSearchParams(location.search).get('logitlab');
  if (!raw) return location.origin;
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`?logitlab= must be an http(s) address, not ${raw}`);
  return url.origin;
}

function json(el) {
  try {
    const v = JSON.parse(el.dataset.state ?? '{}');
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  } catch {
    return {};
  }
}

/** The state a frame should show now: its own data-state, then each visible fragment's, in order. */
function wanted(frame) {
  const slide = frame.closest('section');
  const steps = [...slide.querySelectorAll(`.fragment.visible[data-for="${frame.id}"]`)];
  return Object.assign({}, json(frame), ...steps.map(json));
}

/** Frames whose embed has loaded: before that, a message would reach the blank page it replaces. */
const loaded = new Set();

function send(frame) {
  if (!loaded.has(frame)) return; // its load event sends
  // Posted to Logit Lab's origin only: if the frame was navigated elsewhere, nothing is sent.
  frame.contentWindow?.postMessage({ type: 'logit-lab:set', id: frame.dataset.embed, values: wanted(frame) }, llOrigin);
}

for (const frame of frames) {
  // `parent` tells the embed to answer this deck's origin only (optional; see the README).
  const query = new URLSearchParams({ parent: location.origin });
  frame.src = `${llOrigin}/embed/${encodeURIComponent(frame.dataset.embed)}?${query}`;
  frame.addEventListener('load', () => {
    loaded.add(frame);
    send(frame);
  });
}

window.addEventListener('message', (e) => {
  if (e.origin !== llOrigin) return;
  const frame = frames.find((f) => f.contentWindow === e.source);
  const data = e.data;
  if (!frame || !data || typeof data !== 'object' || data.id !== frame.dataset.embed) return;
  if (data.type === 'logit-lab:height' && Number.isFinite(data.height)) {
    // As tall as the widget: the embed never scrolls inside (nor takes the mouse wheel).
    frame.style.height = `${Math.min(data.height, 20000)}px`;
  } else if (data.type === 'logit-lab:state' && data.state && typeof data.state === 'object') {
    for (const out of document.querySelectorAll(`.ll-report[data-for="${frame.id}"]`)) {
      const v = data.state[out.dataset.key];
      out.textContent = `The widget reports ${out.dataset.key} = ${Array.isArray(v) ? v.join(', ') : String(v)}`;
    }
  }
});

const syncSlide = () => {
  for (const frame of Reveal.getCurrentSlide()?.querySelectorAll('iframe[data-embed]') ?? []) send(frame);
};
Reveal.on('ready', syncSlide);
Reveal.on('slidechanged', syncSlide);
Reveal.on('fragmentshown', syncSlide);
Reveal.on('fragmenthidden', syncSlide);

Reveal.initialize({ hash: true, transition: 'none', center: false });
