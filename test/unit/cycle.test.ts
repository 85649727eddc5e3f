import { describe, expect, it } from 'vitest';
import { extendedEnd, nextDeadline, noticeDeadline, noticeDue } from '../../shared/domain/agreements';
import { dueAt, isToRemind } from '../../shared/domain/reminders';

describe('notice deadlines', () => {
  it('six months before the end is the day before the date six months before the day after it', () => {
    expect(noticeDeadline('2026-04-30', { kind: 'months_before_end', months: 6 })).toBe('2025-10-31');
    expect(noticeDeadline('2025-08-31', { kind: 'months_before_end', months: 6 })).toBe('2025-02-28');
  });

  it('a fixed date is the last one on or before the end', () => {
    const rule = { kind: 'fixed_date', month: 2, day: 1 } as const;
    expect(noticeDeadline('2020-04-30', rule)).toBe('2020-02-01');
    expect(noticeDeadline('2020-01-15', rule)).toBe('2019-02-01');
  });

  it('has none once the latest end is reached; an extension never passes it', () => {
    const notice = { kind: 'months_before_end', months: 6 } as const;
    expect(nextDeadline({ end: '2028-04-30', latestEnd: '2028-04-30', notice })).toBeNull();
    expect(nextDeadline({ end: '2026-04-30', latestEnd: null, notice })).toBeNull();
    expect(extendedEnd({ end: '2026-04-30', latestEnd: '2028-04-30', extensionMonths: 12 })).toBe(
      '2027-04-30',
    );
    expect(extendedEnd({ end: '2027-04-30', latestEnd: '2027-10-31', extensionMonths: 12 })).toBe(
      '2027-10-31',
    );
  });

  it('reminds 30 and 7 days before and on the day, the nearest reached, never after', () => {
    const at = (today: string) => noticeDue('2025-10-31', today);
    expect(
      ['2025-09-30', '2025-10-01', '2025-10-23', '2025-10-24', '2025-10-30', '2025-10-31', '2025-11-01'].map(
        at,
      ),
    ).toEqual([undefined, 30, 30, 7, 7, 0, undefined]);
  });
});

describe('when figures are due', () => {
  it('a night by noon the next day in Stockholm, across the switch to winter time; a month by the end of the 5th', () => {
    // 25 October 2026 is the night summer time ends: noon on the 26th is 11:00 UTC.
    expect(dueAt('2026-10-25').toISOString()).toBe('2026-10-26T11:00:00.000Z');
    expect(dueAt('2026-07-01').toISOString()).toBe('2026-07-02T10:00:00.000Z');
    expect(dueAt('2026-11').toISOString()).toBe('2026-12-05T23:00:00.000Z');
  });

  it('reminds a gap past due, again only after three days by date', () => {
    const now = new Date('2026-11-25T09:00:00Z');
    expect(isToRemind('2026-11-24', undefined, now, '2026-11-25')).toBe(false);
    expect(isToRemind('2026-11-23', undefined, now, '2026-11-25')).toBe(true);
    expect(isToRemind('2026-11-20', '2026-11-23', now, '2026-11-25')).toBe(false);
    expect(isToRemind('2026-11-20', '2026-11-22', now, '2026-11-25')).toBe(true);
  });
});
