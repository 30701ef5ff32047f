/**
 * The reader's own scored set: pasted text → z, y pairs (checkPaste with the widgets' `own`
 * limits and the label rule), a link's list → the same arrays (ownSetOf), and the breakdown and
 * GHM the widgets show for it, which must be the engine's on those very arrays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/paste.en.json';
import zh from '../../i18n/locales/paste.zh.json';
import lessonEn from './strings.en.json';
import lessonZh from './strings.zh.json';
import { checkPaste, pasteLimits } from '../../components/pasteCheck';
import { parseParam } from '../../components/state/schema';
import { ghm as ghmOfEngine, lossBreakdown } from '../../engine';
import { ownBreakdownOf, ownGhmOf, ownSet } from './memo';
import { ownSetOf, pairsRule } from './ownSet';
import { ghmSchema, imbalanceSchema, OWN_MAX_PAIRS, OWN_Z_LIMIT } from './schema';
import { ghmCode, imbalanceCode, OWN_INLINE_PAIRS } from './code';

const limits = pasteLimits(imbalanceSchema.own);
const paste = (text: string) => checkPaste(text, limits, pairsRule);
/** A refusal's text in one language: the shared `paste.*` table, or this lesson's (`imbalanced-losses:paste.*`). */
const wording = (key: string, app: { paste: object }, lesson: { paste: object }) => {
  const [table, name] = key.startsWith('imbalanced-losses:') ? [lesson.paste, key.slice('imbalanced-losses:paste.'.length)] : [app.paste, key.slice('paste.'.length)];
  return (table as Record<string, unknown>)[name];
};
const message = (key: string) => wording(key, en, lessonEn);

