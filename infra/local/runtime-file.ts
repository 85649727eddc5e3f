import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `runtime.json` in the data dir: the running local system's configuration, written at start, read by the local
 * CLIs (cold-night check, reminders, report) to reach the same DynamoDB Local, emulators and web origin.
 */
const RUNTIME_FILE = 'runtime.json';

export function writeRuntimeFile(dataDir: string, config: object) {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, RUNTIME_FILE), `${JSON.stringify(config, null, 2)}\n`);
}

/** The configuration `npm start` wrote in `dataDir` (throws when there is none). */
export const readRuntimeFile = (dataDir: string): Record<string, string> =>
  JSON.parse(readFileSync(join(dataDir, RUNTIME_FILE), 'utf8'));
