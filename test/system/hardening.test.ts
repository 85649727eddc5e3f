import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { coreFromConfig } from '../../shared/adapters/clients';
import { submitFigures } from '../../shared/app/figures';
import { authenticate } from '../../shared/app/keys';
import { SILENT } from '../../shared/app/ports';
import { AppError } from '../../shared/domain/errors';
import { expectProblem, type Reply, useTestSystem } from '../support/system';
import { tableDump } from '../support/table';

const t = useTestSystem();

/**
 * Every edge holds: what a careless user or an attacker sends is refused at once with a clear problem, the server
 * goes on answering others meanwhile, and nothing is stored. Each case is one found from outside (issue 9) or its
 * neighbour.
 */

let organisation = '';
let shelter = '';
let partner = '';

beforeAll(async () => {
  organisation = await t.api.organisation('Stockholms Stadsmission', '802003-1954');
  shelter = await t.api.activity(organisation, 'night_shelter', 'Härbärget');
  partner = await t.api.key('partner', organisation);
});

/**
 * Sends a request that must be refused: the answer is a problem with `status`, the server answers /v1/health while
 * it is being handled, and the whole table is as it was. How fast each is refused is measured by the bench
 * (`npm run bench -- edges`), not asserted here: a timing in a test fails on a busy machine, not on a slow server.
 */
async function refused(status: number, send: () => Promise<Reply>) {
  const before = await tableDump(t.system);
  const [reply, health] = await Promise.all([
    send(),
    (async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return t.api.call('GET', '/v1/health');
    })(),
  ]);
  const problem = expectProblem(reply, status);
  expect(health.status, '/v1/health answered meanwhile').toBe(200);
  expect(reply.text.length, 'the answer stays small').toBeLessThan(64 * 1024);
  expect(await tableDump(t.system)).toBe(before);
  return problem as ReturnType<typeof expectProblem> & { moreErrors?: number };
}

const manyFields = (n: number, base: Record<string, unknown> = { women: 1, men: 2 }) => {
  const body: Record<string, unknown> = { ...base };
  for (let i = 0; i < n; i++) body[`field${i}`] = 1;
  return body;
};

describe('no 500 from long lists: nothing is spread onto the stack, bodies and answers are bounded', () => {
  it('a 1 MB PUT of 123,000 unknown fields is too large for a night’s figures (413)', async () => {
    const body = JSON.stringify(manyFields(123_000));
    expect(body.length).toBeGreaterThan(1_000_000);
    await refused(413, () =>
      t.api.call('PUT', `/v1/activities/${shelter}/figures/2026-01-15`, { key: partner, body }),
    );
  });

  it('a PUT with 290 unknown fields lists 100 of them and counts the rest; 1,000 fields are refused by shape', async () => {
    const problem = await refused(422, () =>
      t.api.call('PUT', `/v1/activities/${shelter}/figures/2026-01-15`, {
        key: partner,
        json: manyFields(290),
      }),
    );
    expect(problem.errors).toHaveLength(100);
    expect(problem.moreErrors).toBe(190);
    const wide = await refused(422, () =>
      t.api.call('PUT', `/v1/activities/${shelter}/figures/2026-01-15`, {
        key: partner,
        json: manyFields(1_000),
      }),
    );
    expect(wide.errors).toEqual([
      {
        path: '/',
        message: '1,002 fields; at most 300.',
        code: 'too_many_fields',
        params: { count: 1002, max: 300 },
      },
    ]);
    expect(problem.errors?.[0]?.message).toMatch(/Unknown field/);
  });

  it('one import row of 123,000 fields, or 200,000 nationalities, is refused by its shape', async () => {
    const row = { activityId: shelter, period: '2026-01-15', ...manyFields(123_000) };
    const wide = await refused(422, () =>
      t.api.call('POST', '/v1/imports', { key: partner, json: { rows: [row] } }),
    );
    expect(wide.errors?.[0]).toMatchObject({
      path: '/rows/0',
      message: expect.stringMatching(/at most 300/),
    });
    const nationalities: Record<string, number> = {};
    for (let i = 0; i < 200_000; i++) nationalities[`N${i}`] = 1;
    const many = await refused(422, () =>
      t.api.call('POST', '/v1/imports', {
        key: partner,
        json: { rows: [{ activityId: shelter, period: '2026-01-15', women: 1, men: 1, nationalities }] },
      }),
    );
    expect(many.errors?.[0]?.path).toBe('/rows/0/nationalities');
  });

  it('a CSV of 200,000 columns, a column named twice, and a nationality named twice are refused', async () => {
    const columns = ['activityId', 'period', 'women', 'men'];
    for (let i = 0; i < 200_000; i++) columns.push(`c${i}`);
    const wide = await refused(422, () =>
      t.api.call('POST', '/v1/imports', {
        key: partner,
        body: `${columns.join(',')}\n${shelter},2026-01-15,1,2\n`,
        contentType: 'text/csv',
      }),
    );
    expect(wide.detail).toMatch(/200004 columns; at most 300/);
    for (const [header, row] of [
      ['activityId,period,women,women,men', '1,1,2'],
      ['activityId,period,women,men,nationalities.RO,nationalities.RO', '1,2,1,1'],
    ]) {
      const twice = await refused(422, () =>
        t.api.call('POST', '/v1/imports', {
          key: partner,
          body: `${header}\n${shelter},2026-01-15,${row}\n`,
          contentType: 'text/csv',
        }),
      );
      expect(twice.errors?.[0]).toMatchObject({ code: 'twice', message: 'Listed twice.' });
    }
  });

  it('a 1 MB import of bad rows answers a small problem: 100 rows listed, the rest counted', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => ({
      activityId: shelter,
      period: `2026-13-${String((i % 28) + 1).padStart(2, '0')}`,
      women: -1,
      men: 'many',
      note: 'x'.repeat(100),
    }));
    const body = JSON.stringify({ rows });
    expect(body.length).toBeGreaterThan(700_000);
    const problem = await refused(422, () => t.api.call('POST', '/v1/imports', { key: partner, body }));
    expect(problem.errors).toHaveLength(100);
    expect(problem.moreErrors).toBeGreaterThan(10_000);
    expect((problem as { conflicts?: unknown[] }).conflicts).toHaveLength(100);
  });

  it('a body over the route’s limit is refused before it is read, whatever its type', async () => {
    await refused(413, () =>
      t.api.call('PUT', '/v1/alert-settings', {
        key: t.api.admin,
        json: { warningEvents: Array.from({ length: 40_000 }, (_, i) => `EVENT_${i}`) },
      }),
    );
    await refused(413, () =>
      t.api.call('POST', '/v1/imports', {
        key: partner,
        body: 'x'.repeat(5 * 1024 * 1024),
        contentType: 'text/csv',
      }),
    );
  });
});

