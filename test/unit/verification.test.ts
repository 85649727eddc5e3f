import { describe, expect, it } from 'vitest';
import { observedNights } from '../../shared/domain/observations';
import { alertsSent, median, verify } from '../../shared/domain/verification';

/** Hourly observations from `from` (an instant) for `hours` hours, each value given by the hour's index. */
const hourly = (
  from: string,
  hours: number,
  value: (i: number) => number | null,
  quality = (_i: number) => 'G',
) =>
  Array.from({ length: hours }, (_, i) => ({
    time: new Date(Date.parse(from) + i * 3_600_000).toISOString(),
    value: value(i),
    quality: quality(i) as 'G' | 'Y',
  }));

describe('the nights as SMHI observed them', () => {
  it('takes the lowest of 18–08 Stockholm time, both ends included, and leaves out a night not yet over', () => {
    // 8 February 2027 12:00 UTC (13:00 in Stockholm) to 10 February 06:00 UTC (07:00): one whole night, one not.
    const obs = hourly('2027-02-08T12:00:00Z', 43, (i) =>
      i === 5 ? -9.5 : i === 19 ? -12.3 : i === 20 ? -30 : -3,
    );
    const nights = observedNights(obs);
    // 18:00 local is 17:00 UTC (i = 5); 08:00 local the next day is 07:00 UTC (i = 19); i = 20 is after the window.
    expect(nights).toEqual([
      { night: '2027-02-08', minTemperature: -12.3, quality: 'G', hours: 15, expectedHours: 15 },
    ]);
  });

  it('skips missing values, counts the hours it had, and marks a night with any suspect hour Y', () => {
    const obs = hourly(
      '2027-02-08T12:00:00Z',
      24,
      (i) => (i === 8 || i === 9 ? null : i === 12 ? -7.1 : -2),
      (i) => (i === 12 ? 'Y' : 'G'),
    );
    expect(observedNights(obs)).toEqual([
      { night: '2027-02-08', minTemperature: -7.1, quality: 'Y', hours: 13, expectedHours: 15 },
    ]);
    const empty = hourly('2027-02-08T12:00:00Z', 24, () => null);
    expect(observedNights(empty)[0]).toMatchObject({ minTemperature: null, hours: 0 });
  });

  it('keeps the window in Stockholm time across the switch to summer time (a night an hour shorter)', () => {
    // 27 March 2027 18:00 CET = 17:00 UTC; 28 March 08:00 CEST = 06:00 UTC: 13 hours apart, 14 hourly values.
    const obs = hourly('2027-03-27T12:00:00Z', 24, (i) =>
      i === 5 ? -8 : i === 4 ? -20 : i === 19 ? -20 : 1,
    );
    expect(observedNights(obs)).toEqual([
      { night: '2027-03-27', minTemperature: -8, quality: 'G', hours: 14, expectedHours: 14 },
    ]);
  });
});

describe('the verification of a season, checked by hand', () => {
  // Five observed nights: 10, 11 and 13 January cold; 12 and 14 mild.
  const observed = [
    { night: '2027-01-10', minTemperature: -9, quality: 'G' },
    { night: '2027-01-11', minTemperature: -7, quality: 'G' },
    { night: '2027-01-12', minTemperature: -4, quality: 'G' },
    { night: '2027-01-13', minTemperature: -15, quality: 'Y' },
    { night: '2027-01-14', minTemperature: -1, quality: 'G' },
  ];
  // The night of the 10th begins 10 January 17:00 UTC. Told of 10–12 on the 8th at 05:00 UTC (60 h ahead), of 13
  // on the 13th at 12:00 UTC (5 h ahead); 14 was told cold on the 12th and never cleared.
  const deliveries = [
    {
      alertKey: 'cold:2027-01-10:2027-01-12:aaaa',
      nights: ['2027-01-10', '2027-01-11', '2027-01-12'],
      status: 'sent',
      at: '2027-01-08T05:00:00.000Z',
    },
    {
      alertKey: 'cold:2027-01-10:2027-01-12:aaaa',
      nights: ['2027-01-10', '2027-01-11', '2027-01-12'],
      status: 'sent',
      at: '2027-01-08T05:00:02.000Z',
    },
    // The 12th cleared before it began: not a false alarm. The 14th told in the same run's message as the 13th.
    {
      alertKey: 'all_clear:2027-01-12:2027-01-12:bbbb',
      nights: ['2027-01-12'],
      status: 'sent',
      at: '2027-01-11T09:00:00.000Z',
    },
    {
      alertKey: 'cold:2027-01-14:2027-01-14:cccc',
      nights: ['2027-01-14'],
      status: 'sent',
      at: '2027-01-12T09:00:00.000Z',
    },
    {
      alertKey: 'cold:2027-01-13:2027-01-13:dddd',
      nights: ['2027-01-13'],
      status: 'failed',
      at: '2027-01-11T09:00:00.000Z',
    },
    {
      alertKey: 'update:2027-01-13:2027-01-13:-15',
      nights: ['2027-01-13'],
      status: 'sent',
      at: '2027-01-13T12:00:00.000Z',
    },
    { alertKey: 'decision:dec_x:v1', nights: ['2027-01-10'], status: 'sent', at: '2027-01-08T06:00:00.000Z' },
  ];

  it('counts early, late, missed and false alarms, the median lead time and the decisions', () => {
    const result = verify({
      from: '2027-01-10',
      to: '2027-01-14',
      thresholdC: -7,
      observed,
      alerts: alertsSent(deliveries),
      decisions: [
        { nights: ['2027-01-10', '2027-01-11'], open: true, cancelled: false },
        { nights: ['2027-01-14'], open: true, cancelled: false },
        { nights: ['2027-01-13'], open: true, cancelled: true },
      ],
    });
    expect(result).toMatchObject({
      observedNights: 5,
      coldNights: 3,
      alertedEarly: 2, // the 10th (60 h) and the 11th (84 h)
      alertedLate: 1, // the 13th: the failed send does not count; the update reached people 5 h before
      missed: 0,
      falseAlarms: 1, // the 14th
      medianLeadHours: 60,
      decisions: { openOnCold: 2, notOpenOnCold: 0, undecidedCold: 1, openNotCold: 1 },
    });
    expect(result.nights.map((n) => [n.night, n.verdict, n.leadHours ?? null])).toEqual([
      ['2027-01-10', 'early', 60],
      ['2027-01-11', 'early', 84],
      ['2027-01-12', 'quiet', 84 + 24],
      ['2027-01-13', 'late', 5],
      ['2027-01-14', 'false_alarm', 56],
    ]);
  });

  it('names a cold night nobody was told of as missed', () => {
    const result = verify({
      from: '2027-01-10',
      to: '2027-01-14',
      thresholdC: -7,
      observed,
      alerts: [],
      decisions: [],
    });
    expect([result.missed, result.alertedEarly, result.medianLeadHours]).toEqual([3, 0, null]);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});
