/**
 * The reader's own training points from text: a CSV of x, y, label rows (a header is fine), read
 * by the shared parser (src/format/parseNumbers.ts) and checked for what the lab can train on.
 * Pure and total (fuzzed in points.test.ts): any text gives the points or one message key naming
 * the cell.
 */
import { DATASET_EXTENT } from '../../engine';
import { parseNumbers, type ParseError } from '../../format/parseNumbers';
import { COORD_LIMIT, MAX_CLASSES, MAX_POINTS } from './pointsData';

export type PointsVerdict =
  | { ok: true; flat: number[]; n: number; classes: number }
  | { ok: false; key: `paste.${string}`; params: Record<string, string | number> };

const fail = (key: `paste.${string}`, params: Record<string, string | number> = {}): PointsVerdict => ({ ok: false, key, params });

function fromParse(e: ParseError): PointsVerdict {
  const { code, ...rest } = e;
  if (code === 'tooMany') return fail('paste.pointsTooMany', { max: MAX_POINTS });
  return fail(`paste.${code}`, rest);
}

/**
 * Reads pasted text as labelled points. Every failure is a message key under `paste.` naming
 * the row and column (1-based, header counted, as a spreadsheet shows them) where it can.
 */
export function checkPointsCsv(text: string): PointsVerdict {
  const parsed = parseNumbers(text, { maxValues: 3 * MAX_POINTS, minValues: 1 });
  if (!parsed.ok) return fromParse(parsed.error);
  const { values, cols, header } = parsed;
  if (cols !== 3) return fail('paste.pointsColumns', { got: cols });
  const first = header ? 2 : 1;
  const seen = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const row = Math.floor(i / 3) + first;
    const col = (i % 3) + 1;
    if (col === 3) {
      if (!Number.isInteger(v) || v < 0 || v >= MAX_CLASSES) return fail('paste.pointsLabel', { row, col, cell: String(v), max: MAX_CLASSES - 1 });
      seen.add(v);
    } else if (Math.abs(v) > COORD_LIMIT) {
      return fail('paste.outside', { row, col, cell: String(v), min: -COORD_LIMIT, max: COORD_LIMIT });
    }
  }
  if (seen.size < 2) return fail('paste.pointsOneClass');
  return { ok: true, flat: values, n: values.length / 3, classes: Math.max(...seen) + 1 };
}

/** The map's half-widths: the built-in sets' 1.25, then round steps up to COORD_LIMIT. */
const EXTENTS = [DATASET_EXTENT, 2.5, 5, 10, 25, 50, COORD_LIMIT];

/**
 * Half-width of the square the map shows: the first step of EXTENTS that holds every point. A
 * ladder, not max |coordinate| plus a margin, so that clicking near the edge (clicks stay
 * inside the map) never rescales the plane under the pointer.
 */
export function pointsExtent(flat: readonly number[]): number {
  let m = 0;
  for (let i = 0; i < flat.length; i++) if (i % 3 !== 2) m = Math.max(m, Math.abs(flat[i]));
  return EXTENTS.find((e) => e >= m) ?? COORD_LIMIT;
}
