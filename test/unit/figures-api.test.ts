import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, useInProcessSystem } from '../support/system';

const t = useInProcessSystem();

let faKey: string;
let shelter: string;
let dayCentre: string;
let otherShelter: string;
let venue: string;

beforeAll(async () => {
  const fa = await t.api.organisation('Frälsningsarmén', '802006-1688');
  const convictus = await t.api.organisation('Convictus', '802012-1581');
  shelter = await t.api.activity(fa, 'night_shelter');
  dayCentre = await t.api.activity(fa, 'day_centre');
  otherShelter = await t.api.activity(convictus, 'night_shelter');
  venue = await t.api.activity(convictus, 'cold_night_venue');
  expect(
    (
      await t.api.call('PUT', `/v1/activities/${shelter}/capacity/2017-05-01`, {
        key: t.api.admin,
        json: { places: 45 },
      })
    ).status,
  ).toBe(200);
  faKey = await t.api.key('partner', fa);
});

const put = (activity: string, period: string, json: unknown, key = faKey) =>
  t.api.call('PUT', `/v1/activities/${activity}/figures/${period}`, { key, json });

describe('PUT figures', () => {
  it('creates, then says unchanged for the same body, then updates', async () => {
    const created = await put(shelter, '2018-01-15', {
      women: 12,
      men: 30,
      nationalities: { RO: 20, PL: 5 },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      activityId: shelter,
      period: '2018-01-15',
      figures: { women: 12, men: 30, nationalities: { RO: 20, PL: 5 } },
      result: 'created',
      version: 1,
      warnings: [],
    });
    const before = await t.api.snapshot(shelter);
    const again = await put(shelter, '2018-01-15', { nationalities: { PL: 5, RO: 20 }, men: 30, women: 12 });
    expect(again.body).toMatchObject({ result: 'unchanged', version: 1 });
    expect(await t.api.snapshot(shelter)).toEqual(before);
    const updated = await put(shelter, '2018-01-15', { women: 13, men: 30 });
    expect(updated.body).toMatchObject({ result: 'updated', version: 2, figures: { women: 13, men: 30 } });
    const listed = await t.api.call('GET', `/v1/activities/${shelter}/figures?from=2018-01&to=2018-01`, {
      key: faKey,
    });
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0].figures).toEqual({ women: 13, men: 30 });
  });

  it('accepts guests above the places in force, with a warning', async () => {
    const reply = await put(shelter, '2018-01-16', { women: 10, men: 40 });
    expect(reply.status).toBe(200);
    expect(reply.body.warnings).toEqual([
      {
        code: 'over_places',
        field: 'women',
        left: 50,
        right: 45,
        message: expect.stringMatching(/^50 guests is more than the 45 places in force the night before/),
      },
    ]);
  });

  it('lets a partner enter tonight at 23:00 but never a future night', async () => {
    const today = DateTime.now().setZone('Europe/Stockholm');
    expect((await put(shelter, today.toISODate() as string, { women: 1, men: 1 })).status).toBe(200);
    const before = await t.api.snapshot(shelter);
    const tomorrow = expectProblem(
      await put(shelter, today.plus({ days: 1 }).toISODate() as string, { women: 1, men: 1 }),
      422,
    );
    expect(tomorrow.errors).toEqual([
      {
        path: '/period',
        message: '2026-12-08 has not begun yet (Stockholm time).',
        code: 'period_future',
        params: { value: '2026-12-08' },
      },
    ]);
    expect(await t.api.snapshot(shelter)).toEqual(before);
  });

  it('refuses every kind of bad input with a problem naming the field, and stores nothing', async () => {
    const before = await t.api.snapshot(shelter);
    const cases: {
      body?: string;
      json?: unknown;
      period?: string;
      contentType?: string;
      status: number;
      paths?: string[];
    }[] = [
      { body: '{"women": 1, "men": ', status: 400 },
      { body: '', status: 400 },
      { json: { women: 1, men: 2 }, contentType: 'text/plain', status: 415 },
      { json: [1, 2], status: 422, paths: ['/'] },
      { json: { women: '12', men: 3 }, status: 422, paths: ['/women'] },
      { json: { women: -1, men: 3 }, status: 422, paths: ['/women'] },
      { json: { women: 1.5, men: 3 }, status: 422, paths: ['/women'] },
      { json: { women: 1 }, status: 422, paths: ['/men'] },
      { json: { women: 1, men: 2, name: 'Ion Popescu' }, status: 422, paths: ['/name'] },
      { json: { women: 1, men: 2, comment: 'slept in the hall' }, status: 422, paths: ['/comment'] },
      { json: { women: 1, men: 2, nationalities: { XX: 1 } }, status: 422, paths: ['/nationalities/XX'] },
      { json: { women: 1, men: 2, nationalities: { RO: 4 } }, status: 422, paths: ['/nationalities'] },
      { json: { women: 1, men: 2 }, period: '2018-02-30', status: 422, paths: ['/period'] },
      { json: { women: 1, men: 2 }, period: '2018-13', status: 422, paths: ['/period'] },
      { json: { women: 1, men: 2 }, period: 'yesterday', status: 422, paths: ['/period'] },
      { json: { women: 1, men: 2 }, period: '2018-01', status: 422, paths: ['/period'] },
      {
        json: { women: -1, men: 'x' },
        period: '2018-02-30',
        status: 422,
        paths: ['/period', '/women', '/men'],
      },
    ];
    for (const c of cases) {
      const reply = await t.api.call('PUT', `/v1/activities/${shelter}/figures/${c.period ?? '2018-01-20'}`, {
        key: faKey,
        body: c.body ?? JSON.stringify(c.json),
        contentType: c.contentType,
      });
      const problem = expectProblem(reply, c.status);
      if (c.paths)
        expect(
          problem.errors?.map((e) => e.path),
          JSON.stringify(c),
        ).toEqual(c.paths);
    }
    expect(await t.api.snapshot(shelter)).toEqual(before);
  });

  it('keeps a prototype-polluting body out of the store and out of Object.prototype', async () => {
    const reply = await t.api.call('PUT', `/v1/activities/${shelter}/figures/2018-01-21`, {
      key: faKey,
      body: '{"women":1,"men":2,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    });
    expectProblem(reply, 422);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a month reported both as days and as a month total (409)', async () => {
    expect((await put(dayCentre, '2018-02-03', { women: 5, men: 20 })).status).toBe(200);
    const problem = expectProblem(await put(dayCentre, '2018-02', { women: 100, men: 400 }), 409);
    expect(problem.errors?.[0]).toMatchObject({
      path: '/period',
      message: expect.stringMatching(/day by day/),
    });
    expect((await put(dayCentre, '2018-03', { women: 100, men: 400 })).status).toBe(200);
    expectProblem(await put(dayCentre, '2018-03-04', { women: 1, men: 1 }), 409);
    // Once the days are deleted, the month may be reported as a total.
    expect(
      (await t.api.call('DELETE', `/v1/activities/${dayCentre}/figures/2018-02-03`, { key: faKey })).status,
    ).toBe(204);
    expect((await put(dayCentre, '2018-02', { women: 100, men: 400 })).body.result).toBe('created');
  });

  it('checks the kind-specific fields', async () => {
    const outreachOrg = await t.api.organisation('Stockholms stad', '212000-0142');
    const intake = await t.api.activity(outreachOrg, 'intake');
    const outreach = await t.api.activity(outreachOrg, 'outreach');
    const admin = t.api.admin;
    expect((await put(intake, '2018-01', { applicants: 400, ticketsIssued: 300 }, admin)).status).toBe(200);
    expectProblem(await put(intake, '2018-02', { women: 1, men: 1 }, admin), 422);
    expect(
      (
        await put(
          outreach,
          '2018-01',
          { women: 21, men: 21, vulnerablePeople: 42, sleepingSites: 60, estimatedRoughSleepers: 750 },
          admin,
        )
      ).status,
    ).toBe(200);
    expectProblem(await put(shelter, '2018-01-22', { women: 1, men: 1, sleepingSites: 3 }), 422);
  });
});

