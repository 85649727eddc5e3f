import * as z from 'zod';
import { ROLES } from '../domain/access';
import { CAUSES, GROUPS, MAX_DECISION_NIGHTS, PUBLIC_STATUSES } from '../domain/decisions';
import { ACTIVITY_KINDS, FIGURES_SCHEMAS, HALF_YEAR_SCHEMAS } from '../domain/figures';
import { commentProblem } from '../domain/finances';
import { APPENDIX_HEADINGS, CHAIR_GROUPS, JOINT_REPORT_STATUSES } from '../domain/joint-report';
import { isValidOrgNumber } from '../domain/org-number';
import { PASSKEY_FIELD_CHARS } from '../domain/passkey-algorithms';
import {
  CALENDAR,
  isHalfYearRange,
  isValidDate,
  isValidMonth,
  monthsApart,
  parsePeriod,
} from '../domain/periods';
import { normalisePhone } from '../domain/phone';
import { NATIONALITY_UNITS } from '../domain/report';
import { RULES } from '../domain/rules';
import { SURVEY_LANGUAGES, SURVEY_SCALE_NAMES, SURVEY_SCALES } from '../domain/survey';
import { type TextFault, textProblem } from '../domain/text';
import { fieldProblemText, LANGUAGES } from '../i18n';
import { TABLE_IDS } from '../report/tables';
import { MAX_OBJECT_KEYS } from './request';

/**
 * Request and response schemas of API v1. Requests are strict (unknown fields are refused) and bounded: every
 * string has a maximum length, every list a maximum size (and a set no repeats), every number a range, every date
 * and month lies in the calendar (2000–2099) — all checked before anything loops or writes. A test walks the
 * OpenAPI document and fails on any request field without its bound.
 */

const id = z
  .string()
  .max(64)
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'An id is 1–64 letters, digits, _ or -.')
  .meta({ example: 'act_fa_vastberga' });
/** An id in a path (an activity's, an organisation's, a person's): the API's and the pages' alike. */
export const Id = id;
/** A rule's refusal as zod's issue: its code travels in `params` (see zodProblems), its English as the message. */
const customIssue = (fault: TextFault) => ({
  code: 'custom' as const,
  message: fieldProblemText(fault, 'en'),
  params: { problem: fault },
});

/** Text a person types (a name, a label): one rule everywhere, see shared/domain/text.ts. */
const text = (max: number) =>
  z
    .string()
    .max(max * 4, `At most ${max} characters.`)
    .normalize('NFC')
    .trim()
    .min(1, 'Must not be empty.')
    .max(max, `At most ${max} characters.`)
    .superRefine((value, ctx) => {
      const problem = textProblem(value);
      if (problem) ctx.addIssue(customIssue(problem));
    });
const email = z.email().max(254);
const CALENDAR_TEXT = `${CALENDAR.first}–${CALENDAR.last}`;
const date = z
  .string()
  .max(10, { abort: true })
  .refine(isValidDate, `Expected a real date YYYY-MM-DD within ${CALENDAR_TEXT}.`)
  .meta({ example: '2018-01-15' });
const period = z
  .string()
  .max(10, { abort: true })
  .refine(
    (v) => parsePeriod(v) !== undefined,
    `Expected a real date YYYY-MM-DD or month YYYY-MM within ${CALENDAR_TEXT}.`,
  )
  .meta({ example: '2018-01' });
const count = z.int().min(0).max(100_000);

/** A list of distinct values: at most `max`, each once. */
const setOf = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, 'Each value once.');

/** A range of months, `from` not after `to` and at most MAX_REPORT_MONTHS, checked in O(1) (no counting). */
const monthRange = <T extends { from: string; to: string }>(object: z.ZodType<T>) =>
  object
    .refine((q) => q.from <= q.to, { path: ['to'], message: 'Must not be before from.' })
    .refine((q) => monthsApart(q.from, q.to) < MAX_REPORT_MONTHS, {
      path: ['to'],
      message: `At most ${MAX_REPORT_MONTHS} months.`,
    });

export const IdParams = z.strictObject({ id });
export const FiguresParams = z.strictObject({
  id,
  period: z.string().max(32).meta({
    example: '2018-01-15',
    description:
      'A night or day (YYYY-MM-DD), a month (YYYY-MM), or — for outreach and the social emergency service — a half-year (2017-11--2018-04, 2018-05--2018-10).',
  }),
});
export const CapacityParams = z.strictObject({ id, from: date });

export const NewKey = z
  .strictObject({ role: z.enum(ROLES), organisationId: id.optional(), label: text(100) })
  .meta({ id: 'NewKey' });
export const Key = z
  .object({
    id: z.string(),
    role: z.enum(ROLES),
    organisationId: z.string().optional(),
    label: z.string(),
    createdAt: z.string(),
    createdBy: z.string(),
    revokedAt: z.string().optional(),
  })
  .meta({ id: 'Key' });
export const CreatedKey = Key.extend({ key: z.string().meta({ description: 'Shown this once only.' }) }).meta(
  {
    id: 'CreatedKey',
  },
);

export const NewOrganisation = z
  .strictObject({
    name: text(200),
    orgNumber: z
      .string()
      .max(11)
      .refine(isValidOrgNumber, 'Expected NNNNNN-NNNN with a valid check digit.')
      .nullable()
      .optional()
      .meta({
        example: '802006-1688',
        description: 'Swedish organisation number; null for a former partner not on record.',
      }),
  })
  .meta({ id: 'NewOrganisation' });
export const Organisation = z
  .object({ id: z.string(), name: z.string(), orgNumber: z.string().nullable(), createdAt: z.string() })
  .meta({ id: 'Organisation' });

export const NewActivity = z
  .strictObject({ organisationId: id, name: text(200), kind: z.enum(ACTIVITY_KINDS) })
  .meta({ id: 'NewActivity' });
const PublicInfo = z.strictObject({
  address: text(200).meta({ example: 'Götgatan 1, Stockholm' }),
  hours: text(100).meta({ example: '21–08' }),
});
export const ActivityPatch = z
  .strictObject({
    name: text(200).optional(),
    publicInfo: PublicInfo.nullable()
      .optional()
      .describe("A cold-night venue's address and opening hours, for the public page; null removes them."),
    startsOn: date
      .nullable()
      .optional()
      .describe('The first day the activity runs; null: not known (expected since ever).'),
    endsOn: date.nullable().optional().describe('The last day the activity runs; null: it still runs.'),
  })
  .meta({ id: 'ActivityPatch' });
