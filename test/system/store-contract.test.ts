import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TABLE_ACTIONS } from '../../infra/constructs/iop-function';
import { dropTable, ensureTable } from '../../infra/local/dynamodb';
import { DynamoAlertStore } from '../../shared/adapters/dynamo-alert-store';
import { DynamoPeopleStore } from '../../shared/adapters/dynamo-people-store';
import { DynamoReminderStore } from '../../shared/adapters/dynamo-reminder-store';
import { DynamoReportStore } from '../../shared/adapters/dynamo-report-store';
import { DynamoStore } from '../../shared/adapters/dynamo-store';
import {
  MemoryAlertStore,
  MemoryPeopleStore,
  MemoryReminderStore,
  MemoryReportStore,
  MemoryStore,
} from '../../shared/adapters/memory-stores';
import { MemoryTable } from '../../shared/adapters/memory-table';
import type { Delivery } from '../../shared/app/alerts-model';
import { DEFAULT_ALERT_SETTINGS } from '../../shared/app/cold-night-check';
import type {
  Activity,
  ApiKeyRecord,
  AuditEntry,
  FigureChange,
  Passkey,
  StoredFigures,
  User,
} from '../../shared/app/model';
import type { Core } from '../../shared/app/ports';
import type { ReminderMail } from '../../shared/app/reminders-model';
import type { ReportSend } from '../../shared/app/reports-model';
import type { Agreement } from '../../shared/domain/agreements';
import type { Decision } from '../../shared/domain/decisions';
import { fitDemand, type VenueDemand } from '../../shared/domain/demand';
import { defaultFinanceYear, type FinancialOutcome } from '../../shared/domain/finances';
import type { ObservedNight } from '../../shared/domain/observations';
import type { PublishedFigure } from '../../shared/domain/report-history';

/**
 * One contract for the stores: the same cases against the DynamoDB stores on DynamoDB Local and against the
 * in-memory stores, so that a use case unit-tested on memory behaves the same on the table. Each case gets a new,
 * empty table.
 */
type Stores = Pick<Core, 'store' | 'alerts' | 'reports' | 'people' | 'reminders'>;

let client: DynamoDBClient;
/** The stores' own client: each DynamoDB operation it sends is recorded (the stack grants only these). */
let storeClient: DynamoDBClient;
const operations = new Set<string>();
const tables: string[] = [];

beforeAll(() => {
  const options = {
    region: 'eu-north-1',
    endpoint: inject('dynamoEndpoint'),
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  };
  client = new DynamoDBClient(options);
  storeClient = new DynamoDBClient(options);
  storeClient.middlewareStack.add(
    (next, context) => (args) => {
      operations.add(String(context.commandName).replace(/Command$/, ''));
      return next(args);
    },
    { step: 'initialize', name: 'recordOperations' },
  );
});
afterAll(async () => {
  for (const name of tables) await dropTable(client, name);
});

/** Each backend's store methods the cases called, by store: every one must be (the last case checks). */
const called: Record<string, Set<string>> = {};
/** The stores of one backend, each method call recorded under `backend`. */
function recorded(backend: string, stores: Stores): Stores {
  const seen = called[backend] ?? new Set<string>();
  called[backend] = seen;
  return Object.fromEntries(
    Object.entries(stores).map(([name, store]) => [
      name,
      new Proxy(store, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver);
          if (typeof value !== 'function' || typeof property !== 'string') return value;
          seen.add(`${name}.${property}`);
          return value.bind(target);
        },
      }),
    ]),
  ) as Stores;
}
/** The methods of a port: those of its in-memory store, which has nothing else (no helpers of a table). */
const portMethods = (name: string, memoryStore: object) =>
  Object.getOwnPropertyNames(Object.getPrototypeOf(memoryStore))
    .filter((m) => m !== 'constructor')
    .map((m) => `${name}.${m}`);

function memoryStores(): Stores {
  const table = new MemoryTable();
  return {
    store: new MemoryStore(table),
    alerts: new MemoryAlertStore(table),
    reports: new MemoryReportStore(table),
    people: new MemoryPeopleStore(table),
    reminders: new MemoryReminderStore(table),
  };
}

const BACKENDS: Record<string, () => Promise<Stores>> = {
  'DynamoDB Local': async () => {
    const name = `contract-${process.pid}-${tables.length}`;
    tables.push(name);
    await ensureTable(client, name);
    return {
      store: new DynamoStore(storeClient, name),
      alerts: new DynamoAlertStore(storeClient, name),
      reports: new DynamoReportStore(storeClient, name),
      people: new DynamoPeopleStore(storeClient, name),
      reminders: new DynamoReminderStore(storeClient, name),
    };
  },
  memory: async () => memoryStores(),
};

