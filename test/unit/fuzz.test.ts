import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { valid as validHtml } from 'node-html-parser';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { textProblem } from '../../shared/domain/text';
import { TABLE_IDS } from '../../shared/report/tables';
import { expectProblem, useInProcessSystem } from '../support/system';

const t = useInProcessSystem();

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

/** Cases per endpoint; FUZZ_RUNS raises it for a longer hunt (`FUZZ_RUNS=2000 npx vitest run test/unit/fuzz.test.ts`). */
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
    // Dates far outside the calendar, and its very edges.
    '0000-01-01',
    '0001-01',
    '1000-06-15',
    '1999-12-31',
    '2000-01-01',
    '2099-12-31',
    '2100-01',
    '9999-12',
    '10000-01-01',
    '+002026-01-01',
  ),
  fc.string({ minLength: 300, maxLength: 3000 }),
);

/** Text a person might type, or paste: control characters, noncharacters, formula prefixes, RTL overrides. */
const personText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
  fc
    .tuple(
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', '', ' '),
      fc.constantFrom(
        'HYPERLINK("http://evil.example","x")',
        "cmd|' /C calc'!A0",
        'SUM(1)',
        '2+3',
        'Härbärget Vid Foten',
        '\u202Egnilddif',
        '\u200B\u200B',
        'a\u0000b',
        'Hem\uFFFE',
        'x\u001B[31m',
        'ny\nrad',
        '\uD800',
        'جمعية الخير',
        '💩🏳️‍🌈',
      ),
    )
    .map(([prefix, text]) => `${prefix}${text}`),
);

/** Objects whose own keys try to reach Object.prototype, and values of every JSON type. */
const pollution = fc.constantFrom(
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"women":1,"men":2,"__proto__":{"admin":true}}',
  '{"rows":[{"__proto__":{"polluted":true},"activityId":"x","period":"2020-01-01"}]}',
);
const deep = fc.integer({ min: 100, max: 5000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);
/** Sizes: objects of many fields, long arrays. */
const sized = fc.oneof(
  fc
    .integer({ min: 250, max: 2_000 })
    .map((n) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, i])))),
  fc
    .integer({ min: 100, max: 50_000 })
    .map((n) => JSON.stringify({ rows: Array(n).fill('RED'), warningLevels: Array(n).fill('RED') })),
);
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
  sized,
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
      const before = t.dump();
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
        expect(t.dump(), `${endpoint.method} ${endpoint.path}`).toBe(before);
      } else stored.push(`${endpoint.method} ${endpoint.path}: ${acceptedWrites}`);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    // Random input that happens to be valid is rare; it may only be a report send, a key, a recipient or an
    // activity's rename (`{"name": …}` is a whole valid PATCH), never a figure.
    for (const line of stored)
      expect(line).toMatch(
        /reports\/send|\/v1\/keys|recipients|subscribers|^PATCH \/v1\/activities\/\{id\}:/,
      );
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
    expectProblem(unicode, 413);
  });

  it('takes or refuses any text a person types, in every name and label; every report format stays well-formed', async () => {
    const org = await t.api.organisation('Textprovet');
    let n = 0;
    const targets = [
      { path: '/v1/organisations', body: (name: string) => ({ name }) },
      { path: '/v1/activities', body: (name: string) => ({ organisationId: org, name, kind: 'day_centre' }) },
      {
        path: '/v1/activities',
        body: (name: string) => ({ organisationId: org, name, kind: 'night_shelter' }),
      },
      { path: '/v1/keys', body: (label: string) => ({ role: 'coordinator', label }) },
      {
        path: '/v1/subscribers',
        body: (name: string) => ({ name, email: `samordnare.${++n}@stockholm.local`, channels: ['email'] }),
      },
      {
        path: '/v1/report-recipients',
        body: (name: string) => ({ name, email: `rapport.${++n}@stockholm.local` }),
      },
    ];
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(personText, fc.nat(targets.length - 1), async (text, which) => {
        const target = targets[which] as (typeof targets)[number];
        casesTried++;
        const reply = await t.api.call('POST', target.path, { key: t.api.admin, json: target.body(text) });
        if (reply.status !== 201) {
          expectProblem(reply, 422);
          return;
        }
        accepted++;
        // What is stored obeys the one rule, whoever typed it.
        const stored = reply.body.name ?? reply.body.label;
        expect(textProblem(stored), JSON.stringify(stored)).toBeUndefined();
        if (target.path === '/v1/activities') {
          const period = reply.body.kind === 'night_shelter' ? '2026-01-10' : '2026-01';
          const r = await t.api.call('PUT', `/v1/activities/${reply.body.id}/figures/${period}`, {
            key: t.api.admin,
            json: { women: 5, men: 7 },
          });
          expect(r.status, r.text).toBe(200);
        }
      }),
      { numRuns: 240, endOnFailure: true },
    );
    expect(accepted).toBeGreaterThan(20);

    // A report over what was taken: every format opens.
    const get = (query: string) =>
      t.fetch(`/v1/reports?from=2026-01&to=2026-01&${query}`, {
        headers: { authorization: `Bearer ${t.api.admin}` },
      });
    const html = await (await get('format=html')).text();
    expect(validHtml(html)).toBe(true);
    for (const table of TABLE_IDS) {
      const csv = await (await get(`format=csv&table=${table}`)).text();
      const cells: string[] = parseCsv(csv, { delimiter: ';', bom: true }).flat();
      for (const cell of cells) expect(cell, `${table}: ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    const xlsx = await JSZip.loadAsync(await (await get('format=xlsx')).arrayBuffer());
    const parts = Object.keys(xlsx.files).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'));
    expect(parts).toContain('xl/sharedStrings.xml');
    for (const name of parts) {
      const xml = await xlsx.file(name)?.async('string');
      expect(XMLValidator.validate(xml ?? ''), name).toBe(true);
    }
    const pdf = new Uint8Array(await (await get('format=pdf')).arrayBuffer());
    const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
    expect(text).toContain('2026');
  }, 240_000);
});
