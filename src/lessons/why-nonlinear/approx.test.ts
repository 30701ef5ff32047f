import { describe, expect, it } from 'vitest';
import { clampDraw, parseDrawn, presetPoints, targetValues, uaView } from './approx';
import { DRAW_LIMIT, DRAW_POINTS, universalSchema } from './schema';

describe('the universal-approximation widget’s inputs', () => {
  it('parses typed drawings, naming the count or the bad value', () => {
    const ok = Array.from({ length: DRAW_POINTS }, (_, i) => (i % 3) / 2);
    expect(parseDrawn(ok.join(', '))).toEqual({ ok: true, values: ok });
    expect(parseDrawn(ok.join('，'))).toEqual({ ok: true, values: ok });
    expect(parseDrawn('1, 2')).toEqual({ ok: false, problem: 'count', got: 2 });
    const bad = ok.map(String);
    bad[3] = '1e9';
    expect(parseDrawn(bad.join(' '))).toEqual({ ok: false, problem: 'value', i: 3, raw: '1e9' });
    bad[3] = 'NaN';
    expect(parseDrawn(bad.join(' '))).toMatchObject({ ok: false, i: 3 });
  });

  it('survives random text: every parse either fails with a reason or gives a fit with finite numbers', () => {
    // A fixed LCG, so a failure reproduces.
    let s = 12345;
    const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
    const alphabet = ['0', '1', '-', '.', 'e', ',', ' ', '，', '9', 'x', 'Infinity', '1.5', '-1.5', '\u00a0'];
    for (let trial = 0; trial < 400; trial++) {
      const len = Math.floor(rnd() * 60);
      const text = Array.from({ length: len }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      const p = parseDrawn(text);
      if (!p.ok) continue;
      expect(p.values).toHaveLength(DRAW_POINTS);
      const fit = uaView('drawn', 'relu', 7, p.values).fit;
      expect(Number.isFinite(fit.rmse)).toBe(true);
    }
    // And the well-formed extremes fit too.
    const edge = Array.from({ length: DRAW_POINTS }, (_, i) => (i % 2 ? DRAW_LIMIT : -DRAW_LIMIT));
    expect(Number.isFinite(uaView('drawn', 'sigmoid', 40, edge).fit.rmse)).toBe(true);
  });

  it('drawing over a preset starts from that preset; values are clamped to the schema range at two decimals', () => {
    const pts = presetPoints('sine', universalSchema.pts.default);
    expect(pts).toHaveLength(DRAW_POINTS);
    expect(pts[4]).toBe(clampDraw(Math.sin(2 * Math.PI * -0.5)));
    expect(presetPoints('drawn', [1, 2])).toEqual([1, 2]);
    expect(clampDraw(7)).toBe(DRAW_LIMIT);
    expect(clampDraw(-0.123456)).toBe(-0.12);
    expect(targetValues('step', []).every((v) => v === 0 || v === 1)).toBe(true);
  });
});
