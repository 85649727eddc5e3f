import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestSystem } from '../support/system';
import { tableDump } from '../support/table';

const t = useTestSystem();

/**
 * Bad input, generated: malformed, oversized, wrongly typed, deeply nested, unicode-laden and prototype-polluting
 * bodies, paths and query strings at every endpoint of the OpenAPI document. Always an answer below 500, every
 * refusal a problem+json, and a refused request stores nothing (the whole table is compared).
 */

const ids: Record<string, string> = {};
let partner = '';

beforeAll(async () => {
  ids.organisation = await t.api.organisation('Stockholms Stadsmission', '802003-1954');
  ids.activity = await t.api.activity(ids.organisation, 'night_shelter', 'Härbärget');
  partner = await t.api.key('partner', ids.organisation);
});

/** Cases per endpoint; FUZZ_RUNS raises it for a longer hunt (`FUZZ_RUNS=2000 npx vitest run test/integration/fuzz.test.ts`). */
const RUNS_PER_ENDPOINT = Number(process.env.FUZZ_RUNS ?? 80);
let casesTried = 0;

const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '../../etc/passwd',
    '%00',
    '%E0%A4%A',
    '💩🏳️‍🌈',
    'Robert"); DROP TABLE--',
    '2017-11-31',
    '2017-13',
    '9999-99-99',
    '-1',
    '1e309',
    'NaN',
    ' ',
    '\u0000',
    '\ud800',
  ),
  fc.string({ minLength: 300, maxLength: 3000 }),
);

/** Objects whose own keys try to reach Object.prototype, and values of every JSON type. */
const pollution = fc.constantFrom(
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"women":1,"men":2,"__proto__":{"admin":true}}',
  '{"rows":[{"__proto__":{"polluted":true},"activityId":"x","period":"2020-01-01"}]}',
);
const deep = fc.integer({ min: 100, max: 5000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
  fc.dictionary(nasty, fc.jsonValue({ maxDepth: 3 })).map((v) => JSON.stringify(v)),
  pollution,
  deep,
  nasty,
  fc.constant('{"women": 1, "men":'),
  fc.constant(''),
);
const contentType = fc.constantFrom(
  'application/json',
  'text/csv',
  'text/plain',
  'application/xml',
  undefined,
);
const query = fc.dictionary(
  fc.oneof(
    fc.constantFrom('from', 'to', 'format', 'table', 'language', 'dryRun', 'activityId', '__proto__'),
    nasty,
  ),
  nasty,
  { maxKeys: 4 },
);

/** Percent-encoded; a lone surrogate cannot be, so it goes as an invalid escape, which the server must refuse. */
const encode = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
};

interface Endpoint {
  method: string;
  path: string;
}

async function endpoints(): Promise<Endpoint[]> {
  const doc = (await t.api.call('GET', '/v1/openapi.json')).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
  );
}

describe('bad input, generated, at every endpoint', () => {
  it('never answers 500, always refuses with problem+json, and stores nothing it refused', async () => {
    const all = await endpoints();
    expect(all.length).toBeGreaterThanOrEqual(25);
    const stored: string[] = [];
    for (const endpoint of all) {
      const before = await tableDump(t.system);
      let acceptedWrites = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.oneof(nasty, fc.constant('real')), { minLength: 3, maxLength: 3 }),
          query,
          body,
          contentType,
          fc.constantFrom('admin', 'partner', 'none', 'garbage'),
          async (params, q, payload, type, who) => {
            casesTried++;
            let n = 0;
            const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
              const value = params[n++] ?? 'real';
              const real =
                name === 'id' && endpoint.path.startsWith('/v1/organisations')
                  ? ids.organisation
                  : ids.activity;
              return value === 'real' ? (real ?? '') : encode(value);
            });
            const search = new URLSearchParams(q).toString();
            const key = { admin: t.api.admin, partner, none: undefined, garbage: 'iop_not-a-key' }[who];
            const withBody = endpoint.method !== 'GET' && endpoint.method !== 'DELETE';
            const reply = await t.api.call(endpoint.method, `${path}${search ? `?${search}` : ''}`, {
              key,
              timeoutMs: 10_000,
              ...(withBody ? { body: payload, contentType: type } : {}),
            });
            expect(reply.status, `${endpoint.method} ${path} → ${reply.text.slice(0, 200)}`).toBeLessThan(
              500,
            );
            if (reply.status >= 400) {
              expect(reply.contentType).toMatch(/^application\/problem\+json/);
              expect(reply.body?.status).toBe(reply.status);
            } else if (endpoint.method !== 'GET') acceptedWrites++;
          },
        ),
        // No shrinking: each request is a round trip; the first counterexample, with its seed, is what we need.
        { numRuns: RUNS_PER_ENDPOINT, endOnFailure: true },
      );
      if (acceptedWrites === 0) {
        // Refused, every one: the table is exactly as it was.
        expect(await tableDump(t.system), `${endpoint.method} ${endpoint.path}`).toBe(before);
      } else stored.push(`${endpoint.method} ${endpoint.path}: ${acceptedWrites}`);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    // Random input that happens to be valid is rare; it may only be a report send or a key, never a figure.
    for (const line of stored) expect(line).toMatch(/reports\/send|\/v1\/keys|recipients|subscribers/);
    console.info(
      `fuzz: ${casesTried} generated requests at ${all.length} endpoints; accepted writes: ${stored.join('; ') || 'none'}`,
    );
  }, 240_000);

  it('refuses a body over API Gateway’s 10 MB and one of 1 MB of unicode, with problem+json', async () => {
    const big = await t.api.call('POST', '/v1/imports', {
      key: t.api.admin,
      body: 'x'.repeat(11 * 1024 * 1024),
    });
    expect(big.status).toBe(413);
    const unicode = await t.api.call('POST', '/v1/organisations', {
      key: t.api.admin,
      json: { name: '🏳️‍🌈'.repeat(70_000), orgNumber: '802003-1954' },
    });
    expect(unicode.status).toBe(422);
    expect(unicode.contentType).toMatch(/^application\/problem\+json/);
  });
});
