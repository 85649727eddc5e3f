import { describe, expect, it } from 'vitest';
import { halfYearEndedBefore } from '../../shared/domain/periods';
import { compileReport } from '../../shared/domain/report';
import { changesSince, previousPeriods, publishedFigures } from '../../shared/domain/report-history';

describe('report history', () => {
  it('finds the periods of the same length before a period: the previous half-years of a half-year', () => {
    expect(previousPeriods({ from: '2017-11', to: '2018-04' }, 3)).toEqual([
      { from: '2016-05', to: '2016-10' },
      { from: '2016-11', to: '2017-04' },
      { from: '2017-05', to: '2017-10' },
    ]);
    expect(previousPeriods({ from: '2018-01', to: '2018-01' }, 2)).toEqual([
      { from: '2017-11', to: '2017-11' },
      { from: '2017-12', to: '2017-12' },
    ]);
  });

  it('knows which half-year has just ended on the scheduled days and any other', () => {
    expect(halfYearEndedBefore('2018-05-15')).toEqual({ from: '2017-11', to: '2018-04' });
    expect(halfYearEndedBefore('2018-11-15')).toEqual({ from: '2018-05', to: '2018-10' });
    expect(halfYearEndedBefore('2019-01-02')).toEqual({ from: '2018-05', to: '2018-10' });
    expect(halfYearEndedBefore('2019-04-30')).toEqual({ from: '2018-05', to: '2018-10' });
  });

  it('lists exactly the published figures that changed between two compilations', () => {
    const shelter = {
      id: 'a',
      name: 'Härbärget',
      kind: 'night_shelter' as const,
      capacity: [{ from: '2018-01-01', places: 10 }],
    };
    const compile = (women: number) =>
      compileReport(['2018-01'], [shelter], () => [{ period: '2018-01-01', figures: { women, men: 5 } }]);
    const before = publishedFigures(compile(5));
    expect(changesSince(before, publishedFigures(compile(5)))).toEqual([]);
    const changes = changesSince(before, publishedFigures(compile(6)));
    expect(changes).toContainEqual({
      table: 'nightShelters',
      row: '2018-01',
      field: 'women',
      before: 5,
      after: 6,
    });
    expect(changes).toContainEqual({
      table: 'shelters',
      row: 'Härbärget',
      field: 'guestNights',
      before: 10,
      after: 11,
    });
    expect(changes).toContainEqual({
      table: 'nightShelters',
      row: 'total',
      field: 'womenPct',
      before: 50,
      after: 55,
    });
    expect(changes.every((c) => c.before !== c.after)).toBe(true);
  });
});

describe('outreach, social emergency and intake in the report', () => {
  it('adds contacts up but gives levels (rough sleepers, sites) as highest and latest, never a sum', () => {
    const report = compileReport(
      ['2018-01', '2018-02', '2018-03'],
      [
        { id: 'o', name: 'EU-teamet', kind: 'outreach', capacity: [] },
        { id: 'i', name: 'Inskrivning', kind: 'intake', capacity: [] },
      ],
      (id) =>
        id === 'o'
          ? [
              {
                period: '2018-01',
                figures: { women: 10, men: 12, estimatedRoughSleepers: 700, sleepingSites: 55 },
              },
              { period: '2018-02', figures: { women: 9, men: 11, estimatedRoughSleepers: 750 } },
              {
                period: '2018-03',
                figures: { women: 8, men: 10, estimatedRoughSleepers: 720, sleepingSites: 60 },
              },
            ]
          : [
              { period: '2018-01', figures: { applicants: 800, ticketsIssued: 480 } },
              { period: '2018-02', figures: { applicants: 700, ticketsIssued: 470 } },
            ],
    );
    const [outreach, intake] = report.services;
    expect(outreach?.sums).toEqual({ women: 27, men: 33 });
    expect(outreach?.levels.estimatedRoughSleepers).toEqual({
      highest: 750,
      latest: 720,
      latestPeriod: '2018-03',
    });
    expect(outreach?.levels.sleepingSites).toEqual({ highest: 60, latest: 60, latestPeriod: '2018-03' });
    expect(outreach?.levels.vulnerablePeople).toBeNull();
    // 950 of 1 500 applicants got a ticket: 63.3 % → 63 %.
    expect(intake).toMatchObject({
      sums: { applicants: 1500, ticketsIssued: 950 },
      placedPct: 63,
      periodsReported: 2,
    });
  });

  it("sets women's places against women's guest nights only where such places exist", () => {
    const report = compileReport(
      ['2019-01'],
      [
        {
          id: 'w',
          name: 'Kvinnohärbärget',
          kind: 'night_shelter',
          capacity: [{ from: '2019-01-16', places: 30, womenPlaces: 10 }],
        },
        { id: 'm', name: 'Härbärget', kind: 'night_shelter', capacity: [{ from: '2019-01-01', places: 50 }] },
      ],
      (id) =>
        id === 'w'
          ? [{ period: '2019-01-20', figures: { women: 9, men: 15 } }]
          : [{ period: '2019-01-20', figures: { women: 4, men: 40 } }],
    );
    // 16 nights × 10 places from 16 January; the other shelter's women do not count against them.
    expect(report.nightShelters.womenPlaces?.total).toEqual({
      womenPlaceNights: 160,
      women: 9,
      occupancyPct: 6,
    });
  });
});
