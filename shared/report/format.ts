import { DateTime } from 'luxon';
import { TIME_ZONE } from '../domain/periods';
import { type Language, wordsFor } from '../i18n';

/** How a cell is shown: its kind decides the number format. */
/** `change`: a difference, signed ("+5", "−3"), e.g. percentage points against the half-year before. */
export type ColumnKind = 'text' | 'month' | 'count' | 'percent' | 'decimal' | 'temperature' | 'change';
/** A cell: a number, a text, or null where there is nothing to show (a share of zero, no forecast). */
export type Value = string | number | null;

export interface Format {
  n(value: number): string;
  decimal(value: number): string;
  pct(value: number | null): string;
  month(month: string): string;
  value(value: Value, kind: ColumnKind): string;
}

/** Numbers the Swedish way (`1 032`, `35 %`, `−8,6`) or the English way. */
export function formatFor(language: Language): Format {
  const locale = wordsFor(language).locale;
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const pct = (value: number | null) =>
    // Swedish writes a space before the percent sign; a no-break one keeps "35 %" together.
    value === null
      ? '–'
      : language === 'sv'
        ? `${decimal.format(value)}\u00a0%`
        : `${decimal.format(value)}%`;
  const month = (m: string) =>
    DateTime.fromISO(`${m}-01`, { zone: TIME_ZONE })
      .setLocale(language)
      .toFormat('LLL yyyy')
      .replace('.', '')
      .toUpperCase();
  return {
    n: (value) => whole.format(value),
    decimal: (value) => decimal.format(value),
    pct,
    month,
    value(value, kind) {
      if (value === null) return '–';
      if (typeof value === 'string')
        return kind === 'month' && /^\d{4}-\d{2}$/.test(value) ? month(value) : value;
      if (kind === 'percent') return pct(value);
      if (kind === 'temperature') return decimal.format(value).replace('-', '−');
      if (kind === 'change')
        return value > 0 ? `+${whole.format(value)}` : whole.format(value).replace('-', '−');
      return kind === 'decimal' ? decimal.format(value) : whole.format(value);
    },
  };
}

/** "1 december 2026 07:00", in Europe/Stockholm. */
export const dateTime = (iso: string, language: Language) =>
  DateTime.fromISO(iso, { zone: TIME_ZONE }).setLocale(language).toFormat('d MMMM yyyy HH:mm');

/** "nov 2017 – apr 2018", or with days: "1 november 2017 – 30 april 2018". */
export function periodLabel(
  period: { from: string; to: string },
  language: Language,
  style: 'short' | 'long' = 'short',
) {
  const from = DateTime.fromISO(`${period.from}-01`, { zone: TIME_ZONE }).setLocale(language);
  const to = DateTime.fromISO(`${period.to}-01`, { zone: TIME_ZONE }).setLocale(language).endOf('month');
  return style === 'long'
    ? `${from.toFormat('d MMMM yyyy')} – ${to.toFormat('d MMMM yyyy')}`
    : `${from.toFormat('LLL yyyy').replace('.', '')} – ${to.toFormat('LLL yyyy').replace('.', '')}`;
}
