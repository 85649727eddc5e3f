/**
 * `npm run report -- --from 2017-11 --to 2018-04 [--out .local/reports]`: compiles the report with the same code
 * as the reports function, writes every format to a folder, keeps them in the report bucket, and e-mails the
 * report recipients through the SES emulator. Runs against the system `npm start` is running; with none, it starts
 * one in memory with the demo data for the run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from '../../shared/app/ports';
import { type ConfigWith, loadConfig } from '../../shared/config';
import { systemPrincipal } from '../../shared/domain/access';
import { isValidMonth } from '../../shared/domain/periods';
import { readRuntimeFile } from '../local/runtime-file';
import { commandArgs, usageError } from './args';

const command = {
  name: 'report',
  usage: `
Usage: npm run report -- --from YYYY-MM --to YYYY-MM [--out FOLDER]

Compiles the half-year report of the months from --from to --to (both included) with the reports function's own
code, writes every format (HTML, PDF, XLSX, CSV, JSON) to FOLDER/<from>--<to>/, keeps them in the report bucket and
e-mails them to the report's recipients (locally: the SES emulator's inbox). Uses the system \`npm start\` runs;
with none, starts one in memory with the demo data for this run.

Options:
  --from YYYY-MM   the first month, e.g. 2017-11
  --to YYYY-MM     the last month, e.g. 2018-04
  --out FOLDER     where the files go (default: .local/reports)
  -h, --help       this text

Environment: IOP_DATA_DIR, the local system's folder (default .local).`,
  options: { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } },
} as const;
const { values } = commandArgs(command);
const { from, to } = values;
if (!from || !to) usageError(command, `--${from ? 'to' : 'from'} YYYY-MM is required.`);
for (const [option, month] of [
  ['from', from],
  ['to', to],
] as const)
  if (!isValidMonth(month))
    usageError(command, `--${option} ${month} is not a month; use YYYY-MM, e.g. 2017-11.`);
if (from > to) usageError(command, `--from ${from} comes after --to ${to}.`);
// The work's modules load once the arguments are known to be good: --help and mistakes answer at once.
const [{ coreFromConfig, reportChannelsFromConfig }, { sendReport }, { renderReport }, { startLocalSystem }] =
  await Promise.all([
    import('../../shared/adapters/clients'),
    import('../../shared/app/reports'),
    import('../../shared/report/render'),
    import('../local/runtime'),
  ]);
const dataDir = process.env.IOP_DATA_DIR ?? '.local';
const out = resolve(values.out ?? join(dataDir, 'reports'), `${from}--${to}`);

/** The running local system's configuration, if it answers. */
async function runningSystem(): Promise<ConfigWith<'MAIL_FROM' | 'REPORT_BUCKET'> | undefined> {
  try {
    const config = loadConfig(readRuntimeFile(dataDir), ['MAIL_FROM', 'REPORT_BUCKET']);
    await fetch(config.DYNAMODB_ENDPOINT as string, { signal: AbortSignal.timeout(1000) });
    return config;
  } catch {
    return undefined;
  }
}

let config = await runningSystem();
let stop = async () => {};
if (config) console.log(`Using the system \`npm start\` is running (${dataDir}/).`);
else {
  console.log('No running system found: starting one in memory with the demo data for this run…');
  const system = await startLocalSystem({ port: 0, dataDir, inMemory: true, demo: true, logLevel: 'SILENT' });
  config = system.config;
  stop = system.stop;
}

try {
  mkdirSync(out, { recursive: true });
  // What goes wrong is printed; what goes well is told below.
  const print = (message: string, extra: Record<string, unknown>[]) =>
    console.error([message, ...extra.map((e) => JSON.stringify(e))].join(' '));
  const logger: Logger = {
    info() {},
    warn: (m, ...extra) => print(m, extra),
    error: (m, ...extra) => print(m, extra),
  };
  const sent = await sendReport(
    {
      ...coreFromConfig(config, logger),
      ...reportChannelsFromConfig(config),
      async render(report, language) {
        const rendered = await renderReport(report, language);
        for (const file of rendered.files) writeFileSync(join(out, file.name), file.body);
        return rendered;
      },
    },
    systemPrincipal('cli'),
    { from, to },
    { retryPauseMs: 200 },
  );
  console.log(
    `\nFiles (${sent.files.length}) in ${out}/ and in the bucket ${config.REPORT_BUCKET} under ${sent.files[0]?.split('/').slice(0, 3).join('/')}/`,
  );
  console.log(
    `E-mailed to ${sent.delivered} recipient(s)${sent.failed.length > 0 ? `; FAILED for ${sent.failed.length}` : ''}.`,
  );
  if (sent.changes) console.log(`Changed since the last report sent: ${sent.changes.length} figure(s).`);
  const store = (await (await fetch(`${config.SES_ENDPOINT}/store`)).json()) as {
    emails: {
      subject: string;
      destination: { to: string[] };
      attachments?: { filename: string; size: number }[];
    }[];
  };
  const mail = store.emails.at(-1);
  if (mail) {
    console.log(
      `Last mail in the SES emulator (${config.SES_ENDPOINT}): "${mail.subject}" to ${mail.destination.to.join(', ')}`,
    );
    for (const a of mail.attachments ?? []) console.log(`  ${a.filename} (${Math.round(a.size / 1024)} KB)`);
  }
} catch (error) {
  console.error(`The report could not be sent: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await stop();
}
