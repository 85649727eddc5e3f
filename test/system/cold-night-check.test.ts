import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeSmhi, metobsDocument } from '../../infra/local/fake-smhi';
import type { LocalSystem } from '../../infra/local/runtime';
import { snow1g } from '../../infra/local/snow1g';
import { dynamoClient } from '../../shared/adapters/clients';
import { DynamoAlertStore } from '../../shared/adapters/dynamo-alert-store';
import { DynamoPeopleStore } from '../../shared/adapters/dynamo-people-store';
import { SesEmailSender } from '../../shared/adapters/email-ses';
import { SmhiClient } from '../../shared/adapters/smhi';
import { RecordingSmsSink } from '../../shared/adapters/sms-sink';
import type { EmailSender, Subscriber } from '../../shared/app/alerts-model';
import { type CheckDeps, DEFAULT_ALERT_SETTINGS, runColdNightCheck } from '../../shared/app/cold-night-check';
import { WORDING } from '../../shared/i18n/wording';
import { mailbox } from '../support/mailbox';
import { startTestSystem } from '../support/system';

let system: LocalSystem;
let smhi: FakeSmhi;
let alerts: DynamoAlertStore;
let people: DynamoPeopleStore;
let sms: RecordingSmsSink;
let email: SesEmailSender;
const logs: { message: string; extra?: Record<string, unknown> }[] = [];

/** The SES emulator's record of a sent mail (its `GET /store`). */
const mails = () => mailbox(system);

const created = '2027-02-08T04:00:00Z'; // Monday 05:00 in Stockholm
const runAt = new Date('2027-02-08T04:30:00Z');
/** Nights beginning these evenings are −10 °C, −12 at 03:00; days and other nights −2. */
function forecastWith(coldEvenings: string[], createdTime = created) {
  return snow1g({
    createdTime,
    temperature: (t) => {
      const hour = t.getUTCHours();
      const evening = new Date(t.getTime() - 12 * 3_600_000).toISOString().slice(0, 10);
      if ((hour >= 8 && hour <= 16) || !coldEvenings.includes(evening)) return -2;
      return hour === 2 ? -12 : -10;
    },
  });
}

const deps = (overrides: Partial<CheckDeps> = {}): CheckDeps => ({
  alerts,
  people,
  wording: WORDING,
  weather: new SmhiClient({
    forecastBaseUrl: smhi.url,
    warningsBaseUrl: smhi.url,
    observationsBaseUrl: smhi.url,
    timeoutMs: 1000,
  }),
  email,
  sms,
  now: () => runAt,
  logger: {
    info: (message, extra) => logs.push({ message, extra }),
    warn: (message, extra) => logs.push({ message, extra }),
    error: (message, extra) => logs.push({ message, extra }),
  },
  ...overrides,
});

const anna: Subscriber = {
  id: 'sub_anna',
  name: 'Anna, samordnare',
  email: 'anna@example.org',
  phone: '+46701234567',
  channels: ['email', 'sms'],
  language: 'sv',
  createdAt: created,
};
const john: Subscriber = {
  ...anna,
  id: 'sub_john',
  name: 'John',
  email: 'john@example.org',
  phone: undefined,
  channels: ['email'],
  language: 'en',
};
const audit = {
  id: 'aud_x',
  at: created,
  keyId: 'test',
  action: 'subscriber.created',
  entityType: 'key' as const,
  entityId: 'x',
};