export const CapacityEntry = z
  .object({ from: z.string(), places: z.int(), womenPlaces: z.int().optional() })
  .meta({ id: 'CapacityEntry' });
export const Activity = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    name: z.string(),
    kind: z.enum(ACTIVITY_KINDS),
    capacity: z.array(CapacityEntry),
    publicInfo: z.object({ address: z.string(), hours: z.string() }).optional(),
    startsOn: z.string().optional(),
    endsOn: z.string().optional(),
    version: z.int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Activity' });
export const Capacity = z
  .strictObject({ places: count, womenPlaces: count.optional() })
  .meta({ id: 'Capacity', description: 'Places in force from that night until the next entry; 0 = closed.' });

export const FiguresBody = z
  .union([...Object.values(FIGURES_SCHEMAS), ...Object.values(HALF_YEAR_SCHEMAS)])
  .meta({
    id: 'Figures',
    description:
      "The fields depend on the activity's kind and, for a half-year, its schema; unknown fields are refused.",
  });
export const StoredFigures = z
  .object({
    activityId: z.string(),
    period: z.string(),
    figures: FiguresBody,
    version: z.int(),
    updatedAt: z.string(),
    updatedBy: z.string(),
  })
  .meta({ id: 'StoredFigures' });
/** A warning rule the stored figures break (shared/domain/rules.ts): its code, field, both sides, in English. */
export const RuleWarning = z
  .object({
    code: z.enum(RULES.map((r) => r.code)),
    field: z.string(),
    left: z.int(),
    right: z.int(),
    message: z.string(),
  })
  .meta({ id: 'RuleWarning' });
export const RuleViolations = z
  .object({
    month: z.string(),
    violations: z.array(
      RuleWarning.extend({
        activityId: z.string(),
        name: z.string(),
        period: z.string(),
        severity: z.enum(['error', 'warning']),
      }),
    ),
  })
  .meta({ id: 'RuleViolations' });
export const FiguresResult = StoredFigures.extend({
  result: z.enum(['created', 'updated', 'unchanged']),
  warnings: z.array(RuleWarning).meta({ description: 'Rules the figures break that do not refuse them.' }),
}).meta({ id: 'FiguresResult' });
export const FiguresQuery = z.strictObject({ from: period.optional(), to: period.optional() });

const MAX_IMPORT_ROWS = 5000;
export const ImportRow = z.looseObject({ activityId: id, period: z.string().min(1).max(32) }).meta({
  description: 'activityId, period and the figures of that activity kind.',
  maxProperties: MAX_OBJECT_KEYS,
});
export const ImportBody = z.strictObject({ rows: z.array(ImportRow).min(1).max(MAX_IMPORT_ROWS) }).meta({
  id: 'Import',
  description: `Up to ${MAX_IMPORT_ROWS} rows. As text/csv: a header row of the same names.`,
});
export const ImportQuery = z.strictObject({ dryRun: z.enum(['true', 'false']).default('false') });
export const ImportResult = z
  .object({
    dryRun: z.boolean(),
    created: z.int(),
    updated: z.int(),
    unchanged: z.int(),
    conflicts: z.array(z.object({ row: z.int(), path: z.string(), message: z.string() })),
    warnings: z.array(RuleWarning.extend({ row: z.int() })),
  })
  .meta({ id: 'ImportResult' });

/** from/to, both optional: their defaults and the longest range are applied by `dateRange`. */
export const AuditQuery = z.strictObject({
  activityId: id.optional(),
  from: date.optional(),
  to: date.optional(),
});
export const AuditEntry = z
  .object({
    id: z.string(),
    at: z.string(),
    keyId: z.string().describe('Who: a key (`key_…`), a person (`usr_…`) or the system (`system:…`).'),
    actorName: z.string().optional().describe('A person’s name at the time (none once they are deleted).'),
    actorDeleted: z
      .literal(true)
      .optional()
      .describe('The person who made the change has since been deleted: their name is no longer said.'),
    entityDeleted: z
      .literal(true)
      .optional()
      .describe(
        'The person the entry is about has since been deleted: their name and address are not shown.',
      ),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    activityId: z.string().optional(),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  })
  .meta({ id: 'AuditEntry' });

// --- cold-night alerts -------------------------------------------------------------------------------------

const channel = z.enum(['email', 'sms']);
export const NewSubscriber = z
  .strictObject({
    name: text(100).meta({ description: 'Who this is, e.g. "Anna, samordnare Ny Gemenskap".' }),
    email: email.optional(),
    phone: z
      .string()
      .max(32)
      .transform((value, ctx) => {
        const e164 = normalisePhone(value);
        if (!e164)
          ctx.addIssue({
            code: 'custom',
            message: 'Expected a phone number, e.g. +46701234567 or 070-123 45 67.',
          });
        return e164 ?? value;
      })
      .optional()
      .meta({ description: 'E.164; Swedish 07… numbers are normalised to +467….' }),
    channels: setOf(channel, 2).min(1),
    language: z.enum(LANGUAGES).default('sv'),
    groups: setOf(z.enum(GROUPS), GROUPS.length)
      .min(1)
      .default(['coordinators'])
      .describe('Who must act on a decision to open: the decision is sent to the groups it names.'),
  })
  .superRefine((s, ctx) => {
    if (s.channels.includes('email') && !s.email)
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'Needed for the email channel.' });
    if (s.channels.includes('sms') && !s.phone)
      ctx.addIssue({ code: 'custom', path: ['phone'], message: 'Needed for the sms channel.' });
  })
  .meta({ id: 'NewSubscriber' });
export const Subscriber = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().optional(),
    phone: z.string().optional(),
    channels: z.array(channel),
    language: z.enum(LANGUAGES),
    groups: z.array(z.enum(GROUPS)).optional(),
    createdAt: z.string(),
  })
  .meta({ id: 'Subscriber' });

