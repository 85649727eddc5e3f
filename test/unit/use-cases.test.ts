import { describe, expect, it } from 'vitest';
import { actor } from '../../functions/web/pages/history/controller';
import { snow1g } from '../../infra/local/snow1g';
import { memoryCore } from '../../shared/adapters/memory-stores';
import { createSubscriber } from '../../shared/app/alerts';
import type { EmailSender, SmsSender, WeatherSource } from '../../shared/app/alerts-model';
import { auditEntry, auditNames, listAudit } from '../../shared/app/audit';
import { runColdNightCheck } from '../../shared/app/cold-night-check';
import { importFigures, listFigures, submitFigures } from '../../shared/app/figures';
import { authenticate, createKey } from '../../shared/app/keys';
import type { AuditEntry } from '../../shared/app/model';
import { createUser, deleteUser, updateUser } from '../../shared/app/people';
import type { Store } from '../../shared/app/ports';
import { createOrganisation, setCapacity } from '../../shared/app/registry';
import { sessionPrincipal, startSession } from '../../shared/app/sign-in';
import { type Principal, systemPrincipal } from '../../shared/domain/access';
import { datesBetween } from '../../shared/domain/periods';
import { organisationWithShelter } from '../support/registry';

/** Use cases on the in-memory stores (held to DynamoDB's behaviour by the stores' contract test). */
const admin = systemPrincipal('unit');

async function shelter(now = new Date('2026-11-23T09:00:00Z')) {
  const deps = memoryCore({ now: () => now });
  const { org, shelter: activity } = await organisationWithShelter(deps, admin, {
    organisation: 'Frälsningsarmén',
    orgNumber: '802006-1688',
    shelter: 'Härbärget i Bromma',
    places: { from: '2025-05-01', places: 56 },
  });
  const other = await createOrganisation(deps, admin, { name: 'Convictus', orgNumber: '802012-1581' });
  // Partners sign in with keys of their own organisation, as over the API.
  const partnerOf = async (organisationId: string): Promise<Principal> => {
    const { key } = await createKey(deps, admin, { role: 'partner', organisationId, label: 'partner' });
    return authenticate(deps.store, `Bearer ${key}`);
  };
  return { deps, activity, partner: await partnerOf(org.id), stranger: await partnerOf(other.id) };
}

/** The store, with another writer's `first` committing just before this request's first commit: a lost race. */
function racedBy(store: Store, first: () => Promise<unknown>): Store {
  let raced = false;
  return Object.create(store, {
    commitFigures: {
      value: async (...[changes, receipt]: Parameters<Store['commitFigures']>) => {
        if (!raced) {
          raced = true;
          await first();
        }
        return store.commitFigures(changes, receipt);
      },
    },
  });
}

