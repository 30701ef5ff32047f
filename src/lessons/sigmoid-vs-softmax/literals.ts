import type { LiteralAllowList } from '../proseLiterals';

/**
 * Numbers allowed to be typed by hand in this lesson's words (both locales), and why. None: the
 * widget ranges, the example logits and every result come from the code and figures.ts.
 */
export const proseLiterals: LiteralAllowList = {};
