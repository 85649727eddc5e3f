import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import sesModule from 'aws-ses-v2-local';
import S3rver from 's3rver';
import { createHandler } from '../../functions/api/handler';
import { createCheck, createDeliverer } from '../../functions/cold-night-check/handler';
import { createReports } from '../../functions/reports/handler';
import { createWeb } from '../../functions/web/app';
import {
  archiveFromConfig,
  coreFromConfig,
  dynamoClient,
  sendersFromConfig,
} from '../../shared/adapters/clients';
import { createKey, generateKey, keyIdOf } from '../../shared/app/keys';
import type { Core, Uses } from '../../shared/app/ports';
import type { ReportArchive } from '../../shared/app/reports-model';
import { type ConfigWith, loadConfig } from '../../shared/config';
import { systemPrincipal } from '../../shared/domain/access';
import { bringDemoToToday, openForTheSpell } from './demo/living';
import { loadDemoData } from './demo/load';
import { dropTable, ensureTable, freePort, startDynamoDbLocal, stopChild } from './dynamodb';
import { FakeSmhi } from './fake-smhi';
import { coldSpellFromToday, FEBRUARY_COLD_SPELL, februaryColdSpellForecast } from './february-cold-spell';
import { serveLambda } from './http-adapter';
import { writeRuntimeFile } from './runtime-file';

export interface LocalOptions {
  /** HTTP port of the API (0 = any free port). */
  port: number;
  /** Where DynamoDB Local keeps its data; ignored when `inMemory`. */
  dataDir: string;
  inMemory: boolean;
  /** The admin key to create at start-up; else one is generated (and kept in dataDir between restarts). */
  adminKey?: string;
  /** Load the demo data when the store is empty. */
  demo: boolean;
  /**
   * Bring the demo to today (`npm start`): figures up to last night, the agreement in force, SMHI replaying a cold
   * spell two evenings ahead, checked and decided on at start. Tests keep the historical demo and the February
   * replay, whose dates they name.
   */
  living?: boolean;
  /** Log level of the API's logger (Powertools): DEBUG, INFO, WARN, ERROR, SILENT. */
  logLevel?: string;
  onRequest?: (line: string) => void;
  /** Each request's time, as Lambda's timeout (default 30 s, API Gateway's limit). */
  functionTimeoutMs?: number;
  /** The clock of every function (tests move it: codes and sessions expiring); default the real one. */
  now?: () => Date;
  /**
   * A DynamoDB Local already running (the tests start one per run), and this system's own table in it; without
   * it, the system starts its own DynamoDB Local.
   */
  dynamo?: { endpoint: string; tableName: string };
}

export interface LocalSystem {
  apiUrl: string;
  /** The web app, on the same port, by name: passkeys need `localhost`, not an IP address. */
  webUrl: string;
  sesUrl: string;
  dynamoUrl: string;
  /** The S3 emulator (s3rver) holding the report bucket. */
  s3Url: string;
  /** A local SMHI replaying a prepared cold spell (SMHI itself is not reachable from here). */
  smhiReplayUrl: string;
  /** The replayed spell's first cold evening. */
  coldFrom: string;
  /** Where the SMS sink records what would have been sent. */
  smsOutbox: string;
  adminKey: string;
  config: ConfigWith<'MAIL_FROM' | 'REPORT_BUCKET'>;
  demoRows: number | undefined;
  stop(): Promise<void>;
}

const TABLE_NAME = 'iop-local';

/**
 * The three functions behind API Gateway, as it routes to them: `/v1/reports…` to the reports function, the rest of
 * `/v1/…` to the partner API, everything else to the web app, which hands a report's "send now" to the reports
 * function's code. Used by the local runtime over HTTP and by the unit tier in process.
 */
