/**
 * Widget parameter schemas: each widget declares its parameters once (type, default,
 * range), and the same declaration validates URL parameters, clamps them with a notice,
 * and serialises the state back into a permalink. Pure: no DOM.
 */
import { PACKED_PREFIX, unpackNumbers } from '../../format/packNumbers';

export type ParamSpec =
  | { kind: 'number'; default: number; min: number; max: number; integer?: boolean }
  | { kind: 'enum'; default: string; options: readonly string[] }
  | { kind: 'boolean'; default: boolean }
  /** groupSize: the list is whole records of that many numbers (the lab's points: x, y, label). */
  | { kind: 'numbers'; default: readonly number[]; min: number; max: number; minLength: number; maxLength: number; groupSize?: number }
  | { kind: 'enums'; default: readonly string[]; options: readonly string[]; maxLength: number };

export type Schema = Record<string, ParamSpec>;

export type StateOf<S extends Schema> = {
  [K in keyof S]: S[K] extends { kind: 'number' } ? number
    : S[K] extends { kind: 'enum'; options: readonly (infer O)[] } ? O
    : S[K] extends { kind: 'boolean' } ? boolean
    : S[K] extends { kind: 'enums'; options: readonly (infer O)[] } ? O[]
    : number[];
};

export function defaultsOf<S extends Schema>(schema: S): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(schema)) out[k] = Array.isArray(spec.default) ? [...spec.default] : spec.default;
  return out as StateOf<S>;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const MAX_TEXT = 2000;

/**
 * What had to change in one URL value, as data: the frame words it in the reader's language
 * (src/i18n/locales: `urlNotice.<code>`), so a link opened in Chinese explains itself in Chinese.
 */
export type NoticePart =
  | { code: 'notNumber'; values: { raw: string; fallback: number } }
  | { code: 'outside'; values: { raw: string; min: number; max: number; used: number } }
  | { code: 'notOption'; values: { raw: string; options: string; fallback: string } }
  | { code: 'notBoolean'; values: { raw: string; fallback: string } }
  | { code: 'keptOptions'; values: { kept: string; raw: string } }
  | { code: 'keptFirst'; values: { max: number } }
  | { code: 'dropped'; values: { raw: string } }
  | { code: 'clamped'; values: { raw: string; used: number } }
  | { code: 'tooFew'; values: { min: number } }
  | { code: 'partialGroup'; values: { group: number; dropped: number } }
  /** A compressed list (src/format/packNumbers.ts) that does not decode: the default is used. */
  | { code: 'unpackable'; values: { fallback: string } }
  /** A class link named only exercises this lesson lacks: every exercise is shown. */
  | { code: 'allExercises'; values: Record<string, never> };

export interface ParamNotice {
  /** The parameter's name in its widget's schema (and the URL after `<id>.`). */
  param: string;
  parts: NoticePart[];
}

