// Gaussian class-conditionals, their posterior, and the Bernoulli exponential family:
// where σ(wx + b) comes from (re-exported by src/engine/index.ts).
export { normalLogPdf, normalPdf } from './normal';
export {
  checkTwoGaussians, logJoints, gaussianPosterior, logOddsQuadratic, evalQuadratic, sharedVarianceLogistic, logisticAt,
  decisionBoundaries, type TwoGaussians, type Quadratic, type Logistic,
} from './twoClass';
export { posteriorVsLogistic, type PosteriorGap } from './compare';
export { bernoulliNatural, bernoulliLogPartition, bernoulliMean, bernoulliLogPmf } from './bernoulli';
