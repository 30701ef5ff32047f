/** The code that computes what a widget shows, in two dialects. */
export interface CodeSamples {
  numpy: string;
  pytorch: string;
}

/**
 * A check of a NumPy snippet: the snippet assigns `result`; the test runs it with python3
 * and numpy and compares `result` (flattened) with `expected`, computed by the engine.
 */
export interface CodeCheck {
  name: string;
  numpy: string;
  expected: readonly number[];
  /** Relative tolerance; NumPy and the engine may round differently in the last bits. */
  rtol?: number;
}