describe('every date, month and range is in the calendar and bounded before anything loops', () => {
  it.each([
    ['GET', '/v1/reports?from=9999-12&to=9999-12', '/from'],
    ['GET', '/v1/reports?from=0001-01&to=0003-12', '/from'],
    ['GET', '/v1/reports?from=1999-12&to=2000-01', '/from'],
    ['GET', '/v1/reports?from=2000-01&to=2099-12', '/to'],
    ['GET', '/v1/reports?from=2026-01&to=2025-12', '/to'],
    ['GET', '/v1/audit?from=2026-01-01&to=9999-12-31', '/to'],
    ['GET', '/v1/audit?from=1000-01-01', '/from'],
    ['GET', '/v1/audit?from=2001-01-01', '/from'],
    ['GET', '/v1/audit?from=2001-01-01&to=2026-01-01', '/to'],
    ['GET', '/v1/alerts?from=2000-01-01&to=2099-12-31', '/to'],
    ['GET', '/v1/cold-nights?to=10000-01-01', '/to'],
  ])('%s %s → 422 at %s', async (method, path, at) => {
    const problem = await refused(422, () => t.api.call(method, path, { key: t.api.admin }));
    expect(problem.errors?.map((e) => e.path)).toContain(at);
  });

  it('refuses POST /v1/reports/send for year 9999 at once, and nights of years 0000, 0001, 0218 and 1000', async () => {
    await refused(422, () =>
      t.api.call('POST', '/v1/reports/send', { key: t.api.admin, json: { from: '9999-12', to: '9999-12' } }),
    );
    for (const night of ['0000-01-01', '0001-01-01', '0218-01-15', '1000-06-15', '1999-12-31']) {
      const problem = await refused(422, () =>
        t.api.call('PUT', `/v1/activities/${shelter}/figures/${night}`, {
          key: partner,
          json: { women: 1, men: 1 },
        }),
      );
      expect(problem.errors?.[0]).toMatchObject({
        path: '/period',
        message: expect.stringMatching(/2000-01-01/),
      });
    }
    await refused(422, () =>
      t.api.call('PUT', `/v1/activities/${shelter}/capacity/0218-01-01`, {
        key: t.api.admin,
        json: { places: 10 },
      }),
    );
  });

  it('still takes a range of exactly the longest allowed: 36 months, 366 days', async () => {
    const report = await t.api.call('GET', '/v1/reports?from=2024-01&to=2026-12', { key: t.api.admin });
    expect(report.status, report.text.slice(0, 200)).toBe(200);
    const audit = await t.api.call('GET', '/v1/audit?from=2025-01-01&to=2026-01-01', { key: t.api.admin });
    expect(audit.status, audit.text.slice(0, 200)).toBe(200);
  });
});

