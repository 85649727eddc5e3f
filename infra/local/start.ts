/**
 * `npm start`: the whole system on this machine, with demo data on first start.
 * Environment: PORT (3000), IOP_ADMIN_KEY, IOP_DATA_DIR (.local/), IOP_IN_MEMORY=1, LOG_LEVEL (INFO).
 */
import { commandArgs } from '../cli/args';
import { DEMO_PEOPLE } from './demo/registry';

commandArgs({
  name: 'start',
  usage: `
Usage: npm start

Starts the whole system on this machine: DynamoDB Local, the SES emulator (a web inbox), a local SMHI replay, the
S3 emulator, and the API and the web app on one port with the same handler code as Lambda; loads the demo data on
first start. Prints the URLs, the admin key and the demo people. Ctrl-C stops everything.

Environment:
  PORT            the API's and web app's port (default 3000)
  IOP_DATA_DIR    where the data is kept between starts (default .local)
  IOP_IN_MEMORY   1: keep nothing (the data is gone on exit)
  IOP_ADMIN_KEY   the admin key to create (default: one is made and kept)
  LOG_LEVEL       DEBUG, INFO, WARN, ERROR or SILENT (default INFO)`,
  options: {},
});
// The system's modules load after the arguments: --help answers at once.
const { startLocalSystem } = await import('./runtime');

const system = await startLocalSystem({
  port: Number(process.env.PORT ?? 3000),
  dataDir: process.env.IOP_DATA_DIR ?? '.local',
  inMemory: process.env.IOP_IN_MEMORY === '1',
  adminKey: process.env.IOP_ADMIN_KEY || undefined,
  demo: true,
  living: true,
  logLevel: process.env.LOG_LEVEL ?? 'INFO',
  onRequest: (line) => console.log(line),
});

console.log(`
IOP EU-medborgare — local system is up
  Web app      ${system.webUrl}/   (sign in with a demo person below; the code arrives in the mail inbox)
  API          ${system.apiUrl}/v1/health
  API docs     ${system.apiUrl}/v1/docs   (OpenAPI: ${system.apiUrl}/v1/openapi.json)
  Mail inbox   ${system.sesUrl}/          (SES emulator; JSON at ${system.sesUrl}/store)
  SMS outbox   ${system.smsOutbox}   (what would have been sent; no SMS leaves this machine)
  SMHI replay  ${system.smhiReplayUrl}        (a cold spell from the evening of ${system.coldFrom}, in SMHI's format)
  DynamoDB     ${system.dynamoUrl}        (DynamoDB Local, table ${system.config.TABLE_NAME})
  S3           ${system.s3Url}        (s3rver, bucket ${system.config.REPORT_BUCKET}: every sent report)
  Data         ${process.env.IOP_IN_MEMORY === '1' ? 'in memory (gone on exit)' : (process.env.IOP_DATA_DIR ?? '.local')}
  Demo data    ${system.demoRows === undefined ? 'already loaded' : `loaded: ${system.demoRows} rows of figures (the seed half-year Nov 2017 – Apr 2018, and the last months up to last night, a few nights missing); the cold spell alerted and the venue opened for it`}

  Admin key    ${system.adminKey}
  Demo people  ${DEMO_PEOPLE.map((p) => `${p.email.padEnd(28)} ${p.name} (${p.role})`).join('\n               ')}

  Try: curl -H "Authorization: Bearer ${system.adminKey}" ${system.apiUrl}/v1/activities
       ${system.apiUrl}/v1/reports?from=2017-11&to=2018-04&format=html   (with the key; or format=pdf, xlsx)
       npm run cold-night-check -- --smhi replay                (in another terminal: the hourly check, now)
       npm run report -- --from 2017-11 --to 2018-04            (files to .local/reports/, mail to the inbox)
Ctrl-C stops everything.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await system.stop();
    process.exit(0);
  });
}
