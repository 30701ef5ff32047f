import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { YOSYS_DOWNLOAD_BYTES, YOSYS_VERSION } from './synthDownload';

const PKG = fileURLToPath(new URL('../../../node_modules/@yowasp/yosys/', import.meta.url));

describe('the Yosys download the button announces', () => {
  it('is the size of the installed package files the worker fetches', () => {
    const gen = join(PKG, 'gen');
    const files = ['bundle.js', 'resources-yosys.js', ...readdirSync(gen).filter((f) => f.endsWith('.wasm'))];
    const bytes = files.reduce((a, f) => a + statSync(join(gen, f)).size, 0);
    expect(bytes).toBe(YOSYS_DOWNLOAD_BYTES);
  });

  it('names the installed Yosys version', () => {
    const version = (JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8')) as { version: string }).version;
    expect(version.startsWith(`${YOSYS_VERSION}.`)).toBe(true);
  });
});
