#!/usr/bin/env python3
"""Reference values for the numeric engine's tests (src/engine/numeric/fixtures/*.json).

Everything is evaluated with mpmath at mp.dps = 60 from the exact double inputs and then
rounded once to the nearest double (printed with 17 significant digits, or as "Infinity",
"-Infinity", "NaN"). Constants that the engine stores as doubles (SELU's lambda and alpha,
sqrt(2/pi) and 0.044715 of the tanh-GELU, 1.702 of the sigmoid-GELU, the leaky slopes) are
taken as those exact doubles: the reference is the real-valued function the code defines.

float16 rounding is cross-checked against numpy's direct double->half conversion and
bfloat16 against an exact rational round-to-nearest-even written here.

Run: python3 scripts/make-fixtures.py   (needs mpmath and numpy)
"""
import json
import os
import random
from fractions import Fraction

import numpy as np
from mpmath import mp, mpf, exp, expm1, log, log1p, tanh, sech, erf, erfc, sqrt, pi

mp.dps = 60
OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'engine', 'numeric', 'fixtures')


def s(v):
    """A reference value as a string: the nearest double, 17 significant digits."""
    if isinstance(v, float):  # already a double: keep it, sign of zero included
        return 'NaN' if v != v else ('Infinity' if v == float('inf') else ('-Infinity' if v == float('-inf') else '%.17g' % v))
    if isinstance(v, int):
        v = mpf(v)
    if mp.isnan(v):
        return 'NaN'
    f = float(v)
    if f == float('inf'):
        return 'Infinity'
    if f == float('-inf'):
        return '-Infinity'
    return '%.17g' % f


def d(x):
    """A double input, printed so it parses back to the same double."""
    return repr(float(x)) if x not in (float('inf'), float('-inf')) else ('Infinity' if x > 0 else '-Infinity')


BASE = [0.0, 1e-300, 1e-12, 0.5, 2.375, 5.0, 20.0, 40.0, 88.0, 709.0, 745.0, 1e5]
XS = sorted({v for b in BASE for v in (b, -b)} | {-0.1, 0.1, -1.25, 1.25, -3.5, 3.5, -10.0, 10.0, -0.75, 1.9})


def sig(x):
    return 1 / (1 + exp(-x))


LEAKY, PRELU = mpf(0.01), mpf(0.25)
SELU_L, SELU_A = mpf(1.0507009873554805), mpf(1.6732632423543772)
GT_C, GT_K = mpf(0.7978845608028654), mpf(0.044715)
GS_B = mpf(1.702)


def ncdf(x):
    return erfc(-x / sqrt(2)) / 2


def npdf(x):
    return exp(-x * x / 2) / sqrt(2 * pi)


def relu6(v):
    return min(max(v, mpf(0)), mpf(6))


def mish_g(x):
    return tanh(log1p(exp(x)))


ACTS = {
    'identity': (lambda x: x, lambda x: mpf(1)),
    'step': (lambda x: mpf(1) if x >= 0 else mpf(0), lambda x: mpf(0)),
    'sigmoid': (sig, lambda x: sig(x) * sig(-x)),
    'tanh': (tanh, lambda x: sech(x) ** 2),
    'relu': (lambda x: x if x > 0 else mpf(0), lambda x: mpf(1) if x > 0 else mpf(0)),
    'leakyRelu': (lambda x: x if x > 0 else LEAKY * x, lambda x: mpf(1) if x > 0 else LEAKY),
    'prelu': (lambda x: x if x > 0 else PRELU * x, lambda x: mpf(1) if x > 0 else PRELU),
    'elu': (lambda x: x if x > 0 else expm1(x), lambda x: mpf(1) if x > 0 else exp(x)),
    'selu': (lambda x: SELU_L * (x if x > 0 else SELU_A * expm1(x)),
             lambda x: SELU_L if x > 0 else SELU_L * SELU_A * exp(x)),
    'softplus': (lambda x: (x if x > 0 else 0) + log1p(exp(-abs(x))), sig),
    'gelu': (lambda x: x * ncdf(x), lambda x: ncdf(x) + x * npdf(x)),
    'geluTanh': (
        lambda x: x * sig(2 * GT_C * (x + GT_K * x ** 3)),
        lambda x: sig(2 * GT_C * (x + GT_K * x ** 3))
        + x * sig(2 * GT_C * (x + GT_K * x ** 3)) * sig(-2 * GT_C * (x + GT_K * x ** 3)) * 2 * GT_C * (1 + 3 * GT_K * x * x),
    ),
    'geluSigmoid': (lambda x: x * sig(GS_B * x), lambda x: sig(GS_B * x) + x * GS_B * sig(GS_B * x) * sig(-GS_B * x)),
    'silu': (lambda x: x * sig(x), lambda x: sig(x) + x * sig(x) * sig(-x)),
    'mish': (lambda x: x * mish_g(x), lambda x: mish_g(x) + x * sech(log1p(exp(x))) ** 2 * sig(x)),
    'hardSigmoid': (lambda x: relu6(x + 3) / 6, lambda x: mpf(1) / 6 if -3 < x < 3 else mpf(0)),
    'hardTanh': (lambda x: min(max(x, mpf(-1)), mpf(1)), lambda x: mpf(1) if -1 < x < 1 else mpf(0)),
    'hardSwish': (lambda x: x * relu6(x + 3) / 6, lambda x: mpf(0) if x <= -3 else (mpf(1) if x >= 3 else (2 * x + 3) / 6)),
}


