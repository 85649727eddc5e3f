import { randomUUID } from 'node:crypto';
import { IDEMPOTENCY_KEY } from '../../../../shared/app/figures';
import type { Activity, StoredFigures } from '../../../../shared/app/model';
import { capacityOn } from '../../../../shared/domain/capacity';
import { monthCompleteness } from '../../../../shared/domain/completeness';
import { COMMON_NATIONALITIES, COUNTRY_CODES } from '../../../../shared/domain/countries';
import {
  type ActivityKind,
  countsHalfYears,
  FIGURES_SCHEMAS,
  figuresSchema,
  reportsNightly,
} from '../../../../shared/domain/figures';
import {
  addDays,
  addMonths,
  halfYearEndedBefore,
  halfYearPeriod,
  isHalfYear,
  parsePeriod,
  stockholmDate,
} from '../../../../shared/domain/periods';
import { type Language, wordsFor } from '../../../../shared/i18n';
import { monthInWords, nightName, periodInWords } from '../../../../shared/i18n/period-words';
import type { FieldErrors } from '../layout';
import { gridField, type MonthGrid } from './month-view';
import type { FiguresForm } from './view';

/** Country rows the form shows: those stored, and at least this many in all (one more than stored, up to 12). */
const MIN_COUNTRY_ROWS = 3;
const MAX_COUNTRY_ROWS = 12;

/** The period most likely meant: the night that began yesterday evening, or last month (Stockholm time). */
export function defaultPeriod(kind: ActivityKind, now: Date): string {
  const today = stockholmDate(now);
  if (reportsNightly(kind)) return addDays(today, -1);
  return addMonths(today.slice(0, 7), -1);
}

export const isNightly = reportsNightly;

/**
 * The kind's fields for a period, from its figures schema (the one the API validates with), nationalities apart:
 * a half-year's are its own (people over the period), every other period's the kind's.
 */
export function fieldsOf(kind: Activity['kind'], period = '') {
  const halfYear = isHalfYear(period) ? figuresSchema(kind, 'halfYear') : undefined;
  const schema = (halfYear ?? FIGURES_SCHEMAS[kind]) as (typeof FIGURES_SCHEMAS)[ActivityKind];
  return Object.entries(schema.shape)
    .filter(([name]) => name !== 'nationalities')
    .map(([name, schema]) => ({ name, required: !(schema as { isOptional(): boolean }).isOptional() }));
}

export function countries(language: Language) {
  const names = new Intl.DisplayNames([wordsFor(language).locale], { type: 'region' });
  const named = (code: string) => ({ code, name: names.of(code) ?? code });
  return {
    common: COMMON_NATIONALITIES.map(named),
    rest: COUNTRY_CODES.filter((code) => !(COMMON_NATIONALITIES as readonly string[]).includes(code))
      .map(named)
      .sort((a, b) => a.name.localeCompare(b.name, wordsFor(language).locale)),
  };
}

/** The form as stored (or empty) for a period. */
export function storedForm(
  activity: Activity,
  period: string,
  stored: StoredFigures | undefined,
  language: Language,
): FiguresForm {
  const values: Record<string, string> = {};
  for (const f of fieldsOf(activity.kind, period)) {
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
    inWords: parsePeriod(period) ? periodInWords(period, activity.kind, language) : undefined,
    nightly: isNightly(activity.kind),
    fields: fieldsOf(activity.kind, period),
    values,
    halfYear: halfYearLink(activity, period, language),
    nationalities: padRows(rows),
    countries: countries(language),
    places: isNightly(activity.kind) ? capacityOn(activity.capacity, period)?.places : undefined,
    version: stored?.version ?? 0,
    key: randomUUID(),
  };
}

/** Any half-year: what picks a half-year's fields where only their names are wanted. */
export const HALF_YEAR_EXAMPLE = '2017-11--2018-04';

/**
 * For a team that counts half-years, the way between its months and its half-year: from a month or day, the
 * half-year ended by the end of that month (the one a team reports on then); from a half-year, its last month.
 */
function halfYearLink(activity: Activity, period: string, language: Language) {
  if (!countsHalfYears(activity.kind)) return undefined;
  const t = wordsFor(language).web;
  const href = (to: string) => `/rapportera/${encodeURIComponent(activity.id)}?period=${to}`;
  const parsed = parsePeriod(period);
  if (parsed?.granularity === 'halfYear') return { href: href(parsed.to), label: t.monthsInstead };
  const month = parsed?.month ?? '';
  if (month === '') return undefined;
  const half = halfYearPeriod(halfYearEndedBefore(`${addMonths(month, 1)}-01`));
  return { href: href(half), label: t.halfYearInstead(periodInWords(half, activity.kind, language)) };
}

