import type { LiteralAllowList } from '../proseLiterals';
/** Numbers allowed to be typed by hand in this lesson's words (both locales), and why. */
export const proseLiterals: LiteralAllowList = {
  '2015': 'year of the He initialisation paper (He, Zhang, Ren & Sun, ICCV 2015)',
  '0.01': "leaky ReLU's slope α: the engine's default, a definition (activation label, exercise question, presenter ask)",
  '0.2': "the Lower learning rate preset's learning rate (an input), in a presenter caption, which cannot interpolate",
};
