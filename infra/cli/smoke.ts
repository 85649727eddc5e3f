/**
 * `npm run smoke -- --base-url URL [--admin-key KEY]`: what a deployer runs after `cdk deploy` (and CI against
 * `npm start`): the system answers as its people need it, one line per check, exit 1 when any fails.
 */
import { commandArgs, usageError } from './args';

const command = {
  name: 'smoke',
  usage: `
Usage: npm run smoke -- --base-url URL [--admin-key KEY]

Checks a running system from outside, as its people reach it, one line per check: the API's health, its OpenAPI
document, the public cold-night page and its JSON, a sign-in code asked for (an address that gets no mail), and,
with an admin key, a read with it. Exits 0 when every check passes, 1 when one fails.

Options:
  --base-url URL     the system, e.g. the stack's ApiUrl output, or http://127.0.0.1:3000 for npm start
  --admin-key KEY    an admin API key, for the read (without it, that check is skipped and says so)
  -h, --help         this text`,
  options: { 'base-url': { type: 'string' }, 'admin-key': { type: 'string' } },
} as const;

const { values } = commandArgs(command);
const asked = values['base-url'];
if (!asked) usageError(command, '--base-url URL is required');
let base: URL;
try {
  base = new URL(asked);
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new Error();
} catch {
  usageError(command, `--base-url ${asked} is not an http(s) address`);
}
const at = (path: string) => new URL(path, base).toString();
/** A check waits this long for each answer: a system that hangs fails, it does not stall the deployer. */
const TIMEOUT_MS = 15_000;
const get = (path: string, init: RequestInit = {}) =>
  fetch(at(path), { redirect: 'manual', ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });

/** Throws with what was wrong; resolves with a few words of what was seen. */
type Check = [name: string, run: () => Promise<string>];

const expectStatus = (response: Response, status: number) => {
  if (response.status !== status) throw new Error(`${response.status}, not ${status}`);
};

const checks: Check[] = [
  [
    'health',
    async () => {
      const r = await get('/v1/health');
      expectStatus(r, 200);
      const body = (await r.json()) as { status?: string };
      if (body.status !== 'ok') throw new Error(`status ${JSON.stringify(body.status)}`);
      return 'ok';
    },
  ],
  [
    'OpenAPI document',
    async () => {
      const r = await get('/v1/openapi.json');
      expectStatus(r, 200);
      const doc = (await r.json()) as { openapi?: string; paths?: object };
      if (!doc.openapi || !doc.paths) throw new Error('not an OpenAPI document');
      return `OpenAPI ${doc.openapi}, ${Object.keys(doc.paths).length} paths`;
    },
  ],
  [
    'public cold-night page',
    async () => {
      const r = await get('/kalla-natter');
      expectStatus(r, 200);
      if (!(await r.text()).includes('<h1>Extra kalla nätter i Stockholm</h1>'))
        throw new Error('not the page');
      return r.headers.get('cache-control') ?? 'no Cache-Control';
    },
  ],
  [
    'public cold nights (JSON)',
    async () => {
      const r = await get('/v1/public/cold-nights');
      expectStatus(r, 200);
      const body = (await r.json()) as { nights?: unknown[] };
      if (!Array.isArray(body.nights)) throw new Error('no nights');
      return `${body.nights.length} nights`;
    },
  ],
  [
    'sign-in code asked for',
    async () => {
      const page = await get('/logga-in');
      expectStatus(page, 200);
      const csrf = /name="csrf" value="([0-9a-f]{64})"/.exec(await page.text())?.[1];
      if (!csrf) throw new Error('no form token on the sign-in page');
      const cookies = page.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      // An address that can receive nothing: the system answers as for anyone, and sends no mail.
      const asked = await get('/logga-in', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies },
        body: new URLSearchParams({ csrf, email: 'smoke-test@example.invalid' }).toString(),
      });
      expectStatus(asked, 303);
      const location = asked.headers.get('location');
      if (location !== '/logga-in/kod') throw new Error(`went to ${location}`);
      return 'the code page';
    },
  ],
  [
    'read with the admin key',
    async () => {
      const key = values['admin-key'];
      if (!key) return 'skipped (no --admin-key)';
      const r = await get('/v1/organisations', { headers: { authorization: `Bearer ${key}` } });
      expectStatus(r, 200);
      const body = (await r.json()) as unknown[];
      return `${body.length} organisations`;
    },
  ],
];

let failed = 0;
for (const [name, run] of checks) {
  const started = performance.now();
  try {
    const seen = await run();
    console.log(`ok    ${name} — ${seen} (${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    failed++;
    const reason =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    console.log(`FAIL  ${name} — ${reason}`);
  }
}
console.log(
  failed === 0
    ? `All ${checks.length} checks passed: ${base.origin}`
    : `${failed} of ${checks.length} checks failed: ${base.origin}`,
);
process.exit(failed === 0 ? 0 : 1);
