/**
 * Every generator's stream, pinned as exact literals. The values were taken from the
 * generators before they moved into this module (training/rng.ts, sampling/rng.ts,
 * imbalance/rng.ts, the copy in fpga/fixed/apdiff/cases.ts), so this test is the proof that
 * the move changed nothing: lessons show seeded data and other tests pin values built on it.
 * Never "update" these numbers; a change here means every seeded figure changed too.
 */
import { describe, expect, it } from 'vitest';
import { checkSeed, createRng, mulberry32, mulberry32U32, normalSampler, polarNormal, uniformStream, xoshiro128ss } from './index';
import { seedWord } from './seed';
import { doubleToHex, inputsFor } from '../fpga/fixed/apdiff/cases';
import { makeDataset, makeImbalancedScores, randomMatrix, sampleCategorical } from '../index';

const take = (f: () => number, n = 8): number[] => Array.from({ length: n }, f);

describe('xoshiro128** (createRng = createTrainingRng)', () => {
  // next() · 2^32: the raw 32-bit words.
  const words: [number, number[]][] = [
    [0, [3809008728, 1133695204, 53579671, 2891528803, 139681546, 2203266335, 104831812, 1587294886]],
    [42, [2837322924, 544945897, 479756282, 3500138142, 339756180, 113173290, 65323186, 1112262688]],
    // Non-integer, negative and ≥ 2^32 seeds take seedWord's other paths.
    [2.5, [2970640120, 983761503, 4178777630, 1956534454, 3570414747, 1988396840, 1667714533, 1969599740]],
    [-7, [4105674630, 1549025917, 1462909597, 1494321277, 4127257517, 2156728898, 3056107876, 2845062890]],
    [2 ** 40 + 3, [977312082, 1646024173, 3014164737, 322355665, 3040304978, 134298473, 3935142005, 3277695050]],
  ];
  it.each(words)('seed %s: next()', (seed, expected) => {
    expect(take(createRng(seed).next).map((x) => x * 4294967296)).toEqual(expected);
    expect(take(xoshiro128ss(seedWord(seed)))).toEqual(expected);
  });
  it('normal() (Marsaglia polar, spare cached)', () => {
    expect(take(createRng(0).normal)).toEqual([
      0.5353395359046857, -0.32664029068793443, -0.516986435913595, 0.014363413858909106, -0.2264945481334106,
      -0.06211518687740023, 0.017263100147749785, -0.07477302270284375,
    ]);
    expect(take(createRng(42).normal)).toEqual([
      0.3603989584463338, -0.8372282594291286, -0.013506112711283054, 0.01095449078059174, 0.7639886990359411,
      -0.35123135903378083, -1.3428012735042694, -0.10769045532888123,
    ]);
    expect(take(createRng(2.5).normal)).toEqual([
      0.7393810535414451, -1.0452862060466315, 0.4506710792012883, -0.04236475866869189, 1.2654838054972959,
      -0.1414838563397353, -2.2458801959910626, -0.8327045940893801,
    ]);
    expect(take(polarNormal(createRng(42).next))).toEqual(take(createRng(42).normal));
  });
  it('int, uniform and shuffle', () => {
    const r0 = createRng(0);
    expect(take(() => r0.int(10))).toEqual([8, 2, 0, 6, 0, 5, 0, 3]);
    const r42 = createRng(42);
    expect(take(() => r42.int(10))).toEqual([6, 1, 1, 8, 0, 0, 0, 2]);
    expect(createRng(0).uniform(-1, 1)).toBe(0.7737079076468945);
    expect(createRng(42).uniform(-1, 1)).toBe(0.32123144529759884);
    const shuffled = (seed: number) => {
      const a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
      createRng(seed).shuffle(a);
      return a;
    };
    expect(shuffled(0)).toEqual([3, 6, 1, 5, 9, 7, 4, 0, 2, 8]);
    expect(shuffled(42)).toEqual([2, 8, 3, 4, 9, 7, 5, 0, 1, 6]);
  });
});