const hour = z.int().min(0).max(23);
export const AlertSettings = z
  .strictObject({
    location: z.strictObject({ lat: z.number().min(55).max(70), lon: z.number().min(10).max(25) }),
    thresholdC: z.number().min(-40).max(10),
    night: z.strictObject({ startHour: hour, endHour: hour }),
    warningLevels: setOf(z.enum(['YELLOW', 'ORANGE', 'RED']), 3),
    warningEvents: setOf(
      z
        .string()
        .max(60)
        .regex(/^[A-Z_]{2,60}$/),
      30,
    ),
    warningAreaId: z.int().min(1).max(100),
    firmShare: z
      .number()
      .min(0.1)
      .max(1)
      .optional()
      .describe(
        "A night is firm when at least this share of its hours lie in SMHI's hourly steps (default 0.5).",
      ),
    muchColderC: z.number().min(0.5).max(20),
    outlookAloneDays: z
      .int()
      .min(0)
      .max(10)
      .optional()
      .describe(
        'Outlook nights further ahead than this many days alert on no run of their own; they are told with the next alert that goes out (default 5).',
      ),
    maxForecastAgeHours: z.number().min(1).max(48),
    outageEmails: setOf(email, 20),
  })
  .meta({
    id: 'AlertSettings',
    description: 'A point in Sweden; the night from startHour to endHour (local time).',
  });

export const NightRange = z.strictObject({ from: date.optional(), to: date.optional() });
export const AlertLogEntry = z
  .object({
    id: z.string(),
    nights: z.array(z.string()),
    // An alert's, or a decision's message (the decisions are sent through the same outbox and log).
    kind: z.enum(['cold', 'update', 'all_clear', 'decided', 'changed', 'cancelled']),
    channel,
    recipient: z.string(),
    recipientName: z.string().optional().describe("The subscriber's name, while they are subscribed."),
    status: z.enum(['pending', 'sending', 'sent', 'failed']),
    at: z.string(),
    forecastCreatedTime: z.string(),
    attempts: z.int(),
    error: z.string().optional(),
  })
  .meta({ id: 'AlertLogEntry' });
export const ColdNight = z
  .object({
    night: z.string(),
    minTemperature: z.number().nullable(),
    minAt: z.string().nullable(),
    cold: z.boolean(),
    reasons: z.array(z.enum(['temperature', 'warning'])),
    warnings: z.array(z.object({ level: z.string(), event: z.string() })),
    outlook: z.boolean(),
    forecastCreatedTime: z.string(),
    alertedAt: z.string().nullable(),
    observed: z
      .object({
        minTemperature: z.number().nullable(),
        quality: z.enum(['G', 'Y']),
        hours: z.int(),
        expectedHours: z.int(),
      })
      .nullable()
      .meta({
        description:
          'As SMHI observed it at Stockholm-Observatoriekullen A over the same window (quality G: approved; Y: suspect); null until read.',
      }),
    demand: z
      .object({
        expected: z.int(),
        low: z.int(),
        high: z.int(),
        places: z.int(),
        venues: z.int(),
        short: z
          .array(
            z.object({
              venueId: z.string(),
              expected: z.int(),
              low: z.int(),
              high: z.int(),
              places: z.int(),
            }),
          )
          .meta({ description: 'The night shelters whose upper end passes their own places that night.' }),
      })
      .nullable()
      .meta({
        description:
          "The partnership's expected guests that night (the night shelters' fits, added up; low–high is the interval) against its places (the shelters' and the cold-night venues decided open); null where no venue has a fit.",
      }),
  })
  .meta({ id: 'ColdNight' });
const MonthRangeOut = z.object({ from: z.string(), to: z.string() });
export const DemandFit = z
  .object({
    venueId: z.string(),
    name: z.string(),
    fittedAt: z.string(),
    recentNights: z.int().meta({ description: 'Recent nights kept for the baselines (about five weeks).' }),
    nights: z.int().meta({ description: 'Nights with figures the fit read (up to three years).' }),
    from: z.string().optional(),
    to: z.string().optional(),
    knee: z.number().meta({ description: '°C: below it, each degree colder may bring guests.' }),
    slope: z
      .number()
      .meta({ description: "Guests per degree colder than the baseline's nights, below the knee." }),
    bias: z.number(),
    modelErrors: z
      .array(z.number())
      .meta({ description: "The model's past errors at the 10th and 90th percentile." }),
    baselineErrors: z.array(z.number()),
    backtest: z.array(
      z.object({
        season: MonthRangeOut,
        nights: z.int(),
        modelMae: z.number(),
        baselineMae: z.number(),
        coverage: z.number().meta({ description: "Share (0–1) of nights inside the model's interval." }),
        fromForecast: z.int().meta({
          description:
            "Nights predicted from a recorded forecast's minimum; the rest from the observed minimum.",
        }),
      }),
    ),
    uses: z.enum(['model', 'baseline']).meta({
      description: 'The model only where it beat the baseline (the same weekday over four weeks) held out.',
    }),
  })
  .meta({ id: 'DemandFit' });
/** What a verification counts: the same in GET /v1/cold-nights/verification and the half-year report. */
const VERIFICATION_COUNTS = {
  observedNights: z.int(),
  coldNights: z.int().meta({ description: 'Observed at or below the threshold.' }),
  alertedEarly: z.int().meta({ description: 'Cold nights first alerted at least 36 h before they began.' }),
  alertedLate: z.int(),
  missed: z.int().meta({ description: 'Cold nights never alerted before they began.' }),
  falseAlarms: z
    .int()
    .meta({ description: 'Nights told cold (and not cleared) that were observed above it.' }),
  medianLeadHours: z.number().nullable(),
  decisions: z.object({
    openOnCold: z.int(),
    notOpenOnCold: z.int(),
    undecidedCold: z.int(),
    openNotCold: z.int(),
  }),
};
export const Verification = z
  .object({
    from: z.string(),
    to: z.string(),
    ...VERIFICATION_COUNTS,
    nights: z.array(
      z.object({
        night: z.string(),
        observedMin: z.number().nullable(),
        quality: z.string().optional(),
        cold: z.boolean(),
        alertedAt: z.string().optional(),
        leadHours: z.number().optional(),
        verdict: z.enum(['early', 'late', 'missed', 'false_alarm', 'quiet']),
        decision: z.enum(['open', 'not_opening', 'none']),
      }),
    ),
  })
  .meta({ id: 'Verification' });

// --- cold-night decisions ----------------------------------------------------------------------------------