let audits = 0;
const audit = (fields: Partial<AuditEntry> = {}): AuditEntry => ({
  id: `aud_${String(++audits).padStart(6, '0')}`,
  at: '2026-11-20T10:00:00.000Z',
  keyId: 'system:test',
  action: 'test',
  entityType: 'figures',
  entityId: 'x',
  ...fields,
});
const key = (id: string): ApiKeyRecord => ({
  id,
  hash: `hash-${id}`,
  role: 'partner',
  organisationId: 'org_a',
  label: id,
  createdAt: '2026-11-01T00:00:00Z',
  createdBy: 'system:test',
});
const activity: Activity = {
  id: 'act_a',
  organisationId: 'org_a',
  name: 'Härbärget',
  kind: 'night_shelter',
  capacity: [{ from: '2017-05-01', places: 40 }],
  version: 1,
  createdAt: '2026-11-01T00:00:00Z',
};
const figures = (period: string, version = 1, women = 3): StoredFigures => ({
  activityId: activity.id,
  period,
  figures: { women, men: 10 },
  version,
  updatedAt: '2026-11-20T10:00:00Z',
  updatedBy: 'system:test',
});
const put = (f: StoredFigures, previousVersion?: number): FigureChange => ({
  op: 'put',
  figures: f,
  previousVersion,
  granularity: f.period.length === 7 ? 'month' : 'day',
  audit: audit({ activityId: f.activityId, entityId: `${f.activityId}/${f.period}` }),
});
/** A partner, as the people store keeps a person. */
const ANNA: User = {
  id: 'usr_1',
  email: 'anna@example.org',
  name: 'Anna',
  role: 'partner',
  organisationId: 'org_a',
  language: 'sv',
  disabled: false,
  authVersion: 1,
  version: 1,
  createdAt: '2026-11-01T00:00:00Z',
};
const fails = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

