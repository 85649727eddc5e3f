import { readPackageFile } from '../package-files';

/** Files the report's renderers load at run time: the font (charts and PDF) and resvg's WebAssembly. */
export const REPORT_ASSETS = {
  font: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  boldFont: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  resvgWasm: '@resvg/resvg-wasm/index_bg.wasm',
} as const;

export const readAsset = (name: keyof typeof REPORT_ASSETS): Buffer => readPackageFile(REPORT_ASSETS[name]);
