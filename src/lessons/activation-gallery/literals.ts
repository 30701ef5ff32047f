import type { LiteralAllowList } from '../proseLiterals';

/** Numbers allowed to be typed by hand in this lesson's words (both locales), and why. */
export const proseLiterals: LiteralAllowList = {
  '10': 'ε = 10⁻⁶, the presenter preset and the slider’s floor, and “every factor of ten” (a setting, not a result)',
  '0.5': 'the ½ in the tanh-GELU formula (a definition)',
  '0.044715': 'the tanh-GELU fit constant (a definition, Hendrycks & Gimpel 2016)',
  '1.702': 'the sigmoid-GELU scale (a definition, Hendrycks & Gimpel 2016)',
  '0.01': 'ε = 0.01, the threshold the edge exercise sets (a setting)',
  '2013': 'Goodfellow et al. 2013, the maxout paper (a citation)',
  '2009': 'Magnani & Boyd 2009, the convex piecewise-linear fitting method (a citation)',
};
