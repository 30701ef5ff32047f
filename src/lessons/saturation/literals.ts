import type { LiteralAllowList } from '../proseLiterals';

/** Numbers allowed to be typed by hand in this lesson's words (both locales), and why. */
export const proseLiterals: LiteralAllowList = {
  '10': 'x = 10, a reference point for reading the slope plot (the figures there are computed)',
  '30': 'the depth widget’s 30 layers: the preset and exercise input the reader sets',
  '40': 'x = 40, the slope widget’s default input',
  '50': 'the depth slider’s largest value, 50 layers (an input)',
  '1998': 'year of a citation (LeCun et al., Efficient BackProp, 1998)',
};
