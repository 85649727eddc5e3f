import * as z from 'zod';
import { type CapacityEntry, capacityOn } from './capacity';
import { COUNTRY_CODES } from './countries';
import type { FieldProblem } from './errors';
import type { Period } from './periods';

export const ACTIVITY_KINDS = [
  'night_shelter',
  'day_centre',
  'outreach',
  'intake',
  'social_emergency',
  'cold_night_venue',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** A count of people, nights or visits. The cap only stops absurd input; no activity comes near it. */
const count = z.int().min(0).max(1_000_000);
const optionalCount = count.optional();

const nationalities = z
  .partialRecord(z.enum(COUNTRY_CODES), count)
  .meta({ description: 'Counts by nationality, ISO 3166-1 alpha-2. Their sum may not exceed women + men.' });

const people = {
  women: count.meta({ description: 'Women: guest nights, visits, people met, contacts or guests' }),
  men: count.meta({ description: 'Men: guest nights, visits, people met, contacts or guests' }),
  nationalities: nationalities.optional(),
};

/** Figures a partner reports for one activity and one period, by kind. Strict: unknown fields are refused. */
export const FIGURES_SCHEMAS = {
  night_shelter: z.strictObject({ ...people, turnedAway: optionalCount }).meta({ id: 'NightShelterFigures' }),
  day_centre: z.strictObject(people).meta({ id: 'DayCentreFigures' }),
  outreach: z
    .strictObject({
      ...people,
      vulnerablePeople: optionalCount,
      sleepingSites: optionalCount,
      estimatedRoughSleepers: optionalCount,
    })
    .meta({ id: 'OutreachFigures' }),
  intake: z
    .strictObject({
      applicants: count,
      ticketsIssued: count,
      women: optionalCount,
      men: optionalCount,
      nationalities: nationalities.optional(),
    })
    .meta({ id: 'IntakeFigures' }),
  social_emergency: z
    .strictObject({ ...people, homeTripApplications: optionalCount, lvmReports: optionalCount })
    .meta({ id: 'SocialEmergencyFigures' }),
  cold_night_venue: z.strictObject(people).meta({ id: 'ColdNightVenueFigures' }),
} satisfies Record<ActivityKind, z.ZodType>;

/**
 * What the outreach and social emergency teams count once for a whole half-year (seed 004: "EU-teamet har arbetat
 * med 42 personer", "Socialjouren har haft kontakt med 81 personer"): distinct people, whom no sum or peak of months
 * can give, with the split by sex and nationality where the team has it, and the period's other figures.
 */
const periodPeople = {
  people: count.meta({ description: 'Distinct people during the half-year (each person once)' }),
  women: optionalCount.meta({ description: 'Of them women, where the team has the split' }),
  men: optionalCount.meta({ description: 'Of them men, where the team has the split' }),
  nationalities: nationalities.optional(),
};
export const HALF_YEAR_SCHEMAS = {
  outreach: z
    .strictObject({
      ...periodPeople,
      sleepingSites: optionalCount.meta({ description: 'Sleeping sites noticed during the half-year' }),
      estimatedRoughSleepers: optionalCount.meta({ description: 'People estimated to sleep on them' }),
    })
    .meta({ id: 'OutreachHalfYearFigures' }),
  social_emergency: z
    .strictObject({ ...periodPeople, homeTripApplications: optionalCount, lvmReports: optionalCount })
    .meta({ id: 'SocialEmergencyHalfYearFigures' }),
} satisfies Partial<Record<ActivityKind, z.ZodType>>;
export type HalfYearKind = keyof typeof HALF_YEAR_SCHEMAS;
export const countsHalfYears = (kind: ActivityKind): kind is HalfYearKind =>
  Object.hasOwn(HALF_YEAR_SCHEMAS, kind);

/** The schema of an activity's figures for a period of this granularity; none where the kind keeps no such period. */
export function figuresSchema(kind: ActivityKind, granularity: Period['granularity']): z.ZodType | undefined {
  if (granularity !== 'halfYear') return FIGURES_SCHEMAS[kind];
  return countsHalfYears(kind) ? HALF_YEAR_SCHEMAS[kind] : undefined;
}

export type Figures = { [key: string]: number | Partial<Record<string, number>> | undefined } & {
  women?: number;
  men?: number;
  nationalities?: Partial<Record<string, number>>;
};

/** Kinds whose figures are kept night by night (occupancy needs nights); the others may also report a month. */
const NIGHTLY_KINDS: ReadonlySet<ActivityKind> = new Set(['night_shelter', 'cold_night_venue']);
export const reportsNightly = (kind: ActivityKind) => NIGHTLY_KINDS.has(kind);

/**
 * How many the figures count, the unit their nationalities are shares of: guest nights, visits, people reached or
 * met (women + men); a half-year's distinct people; an intake that gives no split counts its applicants.
 */
export const peopleOf = (kind: ActivityKind, figures: Figures): number => {
  if (typeof figures.people === 'number') return figures.people;
  return kind === 'intake' && figures.women === undefined && figures.men === undefined
    ? Number(figures.applicants ?? 0)
    : (figures.women ?? 0) + (figures.men ?? 0);
};

/** Rules across fields and against the activity, after the schema: the reasons a valid-looking body is refused. */
export function figureProblems(kind: ActivityKind, period: Period, figures: Figures): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (period.granularity === 'month' && NIGHTLY_KINDS.has(kind)) {
    problems.push({
      path: '/period',
      message: `A ${kind} reports night by night (YYYY-MM-DD), not a month total.`,
      code: 'period_nightly',
    });
  }
  if (period.granularity === 'halfYear' && typeof figures.people === 'number') {
    const split = (figures.women ?? 0) + (figures.men ?? 0);
    const whole = figures.women !== undefined && figures.men !== undefined;
    if (whole ? split !== figures.people : split > figures.people) {
      problems.push({
        path: figures.men === undefined ? '/women' : '/men',
        message: whole
          ? `Women and men add up to ${split}, not the ${figures.people} people in all.`
          : `${split} is more than the ${figures.people} people in all.`,
        code: 'split_not_people',
      });
    }
  }
  const nationalityTotal = Object.values(figures.nationalities ?? {}).reduce<number>(
    (s, n) => s + (n ?? 0),
    0,
  );
  const peopleTotal = peopleOf(kind, figures);
  if (nationalityTotal > peopleTotal) {
    problems.push({
      path: '/nationalities',
      message: `The nationalities add up to ${nationalityTotal}, more than the ${peopleTotal} reported in all.`,
      code: 'nationalities_over_total',
    });
  }
  return problems;
}

