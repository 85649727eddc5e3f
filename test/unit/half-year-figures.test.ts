import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, useInProcessSystem } from '../support/system';

// Issue 25, 2: what the outreach and social emergency teams count once for a half-year (distinct people) is
// entered for the half-year and reported as such, never summed or peaked from months.
const t = useInProcessSystem({ now: () => new Date('2018-06-10T10:00:00Z') });

let city: string;
let euTeam: string;
let social: string;
let shelter: string;
let cityKey: string;

beforeAll(async () => {
  city = await t.api.organisation('Stockholms stad', '212000-0142');
  euTeam = await t.api.activity(city, 'outreach');
  social = await t.api.activity(city, 'social_emergency');
  shelter = await t.api.activity(city, 'night_shelter');
  cityKey = await t.api.key('partner', city);
});

const put = (activity: string, period: string, json: unknown) =>
  t.api.call('PUT', `/v1/activities/${activity}/figures/${period}`, { key: cityKey, json });
const report = async (from: string, to: string) =>
  (await t.api.call('GET', `/v1/reports?from=${from}&to=${to}`, { key: t.api.admin })).body;

describe('half-year figures', () => {
  it('are refused with a coded problem, and nothing stored, when they are not a half-year of its kind', async () => {
    const before = [await t.api.snapshot(euTeam), await t.api.snapshot(shelter)];
    const codeOf = async (activity: string, period: string, json: unknown) =>
      expectProblem(await put(activity, period, json), 422).errors?.map((e) => e.code);
    const people = { people: 10 };
    expect(await codeOf(euTeam, '2017-11--2018-05', people)).toEqual(['period_invalid']);
    expect(await codeOf(euTeam, '2017-12--2018-05', people)).toEqual(['period_invalid']);
    expect(await codeOf(euTeam, '1999-11--2000-04', people)).toEqual(['period_invalid']);
    expect(await codeOf(euTeam, '2018-11--2019-04', people)).toEqual(['period_future']);
    expect(await codeOf(shelter, '2017-11--2018-04', { women: 1, men: 1 })).toEqual(['period_half_year']);
    expect(await codeOf(euTeam, '2017-11--2018-04', { people: 42, women: 21, men: 20 })).toEqual([
      'split_not_people',
    ]);
    expect(await codeOf(euTeam, '2017-11--2018-04', { people: 42, women: 43 })).toEqual(['split_not_people']);
    expect(await codeOf(euTeam, '2017-11--2018-04', { people: 4, nationalities: { RO: 5 } })).toEqual([
      'nationalities_over_total',
    ]);
    // The months' fields are not the half-year's, and a half-year needs its people.
    expect(await codeOf(euTeam, '2017-11--2018-04', { people: 4, vulnerablePeople: 4 })).toEqual([
      'unknown_field',
    ]);
    expect(await codeOf(euTeam, '2017-11--2018-04', { women: 2, men: 2 })).toEqual(['missing']);
    expect([await t.api.snapshot(euTeam), await t.api.snapshot(shelter)]).toEqual(before);
  });

  it('are stored once, listed with the half-year they cover and not with a month of it', async () => {
    const figures = { people: 42, women: 21, men: 21, sleepingSites: 60, estimatedRoughSleepers: 750 };
    const created = await put(euTeam, '2017-11--2018-04', figures);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ period: '2017-11--2018-04', result: 'created', figures });
    expect((await put(euTeam, '2017-11--2018-04', figures)).body.result).toBe('unchanged');
    // A month total beside it is another period: the half-year does not forbid the months.
    expect((await put(euTeam, '2017-12', { women: 30, men: 40 })).body.result).toBe('created');
    const listed = async (from: string, to: string) =>
      (
        await t.api.call('GET', `/v1/activities/${euTeam}/figures?from=${from}&to=${to}`, { key: cityKey })
      ).body.map((f: { period: string }) => f.period);
    expect(await listed('2017-11', '2018-04')).toEqual(['2017-11--2018-04', '2017-12']);
    expect(await listed('2017-11', '2017-12')).toEqual(['2017-12']);
    expect(await listed('2018-01', '2018-04')).toEqual([]);
  });

  it('are what the report says of the half-year, with their own nationality table; a range of months shows none', async () => {
    expect(
      (
        await put(social, '2017-11--2018-04', {
          people: 81,
          nationalities: { RO: 41, FI: 16, PL: 8, DK: 2 },
          lvmReports: 8,
        })
      ).status,
    ).toBe(200);
    const half = await report('2017-11', '2018-04');
    const service = (id: string) => half.services.find((s: { activityId: string }) => s.activityId === id);
    expect(service(euTeam).halfYear).toEqual({
      people: 42,
      women: 21,
      men: 21,
      womenPct: 50,
      menPct: 50,
      largestNationality: null,
      sleepingSites: 60,
      estimatedRoughSleepers: 750,
      homeTripApplications: null,
      lvmReports: null,
    });
    expect(service(social).halfYear).toMatchObject({
      people: 81,
      womenPct: null,
      largestNationality: { code: 'RO', sharePct: 51 },
      lvmReports: 8,
    });
    // The month the EU team also reported stays a month's contacts, not its people.
    expect(service(euTeam).sums).toEqual({ women: 30, men: 40 });
    const people = half.nationalities.units.find((u: { unit: string }) => u.unit === 'socialEmergencyPeople');
    expect(people.total).toBe(81);
    expect(people.rows.map((r: { code: string; count: number | null }) => [r.code, r.count])).toEqual([
      ['RO', 41],
      ['FI', 16],
      ['DK', null],
      ['PL', null],
    ]);
    // Two is too few to show; Poland's eight is hidden with it, or 81 less the rest would give Denmark away.
    expect(people.unknown).toMatchObject({ count: 14, sharePct: 17.3 });
    // November–January is no half-year: the teams' half-year counts are not its figures.
    const part = await report('2017-11', '2018-01');
    expect(part.services.every((s: { halfYear: unknown }) => s.halfYear === null)).toBe(true);
    expect(part.nationalities.units.map((u: { unit: string }) => u.unit)).not.toContain(
      'socialEmergencyPeople',
    );
  });

  it('say it in the report in Swedish, with only the columns a team filled in', async () => {
    const html: string = (
      await t.api.call('GET', '/v1/reports?from=2017-11&to=2018-04&format=html', { key: t.api.admin })
    ).text;
    const text = html.replace(/<[^>]+>/g, ' ').replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(text).toContain(
      'arbetat med 42 personer. 50 % har varit kvinnor och 50 % män. 60 bo- och sovplatser har uppmärksammats, där uppskattningsvis 750 personer sover.',
    );
    expect(text).toContain(
      'haft kontakt med 81 personer. Majoriteten har varit medborgare i Rumänien (51 %). LVM-anmälningar: 8.',
    );
    const csv: string = (
      await t.api.call(
        'GET',
        '/v1/reports?from=2017-11&to=2018-04&format=csv&table=socialEmergencyHalfYear',
        {
          key: t.api.admin,
        },
      )
    ).text;
    expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(
      'Verksamhet;Personer under perioden;LVM-anmälningar',
    );
  });

  it('cover every month of the half-year in what is missing', async () => {
    const missing = async (month: string) =>
      (await t.api.call('GET', `/v1/completeness?month=${month}`, { key: t.api.admin })).body.activities.find(
        (a: { activityId: string }) => a.activityId === social,
      )?.missing;
    expect(await missing('2018-02')).toEqual([]);
    expect(await missing('2018-05')).toEqual(['2018-05']);
  });
});
