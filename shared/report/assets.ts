import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const resolveFromPackages = createRequire(import.meta.url).resolve;

/**
 * Files the report's renderers load at run time: the font (charts and PDF) and resvg's WebAssembly. In Lambda
 * they lie beside the bundle (copied there at bundling, see infra); elsewhere they come from node_modules.
 */
export const REPORT_ASSETS = {
  font: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  boldFont: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  resvgWasm: '@resvg/resvg-wasm/index_bg.wasm',
} as const;

const cache = new Map<string, Buffer>();

export function readAsset(name: keyof typeof REPORT_ASSETS): Buffer {
  const packagePath = REPORT_ASSETS[name];
  const taskRoot = process.env.LAMBDA_TASK_ROOT;
  const path = taskRoot
    ? join(taskRoot, packagePath.split('/').at(-1) as string)
    : resolveFromPackages(packagePath);
  const file = cache.get(path) ?? readFileSync(path);
  cache.set(path, file);
  return file;
}
