import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { apiRoutes } from '../../functions/api/routes';
import { lambdaFetch } from '../../infra/local/http-adapter';
import { type LocalSystem, localGateway, startLocalSystem } from '../../infra/local/runtime';
import { coreFromConfig, emailFromConfig } from '../../shared/adapters/clients';
import { memoryCore } from '../../shared/adapters/memory-stores';
import type { EmailSender, SmsSender } from '../../shared/app/alerts-model';
import { createKey } from '../../shared/app/keys';
import { type Deps, SILENT } from '../../shared/app/ports';
import { runReminders } from '../../shared/app/reminders';
import { systemPrincipal } from '../../shared/domain/access';
import { REPORT_ROUTES } from '../../shared/http/report-routes';

export interface Reply {
  status: number;
  contentType: string;
  body: any;
  text: string;
}

/** A table name of its own for each test system in the run's DynamoDB Local. */
const ownTable = () => `iop-test-${process.pid}-${randomBytes(6).toString('hex')}`;

/**
 * The local system (the SES emulator, the fake SMHI, the API's handler over HTTP) on free loopback ports, on a table
 * of its own in the run's DynamoDB Local (started once by `test/support/emulators.ts`).
 */
export async function startTestSystem(
  options: {
    demo?: boolean;
    /** The demo brought to the clock's today, as `npm start` has it. */
    living?: boolean;
    dataDir?: string;
    now?: () => Date;
    /**
     * Its own DynamoDB Local (keeping its data in `dataDir`, if given, as `npm start` does): to test a restart, or
     * to keep other files' transactions out of a timing.
     */
    ownDynamo?: boolean;
  } = {},
): Promise<LocalSystem> {
  const endpoint = options.ownDynamo ? undefined : inject('dynamoEndpoint');
  return startLocalSystem({
    ...(endpoint ? { dynamo: { endpoint, tableName: ownTable() } } : {}),
    now: options.now,
    port: 0,
    dataDir: options.dataDir ?? mkdtempSync(join(tmpdir(), 'iop-test-')),
    inMemory: options.dataDir === undefined,
    demo: options.demo ?? false,
    living: options.living ?? false,
    // What a request does is the tests' to check, how fast the bench's: a 5,000-row import on DynamoDB Local, with
    // two other files' systems busy on the same two cores, may take longer than Lambda's 30 s here.
    functionTimeoutMs: 120_000,
    // IOP_TEST_LOG=ERROR shows what a failing system logged (a 500's cause).
    logLevel: process.env.IOP_TEST_LOG ?? 'SILENT',
  });
}

/**
 * The local system for one test file: started before its tests, stopped after them. `t.system` and `t.api` are
 * there inside tests and later hooks (vitest runs hooks in the order they are declared).
 */
export function useTestSystem(options: Parameters<typeof startTestSystem>[0] = {}) {
  const t = {} as { system: LocalSystem; api: ReturnType<typeof client> };
  beforeAll(async () => {
    t.system = await startTestSystem(options);
    t.api = client(t.system);
  });
  afterAll(() => t.system?.stop());
  return t;
}

/**
 * One run of the reminders at a moment (an ISO instant), as the schedule runs them on the system's table and SES
 * emulator; `email` puts another sender in its place (one that fails).
 */
export const runRemindersAt = (
  system: LocalSystem,
  at: string,
  options: { email?: EmailSender; dryRun?: boolean } = {},
) =>
  runReminders(
    {
      ...coreFromConfig(system.config, SILENT),
      email: options.email ?? emailFromConfig(system.config),
      now: () => new Date(at),
    },
    { origin: system.webUrl, dryRun: options.dryRun },
  );

