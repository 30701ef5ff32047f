import type { LiteralAllowList } from '../proseLiterals';

/**
 * Numbers allowed to be typed by hand in this lesson's words (both locales), and why. None: the
 * tables' probabilities and losses come from figures.ts, the widget ranges from the code.
 */
export const proseLiterals: LiteralAllowList = {};
