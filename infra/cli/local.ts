import { readRuntimeFile } from '../local/runtime';

/** The configuration of the system `npm start` is running (in IOP_DATA_DIR, default `.local`), or exit 2. */
export function runningSystem(): Record<string, string> {
  const dataDir = process.env.IOP_DATA_DIR ?? '.local';
  try {
    return readRuntimeFile(dataDir);
  } catch {
    console.error(`No running system found in ${dataDir}/ — start it first with \`npm start\`.`);
    process.exit(2);
  }
}

/** `--now` as an instant (undefined when not given), or exit 2 with an example of the format. */
export function nowOption(value: string | undefined, example: string): Date | undefined {
  const now = value ? new Date(value) : undefined;
  if (now && Number.isNaN(now.getTime())) {
    console.error(`--now ${value} is not a time; use ISO 8601, e.g. ${example}.`);
    process.exit(2);
  }
  return now;
}
