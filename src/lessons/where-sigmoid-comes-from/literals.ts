import type { LiteralAllowList } from '../proseLiterals';

/** Numbers allowed to be typed by hand in this lesson's words (both locales), and why. */
export const proseLiterals: LiteralAllowList = {
  '2002': 'year of a citation (Ng & Jordan, NIPS 2002)',
};
