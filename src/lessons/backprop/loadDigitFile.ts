/** Test and bench helper (Node only): the committed digit file as an ArrayBuffer. */
import { readFileSync } from 'node:fs';
import { DIGITS_ASSET } from './digitsAsset';

export function loadDigitFile(): ArrayBuffer {
  const b = readFileSync(new URL(`../../../public/${DIGITS_ASSET.path}`, import.meta.url));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}
