import type { LiteralAllowList } from '../proseLiterals';

/** Numbers allowed to be typed by hand in this lesson's words (both locales), and why. */
export const proseLiterals: LiteralAllowList = {
  '2024': 'year of a citation (Ramapuram et al., sigmoid self-attention)',
  '2023': 'year of a citation (Evan Miller, Attention Is Off By One; Zhai et al., SigLIP)',
  '2022': 'year of a citation (Press et al., ALiBi)',
  '2017': 'year of a citation (Vaswani et al., Attention Is All You Need)',
  '4096': "the bias widget's largest sequence length, the end of its axis (an input range, biasSchema.n.max)",
  '256': 'the sequence length the presenter step and the exercise set (the bias widget default, an input)',
};
