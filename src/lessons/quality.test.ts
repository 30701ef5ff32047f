/**
 * Quality gate 9 · URL fuzzing at unit level. Every widget's schema (from the widget catalog,
 * the same values the app and the embeds use) is parsed from 300 random and hostile URL
 * parameter sets: parseState must never throw, every value must be within its spec, every
 * changed value must come with a notice, and nothing may pollute Object.prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseState, type ParamSpec, type Schema } from '../components/state/schema';
import { widgetCatalog } from './widgetCatalog';

const schemas: [string, Schema][] = widgetCatalog.map((w) => [`${w.lesson}:${w.id}`, w.schema]);

const HOSTILE = [
  'NaN', 'nan', 'Infinity', '-Infinity', '+Infinity', '-0', '+0', '0', '1', 'true', 'false', '1e309', '-1e309', '5e-324',
  '', ' ', '\t', '0x10', '1_000', '١٢', '😀', '\u0000', '\u202e', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'javascript:alert(1)', ',', ',,,', 'a,b',
];

/** A raw URL value that is valid, hostile or random for this spec. */
function rawFor(spec: ParamSpec): fc.Arbitrary<string> {
  const hostile = fc.constantFrom(...HOSTILE);
  const random = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.double().map(String), fc.integer().map(String));
  const huge = fc.constantFrom(10_000, 3000).map((n) => Array.from({ length: n }, (_, i) => String(i % 7)).join(','));
  const list = (item: fc.Arbitrary<string>) => fc.array(item, { maxLength: 20 }).map((a) => a.join(','));
  let valid: fc.Arbitrary<string>;
  switch (spec.kind) {
    case 'number':
      valid = fc.double({ min: spec.min, max: spec.max, noNaN: true }).map(String);
      break;
    case 'enum':
      valid = fc.constantFrom(...spec.options);
      break;
    case 'boolean':
      valid = fc.constantFrom('0', '1', 'true', 'false');
      break;
    case 'numbers':
      valid = list(fc.double({ min: spec.min, max: spec.max, noNaN: true }).map(String));
      break;
    case 'enums':
      valid = list(fc.constantFrom(...spec.options));
      break;
  }
  return fc.oneof(valid, hostile, random, huge, list(fc.oneof(hostile, random, valid)));
}

type Problem = string;

/** What a value must look like whatever the URL said. */
function checkRange(key: string, spec: ParamSpec, v: unknown): Problem[] {
  const num = (x: unknown, lo: number, hi: number) => typeof x === 'number' && Number.isFinite(x) && x >= lo && x <= hi;
  switch (spec.kind) {
    case 'number':
      return num(v, spec.min, spec.max) && (!spec.integer || Number.isInteger(v)) ? [] : [`${key}=${String(v)} outside [${spec.min}, ${spec.max}]`];
    case 'enum':
      return typeof v === 'string' && spec.options.includes(v) ? [] : [`${key}=${String(v)} not an option`];
    case 'boolean':
      return typeof v === 'boolean' ? [] : [`${key}=${String(v)} not boolean`];
    case 'numbers':
      return Array.isArray(v) && v.length >= spec.minLength && v.length <= spec.maxLength && v.every((x) => num(x, spec.min, spec.max))
        ? []
        : [`${key} has ${Array.isArray(v) ? v.length : '?'} values, not all in [${spec.min}, ${spec.max}]`];
    case 'enums':
      return Array.isArray(v) && v.length <= spec.maxLength && new Set(v).size === v.length && v.every((x) => typeof x === 'string' && spec.options.includes(x))
        ? []
        : [`${key}=${String(v)} not unique options`];
  }
}

/** True when the parsed value is exactly what the raw text says (so no notice is owed). */
function faithful(spec: ParamSpec, raw: string, v: unknown): boolean {
  const same = (a: unknown, b: unknown) => a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b));
  switch (spec.kind) {
    case 'number':
      return raw.trim() !== '' && same(Number(raw), v);
    case 'enum':
      return raw === v;
    case 'boolean':
      return (v === true && (raw === '1' || raw === 'true')) || (v === false && (raw === '0' || raw === 'false'));
    case 'numbers': {
      const parts = raw.split(',');
      return Array.isArray(v) && parts.length === v.length && parts.every((p, i) => p.trim() !== '' && same(Number(p), v[i]));
    }
    case 'enums': {
      const parts = raw === '' ? [] : raw.split(',');
      return Array.isArray(v) && parts.length === v.length && parts.every((p, i) => p === v[i]);
    }
  }
}

const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');

describe('URL fuzzing of every lesson schema', () => {
  it('finds the lessons’ schemas', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(10);
  });

  it.each(schemas)('%s: defaults are within their own specs', (_name, schema) => {
    const bad = Object.entries(schema).flatMap(([k, spec]) => checkRange(k, spec, spec.default));
    expect(bad).toEqual([]);
  });

  it.each(schemas)('%s: 300 random and hostile parameter sets', (name, schema) => {
    const prefix = name.split(':')[1] ?? 'w';
    const keys = Object.keys(schema);
    const entry = fc.tuple(fc.constantFrom(...keys), fc.boolean()).chain(([k, present]) => rawFor(schema[k]).map((raw) => [k, present ? raw : null] as const));
    const junkKey = fc.constantFrom('__proto__', 'constructor', 'prototype', '__proto__.polluted', 'constructor.prototype.polluted', 'toString');
    const before = protoNames();
    fc.assert(
      fc.property(fc.array(entry, { maxLength: keys.length + 2 }), fc.array(fc.tuple(junkKey, fc.constantFrom(...HOSTILE)), { maxLength: 3 }), (entries, junk) => {
        const params = new URLSearchParams();
        for (const [k, raw] of entries) if (raw !== null) params.set(`${prefix}.${k}`, raw);
        for (const [k, raw] of junk) {
          params.append(k, raw);
          params.append(`${prefix}.${k}`, raw);
        }
        const { state, notices } = parseState(schema, params, prefix);
        const s = state as Record<string, unknown>;
        const problems: Problem[] = [];
        if (Object.getPrototypeOf(s) !== Object.prototype) problems.push('state has a foreign prototype');
        for (const k of Object.keys(s)) if (!Object.prototype.hasOwnProperty.call(schema, k)) problems.push(`unexpected key ${k}`);
        for (const [k, spec] of Object.entries(schema)) {
          problems.push(...checkRange(k, spec, s[k]));
          const raw = params.get(`${prefix}.${k}`);
          const noticed = notices.some((n) => n.param === k);
          if (raw === null && noticed) problems.push(`${k}: notice without a URL value`);
          if (raw !== null && !noticed && !faithful(spec, raw, s[k])) problems.push(`${k}: “${raw.slice(0, 40)}” became ${JSON.stringify(s[k])?.slice(0, 60)} without a notice`);
        }
        if (({} as Record<string, unknown>).polluted !== undefined || protoNames() !== before) problems.push('Object.prototype polluted');
        expect(problems).toEqual([]);
      }),
      { numRuns: 300, seed: 9 },
    );
  });
});
