import type { LiteralAllowList } from '../proseLiterals';

/** Numbers allowed to be typed by hand in this lesson's words (both locales), and why. */
export const proseLiterals: LiteralAllowList = {
  '2017': 'year of a citation (Lin et al., focal loss)',
  '2019': 'year of a citation (Li, Liu & Wang, GHM)',
  '0.25': "the focal loss paper's best α with γ = 2 (a citation, Lin et al. 2017)",
  '0.5': 'the well-classified threshold p_t > 0.5 (a definition, Lin et al.), and one of the γ values the focal-curve figure draws (FIGURE_GAMMAS)',
  '100': 'the 1:100 ratio and the 100 positives: the definition of the toy set (makeImbalancedScores defaults)',
  '0.9': 'the p_t the exercise and the presenter step set (the focal-curve widget default, an input)',
  '0.99': 'the α the presenter step sets (the 1:100 widget default, an input)',
};
