import { DateTime } from 'luxon';
import { addDays, TIME_ZONE } from './periods';

/** When the parties must have decided to extend: months before the end, or a fixed date before it. */
export type NoticeRule =
  | { kind: 'months_before_end'; months: number }
  | { kind: 'fixed_date'; month: number; day: number };

export interface Party {
  organisationId: string;
  joined: string;
  /** The last day the organisation took part. */
  left?: string;
}

export interface Extension {
  /** The end before and after it. */
  from: string;
  to: string;
  decidedOn: string;
  /** The notice deadline it answered: a decision after it was late. */
  deadline: string;
}

/** An agreement period of the partnership (*överenskommelse*): its dates, how it may be extended, its parties. */
export interface Agreement {
  id: string;
  name: string;
  start: string;
  /** The end in force (moved by each extension). */
  end: string;
  /** How far it may be extended; null: not at all. */
  latestEnd: string | null;
  /** By how much each extension moves the end. */
  extensionMonths: number;
  notice: NoticeRule;
  parties: Party[];
  extensions: Extension[];
  version: number;
  createdAt: string;
}

const date = (iso: string) => DateTime.fromISO(iso, { zone: TIME_ZONE });

/** The last day of a period that ends on `end`, moved by whole months (30 April + 12 → 30 April; − 6 → 31 October). */
const endMoved = (end: string, months: number) =>
  addDays(date(addDays(end, 1)).plus({ months }).toISODate() as string, -1);

/**
 * The last day to decide on extending an agreement that ends on `end`: for "six months before", the day before the
 * date six months before the day after the end (30 April 2026 → 31 October 2025); for a fixed date, the last such
 * date on or before the end (1 February → 1 February 2020 for an end of 30 April 2020).
 */
export function noticeDeadline(end: string, rule: NoticeRule): string {
  if (rule.kind === 'months_before_end') return endMoved(end, -rule.months);
  const year = Number(end.slice(0, 4));
  const inYear = (y: number) =>
    date(`${y}-01-01`).set({ month: rule.month, day: rule.day }).toISODate() as string;
  return inYear(year) <= end ? inYear(year) : inYear(year - 1);
}

/** The deadline still ahead of the agreement's end in force, or null when it cannot be extended any more. */
export function nextDeadline(agreement: Pick<Agreement, 'end' | 'latestEnd' | 'notice'>): string | null {
  if (agreement.latestEnd === null || agreement.end >= agreement.latestEnd) return null;
  return noticeDeadline(agreement.end, agreement.notice);
}

/** The end after one extension: `extensionMonths` on, never past `latestEnd`. */
export function extendedEnd(agreement: Pick<Agreement, 'end' | 'latestEnd' | 'extensionMonths'>): string {
  const moved = endMoved(agreement.end, agreement.extensionMonths);
  return agreement.latestEnd !== null && moved > agreement.latestEnd ? agreement.latestEnd : moved;
}

/** Whether an organisation was a party on `day` of an agreement in force then. */
export const partyOn = (agreement: Agreement, organisationId: string, day: string) =>
  agreement.start <= day &&
  day <= agreement.end &&
  agreement.parties.some(
    (p) => p.organisationId === organisationId && p.joined <= day && (p.left === undefined || day <= p.left),
  );

/**
 * Whether `organisationId` was outside the partnership on `day`: an agreement was in force and it was not a party
 * (left, or not yet joined). Where no agreement is recorded for a day, nobody is outside.
 */
export function outsideOn(agreements: readonly Agreement[], organisationId: string, day: string): boolean {
  const inForce = agreements.filter((a) => a.start <= day && day <= a.end);
  return inForce.length > 0 && !inForce.some((a) => partyOn(a, organisationId, day));
}

/** The notice reminders: 30 and 7 days before a deadline, and on the day. */
export const NOTICE_DAYS = [30, 7, 0] as const;

/** Which notice reminder is due on `today` for a deadline, if any: the nearest one reached, until the deadline. */
export function noticeDue(deadline: string, today: string): (typeof NOTICE_DAYS)[number] | undefined {
  if (today > deadline) return undefined;
  const before = Math.round(date(deadline).diff(date(today), 'days').days);
  return NOTICE_DAYS.find((days, i) => before <= days && before > (NOTICE_DAYS[i + 1] ?? -1));
}

/** The parties of the agreements in force at some time from `first` to `last` (dates), each once. */
export function partiesIn<P extends Party>(
  agreements: readonly (Omit<Agreement, 'parties'> & { parties: readonly P[] })[],
  first: string,
  last: string,
): P[] {
  const parties = new Map<string, P>();
  for (const a of agreements)
    if (a.start <= last && a.end >= first)
      for (const p of a.parties)
        if (p.joined <= last && (p.left ?? '9999') >= first && !parties.has(p.organisationId))
          parties.set(p.organisationId, p);
  return [...parties.values()];
}
