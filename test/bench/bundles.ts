import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * The smallest useful Lambda of this stack: one DocumentClient GetItem behind a handler, bundled with the same
 * settings. What any function that reads DynamoDB pays before its own code.
 */
const MINIMAL_HANDLER = `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
export const handler = async (event) => {
  const { Item } = await doc.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: 'KEY', sk: event.id } }));
  return { statusCode: Item ? 200 : 404, body: JSON.stringify(Item ?? {}) };
};
`;

/**
 * Each Lambda bundled as CDK bundles it: its size and cold import against the minimal DynamoDB handler's, bundled
 * the same way in the same run (goals: size ≤ 1.2x, import ≤ 1.5x), and against an empty module's.
 */
export async function bundleBench() {
  const empty = join(mkdtempSync(join(tmpdir(), 'iop-empty-')), 'index.mjs');
  writeFileSync(empty, 'export const handler = async () => ({});\n');
  const floor = coldImportMs(empty);
  const minimalEntry = join(process.cwd(), 'test', 'bench', '.minimal-handler.mjs');
  writeFileSync(minimalEntry, MINIMAL_HANDLER);
  const minimal = await bundleFunction(minimalEntry).finally(() => rmSync(minimalEntry));
  const minimalMs = coldImportMs(minimal.file);
  const rows = [
    {
      measure: 'bundle: minimal DocumentClient handler (floor)',
      'size KB': (minimal.bytes / 1024).toFixed(0),
      'cold import ms': ms(minimalMs),
      'empty module ms': ms(floor),
      'ratio to the floor': '1.0x / 1.0x',
      goal: '',
      met: '',
    },
  ];
  for (const [name, entry] of [
    ['partner API', 'functions/api/handler.ts'],
    ['cold-night check', 'functions/cold-night-check/handler.ts'],
    ['reports', 'functions/reports/handler.ts'],
    ['web app', 'functions/web/handler.ts'],
  ] as const) {
    const bundle = await bundleFunction(entry);
    const importMs = coldImportMs(bundle.file, { LAMBDA_TASK_ROOT: bundle.dir });
    const kb = bundle.bytes / 1024;
    rows.push({
      measure: `bundle: ${name}`,
      'size KB': kb.toFixed(0),
      'cold import ms': ms(importMs),
      'empty module ms': ms(floor),
      'ratio to the floor': `${(bundle.bytes / minimal.bytes).toFixed(1)}x / ${(importMs / minimalMs).toFixed(1)}x`,
      goal: 'size ≤ 1.2x, import ≤ 1.5x the floor',
      met: bundle.bytes / minimal.bytes <= 1.2 && importMs / minimalMs <= 1.5 ? 'yes' : 'NO',
    });
  }
  return rows;
}