const decisionFields = {
  nights: setOf(date, MAX_DECISION_NIGHTS)
    .min(1)
    .describe('The nights, each named by the evening it begins.'),
  open: z.boolean().describe('true: the venues open; false: no extra opening (say why in reason).'),
  venueIds: setOf(id, 10).describe('The cold-night venues that open (each with a public address).'),
  reason: text(200).describe('Why not (when not opening), in a few words; never about a person.'),
  groups: setOf(z.enum(GROUPS), GROUPS.length).min(1).describe('Whom it is sent to.'),
  cause: z
    .enum(CAUSES)
    .describe(
      'Why: cold (an extra cold night, the default), warning (a severe SMHI warning) or eviction (summer: people evicted from unauthorised sleeping sites).',
    ),
};
export const NewDecision = z
  .strictObject({
    ...decisionFields,
    venueIds: decisionFields.venueIds.optional(),
    reason: decisionFields.reason.optional(),
    cause: decisionFields.cause.optional(),
  })
  .meta({ id: 'NewDecision' });
export const DecisionPatch = z
  .strictObject({
    nights: decisionFields.nights.optional(),
    open: decisionFields.open.optional(),
    venueIds: decisionFields.venueIds.optional(),
    reason: decisionFields.reason.optional(),
    groups: decisionFields.groups.optional(),
    cause: decisionFields.cause.optional(),
    cancelled: z.literal(true).optional().describe('Cancels the decision; sent as a cancellation.'),
  })
  .meta({ id: 'DecisionPatch' });
export const Decision = z
  .object({
    id: z.string(),
    nights: z.array(z.string()),
    open: z.boolean(),
    venueIds: z.array(z.string()),
    reason: z.string().optional(),
    cause: z.enum(CAUSES).optional().describe('Absent: a cold night.'),
    groups: z.array(z.enum(GROUPS)),
    cancelled: z.boolean(),
    version: z.int(),
    decidedAt: z.string(),
    decidedBy: z.string(),
    decidedByName: z.string().optional(),
  })
  .meta({ id: 'Decision' });
export const DecisionResult = z
  .object({
    decision: Decision,
    change: z.enum(['created', 'unchanged']).optional(),
    sent: z.int().meta({ description: 'Messages sent now (the failed are retried by the hourly check).' }),
    failed: z.int(),
  })
  .meta({ id: 'DecisionResult' });
export const PublicColdNights = z
  .object({
    updatedAt: z.string(),
    nights: z.array(
      z.object({
        night: z.string(),
        status: z.enum(PUBLIC_STATUSES),
        venues: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            address: z.string(),
            hours: z.string(),
            places: z.int().optional(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'PublicColdNights' });

// --- reports -----------------------------------------------------------------------------------------------

export const REPORT_FORMATS = ['json', 'html', 'csv', 'xlsx', 'pdf'] as const;
// `abort`: a month that is not one stops the checks of the range that contains it (which would count its months).
export const Month = z
  .string()
  .max(7, { abort: true })
  .refine(isValidMonth, { message: `Expected a real month YYYY-MM within ${CALENDAR_TEXT}.`, abort: true })
  .meta({ example: '2017-11' });
const NoticeRule = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('months_before_end'), months: z.int().min(1).max(24) }),
    z.strictObject({
      kind: z.literal('fixed_date'),
      month: z.int().min(1).max(12),
      day: z.int().min(1).max(28),
    }),
  ])
  .meta({
    description: 'Decide on an extension at least N months before the end, or by a date (e.g. 1 February).',
  });
const Party = z.strictObject({ organisationId: id, joined: date, left: date.optional() });
export const NewAgreement = z
  .strictObject({
    name: text(200),
    start: date,
    end: date,
    latestEnd: date.nullable().describe('How far it may be extended; null: not at all.'),
    extensionMonths: z.int().min(1).max(60).default(12),
    notice: NoticeRule,
    parties: z.array(Party).min(1).max(50),
  })
  .meta({ id: 'NewAgreement' });
export const AgreementPatch = z
  .strictObject({
    name: text(200).optional(),
    latestEnd: date.nullable().optional(),
    notice: NoticeRule.optional(),
    parties: z.array(Party).min(1).max(50).optional(),
    extend: z
      .strictObject({ decidedOn: date })
      .optional()
      .describe(
        'Records an extension decided on that day: the end moves by extensionMonths (at most to latestEnd).',
      ),
  })
  .meta({ id: 'AgreementPatch' });
export const Agreement = z
  .object({
    id: z.string(),
    name: z.string(),
    start: z.string(),
    end: z.string(),
    latestEnd: z.string().nullable(),
    extensionMonths: z.int(),
    notice: NoticeRule,
    parties: z.array(
      z.object({
        organisationId: z.string(),
        name: z.string().optional().meta({ description: "The organisation's name (in lists)." }),
        joined: z.string(),
        left: z.string().optional(),
      }),
    ),
    extensions: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        decidedOn: z.string(),
        deadline: z.string(),
        late: z.boolean(),
      }),
    ),
    nextDeadline: z
      .string()
      .nullable()
      .meta({ description: 'The last day to decide on the next extension.' }),
    version: z.int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Agreement' });

export const CompletenessQuery = z.strictObject({ month: Month });
export const StatisticsQuery = z.strictObject({ month: Month });
export const Statistics = z
  .object({
    month: z.string(),
    nightVenues: z.array(
      z.object({
        activityId: z.string(),
        name: z.string(),
        kind: z.enum(ACTIVITY_KINDS),
        nights: z.array(
          z.object({
            night: z.string(),
            places: z.int(),
            guests: z.int().nullable().meta({ description: 'null: not reported (yet).' }),
          }),
        ),
        guestNights: z.int(),
        placeNights: z.int(),
        occupancyPct: z
          .int()
          .nullable()
          .meta({ description: 'Guests over the places of the nights reported.' }),
      }),
    ),
    dayCentres: z.array(z.object({ activityId: z.string(), name: z.string(), visits: z.int() })),
    totals: z.object({
      guestNights: z.int(),
      placeNights: z.int(),
      occupancyPct: z.int().nullable(),
      visits: z.int(),
    }),
  })
  .meta({ id: 'Statistics' });
export const Completeness = z
  .object({
    month: z.string(),
    activities: z.array(
      z.object({
        activityId: z.string(),
        organisationId: z.string(),
        name: z.string(),
        kind: z.enum(ACTIVITY_KINDS),
        granularity: z.enum(['night', 'day', 'month']).meta({
          description: 'Night by night (shelters, cold-night venues), day by day, or one month total.',
        }),
        periods: z.array(
          z.object({
            period: z.string(),
            status: z.enum(['reported', 'missing', 'not_expected', 'not_over', 'outside']).meta({
              description:
                'not_expected: closed (no places in force) or a cold-night venue that did not open; not_over: tonight, today or this month; outside: the organisation was not a party of the agreement in force.',
            }),
          }),
        ),
        missing: z.array(z.string()).meta({ description: 'The periods over and expected but not reported.' }),
      }),
    ),
  })
  .meta({ id: 'Completeness' });