def activations():
    out = {'x': [d(x) for x in XS], 'activations': {}}
    for name, (f, df) in ACTS.items():
        out['activations'][name] = {'f': [s(f(mpf(x))) for x in XS], 'df': [s(df(mpf(x))) for x in XS]}
    return out


def special():
    xs = sorted(set(XS) | {0.46875, -0.46875, 0.47, 1.0, -1.0, 2.0, 3.9, 4.0, 4.1, 6.0, -6.0, 15.0, 26.0, 26.5, 27.0, 27.2})
    return {'x': [d(x) for x in xs], 'erf': [s(erf(mpf(x))) for x in xs], 'erfc': [s(erfc(mpf(x))) for x in xs],
            'normalCdf': [s(ncdf(mpf(x))) for x in xs]}


SOFTMAX_CASES = [
    ([1, 2, 3], 1), ([1e308, 1e308], 1), ([10, 2, 10000, 4], 1), ([0, 40], 1), ([-1e308, 1e308], 1),
    ([1000, 1000.5, 999, -5], 1), ([1, 2, 3], 0.5), ([1, 2, 3], 10), ([1, 2, 3], 1e-3), ([0.1, 0.2, 0.3, 0.4], 1),
    ([-745, 0], 1), ([5, -30, 12.5, 12.25, 0], 2.5), ([1e-300, -1e-300], 1), ([3, 3, 3], 1), ([-20, 20], 1),
    ([-1, -1], 1), ([7], 1), ([-3.5, 2.25, 0.125, -0.5, 1.75, 2.0], 0.7), ([1e300, -1e300, 0], 1e300),
]


def softmax_case(z, T):
    z = [mpf(v) for v in z]
    T = mpf(T)
    m = max(z)
    S = sum(exp((v - m) / T) for v in z)
    return {
        'z': [d(v) for v in z], 'temperature': d(T),
        'softmax': [s(1 / sum(exp((w - v) / T) for w in z)) for v in z],
        'logSoftmax': [s((v - m) / T - log(S)) for v in z],
        'logSumExp': s(m + T * log(S)),
    }


