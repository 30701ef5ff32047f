import { afterEach, describe, expect, it, vi } from 'vitest';

/** A localStorage stand-in holding what an earlier version of the site wrote. */
function fakeStorage(initial: Record<string, string>) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k), data };
}

describe('progress and theme persist under their old keys, in their old formats', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });
  it('reads progress and the theme a returning reader left, and writes them back the same way', async () => {
    const ls = fakeStorage({
      'logitlab.progress.v1': JSON.stringify({ overflow: { f16: { attempts: 2, correct: true, revealed: false } } }),
      'logitlab.theme': 'dark',
    });
    vi.stubGlobal('window', { localStorage: ls });
    const { useProgressStore } = await import('../exercise/progressStore');
    const { useThemeStore } = await import('../../app/themeStore');
    expect(useProgressStore.getState().progress.overflow.f16.correct).toBe(true);
    expect(useThemeStore.getState().choice).toBe('dark');
    useProgressStore.getState().record('overflow', 'nan', 'wrong');
    useThemeStore.getState().setChoice('light');
    expect(JSON.parse(ls.data.get('logitlab.progress.v1') ?? '{}').overflow.nan).toEqual({ attempts: 1, correct: false, revealed: false });
    expect(ls.data.get('logitlab.theme')).toBe('light');
  });
  it('starts clean on junk, and blocked storage is not an error', async () => {
    vi.stubGlobal('window', { localStorage: fakeStorage({ 'logitlab.progress.v1': '[1,2', 'logitlab.theme': 'purple' }) });
    const { useProgressStore } = await import('../exercise/progressStore');
    const { useThemeStore } = await import('../../app/themeStore');
    expect(useProgressStore.getState().progress).toEqual({});
    expect(useThemeStore.getState().choice).toBe('system');
    vi.stubGlobal('window', { localStorage: { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); } } });
    expect(() => useProgressStore.getState().record('x', 'y', 'correct')).not.toThrow();
  });
});
