import * as z from 'zod';
import { COUNTRY_CODES } from './countries';
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