describe('pasting z, y pairs', () => {
  it('reads a CSV with a header, a flat list and a PyTorch printout of torch.stack([z, y], 1)', () => {
    const want = [-3.2, 0, 1.7, 1, -0.4, 0];
    expect(paste('logit,label\n-3.2,0\n1.7,1\n-0.4,0\n')).toMatchObject({ ok: true, values: want });
    expect(paste('-3.2 0 1.7 1 -0.4 0')).toMatchObject({ ok: true, values: want });
    expect(paste('tensor([[-3.2000,  0.0000],\n        [ 1.7000,  1.0000],\n        [-0.4000,  0.0000]], dtype=torch.float64)')).toMatchObject({ ok: true, values: want });
  });
  it('names the cell of a label that is not 0 or 1, counting the header row', () => {
    for (const bad of ['2', '-1', '0.5']) {
      expect(paste(`z,y\n-3.2,0\n1.7,1\n-0.4,${bad}`)).toEqual({ ok: false, key: 'imbalanced-losses:paste.binaryLabel', params: { row: 4, col: 2, cell: String(Number(bad)) } });
    }
  });
  it('refuses NaN, infinities, odd counts, one class, nothing, and more than the link can carry', () => {
    expect(paste('z,y\n1,0\nnan,1')).toMatchObject({ ok: false, key: 'paste.notFinite', params: { row: 3, col: 1 } });
    expect(paste('1, 0, inf, 1')).toMatchObject({ ok: false, key: 'paste.notFinite' });
    expect(paste('1, 0, 2, 1, 3')).toMatchObject({ ok: false, key: 'paste.groupPartial' });
    expect(paste('1, 0, 2, 0')).toEqual({ ok: false, key: 'imbalanced-losses:paste.bothClasses', params: { label: 0 } });
    expect(paste('1, 1, 2, 1')).toEqual({ ok: false, key: 'imbalanced-losses:paste.bothClasses', params: { label: 1 } });
    expect(paste('')).toMatchObject({ ok: false, key: 'paste.empty' });
    expect(paste('  \n ')).toMatchObject({ ok: false, key: 'paste.empty' });
    const huge = Array.from({ length: OWN_MAX_PAIRS + 1 }, (_, i) => `${-i / 100},${i % 2}`).join('\n');
    expect(paste(huge)).toMatchObject({ ok: false, key: 'paste.tooMany' });
    const most = Array.from({ length: OWN_MAX_PAIRS }, (_, i) => `${-i / 100},${i % 2}`).join('\n');
    expect(paste(most)).toMatchObject({ ok: true });
    expect(paste(`1,0\n${OWN_Z_LIMIT * 2},1`)).toMatchObject({ ok: false, key: 'paste.outside', params: { row: 2, col: 1 } });
  });
  it('never throws on hostile text; every refusal is worded in both languages; every acceptance is a usable set', () => {
    const bits = fc.constantFrom('0', '1', '2', '-1', '0.5', '-3.2', '1e3', 'nan', 'NaN', 'inf', '-inf', 'x', '...', ',', '\n', ' ', '\t', '[', ']', 'tensor(', ')', 'z,y\n', 'label', '1e400');
    const text = fc.oneof(fc.string({ maxLength: 120 }), fc.array(bits, { maxLength: 80 }).map((a) => a.join('')));
    fc.assert(
      fc.property(text, (s) => {
        const r = paste(s);
        if (!r.ok) {
          expect(message(r.key), r.key).toBeTruthy();
          expect(wording(r.key, zh, lessonZh), r.key).toBeTruthy();
          return;
        }
        const v = ownSetOf(r.values);
        expect(v.ok).toBe(true);
        if (!v.ok) return;
        expect(v.set.nPositive).toBeGreaterThan(0);
        expect(v.set.nNegative).toBeGreaterThan(0);
        expect(v.set.z.length * 2).toBe(r.values.length);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('a link’s scored set', () => {
  it('comes back through the schema as the same pairs, and a bad label there is named, not used', () => {
    expect(parseParam('own', ghmSchema.own, '-3.2,0,1.7,1')).toEqual({ value: [-3.2, 0, 1.7, 1] });
    const bad = parseParam('own', imbalanceSchema.own, '-3.2,0,1.7,0.5').value as number[];
    expect(ownSetOf(bad)).toEqual({ ok: false, problem: { key: 'imbalanced-losses:paste.binaryLabel', params: { row: 2, col: 2, cell: '0.5' } } });
    expect(ownSetOf([1, 0, 2, 0])).toMatchObject({ ok: false, problem: { key: 'imbalanced-losses:paste.bothClasses' } });
    // The schema keeps whole pairs only, so an odd list never reaches the widget; ownSetOf still says why.
    expect(parseParam('own', imbalanceSchema.own, '1,0,2').value).toEqual([1, 0]);
    expect(ownSetOf([1, 0, 2])).toMatchObject({ ok: false, problem: { key: 'paste.groupPartial' } });
  });
});

describe('what the widgets show for a pasted set', () => {
  const flat = [-3.2, 0, 1.7, 1, -0.4, 0, 2.5, 0, -6, 0, 0.3, 1];
  const z = Float64Array.from([-3.2, 1.7, -0.4, 2.5, -6, 0.3]);
  const y = Uint8Array.from([0, 1, 0, 0, 0, 1]);
  it('the breakdown is lossBreakdown on the pasted arrays, for every loss', () => {
    for (const kind of ['ce', 'weighted', 'focal', 'focalAlpha'] as const) {
      expect(ownBreakdownOf(flat, kind, 0.75, 1.5)).toEqual(lossBreakdown(z, y, { kind, alpha: 0.75, gamma: 1.5 }));
    }
    // The counts the note quotes: 2 positives; of 4 negatives, 3 have p_t = σ(−z) > 0.5.
    expect(ownBreakdownOf(flat, 'ce', 0.5, 2).counts).toEqual({ positives: 2, easyNegatives: 3, hardNegatives: 1 });
  });
  it('the GHM bins are the engine’s on the pasted arrays', () => {
    expect(ownGhmOf(flat, 7)).toEqual(ghmOfEngine(z, y, 7));
  });
  it('remembers a set by its array: the same array is not recomputed, a new one is', () => {
    expect(ownSet(flat)).toBe(ownSet(flat));
    expect(ownBreakdownOf(flat, 'focal', 0.5, 2)).toBe(ownBreakdownOf(flat, 'focal', 0.5, 2));
    // α does not key plain focal loss.
    expect(ownBreakdownOf(flat, 'focal', 0.3, 2)).toBe(ownBreakdownOf(flat, 'focal', 0.5, 2));
    const copy = [...flat];
    expect(ownSet(copy)).not.toBe(ownSet(flat));
    expect(ownBreakdownOf(copy, 'focal', 0.5, 2)).toEqual(ownBreakdownOf(flat, 'focal', 0.5, 2));
  });
  it('refuses to compute on a set that failed its check', () => {
    expect(() => ownBreakdownOf([1, 0, 2, 0.5], 'ce', 0.5, 2)).toThrow(RangeError);
  });
});

describe('"Show the code" for a pasted set', () => {
  it('writes a short set into the snippet and reads a long one from the reader\'s CSV', () => {
    const short = imbalanceCode(0.5, 2, 1, [-3.2, 0, 1.7, 1]);
    expect(short.numpy).toContain('z = [-3.2, 1.7]');
    expect(short.pytorch).toContain('y = [0, 1]');
    expect(short.numpy).not.toContain('mulberry32');
    const long = Array.from({ length: 2 * (OWN_INLINE_PAIRS + 1) }, (_, i) => (i % 2 === 0 ? -i / 10 : i % 4 === 1 ? 1 : 0));
    const code = ghmCode(10, 0.02, 1, long);
    expect(code.numpy).toContain(`${OWN_INLINE_PAIRS + 1} examples`);
    expect(code.numpy).toContain("np.loadtxt('scores.csv', delimiter=',', skiprows=1)");
    expect(code.pytorch).toContain('np.loadtxt');
    // No pasted set: the seeded set, as before.
    expect(imbalanceCode(0.5, 2, 1, []).numpy).toContain('uniform = mulberry32(1)');
  });
});
