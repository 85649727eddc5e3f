import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateRange,
  datesBetween,
  datesOfMonth,
  daysApart,
  isFuture,
  isValidDate,
  monthsApart,
  monthsBetween,
  nightSpan,
  parsePeriod,
  stockholmDate,
} from '../../shared/domain/periods';

const hours = (span: { start: Date; end: Date }) => (span.end.getTime() - span.start.getTime()) / 3_600_000;

describe('periods', () => {
  it('accepts real dates and months only', () => {
    expect(isValidDate('2018-02-28')).toBe(true);
    expect(isValidDate('2018-02-30')).toBe(false);
    expect(isValidDate('2020-02-29')).toBe(true);
    expect(isValidDate('2019-02-29')).toBe(false);
    expect(isValidDate('2018-13-01')).toBe(false);
    expect(isValidDate('18-01-01')).toBe(false);
    expect(parsePeriod('2018-01')).toEqual({ granularity: 'month', value: '2018-01', month: '2018-01' });
    expect(parsePeriod('2018-01-31')).toEqual({ granularity: 'day', value: '2018-01-31', month: '2018-01' });
    expect(parsePeriod('2018-00')).toBeUndefined();
    expect(parsePeriod('2018-1-5')).toBeUndefined();
    expect(parsePeriod('')).toBeUndefined();
  });

  it('counts the nights of the seed half-year: 181', () => {
    const nights = monthsBetween('2017-11', '2018-04').flatMap(datesOfMonth);
    expect(nights).toHaveLength(181);
    expect(monthsBetween('2017-11', '2018-04')).toEqual([
      '2017-11',
      '2017-12',
      '2018-01',
      '2018-02',
      '2018-03',
      '2018-04',
    ]);
    expect(datesOfMonth('2020-02')).toHaveLength(29);
  });

  it('adds days to a date across the DST switches and year ends', () => {
    expect(addDays('2018-03-24', 1)).toBe('2018-03-25');
    expect(addDays('2018-03-25', 1)).toBe('2018-03-26');
    expect(addDays('2018-10-28', -1)).toBe('2018-10-27');
    expect(addDays('2018-01-15', -30)).toBe('2017-12-16');
  });

  it('reads today in Stockholm, not UTC', () => {
    // 23:30 UTC on 31 Dec is already New Year's Day in Stockholm (UTC+1).
    expect(stockholmDate(new Date('2017-12-31T23:30:00Z'))).toBe('2018-01-01');
    // In summer (UTC+2) 22:30 UTC is past midnight.
    expect(stockholmDate(new Date('2018-06-30T22:30:00Z'))).toBe('2018-07-01');
  });

  it('lets tonight be reported tonight, but not tomorrow night', () => {
    const at2300 = new Date('2026-11-23T22:00:00Z'); // 23:00 in Stockholm
    expect(isFuture(parsePeriod('2026-11-23')!, at2300)).toBe(false);
    expect(isFuture(parsePeriod('2026-11-24')!, at2300)).toBe(true);
    expect(isFuture(parsePeriod('2026-11')!, at2300)).toBe(false);
    expect(isFuture(parsePeriod('2026-12')!, at2300)).toBe(true);
  });

  it('spans a night from 18:00 to 08:00 local time, across the DST switches', () => {
    const ordinary = nightSpan('2018-01-15');
    expect(ordinary.start.toISOString()).toBe('2018-01-15T17:00:00.000Z');
    expect(ordinary.end.toISOString()).toBe('2018-01-16T07:00:00.000Z');
    expect(hours(ordinary)).toBe(14);
    // Clocks go forward at 02:00 on 25 March 2018: that night is an hour shorter.
    const spring = nightSpan('2018-03-24');
    expect(spring.start.toISOString()).toBe('2018-03-24T17:00:00.000Z');
    expect(spring.end.toISOString()).toBe('2018-03-25T06:00:00.000Z');
    expect(hours(spring)).toBe(13);
    // Clocks go back at 03:00 on 28 October 2018: that night is an hour longer.
    const autumn = nightSpan('2018-10-27');
    expect(autumn.start.toISOString()).toBe('2018-10-27T16:00:00.000Z');
    expect(autumn.end.toISOString()).toBe('2018-10-28T07:00:00.000Z');
    expect(hours(autumn)).toBe(15);
  });

  it('refuses to count the months between things that are not months, rather than counting forever', () => {
    // Found by the fuzz test: "Invalid DateTime" <= "constructor" is true, so the loop never ended.
    expect(() => monthsBetween('x', 'constructor')).toThrow(RangeError);
    expect(() => monthsBetween('2017-11', '2018-13')).toThrow(RangeError);
    expect(monthsBetween('2017-11', '2018-01')).toEqual(['2017-11', '2017-12', '2018-01']);
  });

  it('accepts only the calendar 2000–2099, and measures ranges without counting', () => {
    expect(isValidDate('1999-12-31')).toBe(false);
    expect(isValidDate('2000-01-01')).toBe(true);
    expect(isValidDate('2099-12-31')).toBe(true);
    expect(isValidDate('0218-01-15')).toBe(false);
    expect(parsePeriod('9999-12')).toBeUndefined();
    expect(daysApart('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysApart('2026-03-28', '2026-03-30')).toBe(2);
    expect(monthsApart('2017-11', '2018-04')).toBe(5);
    expect(() => monthsBetween('2099-12', '10000-01')).toThrow(RangeError);
    expect(() => datesBetween('1000-01-01', '2000-01-01')).toThrow(RangeError);
  });

  it("fills a range's defaults, and refuses one longer than allowed in O(1)", () => {
    const defaults = { from: '2026-10-25', to: '2026-11-24' };
    expect(dateRange({}, defaults)).toEqual(defaults);
    expect(dateRange({ from: '2026-11-01' }, defaults)).toEqual({ from: '2026-11-01', to: '2026-11-24' });
    expect(dateRange({ to: '2026-01-10' }, defaults)).toEqual({ from: '2026-01-10', to: '2026-01-10' });
    expect(() => dateRange({ from: '2001-01-01' }, defaults)).toThrow(/too long/);
    expect(() => dateRange({ from: '2026-11-02', to: '2026-11-01' }, defaults)).toThrow(/not valid/);
  });
});