describe('figures on the in-memory stores', () => {
  it('checks every row and stores nothing when one is bad, naming each bad row', async () => {
    const { deps, activity, partner, stranger } = await shelter();
    const rows = [
      { activityId: activity.id, period: '2026-11-20', figures: { women: 12, men: 40 } },
      { activityId: activity.id, period: '2026-11-31', figures: { women: 1, men: 1 } },
      { activityId: activity.id, period: '2026-11-21', figures: { women: -1, men: 40 } },
      { activityId: activity.id, period: '2026-11-20', figures: { women: 12, men: 40 } },
      { activityId: activity.id, period: '2026-12-24', figures: { women: 1, men: 1 } },
    ];
    const { outcomes, problems } = await submitFigures(deps, partner, rows);
    expect(outcomes).toEqual([]);
    expect(problems.map((p) => [p.row, p.path, p.kind])).toEqual([
      [1, '/period', 'invalid'],
      [2, '/women', 'invalid'],
      [3, '/period', 'invalid'],
      [4, '/period', 'invalid'],
    ]);
    expect(await listFigures(deps, admin, activity.id, {})).toEqual([]);
    // Another organisation's partner is told the activity does not exist.
    const foreign = await submitFigures(deps, stranger, [rows[0] as (typeof rows)[0]]);
    expect(foreign.problems).toMatchObject([{ row: 0, kind: 'not_found', path: '/activityId' }]);
  });

  it('plans each row against what is stored: created, unchanged, updated, with a warning above the places', async () => {
    const { deps, activity, partner } = await shelter();
    const night = { activityId: activity.id, period: '2026-11-22', figures: { women: 12, men: 40 } };
    expect((await submitFigures(deps, partner, [night])).outcomes.map((o) => o.result)).toEqual(['created']);
    expect((await submitFigures(deps, partner, [night])).outcomes.map((o) => o.result)).toEqual([
      'unchanged',
    ]);
    const crowded = { ...night, figures: { women: 20, men: 40 } };
    const [updated] = (await submitFigures(deps, partner, [crowded])).outcomes;
    expect(updated).toMatchObject({ result: 'updated', stored: { version: 2 } });
    expect(updated?.warnings).toEqual([
      {
        code: 'over_places',
        severity: 'warning',
        kind: 'night_shelter',
        field: 'women',
        period: '2026-11-22',
        left: 60,
        right: 56,
      },
    ]);
  });

  it('plans again after losing a race and converges on the last writer', async () => {
    const { deps, activity, partner } = await shelter();
    const period = '2026-11-22';
    await submitFigures(deps, partner, [{ activityId: activity.id, period, figures: { women: 1, men: 1 } }]);
    // Another writer commits between this request's read and its write: the first commit loses the race.
    const racing = racedBy(deps.store, () =>
      submitFigures(deps, partner, [{ activityId: activity.id, period, figures: { women: 2, men: 2 } }]),
    );
    const { outcomes } = await submitFigures({ ...deps, store: racing }, partner, [
      { activityId: activity.id, period, figures: { women: 3, men: 3 } },
    ]);
    expect(outcomes).toMatchObject([{ result: 'updated', stored: { version: 3 } }]);
    const [stored] = await listFigures(deps, admin, activity.id, {});
    expect(stored).toMatchObject({ version: 3, figures: { women: 3, men: 3 } });
    const trail = await deps.store.listAudit({ activityId: activity.id, from: '2026', to: '2027' });
    // One entry per stored change (the clock stands still here, so their order is the ids').
    const changes = trail.filter((e) => e.entityType === 'figures').map((e) => e.action);
    expect(changes.sort()).toEqual(['figures.created', 'figures.updated', 'figures.updated']);
  });
});