def losses():
    bce = []
    for p, y in [(0.5, 1), (0.9, 0), (1e-10, 1), (0.9999999999, 0), (0.3, 0.7), (0, 0), (1, 1), (0, 1), (1, 0),
                 (1e-300, 1), (0.25, 0.25), (0.75, 0.125)]:
        P, Y = mpf(p), mpf(y)
        a = Y * log(P) if Y > 0 else 0
        b = (1 - Y) * log(1 - P) if Y < 1 else 0
        bce.append({'p': d(p), 'y': d(y), 'value': s(-(a + b))})
    bwl = []
    for z in [-1e5, -800, -40, -5, -0.5, 0, 1e-12, 0.5, 5, 20, 40, 800, 1e5]:
        for y in [0, 1, 0.3]:
            Z, Y = mpf(z), mpf(y)
            v = (Z if Z > 0 else 0) - Z * Y + log1p(exp(-abs(Z)))
            bwl.append({'z': d(z), 'y': d(y), 'value': s(v), 'grad': s(sig(Z) - Y)})
    ce = []
    for logits, t in [([1, 2, 3], 0), ([1, 2, 3], 2), ([0, 40], 1), ([0, 40], 0), ([10, 2, 10000, 4], 2),
                      ([10, 2, 10000, 4], 0), ([1e308, 1e308], 0), ([-1e308, 1e308], 0), ([-1e308, 1e308], 1),
                      ([0.5, -1.5, 2.5, 0.25], 3), ([-745, 0], 0)]:
        L = [mpf(v) for v in logits]
        probs = [1 / sum(exp(w - v) for w in L) for v in L]
        grad = [probs[i] - (1 if i == t else 0) for i in range(len(L))]
        # log Σ exp(z_j − z_t) directly: lse − z_t would cancel catastrophically at 1e308
        value = log(sum(exp(v - L[t]) for v in L))
        ce.append({'logits': [d(v) for v in logits], 'target': t, 'value': s(value), 'grad': [s(g) for g in grad]})
    focal = []
    for p, y, g, a in [(0.9, 1, 2, None), (0.1, 1, 2, 0.25), (0.3, 0, 2, 0.25), (0.5, 0.7, 1.5, None),
                       (1e-8, 1, 2, None), (0.999, 1, 5, None), (0.2, 0, 0, None)]:
        P, Y, G = mpf(p), mpf(y), mpf(g)
        a1 = mpf(1) if a is None else mpf(a)
        a0 = mpf(1) if a is None else 1 - mpf(a)
        v = mpf(0)
        if Y > 0:
            v += Y * a1 * (1 - P) ** G * -log(P)
        if Y < 1:
            v += (1 - Y) * a0 * P ** G * -log(1 - P)
        focal.append({'p': d(p), 'y': d(y), 'gamma': d(g), 'alpha': None if a is None else d(a), 'value': s(v)})
    kl = []
    for p, q in [([0.5, 0.5], [0.9, 0.1]), ([0.25, 0.25, 0.5], [0.5, 0.25, 0.25]), ([1, 0], [0.5, 0.5]),
                 ([0.2, 0.8], [1e-300, 1]), ([0.1, 0.2, 0.7], [0.3, 0.3, 0.4])]:
        v = sum(mpf(a) * log(mpf(a) / mpf(b)) for a, b in zip(p, q) if a > 0)
        kl.append({'p': [d(a) for a in p], 'q': [d(b) for b in q], 'value': s(v)})
    ent = []
    for p in [[0.5, 0.5], [1, 0], [0.1, 0.2, 0.7], [1e-300, 1], [0.25, 0.25, 0.25, 0.25]]:
        ent.append({'p': [d(a) for a in p], 'value': s(-sum(mpf(a) * log(mpf(a)) for a in p if a > 0))})
    return {'bce': bce, 'bceWithLogits': bwl, 'crossEntropyWithLogits': ce, 'focal': focal, 'kl': kl, 'entropy': ent}


def round_bf16(x):
    """Exact round-to-nearest-even of a double to bfloat16 (8 exponent, 7 fraction bits)."""
    if x == 0 or x != x or x in (float('inf'), float('-inf')):
        return x
    sign = -1 if x < 0 else 1
    a = Fraction(abs(x))
    e = max(a.numerator.bit_length() - a.denominator.bit_length(), -126)
    while Fraction(2) ** e > a and e > -126:
        e -= 1
    while Fraction(2) ** (e + 1) <= a:
        e += 1
    q = Fraction(2) ** (e - 7)
    n = a / q
    k = n.numerator // n.denominator
    r = n - k
    if r > Fraction(1, 2) or (r == Fraction(1, 2) and k % 2 == 1):
        k += 1
    v = k * q
    if v > (2 - Fraction(1, 128)) * Fraction(2) ** 127:
        return sign * float('inf')
    return sign * float(v)


def rounding():
    rng = random.Random(12345)
    xs = []
    for _ in range(400):
        xs.append(rng.uniform(-70000, 70000))
        xs.append(rng.uniform(-1, 1) * 2.0 ** rng.randint(-30, 16))
        xs.append(rng.uniform(-1, 1) * 2.0 ** rng.randint(-140, 128))
    # halfway points and one-ulp-of-double neighbours, where double rounding would go wrong
    for k in range(1, 60):
        h = (2 * k + 1) * 2.0 ** -25
        xs += [h, np.nextafter(h, 0), np.nextafter(h, 1)]
        hb = (2 * k + 1) * 2.0 ** -8 * 2.0 ** rng.randint(-120, 120)
        xs += [hb, float(np.nextafter(hb, 0)), float(np.nextafter(hb, np.inf))]
    xs += [65504.0, 65519.99, 65520.0, 2.0 ** -24, 2.0 ** -25, 3 * 2.0 ** -26, 3.3895313892515355e38, 3.3961775292304172e38]
    xs = [float(x) for x in xs]
    with np.errstate(over='ignore'):  # overflow to ±inf is the expected answer
        f16 = [s(float(np.float16(x))) for x in xs]
    return {'x': [d(x) for x in xs], 'float16': f16, 'bfloat16': [s(round_bf16(x)) for x in xs]}


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {
        'activations.json': activations(),
        'special.json': special(),
        'softmax.json': [softmax_case(z, T) for z, T in SOFTMAX_CASES],
        'losses.json': losses(),
        'rounding.json': rounding(),
    }
    for name, data in files.items():
        with open(os.path.join(OUT, name), 'w') as fh:
            json.dump(data, fh, indent=1)
            fh.write('\n')
    print('wrote', ', '.join(files))


if __name__ == '__main__':
    main()