// --- the yearly financial outcome -------------------------------------------------------------------------

const year = z
  .string()
  .max(4, { abort: true })
  .regex(/^20\d{2}$/, 'Expected a year 2000–2099.')
  .transform(Number)
  .meta({ example: '2025' });
const kronor = z.int().min(0).max(1_000_000_000).meta({ description: 'Whole kronor.' });
const lineId = z
  .string()
  .max(32)
  .regex(
    /^[a-z][a-z0-9_-]{0,31}$/,
    'A line id is 1–32 small letters, digits, _ or -, starting with a letter.',
  )
  .meta({ example: 'lokaler' });
export const FinanceYearParams = z.strictObject({ year });
export const OutcomeParams = z.strictObject({ year, organisationId: id });
const CostLine = z.strictObject({ id: lineId, name: text(60) });
export const FinanceYearInput = z
  .strictObject({
    start: date,
    end: date,
    dueOn: date.describe('The last day to report the outcome.'),
    lines: z
      .array(CostLine)
      .min(1)
      .max(20)
      .refine((lines) => new Set(lines.map((l) => l.id)).size === lines.length, 'Each line id once.'),
    organisationIds: setOf(id, 50)
      .optional()
      .describe('Who reports; left out: every party of an agreement in force during the year.'),
    linesConfirmed: z
      .boolean()
      .optional()
      .describe(
        "Whether the lines are the partnership's form (default true); false keeps them marked as an example.",
      ),
  })
  .meta({ id: 'FinanceYearInput' });
export const FinanceYear = z
  .object({
    year: z.int(),
    start: z.string(),
    end: z.string(),
    dueOn: z.string(),
    lines: z.array(z.object({ id: z.string(), name: z.string() })),
    organisationIds: z.array(z.string()).optional(),
    granted: z
      .record(z.string(), z.int())
      .optional()
      .meta({ description: "The administration's granted funds per organisation id, from its decision." }),
    linesConfirmed: z
      .boolean()
      .optional()
      .meta({ description: "The lines are the partnership's confirmed form (else the default example)." }),
    version: z.int().meta({ description: '0: the defaults, never set.' }),
  })
  .meta({ id: 'FinanceYear' });
export const GrantInput = z
  .strictObject({ amount: kronor.describe('The funds granted for the year, as the decision says.') })
  .meta({ id: 'GrantInput' });
export const GrantResult = z
  .object({ year: FinanceYear, change: z.enum(['created', 'updated', 'unchanged']) })
  .meta({ id: 'GrantResult' });
export const OutcomeInput = z
  .strictObject({
    grant: kronor.describe("The administration's grant received for the year."),
    used: z
      .record(lineId, kronor)
      .refine((used) => Object.keys(used).length <= 20, 'At most 20 lines.')
      .meta({
        description: "Used per cost line of the year (the year's line ids); a line left out is 0.",
        maxProperties: 20,
      }),
    ownMoney: kronor.describe("The organisation's own contribution in money."),
    volunteerHours: z.int().min(0).max(1_000_000).describe('Volunteer hours given.'),
    comment: text(500)
      .superRefine((value, ctx) => {
        const problem = commentProblem(value);
        if (problem) ctx.addIssue(customIssue(problem));
      })
      .optional()
      .describe("A short comment on the organisation's finances — never about a person."),
  })
  .meta({ id: 'OutcomeInput' });
