import { DateTime } from 'luxon';
import type { Activity, StoredFigures } from '../../shared/app/model';
import { canWriteFigures, type Principal } from '../../shared/domain/access';
import { nightName } from '../../shared/domain/alert-messages';
import { capacityOn } from '../../shared/domain/capacity';
import { COUNTRY_CODES } from '../../shared/domain/countries';
import { FIGURES_SCHEMAS } from '../../shared/domain/figures';
import { addDays, stockholmDate, TIME_ZONE } from '../../shared/domain/periods';
import { type Language, wordsFor } from '../../shared/i18n';
import type { FieldErrors, ReportForm } from './pages';

/** Country rows the form shows: those stored, and at least this many in all (one more than stored, up to 12). */
const MIN_COUNTRY_ROWS = 3;
const MAX_COUNTRY_ROWS = 12;
const NIGHTLY = new Set(['night_shelter', 'cold_night_venue']);

/** The period most likely meant: the night that began yesterday evening, or last month (Stockholm time). */
export function defaultPeriod(kind: string, now: Date): string {
  const today = stockholmDate(now);
  if (NIGHTLY.has(kind)) return addDays(today, -1);
  return DateTime.fromISO(today, { zone: TIME_ZONE }).minus({ months: 1 }).toFormat('yyyy-MM');
}

export const isNightly = (kind: string) => NIGHTLY.has(kind);

/** The kind's fields, from its figures schema (the one the API validates with), nationalities apart. */
export function fieldsOf(kind: Activity['kind']) {
  return Object.entries(FIGURES_SCHEMAS[kind].shape)
    .filter(([name]) => name !== 'nationalities')
    .map(([name, schema]) => ({ name, required: !(schema as { isOptional(): boolean }).isOptional() }));
}

/** May this person report for this activity? Otherwise the activity "does not exist" for them. */
export const mayReport = (principal: Principal, activity: Activity) => canWriteFigures(principal, activity);

export function countries(language: Language) {
  const names = new Intl.DisplayNames([wordsFor(language).locale], { type: 'region' });
  return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    a.name.localeCompare(b.name, wordsFor(language).locale),
  );
}

/** The form as stored (or empty) for a period. */
export function storedForm(
  activity: Activity,
  period: string,
  stored: StoredFigures | undefined,
  language: Language,
): ReportForm {
  const values: Record<string, string> = {};
  for (const f of fieldsOf(activity.kind)) {
    const v = stored?.figures[f.name];
    if (typeof v === 'number') values[f.name] = String(v);
  }
  const rows = Object.entries(stored?.figures.nationalities ?? {}).map(([code, count]) => ({
    code,
    count: String(count ?? ''),
  }));
  return {
    activity,
    period,
    nightly: isNightly(activity.kind),
    fields: fieldsOf(activity.kind),
    values,
    nationalities: padRows(rows),
    countries: countries(language),
    places: isNightly(activity.kind) ? capacityOn(activity.capacity, period)?.places : undefined,
  };
}

const padRows = (rows: { code: string; count: string }[]) => {
  const padded = rows.slice(0, MAX_COUNTRY_ROWS);
  while (padded.length < Math.min(MAX_COUNTRY_ROWS, Math.max(MIN_COUNTRY_ROWS, rows.length + 1)))
    padded.push({ code: '', count: '' });
  return padded;
};

/**
 * The figures a form sends, as the API takes them: whole numbers, empty optional fields left out, country rows
 * with a country and a count. What cannot be a number is said beside its field; the rules are the API's own.
 */
export function figuresFromForm(
  activity: Activity,
  form: Record<string, string>,
  language: Language,
): { figures: Record<string, unknown>; errors: FieldErrors; rows: { code: string; count: string }[] } {
  const t = wordsFor(language).web;
  const figures: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  const number = (text: string) => (/^\d{1,7}$/.test(text) ? Number(text) : undefined);
  for (const f of fieldsOf(activity.kind)) {
    const text = (form[f.name] ?? '').replace(/\s/g, '');
    if (text === '' && !f.required) continue;
    const value = number(text);
    if (value === undefined) errors[f.name] = t.countInvalid;
    else figures[f.name] = value;
  }
  const rows: { code: string; count: string }[] = [];
  const nationalities: Record<string, number> = {};
  for (let i = 0; i < MAX_COUNTRY_ROWS; i++) {
    const code = form[`country-${i}`] ?? '';
    const text = (form[`count-${i}`] ?? '').replace(/\s/g, '');
    if (form[`country-${i}`] === undefined && form[`count-${i}`] === undefined) continue;
    rows.push({ code, count: text });
    if (code === '' && text === '') continue;
    const value = number(text);
    if (!(COUNTRY_CODES as readonly string[]).includes(code) || value === undefined)
      errors.nationalities = t.countInvalid;
    else nationalities[code] = (nationalities[code] ?? 0) + value;
  }
  if (Object.keys(nationalities).length > 0) figures.nationalities = nationalities;
  return { figures, errors, rows: padRows(rows) };
}

/** "natten mot måndag 23 november" or "november 2026": the period in words. */
export function periodInWords(period: string, nightly: boolean, language: Language) {
  if (nightly) return nightName(period, language);
  return DateTime.fromISO(`${period}-01`, { zone: TIME_ZONE }).setLocale(language).toFormat('LLLL yyyy');
}

/** "12 kvinnor, 40 män" (and the kind's other figures after): what was stored, in words. */
export function summaryOf(activity: Activity, figures: Record<string, unknown>, language: Language) {
  const t = wordsFor(language).web;
  const parts: string[] = [];
  if (typeof figures.women === 'number' && typeof figures.men === 'number')
    parts.push(t.summaryPeople(figures.women, figures.men));
  for (const f of fieldsOf(activity.kind)) {
    if (f.name === 'women' || f.name === 'men' || typeof figures[f.name] !== 'number') continue;
    parts.push(`${t.figureLabels[f.name] ?? f.name}: ${figures[f.name]}`);
  }
  return parts.join(', ');
}
