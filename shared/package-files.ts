import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const { resolve } = createRequire(import.meta.url);
const cache = new Map<string, Buffer>();

/**
 * Where a package's file lies in node_modules, looked up the way Node looks up packages but by path: a package's
 * `exports` need not list a file it ships for browsers (the docs script) to be read from disk.
 */
function inNodeModules(packagePath: string): string {
  for (const folder of resolve.paths(packagePath) ?? []) {
    const path = join(folder, packagePath);
    if (existsSync(path)) return path;
  }
  throw new Error(`No ${packagePath} in node_modules.`);
}

/**
 * A file a function serves or loads at run time from a package (a font, WebAssembly, the API docs' script). In
 * Lambda it lies beside the bundle, copied there at bundling (see `assets` in infra/constructs/iop-function.ts);
 * elsewhere it comes from node_modules. Read once per process.
 */
export function readPackageFile(packagePath: string): Buffer {
  const taskRoot = process.env.LAMBDA_TASK_ROOT;
  const path = taskRoot
    ? join(taskRoot, packagePath.split('/').at(-1) as string)
    : inNodeModules(packagePath);
  const file = cache.get(path) ?? readFileSync(path);
  cache.set(path, file);
  return file;
}