describe('scope and keys', () => {
  it("refuses a partner on another organisation's activity, without saying it exists", async () => {
    const before = await t.api.snapshot(otherShelter);
    const problem = expectProblem(await put(otherShelter, '2018-01-15', { women: 1, men: 1 }), 404);
    expect(problem.errors?.[0]?.path).toBe('/activityId');
    expectProblem(await t.api.call('GET', `/v1/activities/${otherShelter}`, { key: faKey }), 404);
    expectProblem(await t.api.call('GET', `/v1/activities/${otherShelter}/figures`, { key: faKey }), 404);
    expectProblem(
      await t.api.call('DELETE', `/v1/activities/${otherShelter}/figures/2018-01-15`, { key: faKey }),
      404,
    );
    const visible = await t.api.call('GET', '/v1/activities', { key: faKey });
    expect(visible.body.map((a: { id: string }) => a.id).sort()).toEqual([shelter, dayCentre].sort());
    expect(await t.api.snapshot(otherShelter)).toEqual(before);
  });

  it('lets a coordinator read all and write extra-cold-night figures only', async () => {
    const coordinator = await t.api.key('coordinator');
    expect((await put(venue, '2018-02-27', { women: 20, men: 90 }, coordinator)).status).toBe(200);
    expectProblem(await put(otherShelter, '2018-02-27', { women: 1, men: 1 }, coordinator), 403);
    expect(
      (await t.api.call('GET', `/v1/activities/${otherShelter}/figures`, { key: coordinator })).status,
    ).toBe(200);
    expectProblem(
      await t.api.call('POST', '/v1/organisations', { key: coordinator, json: { name: 'X' } }),
      403,
    );
  });

  it('refuses a missing, malformed, unknown or revoked key', async () => {
    expectProblem(await t.api.call('GET', '/v1/activities'), 401);
    expectProblem(await t.api.call('GET', '/v1/activities', { key: 'not-a-key' }), 401);
    const r = await t.fetch(`/v1/activities`, { headers: { authorization: 'Basic abc' } });
    expect(r.status).toBe(401);
    const fa = (await t.api.call('GET', `/v1/activities/${shelter}`, { key: t.api.admin })).body
      .organisationId;
    const created = await t.api.call('POST', '/v1/keys', {
      key: t.api.admin,
      json: { role: 'partner', organisationId: fa, label: 'to revoke' },
    });
    const key = created.body.key;
    expect((await put(shelter, '2018-01-25', { women: 1, men: 1 }, key)).status).toBe(200);
    expect(
      (await t.api.call('DELETE', `/v1/keys/${created.body.id}`, { key: t.api.admin })).body.revokedAt,
    ).toBeTruthy();
    const before = await t.api.snapshot(shelter);
    expectProblem(await put(shelter, '2018-01-26', { women: 1, men: 1 }, key), 401);
    expect(await t.api.snapshot(shelter)).toEqual(before);
  });
});