describe('text a person types: one rule for every name and label', () => {
  it.each([
    ['U+FFFE (a noncharacter)', 'Härbärge \uFFFE'],
    ['only invisible characters', '\u200B\u200B'],
    ['an RTL override', 'Härbärge \u202E gnilddiF'],
    ['a lone surrogate', 'Härbärge \uD800'],
    ['NUL', 'Härbärge\u0000'],
    ['ESC', 'Härbärge \u001B[31m'],
    ['VT', 'Här\u000Bbärge'],
    ['a line break', 'Härbärge\nNy rad'],
    ['nothing but spaces', '   '],
    ['more than 200 characters', 'H'.repeat(201)],
  ])('refuses a name with %s (422 at /name)', async (_, name) => {
    const problem = await refused(422, () =>
      t.api.call('POST', '/v1/activities', {
        key: t.api.admin,
        json: { organisationId: organisation, name, kind: 'day_centre' },
      }),
    );
    expect(problem.errors?.map((e) => e.path)).toContain('/name');
  });

  it('stores names NFC-normalised and trimmed, in any script', async () => {
    const decomposed = '  Sko\u0308nhetens Ha\u0308rba\u0308rge  ';
    const r = await t.api.call('POST', '/v1/activities', {
      key: t.api.admin,
      json: { organisationId: organisation, name: decomposed, kind: 'day_centre' },
    });
    expect(r.status, r.text).toBe(201);
    expect(r.body.name).toBe('Skönhetens Härbärge');
    const arabic = await t.api.call('POST', '/v1/organisations', {
      key: t.api.admin,
      json: { name: 'جمعية الخير' },
    });
    expect(arabic.status, arabic.text).toBe(201);
  });
});

describe('lists: every array has a maximum, and a set no repeats', () => {
  it('refuses 100,000 "RED" and a repeated warning event in the alert settings', async () => {
    const settings = (await t.api.call('GET', '/v1/alert-settings', { key: t.api.admin })).body;
    await refused(413, () =>
      t.api.call('PUT', '/v1/alert-settings', {
        key: t.api.admin,
        json: { ...settings, warningLevels: Array(100_000).fill('RED') },
      }),
    );
    const tenReds = await refused(422, () =>
      t.api.call('PUT', '/v1/alert-settings', {
        key: t.api.admin,
        json: { ...settings, warningLevels: Array(10).fill('RED') },
      }),
    );
    expect(tenReds.errors?.[0]?.path).toBe('/warningLevels');
    const few = await refused(422, () =>
      t.api.call('PUT', '/v1/alert-settings', {
        key: t.api.admin,
        json: { ...settings, warningLevels: ['RED', 'RED'], warningEvents: ['WIND', 'WIND'] },
      }),
    );
    expect(few.errors?.map((e) => e.path).sort()).toEqual(['/warningEvents', '/warningLevels']);
  });

  it('declares a bound for every string, list, number and map a client can send (OpenAPI)', async () => {
    const doc = (await t.api.call('GET', '/v1/openapi.json')).body;
    const unbounded: string[] = [];
    const resolve = (schema: any): any =>
      schema?.$ref ? doc.components.schemas[schema.$ref.split('/').at(-1)] : schema;
    const walk = (raw: any, at: string, seen: Set<unknown>) => {
      const schema = resolve(raw);
      if (!schema || seen.has(schema)) return;
      seen.add(schema);
      for (const key of ['anyOf', 'oneOf', 'allOf'])
        for (const [i, s] of (schema[key] ?? []).entries()) walk(s, `${at}|${i}`, seen);
      const types = [schema.type].flat();
      if (schema.enum || schema.const !== undefined) return;
      if (types.includes('string') && schema.maxLength === undefined)
        unbounded.push(`${at}: string without maxLength`);
      if (
        (types.includes('integer') || types.includes('number')) &&
        (schema.maximum === undefined || schema.minimum === undefined)
      )
        unbounded.push(`${at}: number without minimum and maximum`);
      if (types.includes('array')) {
        if (schema.maxItems === undefined) unbounded.push(`${at}: array without maxItems`);
        walk(schema.items, `${at}[]`, seen);
      }
      if (types.includes('object')) {
        for (const [name, s] of Object.entries(schema.properties ?? {})) walk(s, `${at}.${name}`, seen);
        const extra = schema.additionalProperties;
        if (extra && extra !== false) {
          if (!schema.propertyNames?.enum && schema.maxProperties === undefined)
            unbounded.push(`${at}: map without a bound on its keys`);
          walk(extra, `${at}{}`, seen);
        }
      }
    };
    let inputs = 0;
    for (const [path, methods] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(methods)) {
        for (const p of op.parameters ?? []) {
          inputs++;
          walk(p.schema, `${method.toUpperCase()} ${path} ${p.in}:${p.name}`, new Set());
        }
        for (const [type, content] of Object.entries<any>(op.requestBody?.content ?? {})) {
          inputs++;
          walk(content.schema, `${method.toUpperCase()} ${path} body(${type})`, new Set());
        }
      }
    }
    expect(inputs).toBeGreaterThan(30);
    expect(unbounded, unbounded.join('\n')).toEqual([]);
  });
});

