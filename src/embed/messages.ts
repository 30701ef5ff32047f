/**
 * The postMessage protocol between an iframe embed (/embed/<id>) and the page that frames it.
 * Pure (no DOM): src/embed/bridge.ts wires it to the window and the widget store, and
 * src/embed/README.md documents it for deck and page authors.
 *
 * Everything that arrives is untrusted. A message is read only if it is a plain object (or a
 * reveal.js-style JSON string, parsed with JSON.parse, never evaluated) of one of the shapes
 * below; anything else is ignored without a word. Values are only trimmed here; the widget
 * store validates them against the widget's schema exactly as it validates URL parameters.
 */

/** What the parent may ask of an embed. */
export type EmbedCommand =
  | { kind: 'set'; values: Readonly<Record<string, unknown>> }
  | { kind: 'get' }
  | { kind: 'reset' };

/** The embed → parent report of a widget's state, after every change and on request. */
export interface StateMessage {
  type: 'logit-lab:state';
  id: string;
  state: Readonly<Record<string, unknown>>;
}

export const SET = 'logit-lab:set';
export const GET = 'logit-lab:get';
export const RESET = 'logit-lab:reset';
export const STATE = 'logit-lab:state';

/** Longest JSON string read (reveal.js posts its commands as JSON text). */
export const MAX_JSON_CHARS = 200_000;
/** Parameters read from one `values` object (a schema has a handful). */
export const MAX_KEYS = 64;
/** Items kept of one list value before the schema cuts it to its own maximum length. */
export const MAX_LIST = 10_000;

const own = (o: object, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined);

/** An object literal or JSON object: not an array, a Map, a Date, a class instance… */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * The `values` of a set command, copied into a prototype-free record: at most MAX_KEYS own
 * keys, lists cut to MAX_LIST items, and never `__proto__`, `constructor` or `prototype`
 * (schemas do not use them; the store ignores keys outside the schema anyway).
 */
export function readValues(v: unknown): Record<string, unknown> | null {
  if (!isPlainObject(v)) return null;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  let n = 0;
  for (const key in v) {
    if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
    if (++n > MAX_KEYS) break;
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const value = v[key];
    out[key] = Array.isArray(value) ? value.slice(0, MAX_LIST) : value;
  }
  return out;
}

/**
 * Reads one message for the widget `id`; null for anything that is not a command to it.
 *
 *   { type: 'logit-lab:set', id, values }      set part of the state (Logit Lab's own form)
 *   { type: 'logit-lab:get', id }              report the state now
 *   { type: 'logit-lab:reset', id }            back to the widget's defaults
 *   { method: 'setState', args: [values] }     reveal.js's form ({ method, args }, as an
 *   { method: 'getState' }                     object or as JSON text); `id` optional
 *   { method: 'reset' }
 *   'slide:start'                              what reveal.js posts to an iframe on the slide
 *                                              it shows: answered with a state report
 */
export function readCommand(data: unknown, id: string): EmbedCommand | null {
  let message: unknown = data;
  if (typeof message === 'string') {
    if (message === 'slide:start') return { kind: 'get' };
    if (message.length > MAX_JSON_CHARS || !message.startsWith('{') || !message.endsWith('}')) return null;
    try {
      message = JSON.parse(message);
    } catch {
      return null;
    }
  }
  if (!isPlainObject(message)) return null;
  const type = own(message, 'type');
  const target = own(message, 'id');
  if (typeof type === 'string') {
    if (target !== id) return null;
    if (type === SET) {
      const values = readValues(own(message, 'values'));
      return values ? { kind: 'set', values } : null;
    }
    if (type === GET) return { kind: 'get' };
    if (type === RESET) return { kind: 'reset' };
    return null;
  }
  const method = own(message, 'method');
  if (typeof method !== 'string' || (target !== undefined && target !== id)) return null;
  if (method === 'setState') {
    const args = own(message, 'args');
    const values = Array.isArray(args) ? readValues(args[0]) : null;
    return values ? { kind: 'set', values } : null;
  }
  if (method === 'getState') return { kind: 'get' };
  if (method === 'reset') return { kind: 'reset' };
  return null;
}

export function stateMessage(id: string, state: Readonly<Record<string, unknown>>): StateMessage {
  return { type: STATE, id, state };
}

/**
 * The `parent` URL parameter of an embed (`/embed/<id>?parent=https://slides.example`): when it
 * is an http(s) origin, the embed answers only that origin and posts to it alone. Otherwise null.
 */
export function parentOriginParam(search: string): string | null {
  const raw = new URLSearchParams(search).get('parent');
  if (!raw) return null;
  try {
    const u = new URL(raw);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin !== 'null' ? u.origin : null;
  } catch {
    return null;
  }
}
