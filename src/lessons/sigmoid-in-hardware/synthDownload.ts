/**
 * What pressing "Synthesize" downloads the first time: @yowasp/yosys 0.55.944's code, its
 * resource bundle (Yosys's techlibs as a JS module) and its four wasm modules, in bytes as
 * they are in the package (the build copies them unchanged but for minifying the JS).
 * synthDownload.test.ts checks it against node_modules, so an upgrade cannot leave it stale.
 */
export const YOSYS_VERSION = '0.55';
export const YOSYS_DOWNLOAD_BYTES = 34_017_289;
/** The figure the button quotes, in (decimal) megabytes. */
export const yosysDownloadMb = (): number => Math.round(YOSYS_DOWNLOAD_BYTES / 1e6);
