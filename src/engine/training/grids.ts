/**
 * Network outputs over a square grid of the input plane, for heatmaps.
 * Cell centres: column c ↦ x = −e + (c + ½)·2e/G, row r ↦ y = e − (r + ½)·2e/G, so row 0
 * is the top of the picture and the arrays can be blitted into ImageData as they are.
 */
import { checkIndex, checkInteger, checkPositive } from '../numeric/errors';
import { sigmoid } from './activationKernels';
import { DEFAULT_EXTENT } from './datasets';
import { forwardOne, type Net } from './network';
import { softmaxInto } from './softmaxOutput';

export const MAX_GRID = 512;

function checkPlaneGrid(net: Net, gridSize: number, extent: number): void {
  if (net.sizes[0] !== 2) throw new RangeError(`layers[0] must be 2 for plane grids, got ${net.sizes[0]}`);
  checkInteger('gridSize', gridSize, 1, MAX_GRID);
  checkPositive('extent', extent);
}

/** Calls visit(k) after forwarding grid cell k = r·G + c; net.a / net.z then hold that cell. */
function sweep(net: Net, gridSize: number, extent: number, visit: (k: number, logit: number) => void): void {
  const step = (2 * extent) / gridSize;
  const pt = new Float64Array(2);
  for (let r = 0, k = 0; r < gridSize; r++) {
    pt[1] = extent - (r + 0.5) * step;
    for (let c = 0; c < gridSize; c++, k++) {
      pt[0] = -extent + (c + 0.5) * step;
      visit(k, forwardOne(net, pt, 0));
    }
  }
}

/** σ(z) per cell; for a softmax net (k ≥ 2 outputs) the largest class probability, the model's confidence. */
export function decisionGridOf(net: Net, gridSize: number, extent = DEFAULT_EXTENT): Float32Array {
  checkPlaneGrid(net, gridSize, extent);
  const out = new Float32Array(gridSize * gridSize);
  const K = net.sizes[net.L];
  if (K === 1) {
    sweep(net, gridSize, extent, (k, z) => {
      out[k] = sigmoid(z);
    });
    return out;
  }
  const p = new Float64Array(K);
  sweep(net, gridSize, extent, (k) => {
    softmaxInto(p, 0, net.z[net.L - 1], 0, K);
    out[k] = Math.max(...p);
  });
  return out;
}

/** Per cell, every class's probability (cell-major, K per cell): softmax of the k logits, or [1 − σ, σ]. */
export function classGridOf(net: Net, gridSize: number, extent = DEFAULT_EXTENT): Float32Array {
  checkPlaneGrid(net, gridSize, extent);
  const K = net.sizes[net.L];
  const out = new Float32Array(gridSize * gridSize * Math.max(K, 2));
  sweep(net, gridSize, extent, (k, z) => {
    if (K === 1) {
      // σ(−z) rather than 1 − σ(z): the small class probability keeps its digits.
      out[2 * k] = sigmoid(-z);
      out[2 * k + 1] = sigmoid(z);
    } else {
      softmaxInto(out, k * K, net.z[net.L - 1], 0, K);
    }
  });
  return out;
}

export function neuronGridsOf(net: Net, gridSize: number, extent = DEFAULT_EXTENT): Float32Array[] {
  checkPlaneGrid(net, gridSize, extent);
  const G2 = gridSize * gridSize;
  const H = net.L - 1;
  const out = Array.from({ length: H }, (_, l) => new Float32Array(net.sizes[l + 1] * G2));
  sweep(net, gridSize, extent, (k) => {
    for (let l = 0; l < H; l++) {
      const a = net.a[l + 1];
      const o = out[l];
      for (let j = 0; j < a.length; j++) o[j * G2 + k] = a[j];
    }
  });
  return out;
}

export function unitGridOf(net: Net, layer: number, unit: number, gridSize: number, extent = DEFAULT_EXTENT): Float32Array {
  checkPlaneGrid(net, gridSize, extent);
  const H = net.L - 1;
  checkIndex('layer', layer, H); // a hidden layer
  const w = net.sizes[layer + 1];
  if (!Number.isInteger(unit) || unit < 0 || unit >= w) {
    throw new RangeError(`unit must be in [0, ${w - 1}] for layer ${layer}, got ${unit}`);
  }
  const out = new Float32Array(gridSize * gridSize);
  const a = net.a[layer + 1];
  sweep(net, gridSize, extent, (k) => {
    out[k] = a[unit];
  });
  return out;
}