export function localGateway(
  deps: Core,
  channels: Uses<'email' | 'sms' | 'courier'> & { archive: ReportArchive },
  options: { origin: () => string; logLevel?: string },
) {
  const level = (options.logLevel ?? 'WARN') as 'WARN';
  const { archive, ...senders } = channels;
  const partnerApi = createHandler(
    { ...deps, ...senders },
    new Logger({ serviceName: 'iop-api', logLevel: level }),
    { origin: options.origin },
  );
  const reports = createReports(
    { ...deps, archive, email: channels.email },
    new Logger({ serviceName: 'iop-reports', logLevel: level }),
  );
  const web = createWeb(
    { ...deps, ...senders, reportSender: reports.sender },
    new Logger({ serviceName: 'iop-web', logLevel: level }),
    {
      origin: options.origin,
      contactEmail: 'tillganglighet@iop.local',
    },
  );
  return (event: APIGatewayProxyEventV2, context: Context) =>
    /^\/v1\/reports(\/|$)/.test(event.rawPath)
      ? reports.api(event, context)
      : /^\/v1(\/|$)/.test(event.rawPath)
        ? partnerApi(event, context)
        : web(event);
}

// A CommonJS package: under Node's ESM loader its `default` export arrives wrapped once more.
const sesEmulator = ((sesModule as unknown as { default?: typeof sesModule }).default ??
  sesModule) as typeof sesModule;

/**
 * The whole system on loopback: DynamoDB Local, the table, the SES emulator, and the API served by the same
 * handler code as Lambda. Used by `npm start` and by the integration tests.
 */
