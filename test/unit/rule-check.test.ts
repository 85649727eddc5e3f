import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, useInProcessSystem } from '../support/system';

// Issue 25, 5: a coordinator runs the rules over a month and gets the list; a partner sees its own.
const t = useInProcessSystem({ now: () => new Date('2018-02-10T10:00:00Z') });

let shelter: string;
let intake: string;
let faKey: string;
let otherKey: string;

beforeAll(async () => {
  const fa = await t.api.organisation('Frälsningsarmén', '802006-1688');
  const ng = await t.api.organisation('Ny Gemenskap', '802006-1019');
  shelter = await t.api.activity(fa, 'night_shelter', 'Härbärget');
  intake = await t.api.activity(ng, 'intake', 'Inskrivningen');
  await t.api.call('PUT', `/v1/activities/${shelter}/capacity/2017-05-01`, {
    key: t.api.admin,
    json: { places: 50, womenPlaces: 10 },
  });
  faKey = await t.api.key('partner', fa);
  otherKey = await t.api.key('partner', ng);
  const put = (key: string, activity: string, period: string, json: unknown) =>
    t.api.call('PUT', `/v1/activities/${activity}/figures/${period}`, { key, json });
  expect((await put(faKey, shelter, '2018-01-15', { women: 12, men: 44 })).body.warnings).toHaveLength(2);
  expect((await put(faKey, shelter, '2018-01-16', { women: 5, men: 40 })).body.warnings).toEqual([]);
  expect((await put(faKey, shelter, '2017-12-31', { women: 5, men: 50 })).body.warnings).toHaveLength(1);
  expect((await put(otherKey, intake, '2018-01', { applicants: 10, ticketsIssued: 12 })).status).toBe(200);
});

const check = (key: string, month: string) =>
  t.api.call('GET', `/v1/rule-violations?month=${month}`, { key });

describe('the rules run over a month', () => {
  it("lists every broken rule of the month's stored figures, in activity order, with both sides", async () => {
    const coordinator = await t.api.key('coordinator');
    const reply = await check(coordinator, '2018-01');
    expect(reply.status).toBe(200);
    expect(
      reply.body.violations.map((v: Record<string, unknown>) => [v.name, v.period, v.code, v.left, v.right]),
    ).toEqual([
      ['Härbärget', '2018-01-15', 'over_places', 56, 50],
      ['Härbärget', '2018-01-15', 'over_women_places', 12, 10],
      ['Inskrivningen', '2018-01', 'tickets_over_applicants', 12, 10],
    ]);
    expect(reply.body.violations[0]).toMatchObject({
      severity: 'warning',
      field: 'women',
      message: expect.stringMatching(/^56 guests is more than the 50 places in force/),
    });
  });

  it("shows a partner only its own activities' figures", async () => {
    const own = (await check(faKey, '2018-01')).body.violations;
    expect(own.map((v: { name: string }) => v.name)).toEqual(['Härbärget', 'Härbärget']);
  });

  it('refuses a month not begun, one that is no month, and an unknown parameter, as problems', async () => {
    const coordinator = await t.api.key('coordinator');
    expectProblem(await check(coordinator, '2018-03'), 422);
    expectProblem(await check(coordinator, '2018-13'), 422);
    expectProblem(
      await t.api.call('GET', '/v1/rule-violations?month=2018-01&x=1', { key: coordinator }),
      422,
    );
  });
});