const Outcome = z.object({
  organisationId: z.string(),
  year: z.int(),
  grant: z.int(),
  used: z.record(z.string(), z.int()),
  ownMoney: z.int(),
  volunteerHours: z.int(),
  comment: z.string().optional(),
  version: z.int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export const StoredOutcome = z
  .object({
    year: FinanceYear,
    organisation: z.object({ id: z.string(), name: z.string() }),
    outcome: Outcome.optional(),
  })
  .meta({ id: 'StoredOutcome' });
export const SubmittedOutcome = z
  .object({
    outcome: Outcome,
    change: z.enum(['created', 'updated', 'unchanged']),
    before: Outcome.optional(),
  })
  .meta({ id: 'SubmittedOutcome' });
export const FinanceSummaryQuery = z.strictObject({
  format: z.enum(['json', 'html', 'csv', 'xlsx']).optional().meta({
    description: 'Default: by Accept (text/html, text/csv, the XLSX type), else json.',
  }),
  language: z.enum(LANGUAGES).default('sv'),
});
const SummaryFigures = {
  grant: z.int().meta({ description: 'What the organisation reports having received.' }),
  granted: z
    .int()
    .nullable()
    .meta({ description: "The administration's granted funds; null where not entered." }),
  usedPct: z
    .int()
    .nullable()
    .meta({ description: 'Used of the funds (granted, else reported), whole per cent.' }),
  used: z.record(z.string(), z.int()),
  usedTotal: z.int(),
  unspent: z.int().meta({ description: 'Grant − used; negative when more was used than granted.' }),
  ownMoney: z.int(),
  volunteerHours: z.int(),
};
export const FinanceSummary = z
  .object({
    year: FinanceYear,
    rows: z.array(
      z.object({
        organisationId: z.string(),
        name: z.string(),
        reported: z.boolean(),
        expected: z.boolean(),
        ...SummaryFigures,
        grantDiffers: z.boolean(),
        comment: z.string().optional(),
        updatedAt: z.string().optional(),
      }),
    ),
    totals: z.object(SummaryFigures),
    missing: z.array(z.string()).meta({ description: 'The organisations that report and have not.' }),
    grantDisagreements: z
      .array(z.object({ organisationId: z.string(), name: z.string(), reported: z.int(), granted: z.int() }))
      .meta({ description: "Where an organisation reports another grant than the administration's figure." }),
    linesConfirmed: z.boolean(),
  })
  .meta({ id: 'FinanceSummary' });

/** The longest report: three years. */
export const MAX_REPORT_MONTHS = 36;
export const ReportQuery = monthRange(
  z.strictObject({
    from: Month,
    to: Month,
    format: z.enum(REPORT_FORMATS).optional().meta({
      description: 'Default: by Accept (text/html, text/csv, application/pdf, the XLSX type), else json.',
    }),
    table: z.enum(TABLE_IDS).default('nightShelters').meta({ description: 'Which table, for format=csv.' }),
    language: z.enum(LANGUAGES).default('sv'),
    version: z
      .string()
      .max(3, { abort: true })
      .regex(/^[1-9]\d{0,2}$/, 'Expected a version number 1–999.')
      .transform(Number)
      .optional()
      .meta({
        description: 'An approved version of the half-year report, as frozen when both chairs signed it.',
      }),
  }),
);
const pct = z
  .int()
  .nullable()
  .meta({ description: 'Whole percent, half up from the exact counts; null when 0 of 0.' });
const ShelterRow = z.object({
  women: z.int(),
  men: z.int(),
  guestNights: z.int(),
  womenPct: pct,
  menPct: pct,
  capacityNights: z.int(),
  occupancyPct: pct,
});
const VisitRow = z.object({ women: z.int(), men: z.int(), visits: z.int(), womenPct: pct, menPct: pct });
const WomenPlacesRow = z.object({ womenPlaceNights: z.int(), women: z.int(), occupancyPct: pct });
const ReportChange = z.object({
  table: z.string(),
  row: z.string(),
  field: z.string(),
  before: z.number().nullable(),
  after: z.number().nullable(),
});
export const Report = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    dataReadAt: z.string(),
    texts: z.array(z.object({ section: z.string(), text: z.string(), draft: z.string() })).meta({
      description:
        "Sections' openings as people wrote them over the draft the figures gave (`draft`); the Swedish report shows them, and says where the figures have changed since.",
    }),
    survey: z
      .object({
        respondents: z.int(),
        activities: z.int(),
        languages: z.array(z.string()),
        questions: z.array(
          z.object({
            id: z.string(),
            text: z.string(),
            scale: z.enum(SURVEY_SCALE_NAMES),
            n: z.int().meta({ description: 'How many answered the question.' }),
            answers: z.array(
              z.object({
                option: z.string(),
                count: z
                  .int()
                  .nullable()
                  .meta({ description: 'null: hidden, small enough to point at a person.' }),
                pct: z.int().nullable(),
                changePts: z
                  .int()
                  .nullable()
                  .meta({ description: 'Percentage points against the survey of the half-year before.' }),
              }),
            ),
          }),
        ),
      })
      .nullable()
      .meta({ description: "The user survey's tallied answers in the half-year; null: none entered." }),
    document: z
      .object({
        status: z.enum(JOINT_REPORT_STATUSES),
        version: z.int(),
        digest: z.string().meta({ description: 'What a review, a signature and an approval hold for.' }),
        deadline: z.string().meta({ description: "The last day for the parties' appendices." }),
        halfYear: z.boolean(),
        chairs: z.array(
          z.object({
            group: z.enum(CHAIR_GROUPS),
            userId: z.string(),
            title: z.string(),
            name: z.string().nullable(),
            organisation: z.string().nullable(),
          }),
        ),
        signatures: z.array(
          z.object({
            group: z.enum(CHAIR_GROUPS),
            name: z.string(),
            title: z.string(),
            organisation: z.string().nullable(),
            at: z.string(),
          }),
        ),
        appendices: z.array(
          z.object({
            number: z.int(),
            organisationId: z.string(),
            name: z.string(),
            status: z.enum(['missing', 'draft', 'submitted']),
            submittedAt: z.string().nullable(),
            sections: z.array(z.object({ heading: z.enum(APPENDIX_HEADINGS), text: z.string() })),
            figures: z.array(
              z.object({
                name: z.string(),
                unit: z.enum(['guestNights', 'visits', 'people', 'ticketsIssued']),
                count: z.int().nullable(),
                womenPct: z.int().nullable(),
                occupancyPct: z.int().nullable(),
              }),
            ),
            funds: z.array(
              z.object({ year: z.int(), granted: z.number().nullable(), sharePct: z.int().nullable() }),
            ),
          }),
        ),
      })
      .meta({
        description:
          "The half-year's report as a document (issue 26): where it stands (draft → appendices_in → review → approved → sent), its version, the chairs and their signatures, and each party's appendix.",
      }),
    nightShelters: z.object({
      months: z.array(ShelterRow.extend({ month: z.string() })),
      total: ShelterRow,
      places: z
        .object({
          night: z.string(),
          total: z.int(),
          shelters: z.array(z.object({ activityId: z.string(), name: z.string(), places: z.int() })),
        })
        .meta({ description: "The places in force on the period's last night, shelter by shelter." }),
      shelters: z.array(
        z.object({
          activityId: z.string(),
          name: z.string(),
          months: z.array(ShelterRow.extend({ month: z.string() })),
          total: ShelterRow,
        }),
      ),
      womenPlaces: z
        .object({
          months: z.array(WomenPlacesRow.extend({ month: z.string() })),
          total: WomenPlacesRow,
        })
        .nullable()
        .meta({
          description: "Women's place-nights against women's guest nights; null without women's places.",
        }),
    }),
    dayCentres: z.object({
      months: z.array(VisitRow.extend({ month: z.string() })),
      total: VisitRow,
      centres: z.array(
        z.object({
          activityId: z.string(),
          name: z.string(),
          months: z.array(VisitRow.extend({ month: z.string() })),
          total: VisitRow,
        }),
      ),
    }),
    extraColdNights: z.object({
      nightsOpened: z.int(),
      guests: z.int(),
      guestsPerNight: z.number().nullable(),
      longestRun: z.int(),
      nights: z.array(
        z.object({ night: z.string(), guests: z.int(), forecastMinimum: z.number().nullable() }),
      ),
    }),
    readiness: z
      .array(
        z.object({
          cause: z.enum(CAUSES),
          decisions: z.int(),
          nights: z.int(),
          placeNights: z
            .int()
            .meta({ description: 'The places of the venues opened, summed over those nights.' }),
        }),
      )
      .meta({
        description: 'Extra readiness decided in the period, per cause (cold night, SMHI warning, eviction).',
      }),
    coldNights: z
      .object({
        ...VERIFICATION_COUNTS,
        demand: z
          .object({
            nights: z.int(),
            meanAbsError: z.number(),
            inside: z
              .number()
              .meta({ description: 'Share (0–1) of nights whose guests fell inside the interval.' }),
            overPlaces: z.int().meta({ description: "Nights whose guests passed the shelters' places." }),
            warned: z
              .int()
              .meta({ description: 'Of those, the nights whose expected upper end had passed them.' }),
          })
          .nullable()
          .meta({
            description:
              'The expected guests the cold-night check last gave each night against the guests reported, over the nights every shelter counted has reported; null when none.',
          }),
        nights: z.array(
          z.object({
            night: z.string(),
            guestNights: z.int(),
            coldNightGuests: z.int(),
            observedMin: z.number().nullable(),
            expected: z
              .object({ expected: z.int(), low: z.int(), high: z.int(), places: z.int() })
              .nullable(),
          }),
        ),
      })
      .meta({
        description:
          "The alerts checked against the nights SMHI observed (as GET /v1/cold-nights/verification), night by night the night shelters' and the extra cold nights' guests against the observed minimum, and the expected guests against those that came.",
      }),
    nationalities: z
      .object({
        smallCellBelow: z.int(),
        units: z.array(
          z.object({
            unit: z.enum(NATIONALITY_UNITS.map((u) => u.unit)),
            total: z
              .int()
              .meta({ description: 'Guest nights, visits or people in all, nationality known or not.' }),
            rows: z.array(
              z.object({
                code: z.string(),
                count: z.int().nullable(),
                sharePct: z
                  .number()
                  .nullable()
                  .meta({ description: 'Of the total; null where the count is hidden.' }),
                suppressed: z.boolean(),
              }),
            ),
            unknown: z.object({
              count: z.int().nullable(),
              sharePct: z.number().nullable(),
              suppressed: z.boolean(),
            }),
          }),
        ),
      })
      .meta({
        description:
          'Nationality in each unit of its own, never added across: night (guest nights at night shelters and extra cold nights), day (visits), outreach (people reached, months added), socialEmergency (people met, months added), intake (applicants), outreachPeople and socialEmergencyPeople (distinct people over the half-year, as the teams count them). Only units with figures are listed.',
      }),
    services: z.array(
      z.object({
        activityId: z.string(),
        name: z.string(),
        kind: z.enum(['outreach', 'social_emergency', 'intake']),
        periodsReported: z.int(),
        sums: z
          .record(z.string(), z.int().nullable())
          .meta({ description: 'Figures that add up over the period.' }),
        levels: z
          .record(
            z.string(),
            z.object({ highest: z.int(), latest: z.int(), latestPeriod: z.string() }).nullable(),
          )
          .meta({
            description: 'Counts at one time (rough sleepers, sites): highest and latest, never summed.',
          }),
        placedPct: pct.meta({ description: 'Intake: tickets issued of applicants.' }),
        halfYear: z
          .object({
            people: z.int(),
            women: z.int().nullable(),
            men: z.int().nullable(),
            womenPct: pct,
            menPct: pct,
            largestNationality: z.object({ code: z.string(), sharePct: pct }).nullable(),
            sleepingSites: z.int().nullable(),
            estimatedRoughSleepers: z.int().nullable(),
            homeTripApplications: z.int().nullable(),
            lvmReports: z.int().nullable(),
          })
          .nullable()
          .meta({
            description:
              "What the team counted once for the report's half-year (period `2017-11--2018-04`): distinct people, never a sum or peak of months; null when it counted none.",
          }),
      }),
    ),
    trends: z.object({
      periods: z.array(
        z.object({
          from: z.string(),
          to: z.string(),
          guestNights: z.int(),
          capacityNights: z.int(),
          occupancyPct: pct,
          womenPct: pct,
          visits: z.int(),
          visitsWomenPct: pct,
          complete: z.boolean(),
        }),
      ),
      months: z.array(
        z.object({ month: z.string(), guestNights: z.int(), capacityNights: z.int(), occupancyPct: pct }),
      ),
    }),
    sinceLastSent: z
      .object({
        sentAt: z.string(),
        dataReadAt: z.string(),
        changes: z.array(ReportChange),
      })
      .nullable(),
    agreements: z
      .array(
        z.object({
          name: z.string(),
          start: z.string(),
          end: z.string(),
          parties: z.array(z.object({ name: z.string(), joined: z.string(), left: z.string().optional() })),
        }),
      )
      .meta({ description: 'The agreements in force during the period, with their parties then.' }),
    completeness: z.object({
      complete: z.boolean(),
      activities: z.array(
        z.object({
          activityId: z.string(),
          name: z.string(),
          kind: z.string(),
          missing: z.array(z.string()),
        }),
      ),
    }),
  })
  .meta({ id: 'Report' });

