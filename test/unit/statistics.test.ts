import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, useInProcessSystem } from '../support/system';

/** Wednesday 9 December 2026, noon in Stockholm. */
const t = useInProcessSystem({ now: () => new Date('2026-12-09T11:00:00Z') });

let otherPartner: string;
let shelter: string;

beforeAll(async () => {
  const fa = await t.api.organisation('Frälsningsarmén', '802006-1688');
  const ng = await t.api.organisation('Convictus', '802012-1581');
  shelter = await t.api.activity(fa, 'night_shelter', 'Härbärget');
  const closed = await t.api.activity(fa, 'night_shelter', 'Stängda härbärget');
  const centre = await t.api.activity(ng, 'day_centre', 'Kaféet');
  // A cold-night venue whose places are not kept: its guests count, they fill no one's places.
  const cold = await t.api.activity(ng, 'cold_night_venue', 'Kyrksalen');
  await t.api.call('PUT', `/v1/activities/${shelter}/capacity/2026-11-01`, {
    key: t.api.admin,
    json: { places: 20 },
  });
  await t.api.call('PUT', `/v1/activities/${closed}/capacity/2020-01-01`, {
    key: t.api.admin,
    json: { places: 0 },
  });
  const rows = [
    { activityId: shelter, period: '2026-11-01', women: 4, men: 10 },
    { activityId: shelter, period: '2026-11-02', women: 3, men: 8 },
    { activityId: centre, period: '2026-11', women: 30, men: 170 },
    { activityId: cold, period: '2026-11-01', women: 5, men: 25 },
  ];
  expect((await t.api.call('POST', '/v1/imports', { key: t.api.admin, json: { rows } })).status).toBe(200);
  otherPartner = await t.api.key('partner', ng);
});

describe("a month's statistics for every party (issue 26, 5)", () => {
  it("gives a partner of another organisation every venue's places, guests and occupancy night by night", async () => {
    const { status, body } = await t.api.call('GET', '/v1/statistics?month=2026-11', { key: otherPartner });
    expect(status).toBe(200);
    // The shelter with no places and no guests this month is not part of it.
    expect(body.nightVenues.map((v: { name: string }) => v.name)).toEqual(['Härbärget', 'Kyrksalen']);
    const [venue, cold] = body.nightVenues;
    expect(cold).toMatchObject({ guestNights: 30, placeNights: 0, occupancyPct: null });
    expect(venue.nights).toHaveLength(30);
    expect(venue.nights.slice(0, 3)).toEqual([
      { night: '2026-11-01', places: 20, guests: 14 },
      { night: '2026-11-02', places: 20, guests: 11 },
      { night: '2026-11-03', places: 20, guests: null },
    ]);
    // Occupancy over the nights reported: 25 guests on 40 places.
    expect(venue).toMatchObject({ guestNights: 25, placeNights: 600, occupancyPct: 63 });
    expect(body.dayCentres).toEqual([{ activityId: expect.any(String), name: 'Kaféet', visits: 200 }]);
    expect(body.totals).toEqual({ guestNights: 55, placeNights: 600, occupancyPct: 63, visits: 200 });
  });

  it('refuses a month not begun, a month that is none, and any other question, with the field named', async () => {
    const future = await t.api.call('GET', '/v1/statistics?month=2027-01', { key: otherPartner });
    expect(expectProblem(future, 422).errors?.map((e) => e.path)).toEqual(['/month']);
    for (const query of ['month=2026-13', 'month=2026-11&activity=x', '']) {
      const bad = await t.api.call('GET', `/v1/statistics?${query}`, { key: otherPartner });
      expect(bad.status, query).toBeGreaterThanOrEqual(400);
      expect(bad.status, query).toBeLessThan(500);
    }
  });
});