describe('a submission sent once, on the in-memory stores', () => {
  const key = 'b3c1e0a4-7f7e-4d0c-9a57-2f6c1d9e8a11';
  const trail = async (deps: Awaited<ReturnType<typeof shelter>>['deps'], activityId: string) =>
    (await deps.store.listAudit({ activityId, from: '2026', to: '2027' }))
      .map((a) => a.action)
      .filter((action) => action.startsWith('figures.'));

  it('answers a resend with its key as the first time, and writes once', async () => {
    const { deps, activity, partner } = await shelter();
    const night = { activityId: activity.id, period: '2026-11-22', figures: { women: 12, men: 40 } };
    const first = await submitFigures(deps, partner, [night], { key, shownVersion: 0 });
    // The answer was lost on the way; the phone sends the same submission again (its form still says version 0).
    const again = await submitFigures(deps, partner, [night], { key, shownVersion: 0 });
    expect(first.outcomes).toMatchObject([{ result: 'created', stored: { version: 1 } }]);
    expect(again).toEqual({ problems: [], outcomes: first.outcomes.map((o) => ({ ...o, warnings: [] })) });
    expect(await trail(deps, activity.id)).toEqual(['figures.created']);
    // The same key with other figures is refused, and changes nothing.
    const reused = await submitFigures(deps, partner, [{ ...night, figures: { women: 1, men: 1 } }], { key });
    expect(reused.problems).toMatchObject([{ kind: 'conflict', path: '/key', code: 'key_reused' }]);
    expect((await listFigures(deps, admin, activity.id, {}))[0]).toMatchObject({
      version: 1,
      figures: night.figures,
    });
    // A key is a client's token, never free text.
    const odd = await submitFigures(deps, partner, [night], { key: 'Anna Andersson 1980' });
    expect(odd.problems).toMatchObject([{ kind: 'invalid', path: '/key' }]);
  });

  it('writes once when the same submission races itself (a queue and a page sending together)', async () => {
    const { deps, activity, partner } = await shelter();
    const night = { activityId: activity.id, period: '2026-11-22', figures: { women: 12, men: 40 } };
    const racing = racedBy(deps.store, () => submitFigures(deps, partner, [night], { key }));
    const { outcomes } = await submitFigures({ ...deps, store: racing }, partner, [night], { key });
    expect(outcomes).toMatchObject([{ result: 'created', stored: { version: 1 } }]);
    expect(await trail(deps, activity.id)).toEqual(['figures.created']);
  });

  it('does not overwrite figures someone saved after the form was shown; shown the new version, it does', async () => {
    const { deps, activity, partner } = await shelter();
    const period = '2026-11-22';
    await submitFigures(deps, partner, [
      { activityId: activity.id, period, figures: { women: 10, men: 30 } },
    ]);
    const mine = { activityId: activity.id, period, figures: { women: 12, men: 40 } };
    const stale = await submitFigures(deps, partner, [mine], { shownVersion: 0 });
    expect(stale.problems).toMatchObject([{ kind: 'conflict', path: '/figures', code: 'changed_meanwhile' }]);
    expect((await listFigures(deps, admin, activity.id, {}))[0]).toMatchObject({
      figures: { women: 10, men: 30 },
    });
    // The same figures as stored are no conflict: nothing would be lost.
    const same = await submitFigures(deps, partner, [{ ...mine, figures: { women: 10, men: 30 } }], {
      shownVersion: 0,
    });
    expect(same).toMatchObject({ problems: [], outcomes: [{ result: 'unchanged' }] });
    const chosen = await submitFigures(deps, partner, [mine], { shownVersion: 1 });
    expect(chosen.outcomes).toMatchObject([
      { result: 'updated', stored: { version: 2, figures: mine.figures } },
    ]);
  });
});

/** SMHI as a forecast document says it: no warnings, no observations. */
const weatherOf = (doc: ReturnType<typeof snow1g>): WeatherSource => ({
  latestForecastRun: async () => doc.createdTime,
  forecast: async () => ({
    createdTime: doc.createdTime,
    steps: doc.timeSeries.map((s) => ({ time: s.time, airTemperature: s.data.air_temperature as number })),
  }),
  observations: async () => [],
  warnings: async () => [],
});

describe('the cold-night check on the in-memory stores', () => {
  it('retries a failed SMS on the next run and sends each alert once', async () => {
    const created = '2027-02-08T04:00:00Z';
    // −9 °C every night from the evening of 9 February: a cold spell in the hourly part of the forecast.
    const doc = snow1g({
      createdTime: created,
      temperature: (t) => (t >= new Date('2027-02-09T17:00:00Z') ? -9 : 1),
    });
    const weather = weatherOf(doc);
    let now = new Date('2027-02-08T05:00:00Z');
    const deps = memoryCore({ now: () => now });
    await createSubscriber(deps, admin, {
      name: 'Samordnare',
      email: 'samordnare@example.org',
      phone: '+46701234567',
      channels: ['email', 'sms'],
      language: 'sv',
    });
    const mails: string[] = [];
    const texts: string[] = [];
    let smsDown = true;
    const email: EmailSender = { send: async (m) => void mails.push(m.subject) };
    const sms: SmsSender = {
      send: async (m) => {
        if (smsDown) throw new Error('SMS provider unavailable');
        texts.push(m.text);
      },
    };
    const check = () => runColdNightCheck({ ...deps, weather, email, sms });

    const first = await check();
    expect(first).toMatchObject({ sent: 1, failed: 1 });
    expect(mails).toEqual([
      expect.stringMatching(/^Extra kall natt: natten mot onsdag 10 februari \(tis 9\/2\)/),
    ]);
    expect(texts).toEqual([]);

    smsDown = false;
    now = new Date('2027-02-08T06:00:00Z');
    expect(await check()).toMatchObject({ sent: 1, failed: 0 });
    expect(texts).toEqual([
      expect.stringMatching(/^Extra kall natt: natten mot ons 10\/2 \(tis 9\/2\), -9 grader/),
    ]);
    now = new Date('2027-02-08T07:00:00Z');
    expect(await check()).toMatchObject({ sent: 0, failed: 0 });
    expect([mails.length, texts.length]).toEqual([1, 1]);
  });
});