describe('delete and audit', () => {
  it('deletes figures, keeping before and after in the audit trail', async () => {
    await put(shelter, '2018-03-01', { women: 3, men: 4 });
    await put(shelter, '2018-03-01', { women: 3, men: 5 });
    expect(
      (await t.api.call('DELETE', `/v1/activities/${shelter}/figures/2018-03-01`, { key: faKey })).status,
    ).toBe(204);
    expectProblem(
      await t.api.call('DELETE', `/v1/activities/${shelter}/figures/2018-03-01`, { key: faKey }),
      404,
    );
    const listed = await t.api.call(
      'GET',
      `/v1/activities/${shelter}/figures?from=2018-03-01&to=2018-03-01`,
      {
        key: faKey,
      },
    );
    expect(listed.body).toEqual([]);
    const audit = await t.api.call('GET', `/v1/audit?activityId=${shelter}`, { key: t.api.admin });
    const trail = audit.body.filter((e: { entityId: string }) => e.entityId === `${shelter}/2018-03-01`);
    expect(trail.map((e: { action: string }) => e.action)).toEqual([
      'figures.created',
      'figures.updated',
      'figures.deleted',
    ]);
    expect(trail[1]).toMatchObject({ before: { women: 3, men: 4 }, after: { women: 3, men: 5 } });
    expect(trail[2]).toMatchObject({ before: { women: 3, men: 5 } });
    expect(trail[2].after).toBeUndefined();
    expect(new Set(trail.map((e: { keyId: string }) => e.keyId)).size).toBe(1);
    expectProblem(await t.api.call('GET', '/v1/audit', { key: faKey }), 403);
  });
});
