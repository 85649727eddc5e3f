import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFunction } from '../support/bundle';
import { median, ms } from './measure';

const IMPORTS = 7;

/** Time to import a module in a fresh Node, as a Lambda cold start does before the first event. */
function coldImportMs(file: string, env: Record<string, string> = {}): number {
  const times = Array.from({ length: IMPORTS }, () =>
    Number(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const t = performance.now(); await import(${JSON.stringify(file)}); process.stdout.write(String(performance.now() - t));`,
        ],
        { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' },
      ),
    ),
  );
  return median(times);
}

/** Each Lambda bundled as CDK bundles it: its size, and its cold import against an empty module's. */
export async function bundleBench() {
  const empty = join(mkdtempSync(join(tmpdir(), 'iop-empty-')), 'index.mjs');
  writeFileSync(empty, 'export const handler = async () => ({});\n');
  const floor = coldImportMs(empty);
  const rows = [];
  for (const [name, entry] of [
    ['partner API', 'functions/api/handler.ts'],
    ['cold-night check', 'functions/cold-night-check/handler.ts'],
    ['reports', 'functions/reports/handler.ts'],
  ] as const) {
    const bundle = await bundleFunction(entry);
    const importMs = coldImportMs(bundle.file, { LAMBDA_TASK_ROOT: bundle.dir });
    const kb = bundle.bytes / 1024;
    rows.push({
      measure: `bundle: ${name}`,
      'size KB': kb.toFixed(0),
      'cold import ms': ms(importMs),
      'empty module ms': ms(floor),
      ratio: `${(importMs / floor).toFixed(1)}x`,
      goal: '≤ 400 KB; import ≤ 3x the empty module',
      met: kb <= 400 && importMs / floor <= 3 ? 'yes' : 'NO',
    });
  }
  return rows;
}