describe('the guests to expect, in the cold-night check (issue 27)', () => {
  it('tells the coordinator how many guests to expect against the places, from the venue’s own nights', async () => {
    const now = new Date('2027-02-08T05:00:00Z');
    const { deps, activity } = await shelter(now);
    await setCapacity(deps, admin, activity.id, { from: '2026-11-01', places: 30 });
    // Three winters and this one: 25 guests, and 1.5 more for every degree below 0 °C that night.
    const wobble = (i: number) => Math.sin(i * 12.9898) * 0.5 + Math.sin(i * 78.233) * 0.5;
    const nights = ['2023', '2024', '2025', '2026'].flatMap((year) =>
      datesBetween(`${year}-11-01`, year === '2026' ? '2027-02-07' : `${Number(year) + 1}-04-30`),
    );
    const temperature = (i: number) => Math.round((1 + 6 * wobble(i)) * 10) / 10;
    const rows = nights.map((night, i) => ({
      activityId: activity.id,
      period: night,
      women: 5,
      men: Math.round(20 + 1.5 * Math.max(0, -temperature(i)) + 2 * wobble(i * 3)),
    }));
    // Up to the places: a fuller night asks a person to confirm; this history is as it was.
    const imported = await importFigures(deps, admin, rows);
    expect(imported.problems).toEqual([]);
    await deps.alerts.saveObservedNights(
      nights.map((night, i) => ({
        night,
        minTemperature: temperature(i),
        quality: 'G' as const,
        hours: 15,
        expectedHours: 15,
      })),
    );
    const doc = snow1g({
      createdTime: '2027-02-08T04:00:00Z',
      temperature: (t) => (t >= new Date('2027-02-09T17:00:00Z') ? -9 : 1),
    });
    const weather = weatherOf(doc);
    await createSubscriber(deps, admin, {
      name: 'Samordnare',
      email: 'samordnare@example.org',
      phone: '+46701234567',
      channels: ['sms'],
      language: 'sv',
    });
    const texts: string[] = [];
    const sms: SmsSender = { send: async (m) => void texts.push(m.text) };
    const email: EmailSender = { send: async () => {} };
    const result = await runColdNightCheck({ ...deps, weather, email, sms });

    const cold = result.nights.find((n) => n.night === '2027-02-09');
    const mild = result.nights.find((n) => n.night === '2027-02-08');
    // −9 °C: about 25 + 1.5 × 9 guests against 30 places; a mild night about the weeks before it.
    expect(cold?.demand?.places).toBe(30);
    // The venue itself is named as short that night, with its own figures.
    expect(cold?.demand?.short).toEqual([
      expect.objectContaining({ venueId: activity.id, places: 30, high: cold?.demand?.high }),
    ]);
    expect(mild?.demand?.short).toEqual([]);
    expect(cold?.demand?.expected).toBeGreaterThanOrEqual(36);
    expect(cold?.demand?.expected).toBeLessThanOrEqual(42);
    expect((mild?.demand?.expected as number) + 9).toBeLessThan(cold?.demand?.expected as number);
    const [text] = texts;
    expect(text).toMatch(/Väntat \d+-\d+ gäster, 30 platser: (\d+-)?\d+ för få\./);
    expect(text?.length).toBeLessThanOrEqual(160);
    // The fit is kept: the next hourly check reads it and fits nothing again.
    const [kept] = await deps.alerts.listDemand();
    expect(kept).toMatchObject({ venueId: activity.id, fittedAt: now.toISOString(), fit: { uses: 'model' } });
  });
});

