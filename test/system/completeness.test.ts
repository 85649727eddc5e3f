import { beforeAll, describe, expect, it } from 'vitest';
import { datesBetween } from '../../shared/domain/periods';
import { expectProblem, useTestSystem } from '../support/system';

// 22:00 in Stockholm on Wednesday 25 November 2026: tonight is not over, last night is.
const t = useTestSystem({ now: () => new Date('2026-11-25T21:00:00Z') });

const ids = {} as Record<
  'fa' | 'convictus' | 'shelter' | 'opening' | 'monthly' | 'daily' | 'venue' | 'other',
  string
>;
type Status = { period: string; status: string };
interface Row {
  activityId: string;
  name: string;
  granularity: string;
  periods: Status[];
  missing: string[];
}

const completeness = async (month: string, key = t.api.admin) => {
  const r = await t.api.call('GET', `/v1/completeness?month=${month}`, { key });
  expect(r.status).toBe(200);
  return r.body.activities as Row[];
};
const of = (rows: Row[], id: string) => rows.find((r) => r.activityId === id) as Row;
const statuses = (row: Row, from: string, to: string) => [
  ...new Set(row.periods.filter((p) => p.period >= from && p.period <= to).map((p) => p.status)),
];
const capacity = (id: string, from: string, places: number) =>
  t.api.call('PUT', `/v1/activities/${id}/capacity/${from}`, { key: t.api.admin, json: { places } });
const nights = (activityId: string, from: string, to: string, skip: string[] = []) =>
  datesBetween(from, to)
    .filter((d) => !skip.includes(d))
    .map((period) => ({ activityId, period, women: 2, men: 5 }));

beforeAll(async () => {
  ids.fa = await t.api.organisation('Frälsningsarmén', '802006-1688');
  ids.convictus = await t.api.organisation('Convictus', '802012-1581');
  ids.shelter = await t.api.activity(ids.fa, 'night_shelter', 'Härbärget');
  ids.opening = await t.api.activity(ids.fa, 'night_shelter', 'Nya härbärget');
  ids.monthly = await t.api.activity(ids.fa, 'day_centre', 'Dagcentret');
  ids.daily = await t.api.activity(ids.fa, 'day_centre', 'Dagligt centrum');
  ids.venue = await t.api.activity(ids.fa, 'cold_night_venue', 'Kyrkan');
  ids.other = await t.api.activity(ids.convictus, 'night_shelter', 'Annans härbärge');
  // Places change on the 11th and the shelter closes after the 20th; the new one opens on the 20th.
  for (const [id, from, places] of [
    [ids.shelter, '2026-11-01', 10],
    [ids.shelter, '2026-11-11', 20],
    [ids.shelter, '2026-11-21', 0],
    [ids.opening, '2026-11-20', 5],
  ] as const)
    expect((await capacity(id, from, places)).status).toBe(200);
  const rows = [
    ...nights(ids.shelter, '2026-11-01', '2026-11-20', ['2026-11-05']),
    ...nights(ids.opening, '2026-11-20', '2026-11-23'),
    ...nights(ids.daily, '2026-10-01', '2026-10-30'),
  ];
  expect((await t.api.call('POST', '/v1/imports', { key: t.api.admin, json: { rows } })).status).toBe(200);
});

