import { describe, expect, it } from 'vitest';
import { capacityNights, capacityOn, withCapacityEntry } from '../../shared/domain/capacity';
import { datesBetween, datesOfMonth } from '../../shared/domain/periods';

const history = [
  { from: '2020-07-01', places: 94 },
  { from: '2017-05-01', places: 115, womenPlaces: 20 },
  { from: '2022-08-15', places: 116 },
];

describe('capacity in force', () => {
  it('is the latest entry on or before the night, whatever the list order', () => {
    expect(capacityOn(history, '2017-04-30')).toBeUndefined();
    expect(capacityOn(history, '2017-05-01')?.places).toBe(115);
    expect(capacityOn(history, '2020-06-30')?.places).toBe(115);
    expect(capacityOn(history, '2020-07-01')?.places).toBe(94);
    expect(capacityOn(history, '2022-08-14')?.places).toBe(94);
    expect(capacityOn(history, '2022-08-15')?.places).toBe(116);
  });

  it('counts capacity nights night by night across a change in the middle of a month', () => {
    // August 2022: 14 nights at 94, 17 nights at 116.
    expect(capacityNights(history, datesOfMonth('2022-08'))).toBe(14 * 94 + 17 * 116);
    // The seed: 115 places × 181 nights.
    expect(capacityNights(history, datesBetween('2017-11-01', '2018-04-30'))).toBe(115 * 181);
  });

  it('replaces the entry of the same date and keeps the list sorted', () => {
    const updated = withCapacityEntry(history, { from: '2020-07-01', places: 90 });
    expect(updated.map((e) => [e.from, e.places])).toEqual([
      ['2017-05-01', 115],
      ['2020-07-01', 90],
      ['2022-08-15', 116],
    ]);
  });
});
