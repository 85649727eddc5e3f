import { DateTime } from 'luxon';
import { readRuntimeFile } from '../local/runtime-file';
import { usageError } from './args';

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
export function nowOption(
  command: { name: string },
  value: string | undefined,
  example: string,
): Date | undefined {
  if (value === undefined) return undefined;
  // Luxon, not Date: Date takes 30 February for 2 March.
  const now = DateTime.fromISO(value, { setZone: true });
  if (!now.isValid) usageError(command, `--now ${value} is not a time; use ISO 8601, e.g. ${example}.`);
  return now.toJSDate();
}
