import { copyFileSync, mkdtempSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { ESM_BANNER } from '../../infra/constructs/iop-function';
import { REPORT_ASSETS } from '../../shared/report/assets';

/**
 * Bundles a function as CDK's NodejsFunction does for this stack (infra/constructs/iop-function.ts): esbuild,
 * minified ESM for Node 24, the AWS SDK inside, the same banner; the report's assets copied beside it.
 */
export async function bundleFunction(entry: string): Promise<{ dir: string; file: string; bytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'iop-bundle-'));
  const file = join(dir, 'index.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    minify: true,
    mainFields: ['module', 'main'],
    banner: { js: ESM_BANNER },
    outfile: file,
    logLevel: 'silent',
  });
  if (entry.includes('reports')) {
    const resolve = createRequire(import.meta.url).resolve;
    for (const asset of Object.values(REPORT_ASSETS))
      copyFileSync(resolve(asset), join(dir, basename(asset)));
  }
  return { dir, file, bytes: statSync(file).size };
}