/**
 * Accepted but worth saying: more guests than places in force (extra beds happen on cold nights), more tickets
 * handed out than applicants (a figure typed in the wrong field, most likely).
 */
export function figureWarnings(
  kind: ActivityKind,
  period: Period,
  figures: Figures,
  capacity: readonly CapacityEntry[],
): FigureWarning[] {
  if (kind === 'intake') {
    const [tickets, applicants] = [Number(figures.ticketsIssued ?? 0), Number(figures.applicants ?? 0)];
    return tickets > applicants
      ? [{ code: 'tickets_over_applicants', date: period.value, tickets, applicants }]
      : [];
  }
  if (kind !== 'night_shelter' || period.granularity !== 'day') return [];
  const inForce = capacityOn(capacity, period.value);
  const guests = (figures.women ?? 0) + (figures.men ?? 0);
  const date = period.value;
  const warnings: FigureWarning[] = [];
  if (!inForce || inForce.places === 0) {
    if (guests > 0) warnings.push({ code: 'no_places', date, guests });
  } else if (guests > inForce.places) {
    warnings.push({ code: 'over_places', date, guests, places: inForce.places });
  }
  if (inForce?.womenPlaces !== undefined && (figures.women ?? 0) > inForce.womenPlaces) {
    warnings.push({
      code: 'over_women_places',
      date,
      women: figures.women ?? 0,
      womenPlaces: inForce.womenPlaces,
    });
  }
  return warnings;
}

/** Accepted figures worth a word (the words are the catalogues', shared/i18n). */
export type FigureWarning =
  | { code: 'no_places'; date: string; guests: number }
  | { code: 'over_places'; date: string; guests: number; places: number }
  | { code: 'over_women_places'; date: string; women: number; womenPlaces: number }
  /** `date` is the period: a day or a month. */
  | { code: 'tickets_over_applicants'; date: string; tickets: number; applicants: number };

/** Canonical form, so that the same figures sent twice compare equal whatever the key order. */
export function canonicalFigures(figures: Figures): string {
  const sortKeys = (value: unknown): unknown =>
    value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, sortKeys(v)]),
        )
      : value;
  return JSON.stringify(sortKeys(figures));
}