describe('completeness', () => {
  it('expects a shelter every night it had places, across a change and a closing mid-month', async () => {
    const row = of(await completeness('2026-11'), ids.shelter);
    expect(row.granularity).toBe('night');
    expect(row.missing).toEqual(['2026-11-05']);
    expect(row.periods).toHaveLength(30);
    expect(statuses(row, '2026-11-11', '2026-11-20')).toEqual(['reported']);
    expect(statuses(row, '2026-11-21', '2026-11-30')).toEqual(['not_expected']);
  });

  it('does not count tonight or a night before the places began as missing', async () => {
    const row = of(await completeness('2026-11'), ids.opening);
    expect(statuses(row, '2026-11-01', '2026-11-19')).toEqual(['not_expected']);
    expect(row.missing).toEqual(['2026-11-24']);
    expect(statuses(row, '2026-11-25', '2026-11-30')).toEqual(['not_over']);
  });

  it('expects a month total of a centre once the month is over, and every day where it reports days', async () => {
    const october = await completeness('2026-10');
    expect(of(october, ids.monthly)).toMatchObject({
      granularity: 'month',
      periods: [{ period: '2026-10', status: 'missing' }],
      missing: ['2026-10'],
    });
    expect(of(october, ids.daily)).toMatchObject({ granularity: 'day', missing: ['2026-10-31'] });
    // A cold-night venue that never opened is expected nothing.
    expect(of(october, ids.venue)).toMatchObject({ granularity: 'night', missing: [] });
    expect(statuses(of(october, ids.venue), '2026-10-01', '2026-10-31')).toEqual(['not_expected']);

    const put = await t.api.call('PUT', `/v1/activities/${ids.monthly}/figures/2026-10`, {
      key: t.api.admin,
      json: { women: 100, men: 300 },
    });
    expect(put.status).toBe(200);
    expect(of(await completeness('2026-10'), ids.monthly).periods).toEqual([
      { period: '2026-10', status: 'reported' },
    ]);
    // November is not over.
    expect(of(await completeness('2026-11'), ids.monthly).periods).toEqual([
      { period: '2026-11', status: 'not_over' },
    ]);
  });

  it("gives a partner their own organisation's activities only; admins and coordinators all", async () => {
    const partner = await t.api.key('partner', ids.convictus);
    expect((await completeness('2026-11', partner)).map((r) => r.activityId)).toEqual([ids.other]);
    const coordinator = await t.api.key('coordinator');
    expect((await completeness('2026-11', coordinator)).map((r) => r.name)).toEqual([
      'Annans härbärge',
      'Dagcentret',
      'Dagligt centrum',
      'Härbärget',
      'Kyrkan',
      'Nya härbärget',
    ]);
  });

  it("says the same as the report's completeness section", async () => {
    const report = await t.api.call('GET', '/v1/reports?from=2026-10&to=2026-11', { key: t.api.admin });
    expect(report.status).toBe(200);
    const [october, november] = [await completeness('2026-10'), await completeness('2026-11')];
    for (const section of report.body.completeness.activities as {
      activityId: string;
      missing: string[];
    }[]) {
      expect(section.missing).toEqual([
        ...of(october, section.activityId).missing,
        ...of(november, section.activityId).missing,
      ]);
    }
    expect(report.body.completeness.activities).toHaveLength(6);
  });

  it('flags the nights after an organisation left the partnership instead of counting them missing', async () => {
    const before = of(await completeness('2026-11'), ids.other);
    expect(before.missing).toHaveLength(24);
    const agreement = await t.api.call('POST', '/v1/agreements', {
      key: t.api.admin,
      json: {
        name: 'Överenskommelse 2026–2027',
        start: '2026-05-01',
        end: '2027-04-30',
        latestEnd: null,
        notice: { kind: 'months_before_end', months: 6 },
        parties: [
          { organisationId: ids.fa, joined: '2026-05-01' },
          { organisationId: ids.convictus, joined: '2026-05-01', left: '2026-11-10' },
        ],
      },
    });
    expect(agreement.status).toBe(201);
    const after = of(await completeness('2026-11'), ids.other);
    expect(after.missing).toEqual(datesBetween('2026-11-01', '2026-11-10'));
    expect(statuses(after, '2026-11-11', '2026-11-24')).toEqual(['outside']);
    // The Frälsningsarmén shelter is a party all month: unchanged.
    expect(of(await completeness('2026-11'), ids.shelter).missing).toEqual(['2026-11-05']);
    const report = await t.api.call('GET', '/v1/reports?from=2026-11&to=2026-11', { key: t.api.admin });
    const section = report.body.completeness.activities.find(
      (a: { activityId: string }) => a.activityId === ids.other,
    );
    expect(section.missing).toEqual(after.missing);
    expect(report.body.agreements).toEqual([
      {
        name: 'Överenskommelse 2026–2027',
        start: '2026-05-01',
        end: '2027-04-30',
        parties: [
          { name: 'Convictus', joined: '2026-05-01', left: '2026-11-10' },
          { name: 'Frälsningsarmén', joined: '2026-05-01' },
        ],
      },
    ]);
    const html = await t.api.call('GET', '/v1/reports?from=2026-11&to=2026-11&format=html', {
      key: t.api.admin,
    });
    expect(html.text).toContain(
      'Överenskommelse 2026–2027 gäller 1 maj 2026 – 30 april 2027. Parter: Convictus, Frälsningsarmén.',
    );
    expect(html.text).toContain('Convictus lämnade partnerskapet 10 november 2026.');
  });

  it('refuses a month that is not one, or anything else asked, with the field and reason', async () => {
    for (const query of ['month=2026-13', 'month=26-11', 'month=1999-12', '', 'month=2026-11&activityId=x']) {
      const r = await t.api.call('GET', `/v1/completeness?${query}`, { key: t.api.admin });
      const problem = expectProblem(r, 422);
      expect(problem.errors?.[0]?.path).toMatch(/^\/(month|activityId)$/);
    }
  });
});
