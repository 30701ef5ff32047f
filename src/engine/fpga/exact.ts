/**
 * Exact reference for the error figures: σ branched on sign so neither side overflows exp
 * or cancels. The same function as the trainer's kernel (numeric/scalar.ts sigmoidBySign).
 */
export { sigmoidBySign as sigmoidExact } from '../numeric/scalar';
