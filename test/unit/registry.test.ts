import { describe, expect, it } from 'vitest';
import type { Principal } from '../../shared/domain/access';
import { expectProblem, useInProcessSystem } from '../support/system';

const t = useInProcessSystem();

describe('open endpoints', () => {
  it('answers health, the OpenAPI 3.1 document and a docs page without a key', async () => {
    expect((await t.api.call('GET', '/v1/health')).body).toEqual({ status: 'ok' });
    const doc = (await t.api.call('GET', '/v1/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/activities/{id}/figures/{period}',
        '/v1/imports',
        '/v1/keys/{id}',
        '/v1/audit',
      ]),
    );
    // Generated from the same zod schemas that validate: strictness and kinds show in the document.
    expect(doc.components.schemas.NewOrganisation.additionalProperties).toBe(false);
    expect(doc.components.schemas.NewActivity.properties.kind.enum).toContain('cold_night_venue');
    expect(doc.components.schemas.NightShelterFigures.properties).toHaveProperty('turnedAway');
    const docs = await t.api.call('GET', '/v1/docs');
    expect(docs.contentType).toMatch(/text\/html/);
    expect(docs.text).toContain('/v1/openapi.json');
  });

  it('answers an unknown route with a problem, not a 500', async () => {
    expectProblem(await t.api.call('GET', '/v1/nothing-here'), 404);
    expectProblem(await t.api.call('PATCH', '/v1/activities'), 404);
  });
});