const padRows = (rows: { code: string; count: string }[]) => {
  const padded = rows.slice(0, MAX_COUNTRY_ROWS);
  while (padded.length < Math.min(MAX_COUNTRY_ROWS, Math.max(MIN_COUNTRY_ROWS, rows.length + 1)))
    padded.push({ code: '', count: '' });
  return padded;
};

/** The API's cap on one count. */
const MAX_COUNT = 1_000_000;

/** A count as a person types it: whole, 0 or more, at most the API's cap. */
const countOf = (text: string) =>
  /^\d{1,7}$/.test(text) && Number(text) <= MAX_COUNT ? Number(text) : undefined;

/** Why a typed count is refused, naming its field: too large, or not a whole number of 0 or more. */
const countProblem = (label: string, text: string, language: Language) => {
  const r = wordsFor(language).upload.reasons;
  return /^\d+$/.test(text) ? r.tooBig(label) : r.count(label);
};

/**
 * What a person typed in a field, without the spaces of "1 200" (a space, or Swedish number formatting's
 * no-break spaces, between groups of three digits). Spaces anywhere else stay, so "1 2" is no number: it is
 * refused, never read as 12.
 */
const typed = (text: string | undefined) => {
  const trimmed = (text ?? '').trim();
  return /^\d{1,3}([ \u00a0\u202f]\d{3})+$/.test(trimmed) ? trimmed.replace(/[ \u00a0\u202f]/g, '') : trimmed;
};

/** A count typed in any form ("1 032" too): its value, or why it is refused, naming its field; empty: neither. */
export function typedCount(text: string | undefined, label: string, language: Language) {
  const t = typed(text);
  if (t === '') return {};
  const value = countOf(t);
  return value === undefined ? { problem: countProblem(label, t, language) } : { value };
}

/**
 * The kind's fields as typed (`textOf` gives each field's text): whole counts, empty optional fields left out, and
 * the fields that are not counts (a required one left empty among them) — for the figures form and the month grid.
 */
function countsOf(fields: readonly { name: string; required: boolean }[], textOf: (name: string) => string) {
  const figures: Record<string, unknown> = {};
  const wrong: string[] = [];
  for (const f of fields) {
    const text = textOf(f.name);
    if (text === '' && !f.required) continue;
    const value = countOf(text);
    if (value === undefined) wrong.push(f.name);
    else figures[f.name] = value;
  }
  return { figures, wrong };
}

/**
 * The figures a form sends, as the API takes them: whole numbers, empty optional fields left out, country rows
 * with a country and a count. What cannot be a number is said beside its field; the rules are the API's own.
 */
export function figuresFromForm(
  activity: Activity,
  form: Record<string, string>,
  language: Language,
): { figures: Record<string, unknown>; errors: FieldErrors; rows: { code: string; count: string }[] } {
  const w = wordsFor(language);
  const t = w.web;
  const { figures, wrong } = countsOf(fieldsOf(activity.kind, form.period?.trim()), (name) =>
    typed(form[name]),
  );
  const errors: FieldErrors = Object.fromEntries(
    wrong.map((name) => [name, countProblem(t.figureLabels[name] ?? name, typed(form[name]), language)]),
  );
  const rowProblems: string[] = [];
  const rows: { code: string; count: string }[] = [];
  const nationalities: Record<string, number> = {};
  for (let i = 0; i < MAX_COUNTRY_ROWS; i++) {
    const code = form[`country-${i}`] ?? '';
    const text = typed(form[`count-${i}`]);
    if (form[`country-${i}`] === undefined && form[`count-${i}`] === undefined) continue;
    rows.push({ code, count: text });
    if (code === '' && text === '') continue;
    const value = countOf(text);
    if (!(COUNTRY_CODES as readonly string[]).includes(code))
      rowProblems.push(w.upload.reasons.countryMissing(i + 1));
    else if (value === undefined) rowProblems.push(countProblem(t.countLabel(i + 1), text, language));
    else nationalities[code] = (nationalities[code] ?? 0) + value;
  }
  if (rowProblems.length > 0) errors.nationalities = rowProblems.join(' ');
  if (Object.keys(nationalities).length > 0) figures.nationalities = nationalities;
  return { figures, errors, rows: padRows(rows) };
}

/**
 * Why a period typed in the figures form cannot be reported, in the reader's words; undefined when it can be:
 * nightly kinds report nights (a date), the others a month, or a day where they keep days.
 */
export function periodProblem(activity: Activity, period: string, now: Date, language: Language) {
  const parsed = parsePeriod(period);
  const fits =
    parsed?.granularity === 'halfYear'
      ? countsHalfYears(activity.kind)
      : parsed?.granularity === 'day' || !isNightly(activity.kind);
  if (parsed !== undefined && fits) return undefined;
  const t = wordsFor(language).web;
  const example = defaultPeriod(activity.kind, now);
  if (isNightly(activity.kind)) return t.periodNightInvalid(example);
  return countsHalfYears(activity.kind)
    ? t.periodMonthOrHalfYearInvalid(example)
    : t.periodMonthInvalid(example);
}

