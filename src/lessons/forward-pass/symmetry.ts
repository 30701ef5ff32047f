import { constantNetwork, createTrainer, hiddenUnitSpread, makeDataset, packNetwork, unpackNetwork, type DenseNetwork, type Trainer } from '../../engine';

export const SYM_SIZES = [2, 4, 1] as const;
export type InitKind = 'equal' | 'random';

const DATA = makeDataset('xor', 200, 7);

/**
 * A 2-4-1 tanh network on XOR. "equal": createTrainer has no constant init, so the weights
 * are overwritten through setWeights with every weight = c and every bias 0. "random":
 * Xavier uniform from the seed.
 */
export function symmetryTrainer(init: InitKind, c: number): Trainer {
  const tr = createTrainer({
    layers: [...SYM_SIZES],
    hidden: 'tanh',
    output: 'sigmoid',
    loss: 'bce',
    optimizer: 'sgd',
    init: 'xavier',
    learningRate: 0.5,
    batchSize: 16,
    seed: 7,
    data: DATA,
  });
  if (init === 'equal') tr.setWeights(packNetwork(constantNetwork(SYM_SIZES, c)));
  return tr;
}

export interface UnitRow {
  unit: number;
  /** Incoming weights from x₁, x₂, the bias, and the weight to the output. */
  params: number[];
}

export function hiddenUnits(tr: Trainer): { rows: UnitRow[]; spread: number; net: DenseNetwork } {
  const net = unpackNetwork(tr.getWeights(), SYM_SIZES);
  const [W1, W2] = net.weights;
  const rows = Array.from({ length: SYM_SIZES[1] }, (_, u) => ({
    unit: u + 1,
    params: [W1.data[u * W1.cols], W1.data[u * W1.cols + 1], net.biases[0][u], W2.data[u]],
  }));
  return { rows, spread: hiddenUnitSpread(net, 0), net };
}
