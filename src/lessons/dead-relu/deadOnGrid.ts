/**
 * A unit counts as dead on the neuron maps when its output is exactly 0 over the whole plotted
 * plane — for ReLU, derivative 0 on every grid point, the engine's test restricted to the grid.
 * Only ReLU has an exactly-zero slope; the others never die by this test.
 */
export function deadOnGrid(grids: Float32Array, unit: number, g: number, act: string): boolean {
  if (act !== 'relu') return false;
  const off = unit * g * g;
  for (let i = 0; i < g * g; i++) if (grids[off + i] !== 0) return false;
  return true;
}