/** Every endpoint as declared (the handlers are not called: no dependencies needed). */
const DECLARED = [...apiRoutes({} as Deps, { origin: () => '' }), ...Object.values(REPORT_ROUTES)].map(
  (r) => ({
    method: r.method,
    pattern: new RegExp(`^${r.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    responses: r.responses,
  }),
);

/**
 * A JSON answer of 2xx is what its route declares, no more and no less: parsed by the declared response schema
 * (which drops undeclared fields) it must come out unchanged. So the OpenAPI document cannot drift from the API.
 */
function expectDeclared(method: string, path: string, status: number, body: unknown) {
  const route = DECLARED.find((r) => r.method === method && r.pattern.test(path.split('?')[0] ?? ''));
  if (!route || path.startsWith('/v1/openapi.json')) return;
  const schema = route.responses[status]?.schema;
  expect(schema, `${method} ${path} answers ${status}: declared with a schema`).toBeDefined();
  const parsed = schema?.safeParse(body);
  expect(parsed?.error?.issues ?? [], `${method} ${path} ${status} as declared`).toEqual([]);
  expect(parsed?.data, `${method} ${path} ${status}: no undeclared fields`).toEqual(body);
}

/** Where the client's requests go: the local system's socket, or a handler in process (`lambdaFetch`). */
export interface Target {
  adminKey: string;
  /** `fetch` of a path on the API's origin. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

/** The local system's socket as a target. */
export const overHttp = (system: Pick<LocalSystem, 'apiUrl' | 'adminKey'>): Target => ({
  adminKey: system.adminKey,
  fetch: (path, init) => fetch(`${system.apiUrl}${path}`, init),
});

/** A tiny HTTP client for the API, speaking to it as curl would. */
export function client(system: LocalSystem | Target) {
  const target = 'fetch' in system ? system : overHttp(system);
  const call = async (
    method: string,
    path: string,
    options: {
      key?: string;
      json?: unknown;
      body?: string;
      contentType?: string;
      headers?: Record<string, string>;
      timeoutMs?: number;
    } = {},
  ): Promise<Reply> => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.key) headers.authorization = `Bearer ${options.key}`;
    let body: string | undefined = options.body;
    if (options.json !== undefined) body = JSON.stringify(options.json);
    if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
    // A request the system never answers is a bug: it fails here, named, rather than hanging the run.
    const response = await target.fetch(path, {
      method,
      headers,
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (response.status >= 200 && response.status < 300 && contentType.startsWith('application/json'))
      expectDeclared(method, path, response.status, parsed);
    return { status: response.status, contentType, body: parsed, text };
  };
  const admin = target.adminKey;
  return {
    call,
    admin,
    async key(role: 'admin' | 'coordinator' | 'partner', organisationId?: string): Promise<string> {
      const r = await call('POST', '/v1/keys', {
        key: admin,
        json: { role, organisationId, label: `test ${role}` },
      });
      expect(r.status).toBe(201);
      return r.body.key;
    },
    async organisation(name: string, orgNumber?: string): Promise<string> {
      const r = await call('POST', '/v1/organisations', { key: admin, json: { name, orgNumber } });
      expect(r.status).toBe(201);
      return r.body.id;
    },
    async activity(
      organisationId: string,
      kind: string,
      name = `${kind} of ${organisationId}`,
    ): Promise<string> {
      const r = await call('POST', '/v1/activities', { key: admin, json: { organisationId, name, kind } });
      expect(r.status).toBe(201);
      return r.body.id;
    },
    /**
     * A night shelter of a new organisation with `places` from 1 November 2026, and a partner person of it who can
     * sign in with `email`: what a partner's journey starts from.
     */
    async shelterWithPartner(input: { organisation: string; shelter: string; email: string; name: string }) {
      const organisationId = await this.organisation(input.organisation);
      const shelterId = await this.activity(organisationId, 'night_shelter', input.shelter);
      const places = await call('PUT', `/v1/activities/${shelterId}/capacity/2026-11-01`, {
        key: admin,
        json: { places: 20 },
      });
      expect(places.status).toBe(200);
      const person = await call('POST', '/v1/users', {
        key: admin,
        json: { email: input.email, name: input.name, role: 'partner', organisationId },
      });
      expect(person.status).toBe(201);
      return { organisationId, shelterId };
    },
    /** Everything a change could touch, to show that a refused request stored nothing. */
    async snapshot(activityId: string) {
      const [figures, audit, activity] = await Promise.all([
        call('GET', `/v1/activities/${activityId}/figures`, { key: admin }),
        call('GET', '/v1/audit', { key: admin }),
        call('GET', `/v1/activities/${activityId}`, { key: admin }),
      ]);
      return { figures: figures.body, audit: audit.body, activity: activity.body };
    },
  };
}

/** Asserts an RFC 9457 problem with this status, and returns it. */
export function expectProblem(reply: Reply, status: number) {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.contentType).toMatch(/^application\/problem\+json/);
  expect(reply.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  return reply.body as {
    status: number;
    detail: string;
    errors?: { path: string; message: string; code?: string }[];
  };
}

/**
 * The unit tier's system: the partner API, the reports function and the web app behind one in-process gateway, on
 * the in-memory stores, the e-mail and SMS kept in lists, no socket. `t.fetch` is a `fetch` of the API's origin,
 * `t.api` the same client as over HTTP, `t.dump()` every stored item (the "nothing was stored" check).
 */
export function useInProcessSystem(options: { now?: () => Date } = {}) {
  const t = {} as {
    api: ReturnType<typeof client>;
    fetch: Target['fetch'];
    dump(): string;
    deps: ReturnType<typeof memoryCore>;
    mail: Parameters<EmailSender['send']>[0][];
    sms: Parameters<SmsSender['send']>[0][];
  };
  // Over a socket each request takes more than a millisecond, as in production; in process three can share one,
  // and the audit orders entries of the same millisecond by their random ids. The clock moves on at every reading.
  let last = 0;
  const ticking = () => {
    last = Math.max(Date.now(), last + 1);
    return new Date(last);
  };
  beforeAll(async () => {
    t.deps = memoryCore({ now: options.now ?? ticking });
    t.mail = [];
    t.sms = [];
    const files = new Map<string, Uint8Array>();
    const gateway = localGateway(
      t.deps,
      {
        email: { send: async (m) => void t.mail.push(m) },
        sms: { send: async (m) => void t.sms.push(m) },
        archive: {
          put: async (key, file) => void files.set(key, file.body),
          get: async (key) => files.get(key) ?? new Uint8Array(),
        },
      },
      { origin: () => 'http://localhost', logLevel: 'SILENT' },
    );
    const admin = await createKey(t.deps, systemPrincipal('test'), { role: 'admin', label: 'test admin' });
    t.fetch = lambdaFetch(gateway);
    t.api = client({ adminKey: admin.key, fetch: t.fetch });
    t.dump = () => t.deps.table.dump();
  });
  return t;
}
