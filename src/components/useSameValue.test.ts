import { describe, expect, it } from 'vitest';
import { sameNumberRecords } from './useSameValue';

describe('sameNumberRecords', () => {
  it('compares numeric records key by key, in order', () => {
    expect(sameNumberRecords([{ a: 1 }, {}], [{ a: 1 }, {}])).toBe(true);
    expect(sameNumberRecords([{ a: 1 }], [{ a: 2 }])).toBe(false);
    expect(sameNumberRecords([{ a: 1 }], [{ a: 1, b: 2 }])).toBe(false);
    expect(sameNumberRecords([{ a: 1 }], [{ b: 1 }])).toBe(false);
    expect(sameNumberRecords([{ a: 1 }], [{ a: 1 }, {}])).toBe(false);
    expect(sameNumberRecords([{ a: NaN }], [{ a: NaN }])).toBe(true);
  });
});
