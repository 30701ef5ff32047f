/**
 * Shapes of the hardware-description generators (shared/design/engine-contract.md,
 * "Hardware descriptions"). Configs are typed per method; each accepts exactly the keys of
 * the method's emulator (sigmoidApprox[method].config), with the same defaults and checks.
 */
import type { ApproxName } from '../approx/types';

export type HdlMethod = ApproxName;

/** PLAN and SONF have no parameters. */
export type NoConfig = Readonly<Record<string, never>>;

export interface LutConfig {
  entries?: number;
  range?: number;
  /** 1 = linear interpolation between N + 1 nodes (one multiplier), 0 = hls4ml's table. */
  interpolate?: number;
}
export interface CordicConfig {
  iterations?: number;
}
export interface TaylorConfig {
  order?: number;
}
export interface HybridConfig {
  entries?: number;
}

export interface HdlConfigs {
  plan: NoConfig;
  sonf: NoConfig;
  lut: LutConfig;
  cordic: CordicConfig;
  taylor: TaylorConfig;
  hybrid: HybridConfig;
}

/**
 * Config for method M: object literals are checked against the method's keys, and a plain
 * Record<string, number> (what the lesson's configOf returns) is accepted; the keys and
 * ranges are checked at run time as the emulator checks them (RangeError).
 */
export type HdlConfig<M extends HdlMethod> = HdlConfigs[M] | undefined;

export interface VerilogDesign {
  /** Module name (a valid Verilog and C identifier, deterministic in method, config and formats). */
  name: string;
  /** Verilog-2005, combinational: `module name (input wire [W-1:0] x, output wire [W'-1:0] y)`. */
  module: string;
  /**
   * Testbench module `name_tb`: drives the input words, prints "x_word y_word" per line in
   * hex, compares every y with the engine's word (embedded), prints "# PASS n words" or
   * "# FAIL m of n words", then $finish.
   */
  testbench: string;
  /** How many input words the testbench drives and checks (2^W, or the stated sample). Extra to the contract. */
  words: number;
}

export interface HlsDesign {
  /** Function name (same as the Verilog module's). */
  name: string;
  /** C++ for Vitis/Vivado HLS: one function over ap_fixed, `#include "ap_fixed.h"`. */
  source: string;
}
