/**
 * The lesson slugs in teaching order. Fixed: other issues and outside links use
 * them. Kept free of imports so the build config can read it too (deep-link pages).
 */
export const lessonSlugs = [
  'why-nonlinear',
  'activation-gallery',
  'saturation',
  'dead-relu',
  'forward-pass',
  'backprop',
  'softmax-temperature',
  'overflow',
  'sigmoid-vs-softmax',
  'cross-entropy',
  'where-sigmoid-comes-from',
  'imbalanced-losses',
  'attention-gates',
  'sigmoid-in-hardware',
] as const;

export type LessonSlug = (typeof lessonSlugs)[number];