export const SendReport = monthRange(z.strictObject({ from: Month, to: Month })).meta({ id: 'SendReport' });
export const IdempotencyKey = z.string().min(1).max(200).optional();
export const SentReport = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    version: z.int().nullable().meta({
      description:
        'The approved version of the half-year report sent, as frozen when both chairs signed it; null: the report as compiled then, a draft.',
    }),
    sentAt: z.string(),
    dataReadAt: z.string(),
    sentBy: z.string(),
    files: z.array(z.string()).meta({ description: 'Where each format is kept in the report bucket.' }),
    delivered: z.int(),
    failed: z.array(z.string()).meta({ description: 'Recipients the e-mail could not reach after retries.' }),
    changes: z
      .array(ReportChange)
      .nullable()
      .meta({ description: 'What changed since the last report sent.' }),
  })
  .meta({ id: 'SentReport' });
export const NewReportRecipient = z
  .strictObject({
    name: text(100).meta({ description: 'Who this is, e.g. "Socialförvaltningen, enheten för hemlöshet".' }),
    email,
    language: z.enum(LANGUAGES).default('sv'),
  })
  .meta({ id: 'NewReportRecipient' });
export const ReportRecipient = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    language: z.enum(LANGUAGES),
    createdAt: z.string(),
  })
  .meta({ id: 'ReportRecipient' });

// --- people ----------------------------------------------------------------------------------------------

const personName = text(100).meta({
  description: 'The person’s name, as colleagues know them.',
  example: 'Anna Berg',
});
export const NewUser = z
  .strictObject({
    email,
    name: personName,
    role: z.enum(ROLES),
    organisationId: id.optional().describe('Required for a partner, not allowed for others.'),
    language: z.enum(LANGUAGES).optional(),
  })
  .meta({
    id: 'NewUser',
    description: 'A person who signs in: name and e-mail only (staff data is personal data).',
  });
export const UserPatch = z
  .strictObject({
    name: personName.optional(),
    role: z.enum(ROLES).optional(),
    organisationId: id.optional(),
    language: z.enum(LANGUAGES).optional(),
    disabled: z.boolean().optional(),
    reminders: z.boolean().optional().describe('False: no e-mail reminders of missing figures.'),
  })
  .meta({
    id: 'UserPatch',
    description: 'A change of role, organisation or `disabled` ends the person’s sessions.',
  });
