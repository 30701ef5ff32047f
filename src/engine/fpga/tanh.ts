/**
 * tanh through the sigmoid machinery: tanh(x) = 2σ(2x) − 1, the doubling and the final
 * 2s − 1 being a shift and a subtract in hardware. SONF has its own tanh form,
 * sign(x)(|x| − x²/4) for |x| < 2 (the same identity worked out, with one squarer).
 */
import type { FixedFormat } from './fixed/format';
import { quantizerOrIdentity } from './fixed/quantize';
import { sigmoidApprox } from './approx';
import { sonfTanhWith } from './approx/sonf';
import { APPROX_NAMES, checkInput, resolveConfig, type ApproxName } from './approx/types';

export function tanhApprox(name: ApproxName, x: number, config?: Record<string, number>, format?: FixedFormat): number {
  if (!APPROX_NAMES.includes(name)) {
    throw new RangeError(`tanhApprox: name must be one of ${APPROX_NAMES.join(', ')}, got ${String(name)}`);
  }
  checkInput(`tanhApprox(${name})`, x);
  const q = quantizerOrIdentity(format);
  if (name === 'sonf') {
    resolveConfig('sonf', sigmoidApprox.sonf.config, config);
    return sonfTanhWith(x, q);
  }
  // 2x is a stored shift: it can overflow the format (e.g. |x| ≥ 4 in Q4.12), as in hardware.
  const x2 = q(2 * q(x));
  const s = sigmoidApprox[name].evaluate(x2, config, format);
  return q(2 * s - 1);
}
