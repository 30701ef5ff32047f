/** The six hardware sigmoid approximations, keyed by contract name. */
import { cordic } from './cordic';
import { hybrid } from './hybrid';
import { lut } from './lut';
import { plan } from './plan';
import { sonf } from './sonf';
import { taylor } from './taylor';
import type { Approximation, ApproxName } from './types';

export const sigmoidApprox: Record<ApproxName, Approximation> = { taylor, lut, plan, sonf, cordic, hybrid };
