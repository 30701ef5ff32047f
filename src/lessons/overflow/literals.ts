import type { LiteralAllowList } from '../proseLiterals';

/** Numbers allowed to be typed by hand in this lesson's words (both locales), and why. */
export const proseLiterals: LiteralAllowList = {
  '10': 'the base of decimal scientific notation (“3.4 × 10^38”)',
  '11': 'float64’s exponent field width in bits (IEEE 754 binary64, a definition)',
  '12': 'the default x of the exp-limits and stable-sigmoid widgets (an input the reader sets)',
  '16': 'ap_fixed<16,6>, hls4ml’s default input and result type (a format name)',
  '89': 'the x the presenter step sets in the exp-limits widget (an input)',
};