describe('what a client can make the system write: no formulas in CSV, no broken XLSX', () => {
  it('neutralises every text cell a spreadsheet would run as a formula, in every CSV table', async () => {
    const org = await t.api.organisation('Formelverket');
    const names = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", '@SUM(1)', '-2+3'];
    const kinds = ['night_shelter', 'day_centre', 'outreach', 'night_shelter'];
    const ids = await Promise.all(names.map((name, i) => t.api.activity(org, kinds[i] as string, name)));
    for (const id of ids) {
      await t.api.call('PUT', `/v1/activities/${id}/capacity/2026-01-01`, {
        key: t.api.admin,
        json: { places: 10 },
      });
      const period =
        (await t.api.call('GET', `/v1/activities/${id}`, { key: t.api.admin })).body.kind === 'night_shelter'
          ? '2026-01-10'
          : '2026-01';
      const r = await t.api.call('PUT', `/v1/activities/${id}/figures/${period}`, {
        key: t.api.admin,
        json: { women: 2, men: 3 },
      });
      expect(r.status, r.text).toBe(200);
    }
    const seen = new Set<string>();
    for (const table of ['shelters', 'shelterMonths', 'centres', 'outreach', 'completeness']) {
      const reply = await t.api.call('GET', `/v1/reports?from=2026-01&to=2026-01&format=csv&table=${table}`, {
        key: t.api.admin,
      });
      expect(reply.status, `${table}: ${reply.text.slice(0, 200)}`).toBe(200);
      const cells: string[] = parseCsv(reply.text, { delimiter: ';', bom: true }).flat();
      for (const cell of cells) {
        expect(cell, `${table}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
        for (const name of names) if (cell === `'${name}`) seen.add(name);
      }
    }
    expect([...seen].sort()).toEqual([...names].sort());
  });

  it('writes an XLSX that opens, with every name as text and not as a formula', async () => {
    const reply = await fetch(`${t.system.apiUrl}/v1/reports?from=2026-01&to=2026-01&format=xlsx`, {
      headers: { authorization: `Bearer ${t.api.admin}` },
    });
    expect(reply.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await reply.arrayBuffer()) as unknown as ArrayBuffer);
    let formulas = 0;
    let names = 0;
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas++;
          if (cell.value === '=HYPERLINK("http://evil.example","x")') names++;
        }),
      ),
    );
    expect(formulas).toBe(0);
    expect(names).toBeGreaterThan(0);
  });
});

