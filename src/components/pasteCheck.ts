import { parseNumbers, type ParseError } from '../format/parseNumbers';

/**
 * What the "Paste numbers" control (PasteNumbers.tsx) accepts for one widget parameter: the
 * parser's verdict plus the widget's own limits (how many values, which range), each failure a
 * message key under `paste.` with the cell it is about. Pure, so it is fuzzed on its own.
 */
export interface PasteLimits {
  minLength: number;
  maxLength: number;
  /** Smallest and largest value the widget's schema allows. */
  min: number;
  max: number;
  /** The list is whole records of this many numbers (a row each in a table: z, y pairs). */
  groupSize?: number;
}

/** Where a value of the accepted list sits in the pasted text (1-based, header counted). */
export type CellOf = (index: number) => { row: number; col: number };

/**
 * A widget's own rule on values that passed the limits (labels must be 0 or 1, both classes
 * present): null when they are fine, else a message key under `paste.` and its parameters,
 * naming the cell through `cellOf` when the rule is about one.
 */
/** A message key: the shared `paste.*` ones, or a lesson's own (`<lesson>:paste.*`, its namespace). */
export type PasteMessageKey = `paste.${string}` | `${string}:paste.${string}`;
export type PasteRule = (values: readonly number[], cellOf: CellOf) => { key: PasteMessageKey; params: Record<string, string | number> } | null;

export type PasteVerdict =
  | { ok: true; values: number[]; rows: number; cols: number }
  | { ok: false; key: PasteMessageKey; params: Record<string, string | number> };

/** Values beyond which the parser stops reading: a paste of a whole data set is refused quickly. */
export const PASTE_MAX_VALUES = 5000;

function fromParse(e: ParseError, limits: PasteLimits): PasteVerdict {
  if ((e.code === 'tooFew' || e.code === 'tooMany') && limits.minLength === limits.maxLength) {
    return { ok: false, key: 'paste.exactly', params: { n: limits.maxLength, count: e.count } };
  }
  const { code, ...rest } = e;
  return { ok: false, key: `paste.${code}`, params: rest };
}

export function checkPaste(text: string, limits: PasteLimits, rule?: PasteRule): PasteVerdict {
  const parsed = parseNumbers(text, { minValues: limits.minLength, maxValues: Math.min(limits.maxLength, PASTE_MAX_VALUES) });
  if (!parsed.ok) return fromParse(parsed.error, limits);
  const { values, rows, cols, header } = parsed;
  // The parser lets through up to maxLength + 1 before stopping; a widget of fixed length
  // says how many it wants.
  if (limits.minLength === limits.maxLength && values.length !== limits.maxLength) {
    return { ok: false, key: 'paste.exactly', params: { n: limits.maxLength, count: values.length } };
  }
  const g = limits.groupSize ?? 1;
  // Records are read in order, so a table must hold one record per row; a single row or
  // column (a plain list) is read record by record.
  if (g > 1 && rows > 1 && cols > 1 && cols !== g) return { ok: false, key: 'paste.groupColumns', params: { group: g, got: cols } };
  if (values.length % g !== 0) return { ok: false, key: 'paste.groupPartial', params: { group: g, count: values.length, rest: values.length % g } };
  const cellOf: CellOf = (i) => ({ row: Math.floor(i / cols) + 1 + (header ? 1 : 0), col: (i % cols) + 1 });
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < limits.min || v > limits.max) {
      return { ok: false, key: 'paste.outside', params: { ...cellOf(i), cell: String(v), min: limits.min, max: limits.max } };
    }
  }
  const broken = rule?.(values, cellOf);
  if (broken) return { ok: false, ...broken };
  return { ok: true, values, rows, cols };
}

/** The limits of a schema's `numbers` parameter, so a paste control and the URL agree. */
export function pasteLimits(spec: { minLength: number; maxLength: number; min: number; max: number; groupSize?: number }): PasteLimits {
  const limits: PasteLimits = { minLength: spec.minLength, maxLength: spec.maxLength, min: spec.min, max: spec.max };
  if (spec.groupSize !== undefined) limits.groupSize = spec.groupSize;
  return limits;
}