describe('uniformStream (53-bit uniforms from xoshiro128**)', () => {
  it.each([
    [0, [0.8868539502021594, 0.012474988946590604, 0.032522145755498943, 0.024408060085556516, 0.6123124436552245, 0.9550787958662977, 0.42948326495854205, 0.7195122223933377]],
    [7, [0.2338277214186818, 0.44891458133395923, 0.5656696667785289, 0.5132114466788618, 0.8445334376731711, 0.5650971556115568, 0.33478632854761736, 0.2540835604025905]],
    [4294967295, [0.19461841469507213, 0.5485967281391287, 0.2282790634437124, 0.856209721965931, 0.8493146656024274, 0.3396064760620482, 0.7948294041352543, 0.4910400311010168]],
  ])('seed %s', (seed, expected) => {
    expect(take(uniformStream(seed))).toEqual(expected);
  });
  it('checkSeed keeps its message', () => {
    expect(() => checkSeed(-1)).toThrow('seed must be an integer in [0, 4294967295], got -1');
    expect(() => uniformStream(1.5)).toThrow('seed must be an integer in [0, 4294967295], got 1.5');
  });
});

describe('mulberry32 (imbalance data set, ap_fixed differential inputs)', () => {
  it.each([
    [1, [2693262067, 11749833, 2265367787, 4213581821, 4159151403, 1207330352, 2632122864, 3095568220]],
    [42, [2581720956, 1925393290, 3661312704, 2876485805, 750819978, 2261697747, 1173505300, 2683257857]],
    [12345, [4207900869, 1317490944, 2079646450, 3513001552, 2187978186, 1492380277, 316786230, 3291647763]],
    // seed >>> 0: −1 is 2^32 − 1, 2.5 is 2.
    [-1, [3850105811, 813802916, 3073704848, 4054706436, 3630262831, 2315588663, 2922715533, 2042566601]],
    [2.5, [3153583793, 1395857638, 1225337227, 2310499808, 3759333107, 2709408573, 2144054433, 1534354113]],
  ])('seed %s', (seed, expected) => {
    expect(take(mulberry32U32(seed))).toEqual(expected);
    expect(take(mulberry32(seed)).map((x) => x * 4294967296)).toEqual(expected);
  });
  it('normalSampler (Box–Muller)', () => {
    expect(take(normalSampler(mulberry32(1)))).toEqual([
      1.4043387784152637, 1.2157546192705377, -0.5103768768108126, -0.2518183315501483, 1.0527919147074805,
      -1.0995067179710738, -0.4499427595326719, 0.42589065483781335,
    ]);
    expect(take(normalSampler(mulberry32(42)))).toEqual([
      -1.2848381576290195, -0.9453528099747296, -0.6112802846514629, -0.5658325852126875, -1.9727758972262703,
      0.5595144834954467, -0.5801227395200007, -0.6628908071940811,
    ]);
  });
});

describe('seeded data built on the generators', () => {
  const fnv = (strs: string[]): string => {
    let h = 0x811c9dc5;
    for (const s of strs) for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16);
  };
  it('makeImbalancedScores, makeDataset, randomMatrix, sampleCategorical', () => {
    expect(Array.from(makeImbalancedScores({ seed: 3, nPositive: 10, ratio: 2 }).z.slice(0, 8))).toEqual([
      3.588636650062883, 2.5706547780331555, -2.2330730806675794, 1.894004896468582, -0.5308647591670266,
      1.825526966620654, -2.0168274947805065, 3.128347861623837,
    ]);
    expect(Array.from(makeDataset('spiral', 4, 5).x)).toEqual([
      -0.7638981639233304, 0.14505796233239102, 0.278050529613876, -0.009983612238744888, -0.5969471241690634,
      0.5065777110638717, -0.15739983663340978, -0.0984959029683288,
    ]);
    expect(Array.from(randomMatrix(2, 2, 9).data)).toEqual([
      -0.3962344275787473, 0.8067934699356556, 0.5910913739353418, -0.019804305396974087,
    ]);
    expect(Array.from(sampleCategorical([0.1, 0.2, 0.7], 8, 11))).toEqual([0, 2, 2, 2, 1, 2, 2, 2]);
  });
  it('the ap_fixed differential inputs (FNV-1a of their bit patterns)', () => {
    expect(fnv(inputsFor({ width: 8, intBits: 3, signed: true }, 1).map(doubleToHex))).toBe('e5fb602c');
    expect(fnv(inputsFor({ width: 64, intBits: 20, signed: false }, 99).map(doubleToHex))).toBe('bef9d240');
  });
});
