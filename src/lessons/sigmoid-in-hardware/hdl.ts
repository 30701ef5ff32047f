/**
 * The hardware files the lesson shows and offers for download (the module, its testbench
 * and the HLS C++): their shapes, and the helpers the page needs. The files themselves are
 * made in hdl.worker.ts (hdlBundle.ts): a 16-bit testbench embeds 65 536 golden words
 * (~1.6 MB, up to ~400 ms), and keeping the generators off the page keeps them out of its code.
 */
import { formatLabel, sigmoidApprox, type ApproxName, type FixedFormat } from '../../engine';
import type { CodeLanguage } from './highlight';

export type HdlFileKind = 'module' | 'testbench' | 'hls';
export const HDL_FILE_KINDS: readonly HdlFileKind[] = ['module', 'testbench', 'hls'];

export interface HdlFile {
  kind: HdlFileKind;
  filename: string;
  lang: CodeLanguage;
  text: string;
}

export interface HdlParams {
  method: ApproxName;
  config: Record<string, number> | undefined;
  format: FixedFormat;
}

export interface HdlBundle {
  name: string;
  /** How many input words the testbench drives and checks against the engine's words. */
  words: number;
  files: HdlFile[];
}

/**
 * A key for one design that does not need the (slow) generator: the method, every config
 * parameter at its resolved value (defaults filled in, so {} and the explicit defaults
 * agree) and the format. Synthesis results are stored under it.
 */
export function designKey(method: ApproxName, config: Record<string, number> | undefined, format: FixedFormat): string {
  const params = sigmoidApprox[method].config.map((p) => `${p.name}=${config?.[p.name] ?? p.default}`).join(',');
  return `${method}(${params})@${formatLabel(format)}`;
}

/** Lines of a long file shown on the page; the download has all of them. */
export const SHOWN_LINES = 400;

/** The first `max` lines of text and how many were left out. */
export function headLines(text: string, max = SHOWN_LINES): { text: string; hidden: number } {
  let at = -1;
  for (let k = 0; k < max; k++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return { text, hidden: 0 };
  }
  const rest = text.slice(at + 1);
  const hidden = rest.length === 0 ? 0 : rest.split('\n').length - (rest.endsWith('\n') ? 1 : 0);
  return hidden === 0 ? { text, hidden: 0 } : { text: text.slice(0, at + 1), hidden };
}
