import { loadConfig } from '../../shared/config';
import { commandArgs } from './args';
import { nowOption, runningSystem } from './local';

const command = {
  name: 'reminders',
  usage: `
Usage: npm run reminders -- [--now TIME] [--dry-run]

Runs the daily reminder run once against the system \`npm start\` runs: what each organisation still owes
(figures, agreements' deadlines, financial outcomes), e-mailed to its people (locally: the SES emulator's inbox).
Each reminder goes once.

Options:
  --now TIME    the run's clock, ISO 8601, e.g. 2018-03-02T09:00:00Z (default: now)
  --dry-run     print what would be sent; write and send nothing
  -h, --help    this text

Environment: IOP_DATA_DIR, the local system's folder (default .local).`,
  options: { now: { type: 'string' }, 'dry-run': { type: 'boolean' } },
} as const;
const { values } = commandArgs(command);
const now = nowOption(command, values.now, '2018-03-02T09:00:00Z');
const runtime = runningSystem();
// The run's modules load once the arguments are known to be good: --help and mistakes answer at once.
const { createReminders } = await import('../../functions/reminders/handler');
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