describe('nothing sent twice: one address, one subscriber, one recipient', () => {
  it('refuses a second subscriber with the same e-mail (any case) or phone, and a second report recipient', async () => {
    const post = (path: string, json: unknown) => t.api.call('POST', path, { key: t.api.admin, json });
    const first = await post('/v1/subscribers', {
      name: 'Anna, samordnare',
      email: 'anna@stockholm.local',
      phone: '070-123 45 67',
      channels: ['email', 'sms'],
    });
    expect(first.status, first.text).toBe(201);
    for (const again of [
      { name: 'Anna igen', email: 'ANNA@stockholm.local', channels: ['email'] },
      { name: 'Annas telefon', phone: '+46701234567', channels: ['sms'] },
    ]) {
      const problem = await refused(409, () => post('/v1/subscribers', again));
      expect(problem.detail).toMatch(/already subscribed/);
    }
    // Both at once: one is taken, the other refused (the guard is in the write's own transaction).
    const [a, b] = await Promise.all([
      post('/v1/report-recipients', { name: 'Socialförvaltningen', email: 'rapport@stockholm.local' }),
      post('/v1/report-recipients', { name: 'Socialförvaltningen', email: 'Rapport@Stockholm.local' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    // Unsubscribed, the address is free again.
    expect(
      (await t.api.call('DELETE', `/v1/subscribers/${first.body.id}`, { key: t.api.admin })).status,
    ).toBe(204);
    expect(
      (await post('/v1/subscribers', { name: 'Anna', email: 'anna@stockholm.local', channels: ['email'] }))
        .status,
    ).toBe(201);
  });
});

describe('smaller edges', () => {
  it('refuses __proto__ as an unknown field, in JSON and in CSV, instead of dropping it', async () => {
    const json = await refused(422, () =>
      t.api.call('PUT', `/v1/activities/${shelter}/figures/2026-01-15`, {
        key: partner,
        body: '{"women":1,"men":1,"nationalities":{"__proto__":{"RO":1},"RO":1}}',
      }),
    );
    expect(json.errors?.[0]).toMatchObject({
      path: '/nationalities/__proto__',
      message: expect.stringMatching(/Unknown field/),
    });
    const csv = await refused(422, () =>
      t.api.call('POST', '/v1/imports', {
        key: partner,
        body: `activityId,period,women,men,nationalities.__proto__\n${shelter},2026-01-15,1,1,1\n`,
        contentType: 'text/csv',
      }),
    );
    expect(csv.errors?.map((e) => e.path)).toContain('/rows/0/nationalities/__proto__');
  });

  it('a write authenticated before its key was revoked cannot commit after it (401), and stores nothing', async () => {
    const created = await t.api.call('POST', '/v1/keys', {
      key: t.api.admin,
      json: { role: 'partner', organisationId: organisation, label: 'the shelter’s own system' },
    });
    const deps = coreFromConfig(t.system.config, SILENT);
    // The key is checked (as the API does first) …
    const principal = await authenticate(deps.store, `Bearer ${created.body.key}`);
    // … then revoked while the request is on its way …
    expect((await t.api.call('DELETE', `/v1/keys/${created.body.id}`, { key: t.api.admin })).status).toBe(
      200,
    );
    const before = await tableDump(t.system);
    // … and the write's own transaction refuses it.
    const write = submitFigures(deps, principal, [
      { activityId: shelter, period: '2026-01-20', figures: { women: 3, men: 4 } },
    ]);
    await expect(write).rejects.toSatisfy((e) => e instanceof AppError && e.kind === 'unauthenticated');
    expect(await tableDump(t.system)).toBe(before);
  });

  it('serves /v1/docs with no asset from any CDN: its own pinned script, integrity-checked, under a CSP', async () => {
    const page = await fetch(`${t.system.apiUrl}/v1/docs`);
    const html = await page.text();
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self';.*frame-ancestors 'none'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(html).not.toMatch(/https?:\/\//);
    // Swagger UI's script and style, and the script that starts it: each from here, each checked by its hash.
    const files = [...html.matchAll(/(?:src|href)="([^"]+)" integrity="(sha384-[^"]+)"/g)];
    expect(files.map((f) => f[1])).toEqual([
      '/v1/docs/api-reference.css',
      '/v1/docs/api-reference.js',
      '/v1/docs/start.js',
    ]);
    const { createHash } = await import('node:crypto');
    for (const [, path, integrity] of files) {
      const file = await fetch(`${t.system.apiUrl}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toMatch(
        path?.endsWith('.css') ? /^text\/css/ : /^text\/javascript/,
      );
      const body = Buffer.from(await file.arrayBuffer());
      expect(`sha384-${createHash('sha384').update(body).digest('base64')}`).toBe(integrity);
    }
    expectProblem(await t.api.call('GET', '/v1/docs/other.js'), 422);
  });

  it('gives the report HTML a CSP of its own, and JSON to `Accept: text/html;q=0, application/json`', async () => {
    const asHtml = await fetch(`${t.system.apiUrl}/v1/reports?from=2026-01&to=2026-01&format=html`, {
      headers: { authorization: `Bearer ${t.api.admin}` },
    });
    expect(asHtml.headers.get('content-security-policy')).toBe(
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
    for (const [accept, type] of [
      ['text/html;q=0, application/json', 'application/json'],
      ['text/html, application/json;q=0.5', 'text/html'],
      ['text/csv;q=0.9, application/pdf', 'application/pdf'],
      ['image/png', 'application/json'],
    ]) {
      const reply = await fetch(`${t.system.apiUrl}/v1/reports?from=2026-01&to=2026-01`, {
        headers: { authorization: `Bearer ${t.api.admin}`, accept: accept as string },
      });
      expect(reply.headers.get('content-type'), accept).toMatch(new RegExp(`^${type}`));
    }
  });
});