for (const [backend, openStores] of Object.entries(BACKENDS)) {
  const open = async () => recorded(backend, await openStores());
  describe(`the stores' contract: ${backend}`, () => {
    it('keeps a key once; revokes it once; a write audited by a revoked key is refused whole (401)', async () => {
      const { store } = await open();
      await store.createKey(key('key_b'), audit());
      await store.createKey(key('key_a'), audit());
      expect(await fails(store.createKey(key('key_a'), audit()))).toMatchObject({ kind: 'conflict' });
      expect((await store.listKeys()).map((k) => k.id)).toEqual(['key_a', 'key_b']);
      const revoked = { ...key('key_a'), revokedAt: '2026-11-21T00:00:00Z' };
      await store.revokeKey(revoked, audit());
      expect(await fails(store.revokeKey(revoked, audit()))).toMatchObject({ kind: 'conflict' });
      expect((await store.getKey('key_a'))?.revokedAt).toBe('2026-11-21T00:00:00Z');
      const org = { id: 'org_x', name: 'X', orgNumber: null, createdAt: '2026-11-21T00:00:00Z' };
      expect(await fails(store.createOrganisation(org, audit({ keyId: 'key_a' })))).toMatchObject({
        kind: 'unauthenticated',
      });
      expect(await store.getOrganisation('org_x')).toBeUndefined();
      await store.createOrganisation(org, audit({ keyId: 'key_b' }));
      expect(await store.getOrganisation('org_x')).toEqual(org);
    });

    it('refuses a second organisation with the same number, and an activity updated from a stale version', async () => {
      const { store } = await open();
      const org = { id: 'org_a', name: 'A', orgNumber: '802006-1688', createdAt: '2026-11-01T00:00:00Z' };
      await store.createOrganisation(org, audit());
      const twin = { ...org, id: 'org_b' };
      expect(await fails(store.createOrganisation(twin, audit()))).toMatchObject({
        kind: 'conflict',
        errors: [{ path: '/orgNumber' }],
      });
      expect(await store.listOrganisations()).toEqual([org]);
      await store.createActivity(activity, audit());
      await store.updateActivity({ ...activity, name: 'Nytt namn', version: 2 }, audit());
      const stale = await fails(store.updateActivity({ ...activity, name: 'Gammalt', version: 2 }, audit()));
      expect(stale).toMatchObject({ kind: 'conflict', reason: 'concurrent_change' });
      expect(await store.getActivities(['act_a', 'act_a', 'act_none'])).toEqual([
        { ...activity, name: 'Nytt namn', version: 2 },
      ]);
    });

    it('keeps the receipt of a submission with its write, once per key and principal', async () => {
      const { store } = await open();
      await store.createActivity(activity, audit());
      const receipt = {
        principalId: 'usr_1',
        key: 'b3c1e0a4-7f7e-4d0c-9a57-2f6c1d9e8a11',
        request: '[["act_a","2018-01-05"]]',
        at: '2026-11-20T10:00:00.000Z',
        expiresAt: '2026-12-20T10:00:00.000Z',
        outcomes: [{ row: 0, result: 'created' as const, stored: figures('2018-01-05') }],
      };
      expect(await store.getReceipt('usr_1', receipt.key)).toBeUndefined();
      await store.commitFigures([put(figures('2018-01-05'))], receipt);
      expect(await store.getReceipt('usr_1', receipt.key)).toEqual(receipt);
      expect(await store.getReceipt('usr_2', receipt.key)).toBeUndefined();
      // The same key again fails the whole transaction, as a race lost: the other figures are not written.
      expect(await fails(store.commitFigures([put(figures('2018-01-06'))], receipt))).toMatchObject({
        reason: 'concurrent_change',
      });
      expect(await store.getFigures([{ activityId: 'act_a', period: '2018-01-06' }])).toEqual([]);
    });

    it('stores figures by version, keeps a month one way, and lists days and month totals in order', async () => {
      const { store } = await open();
      await store.createActivity(activity, audit());
      await store.commitFigures([put(figures('2018-01-05')), put(figures('2018-01-04'))]);
      expect(await fails(store.commitFigures([put(figures('2018-01-05'))]))).toMatchObject({
        reason: 'concurrent_change',
      });
      await store.commitFigures([put(figures('2018-01-05', 2, 4), 1)]);
      expect(await fails(store.commitFigures([put(figures('2018-01-05', 2, 5), 1)]))).toMatchObject({
        reason: 'concurrent_change',
      });
      // A month total while days hold the month: refused, and nothing of the transaction is written.
      expect(
        await fails(store.commitFigures([put(figures('2018-02-01')), put(figures('2018-01'))])),
      ).toMatchObject({ kind: 'conflict' });
      expect(await store.getFigures([{ activityId: 'act_a', period: '2018-02-01' }])).toEqual([]);
      expect(await store.getMonthGranularities([{ activityId: 'act_a', month: '2018-01' }])).toEqual([
        { activityId: 'act_a', month: '2018-01', granularity: 'day', count: 2 },
      ]);
      const context = await store.getFigureContext('act_a', '2018-01-05');
      expect(context.activities).toEqual([activity]);
      expect(context.figures.map((f) => [f.period, f.version, f.figures])).toEqual([
        ['2018-01-05', 2, { women: 4, men: 10 }],
      ]);
      expect(context.granularities.map((g) => g.count)).toEqual([2]);
      // Deleting both days frees the month for a total.
      const stored = await store.getFigures([
        { activityId: 'act_a', period: '2018-01-04' },
        { activityId: 'act_a', period: '2018-01-05' },
      ]);
      const deletes = stored.map(
        (f): FigureChange => ({
          op: 'delete',
          figures: f,
          granularity: 'day',
          audit: audit({ activityId: 'act_a' }),
        }),
      );
      await store.commitFigures(deletes);
      await store.commitFigures([
        put(figures('2018-01')),
        put(figures('2017-12-31')),
        put(figures('2018-02-01')),
      ]);
      const listed = await store.listFigures('act_a', '2017-12', '2018-01');
      expect(listed.map((f) => f.period)).toEqual(['2017-12-31', '2018-01']);
      expect((await store.listFigures('act_a', '0000', '9999', 1)).map((f) => f.period)).toEqual([
        '2017-12-31',
        '2018-01',
      ]);
    });

    it('lists the audit trail by activity and by time, in order, one past a limit', async () => {
      const { store } = await open();
      await store.createActivity(activity, audit({ at: '2026-10-31T23:00:00.000Z', entityType: 'activity' }));
      for (const at of ['2026-11-02T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z'])
        await store.commitFigures([
          { ...put(figures(at.slice(0, 10))), audit: audit({ at, activityId: 'act_a' }) },
        ]);
      const byActivity = await store.listAudit({
        activityId: 'act_a',
        from: '2026-11-01T00:00:00.000Z',
        to: '2026-11-30T23:59:59.999Z',
      });
      expect(byActivity.map((e) => e.at)).toEqual(['2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z']);
      const all = await store.listAudit({ from: '2026-10-01T00:00:00.000Z', to: '2026-12-31T00:00:00.000Z' });
      expect(all.map((e) => e.at)).toEqual([
        '2026-10-31T23:00:00.000Z',
        '2026-11-01T00:00:00.000Z',
        '2026-11-02T00:00:00.000Z',
        '2026-12-01T00:00:00.000Z',
      ]);
      const limited = await store.listAudit({ activityId: 'act_a', from: '2026', to: '2027', max: 1 });
      expect(limited).toHaveLength(2);
    });

    it('puts a reminder in the outbox once, marks what the stored one named, and lets one claim take it', async () => {
      const { reminders } = await open();
      const mail: ReminderMail = {
        id: 'gaps#2026-11-25#usr_a',
        kind: 'gaps',
        userId: 'usr_a',
        to: 'a@example.org',
        gaps: [{ activityId: 'act_a', period: '2026-11-20' }],
        subject: 'Saknas',
        text: 'text',
        html: '<p>html</p>',
        status: 'pending',
        attempts: 0,
        at: '2026-11-25T09:00:00.000Z',
      };
      expect(await reminders.enqueueReminder(mail, '2026-11-25')).toBe(true);
      // Later the same day, with a gap more: not put again, and the new gap is not marked as told.
      const later = { ...mail, gaps: [...mail.gaps, { activityId: 'act_a', period: '2026-11-24' }] };
      expect(await reminders.enqueueReminder(later, '2026-11-25')).toBe(false);
      expect([...(await reminders.remindedOn(['act_a', 'act_b']))]).toEqual([
        ['act_a|2026-11-20', '2026-11-25'],
      ]);
      expect(await reminders.claimReminder(mail, 60_000, 3)).toBe(true);
      expect(await reminders.claimReminder(mail, 60_000, 3)).toBe(false);
      await reminders.completeReminder({ ...mail, status: 'sent' });
      expect(await reminders.claimReminder(mail, 60_000, 3)).toBe(false);
      const listed = await reminders.listReminders('gaps#2026-11-25', 'gaps#2026-11-25');
      expect(listed.map((m) => [m.id, m.status, m.attempts])).toEqual([[mail.id, 'sent', 1]]);
    });

    it('keeps one subscriber per address (case-insensitive) until deleted; nights and the check state', async () => {
      const { alerts } = await open();
      const anna = {
        id: 'sub_1',
        name: 'Anna',
        email: 'Anna@Example.org',
        phone: '+46701234567',
        channels: ['email' as const],
        language: 'sv' as const,
        createdAt: '2026-11-01T00:00:00Z',
      };
      await alerts.createSubscriber(anna, audit({ entityType: 'subscriber' }));
      const twin = { ...anna, id: 'sub_2', phone: undefined, email: 'anna@example.ORG' };
      expect(await fails(alerts.createSubscriber(twin, audit()))).toMatchObject({
        kind: 'conflict',
        errors: [{ path: '/email' }],
      });
      expect(await alerts.listSubscribers()).toEqual([anna]);
      await alerts.deleteSubscriber(anna, audit());
      await alerts.createSubscriber(twin, audit());
      expect((await alerts.listSubscribers()).map((s) => s.id)).toEqual(['sub_2']);

      expect(await alerts.getCheckState()).toEqual({});
      await alerts.putCheckState({ lastSuccessAt: '2026-11-20T05:00:00Z' });
      expect(await alerts.getCheckState()).toEqual({ lastSuccessAt: '2026-11-20T05:00:00Z' });
      const night = (date: string) => ({
        night: date,
        minTemperature: -8.3,
        minAt: `${date}T03:00:00Z`,
        cold: true,
        reasons: ['temperature' as const],
        warnings: [],
        outlook: false,
        forecastCreatedTime: '2026-11-20T04:00:00Z',
      });
      await alerts.saveNights([night('2026-11-22'), night('2026-11-20'), night('2026-11-21')]);
      await alerts.saveNights([{ ...night('2026-11-21'), minTemperature: -2 }]);
      const nights = await alerts.listNights('2026-11-20', '2026-11-21');
      expect(nights.map((n) => [n.night, n.minTemperature])).toEqual([
        ['2026-11-20', -8.3],
        ['2026-11-21', -2],
      ]);
    });

    it('puts a delivery in the outbox once, lets one run at a time take it, and retries a failed one', async () => {
      const { alerts } = await open();
      const delivery: Delivery = {
        id: 'a|email|sub_1',
        alertKey: 'cold-2026-11-22',
        kind: 'cold',
        nights: ['2026-11-22'],
        channel: 'email',
        subscriberId: 'sub_1',
        recipient: 'anna@example.org',
        status: 'pending',
        attempts: 0,
        at: '2026-11-20T05:00:00.000Z',
        forecastCreatedTime: '2026-11-20T04:00:00Z',
        message: { subject: 'Extra kall natt', text: 'Kallt.' },
      };
      expect(await alerts.enqueueDelivery(delivery)).toBe(true);
      expect(await alerts.enqueueDelivery({ ...delivery, message: { text: 'again' } })).toBe(false);
      const lease = 5 * 60_000;
      expect(await alerts.claimDelivery(delivery, lease, 2)).toBe(true);
      expect(await alerts.claimDelivery({ ...delivery, at: '2026-11-20T05:04:00.000Z' }, lease, 2)).toBe(
        false,
      );
      // The run that took it died: after its lease another run may.
      const later = { ...delivery, at: '2026-11-20T05:06:00.000Z' };
      expect(await alerts.claimDelivery(later, lease, 2)).toBe(true);
      await alerts.completeDelivery({ ...later, status: 'failed', error: 'timeout' });
      expect(await alerts.claimDelivery(later, lease, 2)).toBe(false); // two tries already
      const [stored] = await alerts.listDeliveries('2026-11-22', '2026-11-22');
      expect(stored).toMatchObject({
        status: 'failed',
        attempts: 2,
        error: 'timeout',
        message: { text: 'Kallt.' },
      });
      expect(await alerts.listDeliveries('2026-11-23', '2026-11-30')).toEqual([]);
    });

    it('keeps report recipients unique; a send is started once, prepared by one run, and mailed once each', async () => {
      const { reports } = await open();
      const recipient = {
        id: 'rcp_1',
        name: 'Sekreterare',
        email: 'Sek@Stockholm.se',
        language: 'sv' as const,
        createdAt: '2026-11-01T00:00:00Z',
      };
      await reports.createRecipient(recipient, audit({ entityType: 'report-recipient' }));
      expect(
        await fails(
          reports.createRecipient({ ...recipient, id: 'rcp_2', email: 'sek@stockholm.se' }, audit()),
        ),
      ).toMatchObject({ kind: 'conflict', errors: [{ path: '/email' }] });
      const period = { from: '2025-11', to: '2026-04' };
      const send: ReportSend = {
        id: 'snd_1',
        period,
        status: 'preparing',
        requestedBy: 'system:schedule',
        startedAt: '2026-05-15T05:00:00.000Z',
        claimedAt: '2026-05-15T05:00:00.000Z',
        folder: 'reports/x',
        recipients: [recipient],
      };
      expect(await reports.startSend(send)).toEqual({ send, created: true });
      expect(await reports.startSend({ ...send, folder: 'other' })).toEqual({ send, created: false });
      const lease = 5 * 60_000;
      expect(await reports.claimSend(send, '2026-05-15T05:01:00.000Z', lease)).toBe(false);
      expect(await reports.claimSend(send, '2026-05-15T05:06:00.000Z', lease)).toBe(true);
      expect(await reports.lastSent(period)).toBeUndefined();
      expect(await reports.lastSend(period)).toBeUndefined();
      // More published figures than one DynamoDB item holds (they are kept in chunks there).
      const published: PublishedFigure[] = Array.from({ length: 9000 }, (_, i) => ({
        table: 'shelters',
        row: `Härbärge ${i}`,
        field: 'guestNights',
        value: i,
      }));
      const ready = {
        ...send,
        claimedAt: '2026-05-15T05:06:00.000Z',
        dataReadAt: '2026-05-15T05:06:01.000Z',
      };
      await reports.readySend(ready, published);
      expect(await reports.listRecipientDeliveries('snd_1')).toEqual([
        { recipientId: 'rcp_1', status: 'pending', attempts: 0 },
      ]);
      expect(await reports.claimRecipient('snd_1', 'rcp_1', '2026-05-15T05:07:00.000Z', lease, 3)).toBe(true);
      expect(await reports.claimRecipient('snd_1', 'rcp_1', '2026-05-15T05:07:01.000Z', lease, 3)).toBe(
        false,
      );
      await reports.finishRecipient('snd_1', { recipientId: 'rcp_1', status: 'sent' });
      expect(await reports.claimRecipient('snd_1', 'rcp_1', '2026-05-15T06:00:00.000Z', lease, 3)).toBe(
        false,
      );
      const sent = {
        ...ready,
        status: 'sent' as const,
        sentAt: '2026-05-15T05:08:00.000Z',
        delivered: 1,
        failed: [],
      };
      await reports.completeSend(sent, audit({ entityType: 'report' }));
      const last = await reports.lastSent(period);
      expect(last?.send).toEqual(sent);
      expect(await reports.lastSend(period)).toEqual(sent);
      expect(last?.figures).toEqual(published);
    });

    it("keeps a report's texts by period and section, each written over the version before it", async () => {
      const { reports } = await open();
      const period = { from: '2017-11', to: '2018-04' };
      const text = {
        period,
        section: 'nightShelters',
        text: 'Skriven text.',
        draft: 'Förslaget.',
        version: 1,
        updatedAt: '2026-12-07T10:00:00.000Z',
        updatedBy: 'usr_1',
      };
      await reports.putText(text, audit({ entityType: 'report' }));
      await reports.putText({ ...text, section: 'summary' }, audit({ entityType: 'report' }));
      await reports.putText({ ...text, text: 'Ändrad.', version: 2 }, audit({ entityType: 'report' }));
      // Over a version that is no longer the stored one: refused, nothing written.
      expect(await fails(reports.putText({ ...text, text: 'Sent.', version: 2 }, audit()))).toMatchObject({
        kind: 'conflict',
      });
      expect(await fails(reports.putText({ ...text, text: 'Ny.', version: 1 }, audit()))).toMatchObject({
        kind: 'conflict',
      });
      expect((await reports.listTexts(period)).map((t) => [t.section, t.text, t.version])).toEqual([
        ['nightShelters', 'Ändrad.', 2],
        ['summary', 'Skriven text.', 1],
      ]);
      expect(await reports.listTexts({ from: '2018-05', to: '2018-10' })).toEqual([]);
    });

    it("keeps a joint report's state, its appendices, its frozen versions of any size, and the chairs", async () => {
      const { reports } = await open();
      const period = { from: '2017-11', to: '2018-04' };
      const by = { updatedAt: '2026-12-07T10:00:00.000Z', updatedBy: 'usr_1' };
      expect(await reports.getJointReport(period)).toEqual({ appendices: [] });
      const appendix = {
        period,
        organisationId: 'org_a',
        sections: { activities: 'Verksamheten.' },
        status: 'draft' as const,
        version: 1,
        ...by,
      };
      await reports.putAppendix(appendix, audit({ entityType: 'report' }));
      await reports.putAppendix({ ...appendix, organisationId: 'org_b' }, audit({ entityType: 'report' }));
      await reports.putAppendix(
        { ...appendix, status: 'submitted', submittedAt: by.updatedAt, version: 2 },
        audit({ entityType: 'report' }),
      );
      expect(
        await fails(reports.putAppendix({ ...appendix, version: 2 }, audit({ entityType: 'report' }))),
      ).toMatchObject({ kind: 'conflict' });
      const state = { period, signatures: [], approved: [], version: 1, ...by };
      await reports.putJointReport(
        { ...state, review: { digest: 'd1', at: by.updatedAt, by: 'usr_1' } },
        audit({ entityType: 'report' }),
      );
      expect(await fails(reports.putJointReport(state, audit()))).toMatchObject({ kind: 'conflict' });
      // A frozen document larger than one DynamoDB item holds comes back whole.
      // Characters of two UTF-16 units (an emoji) where a piece might end: each comes back whole.
      const document = JSON.stringify({ text: 'å'.repeat(700_000), emoji: '😀'.repeat(100_000) });
      const approved = {
        ...state,
        approved: [{ number: 1, digest: 'd1', at: by.updatedAt, signatures: [] }],
        version: 2,
      };
      await reports.freezeVersion(approved, document, audit({ entityType: 'report' }));
      const read = await reports.getJointReport(period);
      expect(read.state).toEqual(approved);
      expect(read.appendices.map((a) => [a.organisationId, a.status, a.version])).toEqual([
        ['org_a', 'submitted', 2],
        ['org_b', 'draft', 1],
      ]);
      expect(await reports.getFrozen(period, 1)).toBe(document);
      expect(await reports.getFrozen(period, 2)).toBeUndefined();

      expect(await reports.getReportChairs()).toBeUndefined();
      const chairs = {
        chairs: [{ group: 'cooperation' as const, userId: 'usr_1', title: 'ordförande' }],
        version: 1,
        ...by,
      };
      await reports.putReportChairs(chairs, audit({ entityType: 'report' }));
      expect(await fails(reports.putReportChairs(chairs, audit()))).toMatchObject({ kind: 'conflict' });
      expect(await reports.getReportChairs()).toEqual(chairs);
    });

    it("keeps the survey's template and each activity's tally per half-year, each over the version before", async () => {
      const { reports } = await open();
      const by = { updatedAt: '2026-12-07T10:00:00.000Z', updatedBy: 'usr_1' };
      expect(await reports.getSurveyTemplate()).toBeUndefined();
      const template = {
        questions: [{ id: 'q1', text: 'Känner du dig trygg här?', scale: 'yesNo' as const }],
        languages: ['sv', 'ro'],
        nextNumber: 2,
        version: 1,
        ...by,
      };
      await reports.putSurveyTemplate(template, audit({ entityType: 'survey' }));
      expect(await fails(reports.putSurveyTemplate(template, audit()))).toMatchObject({ kind: 'conflict' });
      expect(await reports.getSurveyTemplate()).toEqual(template);
      const period = { from: '2017-11', to: '2018-04' };
      const tally = {
        activityId: 'act_a',
        period,
        respondents: 40,
        counts: { q1: { yes: 30, no: 8 } },
        version: 1,
        ...by,
      };
      await reports.putSurveyTally(tally, audit({ entityType: 'survey' }));
      await reports.putSurveyTally({ ...tally, activityId: 'act_b' }, audit({ entityType: 'survey' }));
      await reports.putSurveyTally(
        { ...tally, respondents: 41, version: 2 },
        audit({ entityType: 'survey' }),
      );
      expect(await fails(reports.putSurveyTally({ ...tally, version: 2 }, audit()))).toMatchObject({
        kind: 'conflict',
      });
      expect((await reports.listSurveyTallies(period)).map((x) => [x.activityId, x.respondents])).toEqual([
        ['act_a', 41],
        ['act_b', 40],
      ]);
      expect(await reports.listSurveyTallies({ from: '2018-05', to: '2018-10' })).toEqual([]);
    });

    it('keeps one person per address until deleted; codes used once, killed by wrong tries; limits counted', async () => {
      const { people } = await open();
      const anna = { ...ANNA, email: 'Anna@Example.org' };
      await people.createUser(anna, audit({ entityType: 'user' }));
      expect(
        await fails(people.createUser({ ...anna, id: 'usr_2', email: 'anna@example.ORG' }, audit())),
      ).toMatchObject({ kind: 'conflict', errors: [{ path: '/email' }] });
      expect(await people.findUserByEmail('ANNA@example.org')).toEqual(anna);
      await people.updateUser({ ...anna, disabled: true, authVersion: 2, version: 2 }, audit());
      expect(await fails(people.updateUser({ ...anna, name: 'Stale', version: 2 }, audit()))).toMatchObject({
        reason: 'concurrent_change',
      });
      await people.deleteUser({ ...anna, version: 2 }, audit());
      expect(await people.findUserByEmail(anna.email)).toBeUndefined();
      await people.createUser({ ...anna, id: 'usr_3' }, audit());
      expect((await people.listUsers()).map((u) => u.id)).toEqual(['usr_3']);

      const session = {
        id: 'a'.repeat(64),
        userId: 'usr_3',
        authVersion: 1,
        createdAt: '2026-11-20T10:00:00.000Z',
        lastSeenAt: '2026-11-20T10:00:00.000Z',
        expiresAt: '2026-11-20T22:00:00.000Z',
      };
      await people.createSession(session);
      await people.touchSession(session.id, '2026-11-20T11:00:00.000Z');
      expect(await people.getSession(session.id)).toEqual({
        ...session,
        lastSeenAt: '2026-11-20T11:00:00.000Z',
      });
      await people.deleteSession(session.id);
      expect(await people.getSession(session.id)).toBeUndefined();

      const code = {
        id: 'c'.repeat(64),
        userId: 'usr_3',
        codeHash: 'd'.repeat(64),
        expiresAt: '2026-11-20T10:10:00.000Z',
        wrongTries: 0,
      };
      await people.createSignInCode(code);
      expect(await people.countWrongTry(code.id, 2)).toBe(true);
      expect(await people.useSignInCode(code.id, '2026-11-20T10:01:00.000Z', 2)).toBe(true);
      expect(await people.useSignInCode(code.id, '2026-11-20T10:01:01.000Z', 2)).toBe(false);
      expect(await people.getSignInCode(code.id)).toEqual({
        ...code,
        wrongTries: 1,
        usedAt: '2026-11-20T10:01:00.000Z',
      });
      const dead = { ...code, id: 'e'.repeat(64) };
      await people.createSignInCode(dead);
      expect([await people.countWrongTry(dead.id, 2), await people.countWrongTry(dead.id, 2)]).toEqual([
        true,
        true,
      ]);
      expect(await people.countWrongTry(dead.id, 2)).toBe(false);
      expect(await people.useSignInCode(dead.id, '2026-11-20T10:02:00.000Z', 2)).toBe(false);

      const until = '2026-11-20T11:00:00.000Z';
      const counted = [];
      for (let i = 0; i < 4; i++) counted.push(await people.countUse('email#x#2026-11-20T10', 3, until));
      expect(counted).toEqual([true, true, true, false]);
      expect(await people.countUse('email#y#2026-11-20T10', 3, until)).toBe(true);
    });

    it('keeps agreements, the finance year and outcomes by version, and lists activities', async () => {
      const { store } = await open();
      const agreement: Agreement = {
        id: 'agr_1',
        name: 'IOP 2025–2026',
        start: '2025-05-01',
        end: '2026-04-30',
        latestEnd: '2028-04-30',
        extensionMonths: 12,
        notice: { kind: 'months_before_end', months: 6 },
        parties: [{ organisationId: 'org_a', joined: '2025-05-01' }],
        extensions: [],
        version: 1,
        createdAt: '2026-11-01T00:00:00Z',
      };
      await store.createAgreement(agreement, audit({ entityType: 'agreement' }));
      expect(await fails(store.createAgreement(agreement, audit()))).toMatchObject({ kind: 'conflict' });
      const extended = { ...agreement, end: '2027-04-30', version: 2 };
      await store.updateAgreement(extended, audit());
      expect(
        await fails(store.updateAgreement({ ...agreement, name: 'Gammal', version: 2 }, audit())),
      ).toMatchObject({ kind: 'conflict' });
      expect(await store.listAgreements()).toEqual([extended]);

      expect(await store.getFinanceYear(2026)).toBeUndefined();
      const year = { ...defaultFinanceYear(2026), version: 1 };
      await store.putFinanceYear(year, audit());
      expect(await fails(store.putFinanceYear(year, audit()))).toMatchObject({ kind: 'conflict' });
      await store.putFinanceYear({ ...year, dueOn: '2027-04-30', version: 2 }, audit());
      expect(await store.getFinanceYear(2026)).toMatchObject({ dueOn: '2027-04-30', version: 2 });

      const outcome: FinancialOutcome = {
        organisationId: 'org_a',
        year: 2026,
        grant: 1_000_000,
        used: { personal: 800_000, lokaler: 200_000 },
        ownMoney: 50_000,
        volunteerHours: 120,
        version: 1,
        updatedAt: '2027-02-01T00:00:00Z',
        updatedBy: 'key_a',
      };
      await store.putOutcome(outcome, audit());
      await store.putOutcome({ ...outcome, organisationId: 'org_b' }, audit());
      expect(await fails(store.putOutcome({ ...outcome, grant: 1 }, audit()))).toMatchObject({
        kind: 'conflict',
      });
      await store.putOutcome({ ...outcome, grant: 900_000, version: 2 }, audit());
      expect((await store.listOutcomes(2026)).map((o) => [o.organisationId, o.grant])).toEqual([
        ['org_a', 900_000],
        ['org_b', 1_000_000],
      ]);
      expect(await store.listOutcomes(2025)).toEqual([]);

      expect(await store.listActivities()).toEqual([]);
      await store.createActivity(activity, audit());
      await store.createActivity(
        { ...activity, id: 'act_b', name: 'Dagcentret', kind: 'day_centre' },
        audit(),
      );
      expect((await store.listActivities()).map((a) => a.id)).toEqual(['act_a', 'act_b']);
    });

    it('keeps the alert settings, observed nights by night, and decisions by version', async () => {
      const { alerts } = await open();
      expect(await alerts.getAlertSettings()).toBeUndefined();
      await alerts.putAlertSettings({ ...DEFAULT_ALERT_SETTINGS, thresholdC: -8 }, audit());
      expect(await alerts.getAlertSettings()).toMatchObject({ thresholdC: -8 });

      const night = (date: string, min: number | null): ObservedNight => ({
        night: date,
        minTemperature: min,
        quality: 'G',
        hours: 15,
        expectedHours: 15,
      });
      await alerts.saveObservedNights([night('2026-01-10', -9.5), night('2026-01-11', null)]);
      await alerts.saveObservedNights([night('2026-01-11', -3.2), night('2026-01-12', -7)]);
      expect(await alerts.listObservedNights('2026-01-11', '2026-01-12')).toEqual([
        night('2026-01-11', -3.2),
        night('2026-01-12', -7),
      ]);

      // Each venue's demand fit, one item each, replaced by the next night's fit.
      const demandOf = (venueId: string, slope: number): VenueDemand => ({
        venueId,
        fittedAt: '2026-01-12T03:00:00.000Z',
        fit: { ...fitDemand([]), slope },
        recent: [{ night: '2026-01-11', guests: 41, minTemperature: -3.2 }],
      });
      await alerts.saveDemand([demandOf('act_b', 1.5), demandOf('act_a', 0)]);
      await alerts.saveDemand([demandOf('act_a', 1.8)]);
      expect(await alerts.listDemand()).toEqual([demandOf('act_a', 1.8), demandOf('act_b', 1.5)]);

      const decision: Decision = {
        id: 'dec_1',
        nights: ['2026-01-10', '2026-01-11'],
        open: true,
        venueIds: ['act_a'],
        groups: ['venues', 'outreach'],
        cancelled: false,
        version: 1,
        decidedAt: '2026-01-09T12:00:00.000Z',
        decidedBy: 'usr_1',
      };
      await alerts.putDecision(decision, audit());
      expect(await fails(alerts.putDecision(decision, audit()))).toMatchObject({ kind: 'conflict' });
      const cancelled = { ...decision, cancelled: true, version: 2 };
      await alerts.putDecision(cancelled, audit());
      expect(
        await fails(alerts.putDecision({ ...decision, open: false, version: 2 }, audit())),
      ).toMatchObject({
        kind: 'conflict',
      });
      expect(await alerts.listDecisions()).toEqual([cancelled]);
    });

    it('lists report recipients and frees an address when one is removed', async () => {
      const { reports } = await open();
      const recipient = {
        id: 'rcp_1',
        name: 'Sekreterare',
        email: 'sek@stockholm.se',
        language: 'sv' as const,
        createdAt: '2026-11-01T00:00:00Z',
      };
      await reports.createRecipient(recipient, audit());
      await reports.createRecipient({ ...recipient, id: 'rcp_2', email: 'ordf@stockholm.se' }, audit());
      expect((await reports.listRecipients()).map((r) => r.id)).toEqual(['rcp_1', 'rcp_2']);
      await reports.deleteRecipient(recipient, audit());
      expect((await reports.listRecipients()).map((r) => r.id)).toEqual(['rcp_2']);
      await reports.createRecipient({ ...recipient, id: 'rcp_3' }, audit());
      expect((await reports.listRecipients()).map((r) => r.id)).toEqual(['rcp_2', 'rcp_3']);
    });

    it("keeps a person's passkeys, moves a counter only from the one seen, and gives a challenge once", async () => {
      const { people } = await open();
      const user = ANNA;
      expect(await people.getUser(user.id)).toBeUndefined();
      await people.createUser(user, audit());
      expect(await people.getUser(user.id)).toEqual(user);

      const passkey: Passkey = {
        id: 'cred-1',
        userId: user.id,
        publicKey: 'pk'.repeat(900),
        counter: 0,
        transports: ['internal'],
        createdAt: '2026-11-20T10:00:00.000Z',
      };
      await people.addPasskey(passkey, audit());
      expect(await fails(people.addPasskey(passkey, audit()))).toMatchObject({ kind: 'conflict' });
      await people.addPasskey({ ...passkey, id: 'cred-2' }, audit());
      expect((await people.listPasskeys(user.id)).map((p) => p.id)).toEqual(['cred-1', 'cred-2']);
      expect(await people.listPasskeys('usr_other')).toEqual([]);
      expect(await people.getPasskey(user.id, 'cred-1')).toEqual(passkey);
      expect(await people.getPasskey('usr_other', 'cred-1')).toBeUndefined();

      const used = { ...passkey, counter: 5, lastUsedAt: '2026-11-21T10:00:00.000Z' };
      expect(await people.usePasskey(used, 0)).toBe(true);
      // A replayed response saw the counter before: it loses.
      expect(await people.usePasskey({ ...used, counter: 6 }, 0)).toBe(false);
      expect(await people.getPasskey(user.id, 'cred-1')).toEqual(used);
      await people.deletePasskey(used, audit());
      expect((await people.listPasskeys(user.id)).map((p) => p.id)).toEqual(['cred-2']);

      await people.putChallenge('ch-1', 'challenge-text', '2026-11-20T10:05:00.000Z');
      expect(await people.takeChallenge('ch-1')).toEqual({
        challenge: 'challenge-text',
        expiresAt: '2026-11-20T10:05:00.000Z',
      });
      expect(await people.takeChallenge('ch-1')).toBeUndefined();
      expect(await people.takeChallenge('ch-never')).toBeUndefined();
    });

    it('marks an address undeliverable (case-insensitive, first notice kept), and clears it with an audit entry', async () => {
      const { people, store } = await open();
      expect(await people.getUndeliverable('anna@example.org')).toBeUndefined();
      await people.markUndeliverable({
        address: 'Anna@Example.org',
        reason: 'bounce',
        at: '2026-12-03T08:00:00.000Z',
        detail: 'NoEmail',
      });
      await people.markUndeliverable({
        address: 'anna@example.org',
        reason: 'complaint',
        at: '2026-12-04T08:00:00.000Z',
      });
      const marked = {
        address: 'anna@example.org',
        reason: 'complaint',
        since: '2026-12-03T08:00:00.000Z',
        lastAt: '2026-12-04T08:00:00.000Z',
        notices: 2,
      };
      expect(await people.getUndeliverable('ANNA@example.org')).toEqual(marked);
      expect(await people.listUndeliverable()).toEqual([marked]);
      await people.clearUndeliverable(
        'Anna@example.org',
        audit({
          at: '2026-12-05T08:00:00.000Z',
          entityType: 'email-address',
          action: 'email-address.confirmed',
        }),
      );
      expect(await people.listUndeliverable()).toEqual([]);
      const trail = await store.listAudit({ from: '2026-12-05', to: '2026-12-06' });
      expect(trail.map((a) => a.action)).toEqual(['email-address.confirmed']);
    });

    it('has called every method of every store', async () => {
      const all = Object.entries(memoryStores()).flatMap(([name, store]) => portMethods(name, store));
      expect(all.filter((m) => !called[backend]?.has(m))).toEqual([]);
      // Every store method called, the operations sent are those the stack grants each function (a transaction
      // is granted item by item: its puts, updates, deletes and condition checks).
      if (backend === 'DynamoDB Local')
        expect([...operations].sort()).toEqual(
          [...TABLE_ACTIONS.filter((a) => a !== 'ConditionCheckItem'), 'TransactWriteItems'].sort(),
        );
    });
  });
}
