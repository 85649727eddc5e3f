import { parseArgs } from 'node:util';
import { createReminders } from '../../functions/reminders/handler';
import { loadConfig } from '../../shared/config';
import { nowOption, runningSystem } from './local';

const { values } = parseArgs({ options: { now: { type: 'string' }, 'dry-run': { type: 'boolean' } } });
const runtime = runningSystem();
const now = nowOption(values.now, '2018-03-02T09:00:00Z');
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
