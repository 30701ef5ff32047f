import type { LiteralAllowList } from '../proseLiterals';

/** Numbers allowed to be typed by hand in this lesson's words (both locales), and why. */
export const proseLiterals: LiteralAllowList = {
  '75': 'the XOR exercise’s threshold, “more than 75%” (a question’s setting; the best line’s score is computed)',
  '0.5': 'the decision threshold: the boundary is where the output is 0.5 (a definition)',
  '1989': 'the universal approximation theorem’s year (a citation: Cybenko 1989; Hornik, Stinchcombe & White 1989)',
  '1993': 'Leshno et al. 1993, the theorem for every non-polynomial activation (a citation)',
  '40': 'the universal-approximation slider’s largest n (a setting)',
};
