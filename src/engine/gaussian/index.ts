// Gaussian class-conditionals, their posterior, and the Bernoulli exponential family:
// where σ(wx + b) comes from (re-exported by src/engine/index.ts).
export { normalLogPdf, normalPdf } from './normal';
export {
  checkTwoGaussians, logJoints, gaussianPosterior, logOddsQuadratic, evalQuadratic, sharedVarianceLogistic, logisticAt,
  decisionBoundaries, type TwoGaussians, type Quadratic, type Logistic,
} from './twoClass';
export { posteriorVsLogistic, posteriorVsLogistic2D, type PosteriorGap, type PosteriorGap2D } from './compare';
export { bernoulliNatural, bernoulliLogPartition, bernoulliMean, bernoulliLogPmf } from './bernoulli';
export {
  checkTwoGaussians2D, checkCov2, normalLogPdf2D, logJoints2D, gaussianPosterior2D, gaussianPosteriorGrid2D, logOdds2D,
  evalLogOdds2D, sharedCovarianceLogistic2D, logisticAt2D, covarianceEllipse2D,
  type TwoGaussians2D, type Cov2, type LogOdds2D, type Logistic2D, type PlaneBounds,
} from './twoClass2d';
