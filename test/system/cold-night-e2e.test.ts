import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { metobsDocument } from '../../infra/local/fake-smhi';
import { snow1g } from '../../infra/local/snow1g';
import { archiveFromConfig } from '../../shared/adapters/clients';
import { RecordingSmsSink } from '../../shared/adapters/sms-sink';
import { forecastKey } from '../../shared/app/cold-night-check';
import { mailbox } from '../support/mailbox';
import { expectProblem, useTestSystem } from '../support/system';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'iop-e2e-'));
const t = useTestSystem({ dataDir });

/** `npm run cold-night-check -- --now …`, as a person would type it, against the running system. */
const coldNightCheck = (now: string) =>
  run('npx', ['tsx', 'infra/cli/cold-night-check.ts', '--now', now], {
    env: { ...process.env, IOP_DATA_DIR: dataDir },
  });

describe('cold-night alerts end to end', () => {
  it('validates subscribers: E.164 phones (Swedish 07… normalised), real e-mail addresses, a contact per channel', async () => {
    const post = (json: unknown) => t.api.call('POST', '/v1/subscribers', { key: t.api.admin, json });
    expect((await post({ name: 'A', phone: '0046 70-111 22 33', channels: ['sms'] })).body.phone).toBe(
      '+46701112233',
    );
    expect(
      expectProblem(await post({ name: 'B', phone: '12345', channels: ['sms'] }), 422).errors?.[0]?.path,
    ).toBe('/phone');
    expect(
      expectProblem(await post({ name: 'C', email: 'not-an-address', channels: ['email'] }), 422).errors?.[0]
        ?.path,
    ).toBe('/email');
    expect(expectProblem(await post({ name: 'D', channels: ['email'] }), 422).errors?.[0]?.path).toBe(
      '/email',
    );
    expect(
      expectProblem(await post({ name: 'E', phone: '+46701112233', channels: ['sms'], notes: 'x' }), 422)
        .errors?.[0]?.path,
    ).toBe('/notes');
    const coordinator = await t.api.key('coordinator');
    expectProblem(
      await t.api.call('POST', '/v1/subscribers', { key: coordinator, json: { name: 'F', channels: [] } }),
      403,
    );
    const listed = (await t.api.call('GET', '/v1/subscribers', { key: t.api.admin })).body;
    expect(listed).toHaveLength(1);
    expect((await t.api.call('DELETE', `/v1/subscribers/${listed[0].id}`, { key: t.api.admin })).status).toBe(
      204,
    );
  });

  it('sends each subscriber one Swedish alert naming the nights and the spell; a second run sends nothing', async () => {
    const anna = await t.api.call('POST', '/v1/subscribers', {
      key: t.api.admin,
      json: {
        name: 'Anna, samordnare',
        email: 'anna@example.org',
        phone: '070-123 45 67',
        channels: ['email', 'sms'],
      },
    });
    expect(anna.status).toBe(201);

    const first = await coldNightCheck('2027-02-08T05:00:00Z');
    // Two spells (8–11 February, and 16 February in the outlook): one SMS and one e-mail that tell both.
    expect(first.stdout).toContain('Alerts: cold, cold; sent 2, failed 0.');
    const sms = await new RecordingSmsSink(t.system.smsOutbox).read();
    expect(sms.map((m) => m.to)).toEqual(['+46701234567']);
    expect(sms[0]?.text).toBe(
      'Extra kall natt: natten mot tis 9/2 (mån 8/2), -8,6 grader. 4 kalla nätter i rad, till och med natten mot fre 12/2 (tors 11/2). Ytterligare 1 köldperiod.',
    );
    const store = { emails: await mailbox(t.system) };
    expect(store.emails.map((m) => m.subject)).toEqual([
      'Extra kall natt: natten mot tisdag 9 februari (mån 8/2) – 4 nätter i rad (och 1 period till)',
    ]);
    expect(store.emails[0]?.body.text).toContain(
      'natten mot onsdag 17 februari (tis 16/2), −7,2 °C, osäker prognos. 1 natt.',
    );
    expect(store.emails[0]?.body.text).toContain('Prognosdata från SMHI, CC BY 4.0.');
    // HTML too, with the plain text as the alternative part: the coming nights as a table.
    expect(store.emails[0]?.body.html).toMatch(/<table[^>]*>.*<th scope="col"[^>]*>Natt<\/th>/s);
    expect(store.emails[0]?.body.html).toContain('natten mot tisdag 9 februari (mån 8/2)');

    const second = await coldNightCheck('2027-02-08T06:00:00Z');
    expect(second.stdout).toContain('Alerts: none; sent 0, failed 0.');
    expect(await new RecordingSmsSink(t.system.smsOutbox).read()).toHaveLength(1);

    const coordinator = await t.api.key('coordinator');
    const log = await t.api.call('GET', '/v1/alerts?from=2027-02-01&to=2027-02-28', { key: coordinator });
    expect(log.status).toBe(200);
    expect(log.body).toHaveLength(2);
    expect(log.body[0]).toMatchObject({
      nights: ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-16'],
      kind: 'cold',
      status: 'sent',
      forecastCreatedTime: '2027-02-08T04:00:00Z',
    });
    const nights = await t.api.call('GET', '/v1/cold-nights?from=2027-02-08&to=2027-02-12', {
      key: coordinator,
    });
    expect(nights.body.map((n: { night: string; cold: boolean }) => [n.night, n.cold])).toEqual([
      ['2027-02-08', true],
      ['2027-02-09', true],
      ['2027-02-10', true],
      ['2027-02-11', true],
      ['2027-02-12', false],
    ]);
    expect(nights.body[1]).toMatchObject({ minTemperature: -12.4, reasons: ['temperature'], outlook: false });
    const partner = await t.api.key('partner', await t.api.organisation('Convictus', '802012-1581'));
    expectProblem(await t.api.call('GET', '/v1/alerts', { key: partner }), 403);
  });

  it('keeps the settings behind an admin key, validated and audited', async () => {
    const settings = (await t.api.call('GET', '/v1/alert-settings', { key: t.api.admin })).body;
    expect(settings).toMatchObject({
      thresholdC: -7,
      night: { startHour: 18, endHour: 8 },
      warningLevels: ['ORANGE', 'RED'],
    });
    const changed = await t.api.call('PUT', '/v1/alert-settings', {
      key: t.api.admin,
      json: { ...settings, thresholdC: -10 },
    });
    expect(changed.body.thresholdC).toBe(-10);
    expectProblem(
      await t.api.call('PUT', '/v1/alert-settings', {
        key: t.api.admin,
        json: { ...settings, thresholdC: 'cold' },
      }),
      422,
    );
    expectProblem(
      await t.api.call('PUT', '/v1/alert-settings', { key: t.api.admin, json: { ...settings, extra: 1 } }),
      422,
    );
    const audit = await t.api.call('GET', '/v1/audit', { key: t.api.admin });
    expect(audit.body.find((e: { action: string }) => e.action === 'alert-settings.set')).toMatchObject({
      before: { thresholdC: -7 },
      after: { thresholdC: -10 },
    });
  });

  it('kept the forecast it read; replays a forecast file through the check, and backtests a folder without sending', async () => {
    // The runs above read SMHI's Monday forecast: it is in the archive, gzipped, as SMHI sent it.
    const kept = await archiveFromConfig({
      ...t.system.config,
      REPORT_BUCKET: t.system.config.REPORT_BUCKET as string,
    }).get(forecastKey('2027-02-08T04:00:00Z'));
    expect(JSON.parse(gunzipSync(kept).toString('utf8')).createdTime).toBe('2027-02-08T04:00:00Z');

    /** −10 °C (−12 at 03:00) on the nights beginning these evenings, −2 otherwise. */
    const forecast = (createdTime: string, coldEvenings: string[]) =>
      snow1g({
        createdTime,
        temperature: (time) => {
          const hour = time.getUTCHours();
          const evening = new Date(time.getTime() - 12 * 3_600_000).toISOString().slice(0, 10);
          if ((hour >= 8 && hour <= 16) || !coldEvenings.includes(evening)) return -2;
          return hour === 2 ? -12 : -10;
        },
      });
    const dir = mkdtempSync(join(tmpdir(), 'iop-forecasts-'));
    const file = join(dir, 'march.json');
    writeFileSync(file, JSON.stringify(forecast('2027-03-01T04:00:00Z', ['2027-03-02', '2027-03-03'])));
    const sms = (await new RecordingSmsSink(t.system.smsOutbox).read()).length;
    const replay = await run(
      'npx',
      ['tsx', 'infra/cli/cold-night-check.ts', '--forecast', file, '--now', '2027-03-01T05:00:00Z'],
      { env: { ...process.env, IOP_DATA_DIR: dataDir } },
    );
    expect(replay.stdout).toContain('SMHI forecast of 2027-03-01T04:00:00Z');
    expect(replay.stdout).toContain('Alerts: cold; sent 2, failed 0.');
    expect((await new RecordingSmsSink(t.system.smsOutbox).read()).slice(sms).map((m) => m.text)).toEqual([
      'Extra kall natt: natten mot ons 3/3 (tis 2/3), -12 grader. 2 kalla nätter i rad, till och med natten mot tors 4/3 (ons 3/3). Prognos SMHI 1/3 05:00',
    ]);

    // A season of four runs, recorded as the check keeps them, and what was observed.
    const season = join(dir, 'season');
    const runs: [string, string[]][] = [
      ['2027-01-05T04:00:00Z', ['2027-01-09', '2027-01-10']],
      ['2027-01-06T04:00:00Z', ['2027-01-09', '2027-01-10']],
      // The 12th appears 6 days ahead, in the outlook: it waits for an alert to go with, and is gone the next day.
      ['2027-01-07T04:00:00Z', ['2027-01-09', '2027-01-10', '2027-01-12']],
      ['2027-01-08T04:00:00Z', ['2027-01-09', '2027-01-10']],
    ];
    for (const [created, cold] of runs) {
      const key = join(season, forecastKey(created));
      mkdirSync(join(key, '..'), { recursive: true });
      writeFileSync(key, gzipSync(JSON.stringify(forecast(created, cold))));
    }
    const observedMin: Record<string, number> = {
      '2027-01-09': -11,
      '2027-01-10': -8,
      '2027-01-11': -9,
      '2027-01-12': -3,
    };
    const hours = Array.from({ length: 141 }, (_, i) => {
      const time = new Date(Date.parse('2027-01-08T12:00:00Z') + i * 3_600_000);
      const evening = new Date(time.getTime() - 12 * 3_600_000).toISOString().slice(0, 10);
      const night = time.getUTCHours() >= 17 || time.getUTCHours() <= 7;
      return { time: time.toISOString(), value: night ? (observedMin[evening] ?? -2) : 0 };
    });
    writeFileSync(join(dir, 'metobs.json'), JSON.stringify(metobsDocument(hours)));
    const before = (await new RecordingSmsSink(t.system.smsOutbox).read()).length;
    const backtest = await run('npx', [
      'tsx',
      'infra/cli/backtest.ts',
      '--forecasts',
      season,
      '--observations',
      join(dir, 'metobs.json'),
    ]);
    expect(backtest.stdout).toContain(
      'Backtest: 4 forecasts (2027-01-05T04:00:00Z – 2027-01-08T04:00:00Z), nights observed 2027-01-08 – 2027-01-13.',
    );
    expect(backtest.stdout).toContain(
      'Alerts that would have been sent: 1 (cold 1, update 0, all-clear 0); nothing was sent.',
    );
    // The night of the 9th begins at 18:00 on the 9th: the alert of the 5th at 05:00 came 109 hours before.
    expect(backtest.stdout).toContain('2027-01-09   -11.0 G    early        109 h before');
    expect(backtest.stdout).toContain('2027-01-11   -9.0 G     missed       –');
    expect(backtest.stdout).toMatch(
      /Cold nights observed \(≤ -7 °C\): 3\n {2}alerted ≥ 36 h ahead: 2\n {2}alerted later: {8}0\n {2}never alerted: {8}1/,
    );
    expect(backtest.stdout).toContain('False alarms: 0');
    expect(backtest.stdout).toContain('Median lead time: 121 h');
    expect(await new RecordingSmsSink(t.system.smsOutbox).read()).toHaveLength(before);
  });
});