const auditEntryFor = (userId: string) =>
  auditEntry('2026-11-23T09:00:00.000Z', admin, {
    action: 'passkey.added',
    entityType: 'user',
    entityId: userId,
  });

describe('a person signed in, on the in-memory stores', () => {
  it('acts by the same rules as a key of their role and organisation, and the audit names them', async () => {
    const { deps, activity, stranger } = await shelter();
    const fredrik = await createUser(deps, admin, {
      email: 'fredrik@example.org',
      name: 'Fredrik Ek',
      role: 'partner',
      organisationId: activity.organisationId,
    });
    const signed = await sessionPrincipal(deps, await startSession(deps, fredrik));
    expect(signed?.principal).toEqual({
      id: fredrik.id,
      via: 'session',
      role: 'partner',
      organisationId: activity.organisationId,
      name: 'Fredrik Ek',
    });
    const principal = signed?.principal as Principal;
    const night = { activityId: activity.id, period: '2026-11-22', figures: { women: 12, men: 40 } };
    expect((await submitFigures(deps, principal, [night])).outcomes).toMatchObject([{ result: 'created' }]);
    const [entry] = (
      await deps.store.listAudit({ activityId: activity.id, from: '2026', to: '2027' })
    ).filter((e) => e.entityType === 'figures');
    expect(entry).toMatchObject({ keyId: fredrik.id, actorName: 'Fredrik Ek', action: 'figures.created' });
    // Another organisation's person is told the activity does not exist, as their key would be.
    expect((await submitFigures(deps, stranger, [night])).problems).toMatchObject([{ kind: 'not_found' }]);
    // Their organisation changed: the session is over.
    const other = await createOrganisation(deps, admin, { name: 'Ny Gemenskap', orgNumber: '802006-1019' });
    const token = await startSession(deps, fredrik);
    await updateUser(deps, admin, fredrik.id, { organisationId: other.id });
    expect(await sessionPrincipal(deps, token)).toBeUndefined();
    // Deleted, nothing of theirs is left to sign in with: their passkeys go with them.
    await deps.people.addPasskey(
      {
        id: 'cred1',
        userId: fredrik.id,
        publicKey: 'AQID',
        counter: 0,
        createdAt: '2026-11-23T09:00:00.000Z',
      },
      auditEntryFor(fredrik.id),
    );
    await deleteUser(deps, admin, fredrik.id);
    expect(await deps.people.listPasskeys(fredrik.id)).toEqual([]);
    // The trail no longer names them: what they did is said as a deleted person's, in the reader's words.
    const trail = await listAudit(deps, admin, {
      from: new Date('2000-01-01T00:00:00Z'),
      to: new Date('2100-01-01T00:00:00Z'),
    });
    const theirs = trail.find((e) => e.keyId === fredrik.id && e.action === 'figures.created');
    expect(theirs).toMatchObject({ actorDeleted: true });
    expect(theirs?.actorName).toBeUndefined();
    expect([actor(theirs as AuditEntry, 'sv'), actor(theirs as AuditEntry, 'en')]).toEqual([
      'borttagen användare',
      'deleted user',
    ]);
    expect(JSON.stringify(trail)).not.toMatch(/Fredrik|fredrik@/);
  });
});

describe('the audit page, on the in-memory stores (issue 23, 3)', () => {
  it('names what the trail is read by for an administrator, and is refused to anyone else by the use case', async () => {
    const { deps, activity, partner } = await shelter();
    await createUser(deps, admin, { email: 'osa@example.org', name: 'Östen', role: 'coordinator' });
    await createUser(deps, admin, { email: 'ada@example.org', name: 'Ada', role: 'admin' });
    const names = await auditNames(deps, admin);
    expect(names.activities.map((a) => a.id)).toEqual([activity.id]);
    expect(names.organisations.map((o) => o.name).sort()).toEqual(['Convictus', 'Frälsningsarmén']);
    // Sorted the Swedish way: Ö after Z.
    expect(names.people.map((p) => p.name)).toEqual(['Ada', 'Östen']);
    await expect(auditNames(deps, partner)).rejects.toMatchObject({ kind: 'forbidden' });
  });
});
