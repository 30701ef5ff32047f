/** Reading Yosys's reports on the generated hardware (see flow.ts for the script). */
export { classifyCells, parseLtp, parseStatJson, parseStatText, yosysPass, type CellCounts, type CellsByType } from './stat';
export { SYNTH_FLOWS, synthFile, synthReport, synthScript, type FlowReport, type SynthFlow, type SynthReport } from './flow';
