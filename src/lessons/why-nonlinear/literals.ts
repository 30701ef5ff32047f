import type { LiteralAllowList } from '../proseLiterals';

/** Numbers allowed to be typed by hand in this lesson's words (both locales), and why. */
export const proseLiterals: LiteralAllowList = {
  '75': 'the XOR exercise’s threshold, “more than 75%” (a question’s setting; the best line’s score is computed)',
  '0.5': 'the decision threshold: the boundary is where the output is 0.5 (a definition)',
};
