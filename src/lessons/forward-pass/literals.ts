import type { LiteralAllowList } from '../proseLiterals';

/** Numbers allowed to be typed by hand in this lesson's words (both locales), and why. */
export const proseLiterals: LiteralAllowList = {
  '28': 'the digit images’ side, 28 × 28 pixels (the network’s definition)',
  '784': 'the network’s input size, 28 · 28 (a definition)',
  '50': 'the first hidden layer’s width (a definition)',
  '100': 'the second hidden layer’s width (a definition); also the presenter’s batch of 100, an input',
  '10': 'the network’s ten outputs (a definition)',
  '0.1': 'the small network’s weight grid, multiples of 0.1 (a definition)',
  '64': 'the batch size the exercise and presenter ask about (an input)',
  '2010': 'year of a citation (Glorot & Bengio, AISTATS 2010)',
  '2015': 'year of a citation (He, Zhang, Ren & Sun, ICCV 2015)',
};
