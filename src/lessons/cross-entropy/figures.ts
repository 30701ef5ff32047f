/**
 * The figures the lesson's words quote, computed by the engine calls the widgets make (the
 * log-loss widget's default tables), formatted by the one shared formatter. Cheap: two 3×3
 * tables.
 */
import { meanLogLoss } from '../../engine';
import { formatFixed, formatPercent } from '../../format/number';
import { rowsOf } from './format';
import { logLossSchema, LOGLOSS_TARGETS } from './schema';

const CAT = 0;
const DOG = 1;
const PIG = 2;
const m1 = rowsOf(logLossSchema.m1.default);
const m2 = rowsOf(logLossSchema.m2.default);
const loss1 = meanLogLoss(m1, [...LOGLOSS_TARGETS]);
const loss2 = meanLogLoss(m2, [...LOGLOSS_TARGETS]);
/** Photos in table order: the pig, the dog, the cat. */
const [pigPhoto, dogPhoto, catPhoto] = [0, 1, 2];

export const figures = {
  /** Model 1 on the pig and the dog photos: the right animal's probability (a narrow lead). */
  m1Hedge: formatPercent(m1[pigPhoto][PIG]),
  /** Model 1 on the cat photo: "cat", and the animal it backs instead, "pig". */
  m1CatCat: formatPercent(m1[catPhoto][CAT]),
  m1CatPig: formatPercent(m1[catPhoto][PIG]),
  /** Model 2 on the pig and dog photos, and its hedge on the cat photo. */
  m2Right: formatPercent(m2[pigPhoto][PIG]),
  m2CatCat: formatPercent(m2[catPhoto][CAT]),
  m2CatDog: formatPercent(m2[catPhoto][DOG]),
  /** The mean log losses the widget shows, in nats. */
  m1Mean: formatFixed(loss1.mean, 3),
  m2Mean: formatFixed(loss2.mean, 3),
  /** Model 1's confident mistake, −ln p(cat), against its two hedges together. */
  m1CatLoss: formatFixed(loss1.perSample[catPhoto], 2),
  m1HedgeLosses: formatFixed(loss1.perSample[pigPhoto] + loss1.perSample[dogPhoto], 2),
  /** The same hedge as a plain decimal, for −ln of it. */
  m1CatCatDecimal: formatFixed(m1[catPhoto][CAT], 1),
};

/** For the claims test: the same tables and losses the figures come from. */
export const logLossDefaults = { m1, m2, loss1, loss2, photos: { pigPhoto, dogPhoto, catPhoto }, classes: { CAT, DOG, PIG } };