describe('keys', () => {
  it('shows a key once, lists none of the secrets, revokes at once', async () => {
    const created = await t.api.call('POST', '/v1/keys', {
      key: t.api.admin,
      json: { role: 'coordinator', label: 'Samordnare' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      role: 'coordinator',
      label: 'Samordnare',
      key: expect.stringMatching(/^iop_/),
    });
    const listed = await t.api.call('GET', '/v1/keys', { key: t.api.admin });
    expect(listed.text).not.toContain(created.body.key);
    expect(listed.text).not.toContain('hash');
    expect(listed.body.find((k: { id: string }) => k.id === created.body.id)).toMatchObject({
      role: 'coordinator',
    });
    expect((await t.api.call('GET', '/v1/activities', { key: created.body.key })).status).toBe(200);
    expect((await t.api.call('DELETE', `/v1/keys/${created.body.id}`, { key: t.api.admin })).status).toBe(
      200,
    );
    expectProblem(await t.api.call('GET', '/v1/activities', { key: created.body.key }), 401);
    expectProblem(await t.api.call('DELETE', '/v1/keys/key_nope', { key: t.api.admin }), 404);
  });

  it('binds partner keys to an existing organisation, and only them', async () => {
    const partnerWithout = await t.api.call('POST', '/v1/keys', {
      key: t.api.admin,
      json: { role: 'partner', label: 'x' },
    });
    expect(expectProblem(partnerWithout, 422).errors?.[0]?.path).toBe('/organisationId');
    const unknownOrg = await t.api.call('POST', '/v1/keys', {
      key: t.api.admin,
      json: { role: 'partner', organisationId: 'org_nope', label: 'x' },
    });
    expectProblem(unknownOrg, 422);
    const adminWithOrg = await t.api.call('POST', '/v1/keys', {
      key: t.api.admin,
      json: { role: 'admin', organisationId: 'org_nope', label: 'x' },
    });
    expectProblem(adminWithOrg, 422);
    expectProblem(
      await t.api.call('POST', '/v1/keys', { key: t.api.admin, json: { role: 'root', label: 'x' } }),
      422,
    );
    const org = await t.api.organisation('Ny Gemenskap', '802006-1019');
    const partner = await t.api.key('partner', org);
    expectProblem(
      await t.api.call('POST', '/v1/keys', { key: partner, json: { role: 'admin', label: 'x' } }),
      403,
    );
    expectProblem(await t.api.call('GET', '/v1/keys', { key: partner }), 403);
  });
});

describe('organisations and activities', () => {
  it('validates organisation numbers with Luhn and refuses a duplicate (409)', async () => {
    const before = (await t.api.call('GET', '/v1/organisations', { key: t.api.admin })).body;
    const bad = await t.api.call('POST', '/v1/organisations', {
      key: t.api.admin,
      json: { name: 'X', orgNumber: '802012-1582' },
    });
    expect(expectProblem(bad, 422).errors?.[0]?.path).toBe('/orgNumber');
    const shape = await t.api.call('POST', '/v1/organisations', {
      key: t.api.admin,
      json: { name: 'X', orgNumber: '8020121581' },
    });
    expectProblem(shape, 422);
    const unknownField = await t.api.call('POST', '/v1/organisations', {
      key: t.api.admin,
      json: { name: 'X', orgNumber: '802012-1581', contactPerson: 'Anna' },
    });
    expect(expectProblem(unknownField, 422).errors?.[0]?.path).toBe('/contactPerson');
    expect((await t.api.call('GET', '/v1/organisations', { key: t.api.admin })).body).toEqual(before);

    const first = await t.api.call('POST', '/v1/organisations', {
      key: t.api.admin,
      json: { name: 'Convictus', orgNumber: '802012-1581' },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      id: expect.stringMatching(/^org_/),
      name: 'Convictus',
      orgNumber: '802012-1581',
    });
    const second = await t.api.call('POST', '/v1/organisations', {
      key: t.api.admin,
      json: { name: 'Again', orgNumber: '802012-1581' },
    });
    expectProblem(second, 409);
    const names = (await t.api.call('GET', '/v1/organisations', { key: t.api.admin })).body.map(
      (o: { name: string }) => o.name,
    );
    expect(names).not.toContain('Again');
  });

  it('registers activities of known kinds and keeps a dated capacity history', async () => {
    const org = await t.api.organisation('Frälsningsarmén', '802006-1688');
    const badKind = await t.api.call('POST', '/v1/activities', {
      key: t.api.admin,
      json: { organisationId: org, name: 'X', kind: 'hotel' },
    });
    expect(expectProblem(badKind, 422).errors?.[0]?.path).toBe('/kind');
    const noOrg = await t.api.call('POST', '/v1/activities', {
      key: t.api.admin,
      json: { organisationId: 'org_nope', name: 'X', kind: 'day_centre' },
    });
    expectProblem(noOrg, 422);
    const shelter = await t.api.activity(org, 'night_shelter', 'Natthärbärge');
    const cap = (from: string, json: unknown) =>
      t.api.call('PUT', `/v1/activities/${shelter}/capacity/${from}`, { key: t.api.admin, json });
    expect((await cap('2020-07-01', { places: 94 })).body.result).toBe('created');
    expect((await cap('2017-05-01', { places: 115, womenPlaces: 20 })).body.result).toBe('created');
    expect((await cap('2017-05-01', { places: 115, womenPlaces: 20 })).body.result).toBe('unchanged');
    expect((await cap('2020-07-01', { places: 90 })).body.result).toBe('updated');
    expect(expectProblem(await cap('2018-02-30', { places: 1 }), 422).errors?.[0]?.path).toBe('/from');
    expect(
      expectProblem(await cap('2019-01-01', { places: 10, womenPlaces: 11 }), 422).errors?.[0]?.path,
    ).toBe('/womenPlaces');
    expectProblem(await cap('2019-01-01', { places: -1 }), 422);
    const history = await t.api.call('GET', `/v1/activities/${shelter}/capacity`, { key: t.api.admin });
    expect(history.body).toEqual([
      { from: '2017-05-01', places: 115, womenPlaces: 20 },
      { from: '2020-07-01', places: 90 },
    ]);
    const partner = await t.api.key('partner', org);
    expectProblem(
      await t.api.call('PUT', `/v1/activities/${shelter}/capacity/2021-01-01`, {
        key: partner,
        json: { places: 1 },
      }),
      403,
    );
    const audit = await t.api.call('GET', `/v1/audit?activityId=${shelter}`, { key: t.api.admin });
    expect(audit.body.map((e: { action: string }) => e.action)).toEqual([
      'activity.created',
      'capacity.set',
      'capacity.set',
      'capacity.set',
    ]);
  });
});

describe('what each person may enter, from the use cases (the pages offer forms by it)', () => {
  it('gives a partner their own activities to enter, a coordinator the cold-night venues, and says so of each', async () => {
    const { memoryCore } = await import('../../shared/adapters/memory-stores');
    const { activitiesWithRights, createActivity, createOrganisation } = await import(
      '../../shared/app/registry'
    );
    const { checkMonth } = await import('../../shared/app/rule-check');
    const { completeness } = await import('../../shared/app/completeness');
    const { systemPrincipal } = await import('../../shared/domain/access');
    const deps = memoryCore({ now: () => new Date('2026-12-07T12:00:00Z') });
    const admin = systemPrincipal('unit');
    const org = await createOrganisation(deps, admin, { name: 'Stadsmissionen', orgNumber: '802000-7001' });
    const shelter = await createActivity(deps, admin, {
      organisationId: org.id,
      name: 'Natt',
      kind: 'night_shelter',
    });
    const venue = await createActivity(deps, admin, {
      organisationId: org.id,
      name: 'Lokal',
      kind: 'cold_night_venue',
    });
    const partner = {
      id: 'usr_p',
      via: 'session' as const,
      role: 'partner' as const,
      organisationId: org.id,
    };
    const stranger = { ...partner, organisationId: 'org_other' };
    const coordinator = { id: 'usr_c', via: 'session' as const, role: 'coordinator' as const };
    const may = async (who: Principal) =>
      Object.fromEntries((await activitiesWithRights(deps, who)).map((a) => [a.id, a.mayEnterFigures]));
    expect(await may(partner)).toEqual({ [shelter.id]: true, [venue.id]: true });
    expect(await may(coordinator)).toEqual({ [shelter.id]: false, [venue.id]: true });
    expect(await may(stranger)).toEqual({});
    const month = { from: '2026-11', to: '2026-11' };
    expect(
      (await completeness(deps, coordinator, month, { toEnter: true })).map((a) => a.activityId),
    ).toEqual([venue.id]);
    // Guests above the shelter's places: the rule check leads its partner to the form, not the coordinator.
    const { setCapacity } = await import('../../shared/app/registry');
    const { submitFigures } = await import('../../shared/app/figures');
    await setCapacity(deps, admin, shelter.id, { from: '2026-01-01', places: 10 });
    await submitFigures(deps, admin, [
      { activityId: shelter.id, period: '2026-11-20', figures: { women: 8, men: 12 } },
    ]);
    const seen = async (who: Principal) =>
      (await checkMonth(deps, who, '2026-11')).map((v) => [v.activityId, v.mayEnter]);
    expect(await seen(coordinator)).toEqual([[shelter.id, false]]);
    expect(await seen(partner)).toEqual([[shelter.id, true]]);
  });
});
