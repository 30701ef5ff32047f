import { describe, expect, it } from 'vitest';
import { changes } from './useWidgetState';

describe('changes (whether a patch would re-render a widget)', () => {
  it('is false when every patched value is the same, true when one differs', () => {
    const s = { t: 1, pick: 'gelu', on: true, z: [1, 2] };
    expect(changes(s, { t: 1 })).toBe(false);
    expect(changes(s, { t: 1, pick: 'gelu', on: true, z: s.z })).toBe(false);
    expect(changes(s, {})).toBe(false);
    expect(changes(s, { t: 1.0000001 })).toBe(true);
    expect(changes(s, { on: false })).toBe(true);
    // A new array is a new value, even with equal contents (its widget re-renders, as before).
    expect(changes(s, { z: [1, 2] })).toBe(true);
  });
  it('compares with Object.is: NaN is unchanged, −0 and 0 differ', () => {
    expect(changes({ x: NaN }, { x: NaN })).toBe(false);
    expect(changes({ x: 0 }, { x: -0 })).toBe(true);
  });
});
