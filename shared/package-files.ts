import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const resolveFromPackages = createRequire(import.meta.url).resolve;
const cache = new Map<string, Buffer>();

/**
 * A file a function serves or loads at run time from a package (a font, WebAssembly, the API docs' script). In
 * Lambda it lies beside the bundle, copied there at bundling (see `assets` in infra/constructs/iop-function.ts);
 * elsewhere it comes from node_modules. Read once per process.
 */
export function readPackageFile(packagePath: string): Buffer {
  const taskRoot = process.env.LAMBDA_TASK_ROOT;
  const path = taskRoot
    ? join(taskRoot, packagePath.split('/').at(-1) as string)
    : resolveFromPackages(packagePath);
  const file = cache.get(path) ?? readFileSync(path);
  cache.set(path, file);
  return file;
}
