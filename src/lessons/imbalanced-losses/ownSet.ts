/**
 * The reader's own scored set: a model's logits z and 0/1 labels y, pasted as z, y pairs (a
 * two-column CSV, or any list read two by two) and stored flat in the widget state (schema.ts
 * `own`). Pure and total: the paste rule and the URL path both come through here, and either
 * give the arrays the engine takes or one message key naming the cell. Fuzzed in ownSet.test.ts.
 */
import type { CellOf, PasteMessageKey, PasteRule } from '../../components/pasteCheck';

export interface OwnSet {
  z: Float64Array;
  y: Uint8Array;
  nPositive: number;
  nNegative: number;
}

export type OwnProblem = { key: PasteMessageKey; params: Record<string, string | number> };
export type OwnVerdict = { ok: true; set: OwnSet } | { ok: false; problem: OwnProblem };

/** The labels are every second value; each must be exactly 0 or 1, and both must occur. */
export const pairsRule: PasteRule = (values, cellOf): OwnProblem | null => {
  let pos = 0;
  let neg = 0;
  // The messages are this lesson's (its namespace), not the shared locale every embed carries.
  for (let i = 1; i < values.length; i += 2) {
    const v = values[i];
    if (v === 1) pos++;
    else if (v === 0) neg++;
    else return { key: 'imbalanced-losses:paste.binaryLabel', params: { ...cellOf(i), cell: String(v) } };
  }
  if (pos === 0 || neg === 0) return { key: 'imbalanced-losses:paste.bothClasses', params: { label: pos === 0 ? 0 : 1 } };
  return null;
};

/** How a flat list from a link is laid out: one example per row, z in column 1, y in column 2. */
const asRows: CellOf = (i) => ({ row: Math.floor(i / 2) + 1, col: (i % 2) + 1 });

/**
 * The arrays of a flat z, y list, or why they cannot be used. A link's list has passed the
 * schema (finite, clamped to ±OWN_Z_LIMIT, whole pairs) but not the label rule: a hand-edited
 * `imb.own=1,0.5` reaches here.
 */
export function ownSetOf(flat: readonly number[]): OwnVerdict {
  const problem: OwnProblem | null = flat.length % 2 !== 0 ? { key: 'paste.groupPartial', params: { group: 2, count: flat.length, rest: 1 } } : pairsRule(flat, asRows);
  if (problem) return { ok: false, problem };
  const n = flat.length / 2;
  const z = new Float64Array(n);
  const y = new Uint8Array(n);
  let nPositive = 0;
  for (let i = 0; i < n; i++) {
    z[i] = flat[2 * i];
    y[i] = flat[2 * i + 1];
    nPositive += y[i];
  }
  return { ok: true, set: { z, y, nPositive, nNegative: n - nPositive } };
}