/**
 * A night's form showing what the person typed over what is stored there (each stored value beside its field),
 * with a notice at the top: after the night was changed, or back after a sign-in. Nothing is saved yet.
 */
export const typedOverStored = (
  shown: FiguresForm,
  typed: Record<string, string>,
  rows: FiguresForm['nationalities'],
  notice: string,
): FiguresForm => ({ ...shown, values: typed, nationalities: rows, storedHere: shown.values, notice });

/**
 * What a figure form says about how it was sent, as the use case takes it: its idempotency key, and the version
 * of the stored figures it showed. A malformed one is left out (then unchecked), never a reason to refuse figures.
 */
export function sentWith(form: Record<string, string>): { key?: string; shownVersion?: number } {
  const key = form.key ?? '';
  const version = form.version ?? '';
  return {
    ...(IDEMPOTENCY_KEY.test(key) ? { key } : {}),
    ...(/^\d{1,9}$/.test(version) ? { shownVersion: Number(version) } : {}),
  };
}

/** JSON with its keys in order: figures compared whatever order they were typed or stored in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/**
 * Whether the figures a form sends are those stored (nothing, where nothing is stored): then the person changed
 * nothing but the night, and only wants to see it.
 */
export function typedAsStored(
  activity: Activity,
  form: Record<string, string>,
  stored: StoredFigures | undefined,
  language: Language,
): boolean {
  const sent = figuresFromForm(activity, form, language);
  const nothingTyped =
    fieldsOf(activity.kind, form.period?.trim()).every((f) => typed(form[f.name]) === '') &&
    sent.rows.every((r) => r.code === '' && r.count === '');
  if (!stored) return nothingTyped;
  return Object.keys(sent.errors).length === 0 && canonical(sent.figures) === canonical(stored.figures);
}

/** A night shelter's month: each night with its places, what is stored (or as sent back) and its status. */
export function monthGrid(
  activity: Activity,
  month: string,
  stored: readonly StoredFigures[],
  now: Date,
  language: Language,
  sent?: Record<string, string>,
  /** Whether the activity's organisation was outside the agreement in force on a day (the completeness rule). */
  outside?: (day: string) => boolean,
): MonthGrid {
  const today = stockholmDate(now);
  const byNight = new Map(stored.map((f) => [f.period, f.figures]));
  const fields = fieldsOf(activity.kind);
  const { periods } = monthCompleteness(activity, month, new Set(byNight.keys()), today, undefined, outside);
  return {
    activity,
    month,
    monthInWords: monthInWords(month, language),
    fields,
    rows: periods.map(({ period, status }) => {
      const figures = byNight.get(period) ?? {};
      // Tonight may be filled in tonight; a closed night with nothing stored has nothing to fill in.
      const editable = period <= today && status !== 'not_expected';
      const values: Record<string, string> = {};
      for (const f of fields) {
        const value = sent && editable ? sent[gridField(f.name, period)] : figures[f.name];
        if (value !== undefined) values[f.name] = String(value);
      }
      return {
        night: period,
        label: nightName(period, language, 'short'),
        inWords: nightName(period, language),
        places: capacityOn(activity.capacity, period)?.places,
        status,
        editable,
        values,
      };
    }),
    previous: addMonths(month, -1),
    next: month < today.slice(0, 7) ? addMonths(month, 1) : undefined,
  };
}

/**
 * The rows a month grid sends: every editable night with something typed in it (empty nights are left as they are),
 * with the nationalities already stored for it, so that the grid never wipes them. Typing errors by field.
 */
export function rowsFromGrid(
  grid: MonthGrid,
  form: Record<string, string>,
  stored: readonly StoredFigures[],
  language: Language,
): { rows: { activityId: string; period: string; figures: Record<string, unknown> }[]; errors: FieldErrors } {
  const t = wordsFor(language).web;
  const nationalities = new Map(stored.map((f) => [f.period, f.figures.nationalities]));
  const rows: { activityId: string; period: string; figures: Record<string, unknown> }[] = [];
  const errors: FieldErrors = {};
  for (const row of grid.rows.filter((r) => r.editable)) {
    const textOf = (name: string) => typed(form[gridField(name, row.night)]);
    if (grid.fields.every((f) => textOf(f.name) === '')) continue;
    const { figures, wrong } = countsOf(grid.fields, textOf);
    for (const name of wrong)
      errors[gridField(name, row.night)] = countProblem(
        `${row.label}, ${t.figureLabels[name] ?? name}`,
        textOf(name),
        language,
      );
    const kept = nationalities.get(row.night);
    if (kept && Object.keys(kept).length > 0) figures.nationalities = kept;
    rows.push({ activityId: grid.activity.id, period: row.night, figures });
  }
  return { rows, errors };
}
