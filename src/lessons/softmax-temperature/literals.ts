import type { LiteralAllowList } from '../proseLiterals';

/** Numbers allowed to be typed by hand in this lesson's words (both locales), and why. */
export const proseLiterals: LiteralAllowList = {
  '0.05': 'a temperature the prose asks the reader to type (an input)',
  '100': 'the smallest draw count of the sampling widget (an input the reader picks)',
  '10,000': 'the largest draw count of the sampling widget and of the presenter step (an input)',
  '38': 'the running example’s default logit for “goes” (an input)',
  '20': 'the running example’s default logit for “go” (an input)',
  '40': 'the running example’s default logit for “went” (an input)',
  '39': 'the running example’s default logit for “comes” (an input)',
};
