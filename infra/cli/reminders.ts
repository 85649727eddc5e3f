import { parseArgs } from 'node:util';
import { createReminders } from '../../functions/reminders/handler';
import { loadConfig } from '../../shared/config';
import { readRuntimeFile } from '../local/runtime';

const { values } = parseArgs({ options: { now: { type: 'string' }, 'dry-run': { type: 'boolean' } } });
const dataDir = process.env.IOP_DATA_DIR ?? '.local';
let runtime: Record<string, string>;
try {
  runtime = readRuntimeFile(dataDir);
} catch {
  console.error(`No running system found in ${dataDir}/ — start it first with \`npm start\`.`);
  process.exit(2);
}
const now = values.now ? new Date(values.now) : undefined;
if (now && Number.isNaN(now.getTime())) {
  console.error(`--now ${values.now} is not a time; use ISO 8601, e.g. 2018-03-02T09:00:00Z.`);
  process.exit(2);
}
const config = loadConfig({ ...runtime, LOG_LEVEL: 'WARN' }, ['MAIL_FROM', 'WEB_ORIGIN']);
try {
  const dryRun = values['dry-run'] ?? false;
  const result = await createReminders(config)({ now, dryRun });
  console.log(dryRun ? 'Would send (dry run, nothing written or sent):' : 'Reminders:');
  for (const p of result.planned) console.log(`  ${p.to.padEnd(32)} ${p.subject}`);
  if (result.planned.length === 0) console.log('  none due');
  if (!dryRun) console.log(`Sent ${result.sent}, failed ${result.failed}. Mail: the SES emulator's inbox.`);
} catch (error) {
  console.error(`The reminder run failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
