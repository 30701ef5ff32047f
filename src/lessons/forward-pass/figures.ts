/**
 * The figures in the forward-pass lesson's words, from the engine's cost model for the lesson's
 * 784→50→100→10 network, formatted by the one shared formatter. Cheap: arithmetic on four sizes.
 * What training shows (the symmetry widget) is pinned in claims.test.ts instead.
 */
import { mlpCost } from '../../engine';
import { formatPercent } from '../../format/number';
import { BIG_NET } from './schema';

/** The first layer's share of one forward pass's multiply-adds (the same for every batch size). */
export function firstLayerShare(): number {
  const c = mlpCost(BIG_NET, 1);
  return c.layers[0].multiplyAdds / c.multiplyAdds;
}

export const figures = {
  firstShare: formatPercent(firstLayerShare()),
};
