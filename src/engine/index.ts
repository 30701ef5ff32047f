/**
 * The one public door into the engine. Every name exported here is documented in
 * docs/engine.md; names and meanings are a contract (add, never rename or remove): lessons,
 * widgets, the worker and outside code import from here and from nothing deeper.
 */
export * from './numeric';
export * from './fpga';
export * from './training';
export * from './analysis';
export * from './sampling';
export * from './gaussian';
export * from './attention';
export * from './imbalance';
export * from './linalg';
export * from './optim2d';
export * from './lossmap';
export { depthFactors, type DepthFactors } from './training/depthFactors';
export { normalExpectation, activationNormalMean, minimumOn } from './analysis/normalMoments';
export { bestLineAccuracy, type BestLine } from './training/bestLine';
export { argmax } from './numeric/argmax';
export { generateVerilog, generateHlsCpp, type HdlMethod, type HdlConfig, type HdlConfigs, type VerilogDesign, type HlsDesign } from './fpga/hdl';
export { classifyCells, parseLtp, parseStatJson, parseStatText, yosysPass, synthReport, synthScript, synthFile, SYNTH_FLOWS, type CellCounts, type CellsByType, type FlowReport, type SynthFlow, type SynthReport } from './fpga/synth';
export * from './approx';