export async function startLocalSystem(options: LocalOptions): Promise<LocalSystem> {
  const sesPort = await freePort();
  const stoppers: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const s of stoppers.reverse()) await s();
  };
  try {
    let dynamoEndpoint = options.dynamo?.endpoint;
    if (!dynamoEndpoint) {
      const dynamoPort = await freePort();
      const dynamo: ChildProcess = await startDynamoDbLocal({
        port: dynamoPort,
        dataDir: options.inMemory ? undefined : join(options.dataDir, 'dynamodb'),
      });
      stoppers.push(() => stopChild(dynamo));
      dynamoEndpoint = `http://127.0.0.1:${dynamoPort}`;
    }
    const tableName = options.dynamo?.tableName ?? TABLE_NAME;

    const ses: Server = await sesEmulator({ host: '127.0.0.1', port: sesPort });
    // The emulator keeps its mailbox in its module: a system started after another in the same process (the tests
    // reuse a worker's modules) begins with an empty one.
    await fetch(`http://127.0.0.1:${sesPort}/clear-store`, { method: 'POST' });
    stoppers.push(() => new Promise<void>((r) => ses.close(() => r())));

    const smhi = await new FakeSmhi().start();
    const clock = options.now ?? (() => new Date());
    const spell = options.living ? coldSpellFromToday(clock()) : undefined;
    smhi.forecast = spell?.forecast ?? februaryColdSpellForecast();
    stoppers.push(() => smhi.stop());

    const REPORT_BUCKET = 'iop-reports';
    const s3Dir = options.inMemory ? mkdtempSync(join(tmpdir(), 'iop-s3-')) : join(options.dataDir, 's3');
    if (options.inMemory) stoppers.push(() => rmSync(s3Dir, { recursive: true, force: true }));
    const s3 = new S3rver({
      address: '127.0.0.1',
      port: await freePort(),
      silent: true,
      directory: s3Dir,
      configureBuckets: [{ name: REPORT_BUCKET, configs: [] }],
    });
    const { port: s3Port } = await s3.run();
    stoppers.push(() => s3.close());

    const smsOutbox = join(options.dataDir, 'sms-outbox.jsonl');
    const config = loadConfig(
      {
        TABLE_NAME: tableName,
        AWS_REGION: 'eu-north-1',
        DYNAMODB_ENDPOINT: dynamoEndpoint,
        SES_ENDPOINT: `http://127.0.0.1:${sesPort}`,
        SMHI_FORECAST_URL: smhi.url,
        SMHI_WARNINGS_URL: smhi.url,
        SMHI_OBSERVATIONS_URL: smhi.url,
        SMS_MODE: 'file',
        SMS_OUTBOX: smsOutbox,
        // One sender for everything the system mails (codes, reminders, alerts, reports), as on AWS.
        MAIL_FROM: 'iop@iop.local',
        S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
        REPORT_BUCKET,
      },
      ['MAIL_FROM', 'REPORT_BUCKET'],
    );
    await ensureTable(dynamoClient(config), tableName);
    // A table of its own in a shared DynamoDB Local: gone with the system, unless its data is to be kept.
    if (options.dynamo && options.inMemory) stoppers.push(() => dropTable(dynamoClient(config), tableName));
    const level = (options.logLevel ?? 'WARN') as 'WARN';
    const logger = new Logger({ serviceName: 'iop-api', logLevel: level });
    const deps = { ...coreFromConfig(config, logger), ...(options.now ? { now: options.now } : {}) };

    const adminKey = await ensureAdminKey(deps, options);
    let demoRows: number | undefined;
    if (options.demo && (await deps.store.listOrganisations()).length === 0) {
      demoRows = (await loadDemoData(deps)).rows;
      if (options.living) demoRows += (await bringDemoToToday(deps)).rows;
    }

    // Passkeys are bound to the origin browsers see: known once the server listens (`localhost`, never an IP).
    let webOrigin = '';
    const routed = localGateway(
      deps,
      {
        ...sendersFromConfig(config),
        archive: archiveFromConfig(config),
        // As on AWS, the cold-night function's code sends the web's and API's decisions.
        courier: createDeliverer(
          config,
          new Logger({ serviceName: 'iop-cold-night-check', logLevel: level }),
        ),
      },
      { origin: () => webOrigin, logLevel: level },
    );
    const api = await serveLambda(routed, {
      port: options.port,
      onRequest: options.onRequest,
      timeoutMs: options.functionTimeoutMs,
    });
    stoppers.push(() => new Promise<void>((r) => api.close(() => r())));
    const address = api.address();
    const apiPort = typeof address === 'object' && address ? address.port : options.port;
    webOrigin = `http://localhost:${apiPort}`;

    // The CLIs' configuration: the system's, and the web's origin (reminders link to its forms).
    writeRuntimeFile(options.dataDir, { ...config, WEB_ORIGIN: webOrigin });
    if (spell && demoRows !== undefined) {
      // As the hourly check would have: the alert goes out, then the coordinators' decision.
      await createCheck({ ...config, WEB_ORIGIN: webOrigin }, logger)(clock());
      await openForTheSpell(
        { ...deps, ...sendersFromConfig(config) },
        spell.coldEvenings,
        `${webOrigin}/kalla-natter`,
      );
    }
    return {
      apiUrl: `http://127.0.0.1:${apiPort}`,
      webUrl: webOrigin,
      sesUrl: `http://127.0.0.1:${sesPort}`,
      dynamoUrl: config.DYNAMODB_ENDPOINT as string,
      s3Url: config.S3_ENDPOINT as string,
      smhiReplayUrl: smhi.url,
      coldFrom: spell?.firstColdEvening ?? FEBRUARY_COLD_SPELL.firstColdEvening,
      smsOutbox,
      adminKey,
      config,
      demoRows,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function ensureAdminKey(deps: Core, options: LocalOptions): Promise<string> {
  const keyFile = join(options.dataDir, 'admin-key');
  const remembered =
    !options.inMemory && existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : undefined;
  const key = options.adminKey ?? remembered ?? generateKey();
  if (!(await deps.store.getKey(keyIdOf(key)))) {
    await createKey(
      deps,
      systemPrincipal('local-start'),
      { role: 'admin', label: 'Local admin (npm start)' },
      key,
    );
  }
  if (!options.inMemory && !options.adminKey) {
    mkdirSync(options.dataDir, { recursive: true });
    writeFileSync(keyFile, `${key}\n`, { mode: 0o600 });
  }
  return key;
}
