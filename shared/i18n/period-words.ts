import { DateTime } from 'luxon';
import { type ActivityKind, reportsNightly } from '../domain/figures';
import { addDays, isHalfYear, TIME_ZONE } from '../domain/periods';
import { type Language, wordsFor } from './index';

const local = (date: string, language: Language) =>
  DateTime.fromISO(date, { zone: TIME_ZONE }).setLocale(language);

/** "fre 4/12": a date in a few characters (luxon writes some weekdays with a full stop). */
const shortDay = (date: string, language: Language) =>
  local(date, language).toFormat('ccc d/M').replace('.', '');

/** Long where a page or an e-mail has room ("lördag 5 december"), short in an SMS or a grid ("lör 5/12"). */
export type NightForm = 'long' | 'short';

/**
 * The one way a night is named, on every page, e-mail, SMS, decision and audit entry: by the morning it ends, as
 * people say it, and the evening it begins, as it is entered — "natten mot lördag 5 december (fre 4/12)".
 */
export const nightName = (night: string, language: Language, form: NightForm = 'long') =>
  nightsName([night], language, form);

/**
 * A night in a table's row ("natten mot tors 10/12 (ons 9/12)"): short, and a day never split from its date,
 * so that a row is three lines on a phone, not five.
 */
export const nightInGrid = (night: string, language: Language) =>
  nightName(night, language, 'short').replace(/(\p{L}+) (\d{1,2}\/\d{1,2})/gu, '$1\u00a0$2');

/**
 * Several nights, named as one: "nätterna mot lör 5/12–mån 7/12 (fre 4/12–sön 6/12)" when they follow each other,
 * "nätterna mot lör 5/12, mån 7/12 (fre 4/12, sön 6/12)" when not. `dash` is '-' in an SMS (GSM-7 has no '–').
 */
export function nightsName(
  nights: readonly string[],
  language: Language,
  form: NightForm = 'long',
  dash = '–',
): string {
  const w = wordsFor(language).night;
  const [first] = nights;
  if (first === undefined) return '';
  const last = nights.at(-1) as string;
  const morning = (n: string, f: NightForm) =>
    f === 'long' ? local(addDays(n, 1), language).toFormat('cccc d MMMM') : shortDay(addDays(n, 1), language);
  const evening = (n: string) => shortDay(n, language);
  if (nights.length === 1) return w.one(morning(first, form), evening(first));
  const consecutive = nights.every((n, i) => i === 0 || addDays(nights[i - 1] as string, 1) === n);
  if (consecutive) {
    const gap = form === 'long' ? ` ${dash} ` : dash;
    return w.many(
      `${morning(first, form)}${gap}${morning(last, form)}`,
      `${evening(first)}${dash}${evening(last)}`,
    );
  }
  return w.many(nights.map((n) => morning(n, 'short')).join(', '), nights.map(evening).join(', '));
}

/**
 * A night on the public page, in any of its languages: in Swedish and English as everywhere else (`nightName`, the
 * words of the venues' SMS); in the others evening to morning in that locale ("vineri, 4 decembrie – sâmbătă, 5
 * decembrie"), which needs no words of ours to translate.
 */
export function publicNightName(night: string, language: string, locale: string) {
  if (language === 'sv' || language === 'en') return nightName(night, language);
  // Intl writes each language's own order and marks ("maanantai 8. helmikuuta", "luni, 8 februarie").
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: TIME_ZONE,
  });
  const day = (d: string) => format.format(DateTime.fromISO(`${d}T12:00`, { zone: TIME_ZONE }).toJSDate());
  return `${day(night)} – ${day(addDays(night, 1))}`;
}

/** "november 2026". */
export const monthInWords = (month: string, language: Language) =>
  DateTime.fromISO(`${month}-01`, { zone: TIME_ZONE }).setLocale(language).toFormat('LLLL yyyy');

/** "november 2017 – april 2018": a half-year (or any range of months). */
export const halfYearInWords = (range: { from: string; to: string }, language: Language) =>
  `${monthInWords(range.from, language)} – ${monthInWords(range.to, language)}`;

/** "31 oktober 2025". */
export const dayInWords = (day: string, language: Language) =>
  DateTime.fromISO(day, { zone: TIME_ZONE }).setLocale(language).toFormat('d LLLL yyyy');

/** "natten mot måndag 23 november (sön 22/11)", "måndag 23 november" (a day) or "november 2026": the period in words. */
export function periodInWords(period: string, kind: ActivityKind, language: Language) {
  if (period.length === 7) return monthInWords(period, language);
  if (isHalfYear(period))
    return halfYearInWords({ from: period.slice(0, 7), to: period.slice(-7) }, language);
  if (reportsNightly(kind)) return nightName(period, language);
  return DateTime.fromISO(period, { zone: TIME_ZONE }).setLocale(language).toFormat('cccc d MMMM');
}

/** An instant's day in Stockholm, as a page says it: "1 december 2026". */
export const instantDayInWords = (iso: string, language: Language) =>
  new Intl.DateTimeFormat(wordsFor(language).locale, { dateStyle: 'long', timeZone: TIME_ZONE }).format(
    new Date(iso),
  );

/** An instant in Stockholm, as a page says it: "1 december 2026 kl. 22:30". */
export const instantInWords = (iso: string, language: Language) =>
  new Intl.DateTimeFormat(wordsFor(language).locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
