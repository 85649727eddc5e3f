import { DateTime } from 'luxon';
import { type Language, wordsFor } from '../i18n';
import { nightName } from './alert-messages';
import { type ActivityKind, reportsNightly } from './figures';
import { TIME_ZONE } from './periods';

/** "november 2026". */
export const monthInWords = (month: string, language: Language) =>
  DateTime.fromISO(`${month}-01`, { zone: TIME_ZONE }).setLocale(language).toFormat('LLLL yyyy');

/** "31 oktober 2025". */
export const dayInWords = (day: string, language: Language) =>
  DateTime.fromISO(day, { zone: TIME_ZONE }).setLocale(language).toFormat('d LLLL yyyy');

/** "natten mot måndag 23 november", "måndag 23 november" (a day) or "november 2026": the period in words. */
export function periodInWords(period: string, kind: ActivityKind, language: Language) {
  if (period.length === 7) return monthInWords(period, language);
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
