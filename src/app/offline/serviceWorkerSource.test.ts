import { describe, expect, it } from 'vitest';
import { serviceWorkerSource, shouldPrecache } from './serviceWorkerSource';

describe('service worker', () => {
  it('precaches code, styles, woff2 and the two shells but not maps, legacy fonts or deep-link copies', () => {
    expect(shouldPrecache('assets/index-abc.js')).toBe(true);
    expect(shouldPrecache('assets/KaTeX_Main-Regular.woff2')).toBe(true);
    expect(shouldPrecache('assets/KaTeX_Main-Regular.ttf')).toBe(false);
    expect(shouldPrecache('index.html')).toBe(true);
    expect(shouldPrecache('embed.html')).toBe(true);
    // Deep-link copies are the same page: offline navigations get the cached shell instead.
    expect(shouldPrecache('lessons/overflow/index.html')).toBe(false);
    expect(shouldPrecache('embed/temperature/index.html')).toBe(false);
    expect(shouldPrecache('404.html')).toBe(false);
    expect(shouldPrecache('.vite/manifest.json')).toBe(false);
  });
  it('leaves Yosys (fetched only when a reader presses Synthesize) out of the precache', () => {
    for (const f of ['assets/yosys.worker-AVbVJBTM.js', 'assets/resources-yosys-DcFTtekw.js', 'assets/yowasp-bundle-D19ne3vR.js', 'embed/assets/yosys.worker-B.js']) expect(shouldPrecache(f), f).toBe(false);
    expect(shouldPrecache('assets/synthDownload-CwhxHc76.js')).toBe(true);
  });
  it('is valid JavaScript naming its cache by build', () => {
    const src = serviceWorkerSource('v1', ['/assets/a.js']);
    expect(() => new Function(src)).not.toThrow();
    expect(src).toContain("const CACHE = 'logit-lab-v1'");
    expect(src).toContain('"/assets/a.js"');
  });
  it('lists each file once: Cache.addAll rejects a list with a repeated request', () => {
    const src = serviceWorkerSource('v1', ['/', '/favicon.svg', '/favicon.svg', '/a.js']);
    const list = JSON.parse(/const PRECACHE = (\[.*?\]);/.exec(src)?.[1] ?? 'null') as string[];
    expect(list).toEqual(['/', '/favicon.svg', '/a.js']);
  });
});
