/**
 * Memo for ROM contents. Tables depend only on (method, size, format), so caching them
 * keeps evaluate() cheap without changing any result. Bounded so sliders cannot grow it.
 */
import type { FixedFormat } from '../fixed/format';

const MAX_TABLES = 64;
const tables = new Map<string, Float64Array>();

export function memoTable(key: string, build: () => Float64Array): Float64Array {
  const hit = tables.get(key);
  if (hit) return hit;
  const t = build();
  if (tables.size >= MAX_TABLES) tables.delete(tables.keys().next().value as string);
  tables.set(key, t);
  return t;
}

export function formatKey(fmt: FixedFormat | undefined): string {
  return fmt === undefined ? 'float' : `${fmt.signed ? 's' : 'u'}${fmt.width}.${fmt.intBits}.${fmt.quantization}.${fmt.overflow}`;
}