export const User = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    organisationId: z.string().optional(),
    language: z.enum(LANGUAGES),
    disabled: z.boolean(),
    reminders: z.boolean().optional().describe('False: the person gets no reminders (absent: they do).'),
    authVersion: z.int(),
    version: z.int(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });

// --- passkeys (the web app's script posts what the browser's WebAuthn answered) ---------------------------

const b64url = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]*$/);
// Each bound comes from the largest key and signature of the algorithms the server verifies.
const credential = {
  id: b64url(PASSKEY_FIELD_CHARS.credentialId),
  rawId: b64url(PASSKEY_FIELD_CHARS.credentialId),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z
    .record(z.string().max(64), z.unknown())
    .refine((r) => Object.keys(r).length <= 20),
  type: z.literal('public-key'),
};
export const PasskeyRegistration = z.strictObject({
  ...credential,
  response: z.strictObject({
    clientDataJSON: b64url(PASSKEY_FIELD_CHARS.clientDataJSON),
    attestationObject: b64url(PASSKEY_FIELD_CHARS.attestationObject),
    authenticatorData: b64url(PASSKEY_FIELD_CHARS.registrationAuthenticatorData).optional(),
    transports: setOf(
      z.enum(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']),
      7,
    ).optional(),
    publicKeyAlgorithm: z.int().min(-65536).max(65536).optional(),
    publicKey: b64url(PASSKEY_FIELD_CHARS.publicKey).optional(),
  }),
});
export const PasskeyAuthentication = z.strictObject({
  ...credential,
  response: z.strictObject({
    clientDataJSON: b64url(PASSKEY_FIELD_CHARS.clientDataJSON),
    authenticatorData: b64url(PASSKEY_FIELD_CHARS.authenticatorData),
    signature: b64url(PASSKEY_FIELD_CHARS.signature),
    userHandle: b64url(PASSKEY_FIELD_CHARS.userHandle).optional(),
  }),
});

// --- the joint report as a document, and the user survey (issue 26) ------------------------------------------

/** A half-year as a path segment: `2017-11--2018-04` (May–October or November–April). */
const halfYear = z
  .string()
  .max(16, { abort: true })
  .regex(/^\d{4}-(05|11)--\d{4}-(10|04)$/, 'Expected a half-year YYYY-05--YYYY-10 or YYYY-11--YYYY-04.')
  .transform((v) => ({ from: v.slice(0, 7), to: v.slice(9) }))
  .refine(isHalfYearRange, 'Expected a half-year within the calendar: the second month six after the first.')
  .meta({ example: '2017-11--2018-04' });
const readVersion = z.int().min(0).max(1_000_000_000).optional().meta({
  description:
    'The version you read (0: none yet): a change saved since is not written over (409). Omitted: written over what is stored.',
});
export const HalfYearParams = z.strictObject({ period: halfYear });
export const AppendixParams = z.strictObject({ period: halfYear, organisationId: id });
export const AppendixInput = z.strictObject({
  sections: z
    .strictObject(
      Object.fromEntries(
        APPENDIX_HEADINGS.map((h) => [h, z.string().max(3000, 'At most 3000 characters.').optional()]),
      ) as Record<(typeof APPENDIX_HEADINGS)[number], z.ZodOptional<z.ZodString>>,
    )
    .meta({ description: "The texts under the template's headings; plain text, a paragraph a line." }),
  submit: z
    .boolean()
    .meta({ description: 'true: submitted (every heading needs its text); false: a draft.' }),
  version: readVersion,
  newVersion: z.boolean().optional().meta({
    description: 'Change an approved report anyway: it becomes a new version that needs approval again.',
  }),
});
export const ReviewInput = z.strictObject({
  digest: z.string().max(64).meta({ description: "The content read (the document's digest)." }),
});
export const ChairsInput = z.strictObject({
  chairs: z.array(z.strictObject({ group: z.enum(CHAIR_GROUPS), userId: id, title: text(60) })).max(2),
  version: readVersion,
});
export const SurveyTemplateInput = z.strictObject({
  questions: z
    .array(
      z.strictObject({
        id: z
          .string()
          .max(8)
          .regex(/^q\d{1,6}$/, 'A question id: q1, q2 …')
          .optional(),
        text: text(200),
        scale: z.enum(SURVEY_SCALE_NAMES),
      }),
    )
    .min(1)
    .max(20),
  languages: z.array(z.enum(SURVEY_LANGUAGES)).min(1).max(SURVEY_LANGUAGES.length),
  version: readVersion,
});
export const TallyParams = z.strictObject({ period: halfYear, activityId: id });
const answer = z.enum([...new Set(Object.values(SURVEY_SCALES).flat())] as [string, ...string[]]);
export const TallyInput = z.strictObject({
  respondents: z.int().min(1).max(10_000),
  counts: z
    .record(
      z
        .string()
        .max(8)
        .regex(/^q\d{1,6}$/, 'A question id: q1, q2 …'),
      z.partialRecord(answer, z.int().min(0).max(10_000)),
    )
    .refine((o) => Object.keys(o).length <= 20, 'At most 20 questions.')
    .meta({ description: 'Per question, how many gave each answer of its scale.', maxProperties: 20 }),
  version: readVersion,
});
export const JointReportView = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    status: z.enum(JOINT_REPORT_STATUSES),
    version: z.int(),
    digest: z.string(),
    deadline: z.string(),
  })
  .loose()
  .meta({
    description:
      "Where the report stands, each party's appendix (a partner sees others' by status only), the chairs and their signatures.",
  });
export const StoredAppendix = z
  .object({ organisationId: z.string(), status: z.enum(['draft', 'submitted']), version: z.int() })
  .loose();
export const StoredSurveyTemplate = z
  .object({
    questions: z.array(z.object({ id: z.string(), text: z.string(), scale: z.enum(SURVEY_SCALE_NAMES) })),
    languages: z.array(z.string()),
    version: z.int(),
  })
  .loose();
export const StoredTally = z
  .object({ activityId: z.string(), respondents: z.int(), version: z.int() })
  .loose();
export const StoredChairs = z
  .object({
    chairs: z.array(z.object({ group: z.enum(CHAIR_GROUPS), userId: z.string(), title: z.string() })),
    version: z.int(),
  })
  .loose();