/** Parses one raw text value; returns the valid value and, when it had to change it, why. */
export function parseParam(name: string, spec: ParamSpec, raw: string): { value: unknown; notice?: ParamNotice } {
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  const say = (...parts: NoticePart[]): ParamNotice => ({ param: name, parts });
  switch (spec.kind) {
    case 'number': {
      const v = Number(raw);
      if (raw.trim() === '' || Number.isNaN(v)) return { value: spec.default, notice: say({ code: 'notNumber', values: { raw: shown, fallback: spec.default } }) };
      let c = clamp(v, spec.min, spec.max);
      if (spec.integer) c = Math.round(c);
      if (Object.is(c, -0)) c = 0;
      return c === v ? { value: c } : { value: c, notice: say({ code: 'outside', values: { raw: shown, min: spec.min, max: spec.max, used: c } }) };
    }
    case 'enum':
      return spec.options.includes(raw)
        ? { value: raw }
        : { value: spec.default, notice: say({ code: 'notOption', values: { raw: shown, options: spec.options.join(', '), fallback: spec.default } }) };
    case 'boolean':
      if (raw === '1' || raw === 'true') return { value: true };
      if (raw === '0' || raw === 'false') return { value: false };
      return { value: spec.default, notice: say({ code: 'notBoolean', values: { raw: shown, fallback: String(spec.default) } }) };
    case 'enums': {
      const parts = raw === '' ? [] : raw.slice(0, MAX_TEXT).split(',');
      const kept = [...new Set(parts.filter((p) => spec.options.includes(p)))].slice(0, spec.maxLength);
      return kept.length === parts.length ? { value: kept } : { value: kept, notice: say({ code: 'keptOptions', values: { kept: kept.join(', ') || '–', raw: shown } }) };
    }
    case 'numbers': {
      // A long list travels compressed (src/format/packNumbers.ts): unpacked, then checked
      // cell by cell like a plain one. A stale or mangled code falls back to the default.
      let parts: string[];
      // A long plain list (typed by hand) is read up to what maxLength numbers can need.
      const plainLimit = Math.max(MAX_TEXT, spec.maxLength * 25);
      if (raw.startsWith(PACKED_PREFIX)) {
        const unpacked = unpackNumbers(raw, { maxValues: spec.maxLength });
        if (!unpacked) return { value: [...spec.default], notice: say({ code: 'unpackable', values: { fallback: spec.default.join(', ') } }) };
        parts = unpacked.map(String);
      } else parts = raw.slice(0, plainLimit).split(',');
      const notes: NoticePart[] = [];
      if ((raw.length > plainLimit && !raw.startsWith(PACKED_PREFIX)) || parts.length > spec.maxLength) notes.push({ code: 'keptFirst', values: { max: spec.maxLength } });
      const vals: number[] = [];
      for (const p of parts.slice(0, spec.maxLength)) {
        const v = Number(p);
        if (p.trim() === '' || Number.isNaN(v)) {
          notes.push({ code: 'dropped', values: { raw: p.slice(0, 20) } });
          continue;
        }
        const c = clamp(v, spec.min, spec.max);
        if (c !== v) notes.push({ code: 'clamped', values: { raw: p.slice(0, 20), used: c } });
        vals.push(c);
      }
      const partial = spec.groupSize ? vals.length % spec.groupSize : 0;
      if (spec.groupSize && partial) {
        notes.push({ code: 'partialGroup', values: { group: spec.groupSize, dropped: partial } });
        vals.length -= partial;
      }
      if (vals.length < spec.minLength) return { value: [...spec.default], notice: say({ code: 'tooFew', values: { min: spec.minLength } }) };
      return notes.length ? { value: vals, notice: say(...notes) } : { value: vals };
    }
  }
}

/**
 * A value set from code (a presenter step, an exercise reveal, a control) made valid for its
 * spec without a round trip through text: numbers clamped (and rounded when integer), unknown
 * options dropped, lists cut to length. Anything of the wrong type becomes the default.
 */
export function checkValue(spec: ParamSpec, v: unknown): unknown {
  switch (spec.kind) {
    case 'number': {
      if (typeof v !== 'number' || Number.isNaN(v)) return spec.default;
      const c = spec.integer ? Math.round(clamp(v, spec.min, spec.max)) : clamp(v, spec.min, spec.max);
      return Object.is(c, -0) ? 0 : c;
    }
    case 'enum':
      return typeof v === 'string' && spec.options.includes(v) ? v : spec.default;
    case 'boolean':
      return typeof v === 'boolean' ? v : spec.default;
    case 'enums':
      return Array.isArray(v) ? [...new Set(v.filter((o): o is string => typeof o === 'string' && spec.options.includes(o)))].slice(0, spec.maxLength) : [...spec.default];
    case 'numbers': {
      if (!Array.isArray(v)) return [...spec.default];
      const vals = v.filter((x): x is number => typeof x === 'number' && !Number.isNaN(x)).slice(0, spec.maxLength).map((x) => clamp(x, spec.min, spec.max));
      if (spec.groupSize) vals.length -= vals.length % spec.groupSize;
      return vals.length < spec.minLength ? [...spec.default] : vals;
    }
  }
}

/** Reads a widget's parameters from URL search params under the prefix `<id>.`. */
export function parseState<S extends Schema>(schema: S, params: URLSearchParams, prefix: string): { state: StateOf<S>; notices: ParamNotice[] } {
  const state = defaultsOf(schema) as Record<string, unknown>;
  const notices: ParamNotice[] = [];
  for (const [key, spec] of Object.entries(schema)) {
    if (!Object.prototype.hasOwnProperty.call(schema, key)) continue;
    const raw = params.get(`${prefix}.${key}`);
    if (raw === null) continue;
    const { value, notice } = parseParam(key, spec, raw);
    state[key] = value;
    if (notice) notices.push(notice);
  }
  return { state: state as StateOf<S>, notices };
}

/** Writes only the values that differ from the defaults, so links stay short. */
export function serializeState<S extends Schema>(schema: S, state: StateOf<S>, prefix: string, into = new URLSearchParams()): URLSearchParams {
  for (const [key, spec] of Object.entries(schema)) {
    const v = (state as Record<string, unknown>)[key];
    const def = spec.default;
    const same = Array.isArray(v) && Array.isArray(def) ? v.length === def.length && v.every((x, i) => x === def[i]) : v === def;
    const name = `${prefix}.${key}`;
    if (same) into.delete(name);
    else into.set(name, Array.isArray(v) ? v.join(',') : typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  return into;
}
