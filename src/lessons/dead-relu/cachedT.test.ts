import { describe, expect, it } from 'vitest';
import { cachedT } from './cachedT';

describe('cachedT', () => {
  it('translates each (key, params) once and returns the same strings', () => {
    const calls: string[] = [];
    const t = (key: string, p?: Record<string, string | number>) => {
      calls.push(key);
      return `${key}:${JSON.stringify(p ?? {})}`;
    };
    const c = cachedT(t);
    expect(c('a', { u: 1 })).toBe('a:{"u":1}');
    expect(c('a', { u: 1 })).toBe('a:{"u":1}');
    expect(c('a', { u: 2 })).toBe('a:{"u":2}');
    expect(c('b')).toBe('b:{}');
    expect(c('b')).toBe('b:{}');
    expect(calls).toEqual(['a', 'a', 'b']);
  });
  it('stays bounded: past its size it starts over, still answering right', () => {
    let n = 0;
    const c = cachedT((key, p) => (n++, `${key}${p?.i}`));
    for (let i = 0; i < 1000; i++) expect(c('k', { i })).toBe(`k${i}`);
    expect(c('k', { i: 999 })).toBe('k999');
    expect(n).toBe(1000);
  });
});
