import { performance } from 'node:perf_hooks';
import type { LocalSystem } from '../../infra/local/runtime';
import { median, ms } from './measure';

const RUNS = 5;

/**
 * The hostile requests of issue 9, each sent RUNS times over loopback to the running system, with a health check
 * sent while each is handled: how long the refusal takes, how long health waits, how large the answer is. Before
 * the fix some of these took 14–19 s and stalled the server, or answered 500 or 25 MB.
 */
export async function edgesBench(system: LocalSystem) {
  const call = async (
    method: string,
    path: string,
    options: { key?: string; body?: string; type?: string } = {},
  ) => {
    const response = await fetch(`${system.apiUrl}${path}`, {
      method,
      headers: {
        ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
        ...(options.body !== undefined ? { 'content-type': options.type ?? 'application/json' } : {}),
      },
      body: options.body,
    });
    return { status: response.status, text: await response.text() };
  };
  const admin = system.adminKey;
  const org = JSON.parse(
    (await call('POST', '/v1/organisations', { key: admin, body: '{"name":"Kantbänken"}' })).text,
  );
  const shelter = JSON.parse(
    (
      await call('POST', '/v1/activities', {
        key: admin,
        body: JSON.stringify({ organisationId: org.id, name: 'Härbärget', kind: 'night_shelter' }),
      })
    ).text,
  );
  const partner = JSON.parse(
    (
      await call('POST', '/v1/keys', {
        key: admin,
        body: JSON.stringify({ role: 'partner', organisationId: org.id, label: 'bänk' }),
      })
    ).text,
  ).key as string;

  const fields = (n: number) => {
    const body: Record<string, number> = { women: 1, men: 1 };
    for (let i = 0; i < n; i++) body[`field${i}`] = 1;
    return body;
  };
  const nationalities = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`N${i}`, 1]));
  const wideCsv = `${['activityId', 'period', 'women', 'men', ...Array.from({ length: 200_000 }, (_, i) => `c${i}`)].join(',')}\n`;
  const badRows = JSON.stringify({
    rows: Array.from({ length: 5_000 }, () => ({
      activityId: shelter.id,
      period: '2026-13-01',
      women: -1,
      men: 'x',
    })),
  });
  const cases: [string, () => ReturnType<typeof call>][] = [
    [
      'PUT figures, 123,000 unknown fields (1 MB)',
      () =>
        call('PUT', `/v1/activities/${shelter.id}/figures/2026-01-15`, {
          key: partner,
          body: JSON.stringify(fields(123_000)),
        }),
    ],
    [
      'import, one row of 123,000 fields',
      () =>
        call('POST', '/v1/imports', {
          key: partner,
          body: JSON.stringify({
            rows: [{ activityId: shelter.id, period: '2026-01-15', ...fields(123_000) }],
          }),
        }),
    ],
    [
      'import, 200,000 nationalities',
      () =>
        call('POST', '/v1/imports', {
          key: partner,
          body: JSON.stringify({
            rows: [{ activityId: shelter.id, period: '2026-01-15', women: 1, men: 1, nationalities }],
          }),
        }),
    ],
    [
      'import CSV, 200,000 columns',
      () => call('POST', '/v1/imports', { key: partner, body: wideCsv, type: 'text/csv' }),
    ],
    ['import, 5,000 bad rows (≈ 0.4 MB)', () => call('POST', '/v1/imports', { key: partner, body: badRows })],
    ['GET report 9999-12–9999-12', () => call('GET', '/v1/reports?from=9999-12&to=9999-12', { key: admin })],
    [
      'POST report send 9999-12',
      () => call('POST', '/v1/reports/send', { key: admin, body: '{"from":"9999-12","to":"9999-12"}' }),
    ],
    ['GET report 0001-01–0003-12', () => call('GET', '/v1/reports?from=0001-01&to=0003-12', { key: admin })],
    [
      'GET audit 2026-01-01–9999-12-31',
      () => call('GET', '/v1/audit?from=2026-01-01&to=9999-12-31', { key: admin }),
    ],
    ['GET audit from 1000-01-01', () => call('GET', '/v1/audit?from=1000-01-01', { key: admin })],
    [
      'PUT alert settings, 40,000 events',
      () =>
        call('PUT', '/v1/alert-settings', {
          key: admin,
          body: JSON.stringify({ warningEvents: Array.from({ length: 40_000 }, (_, i) => `E_${i}`) }),
        }),
    ],
  ];
  const rows = [];
  for (const [name, send] of cases) {
    const times: number[] = [];
    const healthTimes: number[] = [];
    let status = 0;
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const [reply, healthMs] = await Promise.all([
        send().then((r) => ({ ...r, ms: performance.now() - started })),
        (async () => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          const t = performance.now();
          await call('GET', '/v1/health');
          return performance.now() - t;
        })(),
      ]);
      times.push(reply.ms);
      healthTimes.push(healthMs);
      status = reply.status;
      bytes = reply.text.length;
    }
    const worst = times.reduce((a, b) => Math.max(a, b), 0);
    rows.push({
      request: name,
      status,
      'median ms': ms(median(times)),
      'max ms': ms(worst),
      'health meanwhile, max ms': ms(healthTimes.reduce((a, b) => Math.max(a, b), 0)),
      'answer bytes': bytes,
      goal: '4xx, < 1000 ms, health answers',
      met: status >= 400 && status < 500 && worst < 1000 ? 'yes' : 'NO',
    });
  }
  return rows;
}