beforeAll(async () => {
  system = await startTestSystem();
  smhi = await new FakeSmhi().start();
  alerts = new DynamoAlertStore(dynamoClient(system.config), system.config.TABLE_NAME);
  people = new DynamoPeopleStore(dynamoClient(system.config), system.config.TABLE_NAME);
  sms = new RecordingSmsSink(join(mkdtempSync(join(tmpdir(), 'iop-sms-')), 'outbox.jsonl'));
  email = new SesEmailSender(
    new SESv2Client({
      endpoint: system.sesUrl,
      region: 'eu-north-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    }),
    'kyla@example.org',
  );
  await alerts.createSubscriber(anna, audit);
  await alerts.createSubscriber(john, { ...audit, id: 'aud_y' });
});
afterAll(async () => {
  await smhi?.stop();
  await system?.stop();
});
beforeEach(() => {
  smhi.failure = {};
  smhi.warnings = [];
});

describe('the cold-night check', () => {
  it('alerts each subscriber once per channel, in their language, naming the nights and the spell; a re-run sends nothing', async () => {
    smhi.forecast = forecastWith(['2027-02-08', '2027-02-09', '2027-02-10']);
    const first = await runColdNightCheck(deps());
    expect(first.alerts.map((a) => a.kind)).toEqual(['cold']);
    expect(first.sent).toBe(3);
    const [annaSms] = await sms.read();
    expect(annaSms).toMatchObject({ to: '+46701234567' });
    expect(annaSms?.text).toBe(
      'Extra kall natt: natten mot tis 9/2 (mån 8/2), -12 grader. 3 kalla nätter i rad, till och med natten mot tors 11/2 (ons 10/2). Prognos SMHI 8/2 05:00',
    );
    const sent = await mails();
    expect(sent.map((m) => m.destination.to[0]).sort()).toEqual(['anna@example.org', 'john@example.org']);
    expect(sent.find((m) => m.destination.to[0] === 'john@example.org')?.subject).toBe(
      'Extra cold night: the night before Tuesday 9 February (Mon 8/2) – 3 nights in a row',
    );
    expect(sent.find((m) => m.destination.to[0] === 'anna@example.org')?.body.text).toContain(
      'natten mot torsdag 11 februari (ons 10/2)',
    );

    const requestsBefore = smhi.requests.length;
    const second = await runColdNightCheck(deps());
    expect(second).toMatchObject({ fetchedForecast: false, sent: 0, failed: 0, alerts: [] });
    // Only the run time and the warnings: the forecast itself is fetched when SMHI has a newer run.
    expect(smhi.requests.slice(requestsBefore)).toEqual([
      '/api/category/snow1g/version/1/createdtime.json',
      '/ibww/api/version/1/warning.json',
    ]);
    expect(await sms.read()).toHaveLength(1);
    expect(await mails()).toHaveLength(2);

    const log = await alerts.listDeliveries('2027-02-01', '2027-02-28');
    expect(log.map((d) => [d.kind, d.channel, d.recipient, d.status]).sort()).toEqual([
      ['cold', 'email', 'anna@example.org', 'sent'],
      ['cold', 'email', 'john@example.org', 'sent'],
      ['cold', 'sms', '+46701234567', 'sent'],
    ]);
    const nights = await alerts.listNights('2027-02-08', '2027-02-12');
    expect(nights.filter((n) => n.cold).map((n) => n.night)).toEqual([
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
    ]);
    expect(nights[0]).toMatchObject({
      minTemperature: -12,
      minAt: '2027-02-09T02:00:00.000Z',
      forecastCreatedTime: created,
    });
  });

  it('sends an update when the spell grows, then an all-clear, and nothing twice when two runs race', async () => {
    smhi.forecast = forecastWith(
      ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
      '2027-02-08T04:10:00Z',
    );
    const [a, b] = await Promise.all([runColdNightCheck(deps()), runColdNightCheck(deps())]);
    expect(a.alerts.map((x) => x.kind)).toEqual(['update']);
    expect(a.sent + b.sent).toBe(3);
    const texts = (await sms.read()).map((m) => m.text);
    expect(texts.at(-1)).toMatch(
      /^Ändrat: .* 4 kalla nätter i rad, till och med natten mot fre 12\/2 \(tors 11\/2\)\./,
    );

    smhi.forecast = forecastWith([], '2027-02-08T04:20:00Z');
    const clear = await runColdNightCheck(deps());
    expect(clear.alerts.map((x) => x.kind)).toEqual(['all_clear']);
    expect((await sms.read()).at(-1)?.text).toMatch(
      /^Inte längre extra kallt nätterna mot tis 9\/2-fre 12\/2 \(mån 8\/2-tors 11\/2\) \(nu -2 grader\)/,
    );
    expect((await runColdNightCheck(deps())).sent).toBe(0);
  });

  it('fails loudly when SMHI is down: no alert, an error logged, one e-mail to admins per outage', async () => {
    await alerts.putAlertSettings(
      { ...DEFAULT_ALERT_SETTINGS, outageEmails: ['drift@example.org'] },
      { ...audit, id: 'aud_s' },
    );
    const before = { sms: (await sms.read()).length, mails: (await mails()).length };
    smhi.failure = { createdtime: 'error500', forecast: 'error500' };
    await expect(runColdNightCheck(deps())).rejects.toMatchObject({
      kind: 'upstream_unavailable',
      reason: 'smhi_unavailable',
    });
    smhi.failure = { createdtime: 'html404' };
    await expect(runColdNightCheck(deps())).rejects.toMatchObject({
      kind: 'upstream_unavailable',
      reason: 'smhi_unavailable',
    });
    expect(logs.some((l) => l.message.startsWith('cold-night check failed'))).toBe(true);
    const outage = (await mails()).slice(before.mails);
    expect(outage.map((m) => m.destination.to[0])).toEqual(['drift@example.org']);
    expect((await sms.read()).length).toBe(before.sms);
  });

  it('refuses a stale forecast rather than deciding on it', async () => {
    smhi.forecast = forecastWith(['2027-02-08'], '2027-02-07T20:00:00Z');
    await expect(runColdNightCheck(deps())).rejects.toMatchObject({
      kind: 'upstream_unavailable',
      reason: 'smhi_stale',
    });
  });

  it('keeps going when one recipient fails, and retries that one on the next run', async () => {
    smhi.forecast = forecastWith(['2027-02-12'], '2027-02-08T04:25:00Z');
    let johnFails = true;
    const flaky: EmailSender = {
      send: async (m) => {
        if (johnFails && m.to === 'john@example.org')
          throw new Error('Throttling: Maximum sending rate exceeded');
        await email.send(m);
      },
    };
    const first = await runColdNightCheck(deps({ email: flaky }));
    expect(first).toMatchObject({ sent: 2, failed: 1 });
    expect(logs.some((l) => l.message === 'alert delivery failed')).toBe(true);
    johnFails = false;
    const second = await runColdNightCheck(deps({ email: flaky }));
    expect(second).toMatchObject({ sent: 1, failed: 0, alerts: [] });
    const log = await alerts.listDeliveries('2027-02-12', '2027-02-12');
    expect(log.find((d) => d.recipient === 'john@example.org')).toMatchObject({
      status: 'sent',
      attempts: 2,
    });
  });

  it('finishes what a run that died half-way left in the outbox: pending, or sending past its lease', async () => {
    smhi.forecast = forecastWith(['2027-02-12'], '2027-02-08T04:28:00Z'); // as before: nothing new to tell
    const orphan = (id: string) => ({
      id,
      alertKey: id,
      kind: 'cold' as const,
      nights: ['2027-02-09'],
      channel: 'sms' as const,
      subscriberId: 'sub_anna',
      recipient: '+46701234567',
      status: 'pending' as const,
      attempts: 0,
      at: '2027-02-08T04:00:00.000Z',
      forecastCreatedTime: created,
      message: { text: `Orphan ${id}` },
    });
    expect(await alerts.enqueueDelivery(orphan('died-before-sending'))).toBe(true);
    expect(await alerts.enqueueDelivery(orphan('died-while-sending'))).toBe(true);
    // A run took this one at 04:00 and died: its claim is older than the lease when the next run comes.
    expect(await alerts.claimDelivery(orphan('died-while-sending'), 5 * 60_000, 5)).toBe(true);
    expect(await alerts.enqueueDelivery(orphan('died-before-sending'))).toBe(false);

    const result = await runColdNightCheck(deps());
    expect(result.sent).toBe(2);
    const texts = (await sms.read()).map((m) => m.text);
    expect(texts).toContain('Orphan died-before-sending');
    expect(texts).toContain('Orphan died-while-sending');
    expect((await runColdNightCheck(deps())).sent).toBe(0);
  });

  it('SMHI slow, then back: no alert while it is unreadable, and the cold night it hid is told when it answers', async () => {
    const before = (await sms.read()).length;
    // Nights within 5 days: an outlook further ahead would wait for an alert to go with (tested in the unit tests).
    smhi.forecast = forecastWith(['2027-02-12', '2027-02-13'], '2027-02-08T04:40:00Z');
    smhi.failure = { createdtime: 'timeout' };
    await expect(runColdNightCheck(deps())).rejects.toMatchObject({
      kind: 'upstream_unavailable',
      reason: 'smhi_unavailable',
    });
    smhi.failure = { warnings: 'truncated' };
    await expect(runColdNightCheck(deps())).rejects.toMatchObject({
      kind: 'upstream_unavailable',
      reason: 'smhi_unavailable',
    });
    expect((await sms.read()).length).toBe(before);
    smhi.failure = {};
    const back = await runColdNightCheck(deps());
    expect(back.alerts.length).toBeGreaterThan(0);
    const told = (await sms.read()).slice(before).map((m) => m.text);
    // The evening of the 12th is the night towards Saturday 13 February: a spell of two nights.
    expect(told.some((t) => /natten mot lör 13\/2 \(fre 12\/2\).*2 kalla nätter i rad/.test(t))).toBe(true);
    expect((await runColdNightCheck(deps())).sent).toBe(0);
  });

  it('reads what SMHI observed once a day after the night, beside the forecast; a metobs failure never stops an alert', async () => {
    const metobs = '/api/version/1.0/parameter/1/station/98230/period/latest-months/data.json';
    // Hourly from Sunday 7 February 13:00 to Wednesday 10 February 09:00, Stockholm time: three whole nights.
    const hours = Array.from({ length: 69 }, (_, i) => {
      const time = new Date(Date.parse('2027-02-07T12:00:00Z') + i * 3_600_000).toISOString();
      // The night of the 8th: −11.4 at 03:00 on the 9th; the 9th: one hour empty, one suspect.
      const value =
        time === '2027-02-09T02:00:00.000Z' ? -11.4 : time === '2027-02-10T01:00:00.000Z' ? null : -3.2;
      return { time, value, quality: time === '2027-02-10T03:00:00.000Z' ? 'Y' : 'G' };
    });
    smhi.observations = metobsDocument(hours);
    smhi.forecast = forecastWith([], '2027-02-10T08:00:00Z');
    const at = (iso: string) => deps({ now: () => new Date(iso) });
    // 09:30 in Stockholm is before the hour the observations are read (the night ended at 08:00, SMHI needs a while).
    await runColdNightCheck(at('2027-02-10T07:30:00Z'));
    expect(smhi.requests.filter((r) => r === metobs)).toHaveLength(0);
    smhi.failure = { observations: 'html404' };
    const failing = await runColdNightCheck(at('2027-02-10T08:30:00Z'));
    expect(failing.forecastCreatedTime).toBe('2027-02-10T08:00:00Z');
    expect(logs.some((l) => l.message.startsWith('SMHI observations could not be read'))).toBe(true);
    smhi.failure = {};
    await runColdNightCheck(at('2027-02-10T09:30:00Z'));
    await runColdNightCheck(at('2027-02-10T10:30:00Z'));
    expect(smhi.requests.filter((r) => r === metobs)).toHaveLength(2);
    expect(await alerts.listObservedNights('2027-02-07', '2027-02-10')).toEqual([
      { night: '2027-02-07', minTemperature: -3.2, quality: 'G', hours: 15, expectedHours: 15 },
      { night: '2027-02-08', minTemperature: -11.4, quality: 'G', hours: 15, expectedHours: 15 },
      { night: '2027-02-09', minTemperature: -3.2, quality: 'Y', hours: 14, expectedHours: 15 },
    ]);
    const nights = await fetch(`${system.apiUrl}/v1/cold-nights?from=2027-02-08&to=2027-02-09`, {
      headers: { authorization: `Bearer ${system.adminKey}` },
    });
    // The last forecast of the night and what was observed, side by side.
    const [eighth] = (await nights.json()) as { minTemperature: number; observed: unknown }[];
    expect(eighth).toMatchObject({
      minTemperature: expect.any(Number),
      observed: { minTemperature: -11.4, quality: 'G', hours: 15, expectedHours: 15 },
    });

    // A quality code SMHI does not document is unreadable, loudly, and nothing is stored from it.
    smhi.observations = metobsDocument(hours.map((h) => ({ ...h, quality: 'X' })));
    logs.length = 0;
    smhi.forecast = forecastWith([], '2027-02-11T08:00:00Z');
    await runColdNightCheck(at('2027-02-11T09:30:00Z'));
    expect(logs.find((l) => l.message.startsWith('SMHI observations'))?.extra?.error).toMatch(
      /unexpected document/,
    );
  });
});
