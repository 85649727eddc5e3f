import { type CapacityEntry, capacityOn } from './capacity';
import { type ActivityKind, type Figures, peopleOf } from './figures';
import { addDays, addMonths, CALENDAR, daysApart, type Period } from './periods';

/**
 * The rules figures are checked by as they are entered, as data (as DHIS2 keeps its validation rules): each
 * compares a left side with a right side; an error refuses the figures (422), a warning accepts them and is said
 * beside its field (the web asks "Stämmer siffrorna?" first). Each code has its words in both catalogues
 * (`rules` in shared/i18n), and an example that breaks it in test/unit/rules.test.ts — adding a rule is one entry
 * here, its words and its example.
 */
export interface RuleInput {
  kind: ActivityKind;
  period: Period;
  figures: Figures;
  /** The activity's places-in-force history. */
  capacity: readonly CapacityEntry[];
  /** The first and last day the activity runs, where known. */
  startsOn?: string;
  endsOn?: string;
}

/** One side of a rule: a number, or undefined where the rule does not apply to these figures. */
type Side = (input: RuleInput) => number | undefined;

interface Rule {
  code: string;
  severity: 'error' | 'warning';
  /** The field it is said beside. */
  field: string;
  left: Side;
  op: '<=' | '=' | '>=';
  right: Side;
  /** The day the rule compares with, to name it (the activity's first or last day). */
  on?: (input: RuleInput) => string | undefined;
}

const count =
  (field: string): Side =>
  ({ figures }) =>
    typeof figures[field] === 'number' ? (figures[field] as number) : undefined;
/** Guests of a night shelter's night: what its places are for. */
const guests: Side = ({ kind, period, figures }) =>
  kind === 'night_shelter' && period.granularity === 'day'
    ? (figures.women ?? 0) + (figures.men ?? 0)
    : undefined;
const placesInForce = ({ capacity, period }: RuleInput) => capacityOn(capacity, period.value);
const halfYear =
  (side: Side): Side =>
  (input) =>
    input.period.granularity === 'halfYear' ? side(input) : undefined;
/** A date as a number of days, to compare on a rule's two sides. */
const dayNumber = (date: string) => daysApart(CALENDAR.first, date);
/** The period's first and last day. */
const firstDay = ({ period }: RuleInput) =>
  period.granularity === 'day'
    ? period.value
    : `${period.granularity === 'halfYear' ? period.from : period.value}-01`;
const lastDay = ({ period }: RuleInput) => {
  if (period.granularity === 'day') return period.value;
  const month = period.granularity === 'halfYear' ? period.to : period.value;
  return addDays(`${addMonths(month, 1)}-01`, -1);
};

export const RULES = [
  {
    code: 'nationalities_over_total',
    severity: 'error',
    field: 'nationalities',
    left: ({ figures }) =>
      figures.nationalities === undefined
        ? undefined
        : Object.values(figures.nationalities).reduce<number>((s, n) => s + (n ?? 0), 0),
    op: '<=',
    right: ({ kind, figures }) => peopleOf(kind, figures),
  },
  {
    // Where a half-year gives both women and men, they are its people; one alone is at most them.
    code: 'split_not_people',
    severity: 'error',
    field: 'men',
    left: halfYear(({ figures }) =>
      figures.women !== undefined && figures.men !== undefined ? figures.women + figures.men : undefined,
    ),
    op: '=',
    right: halfYear(count('people')),
  },
  {
    code: 'split_not_people',
    severity: 'error',
    field: 'women',
    left: halfYear(({ figures }) => (figures.men === undefined ? figures.women : undefined)),
    op: '<=',
    right: halfYear(count('people')),
  },
  {
    code: 'split_not_people',
    severity: 'error',
    field: 'men',
    left: halfYear(({ figures }) => (figures.women === undefined ? figures.men : undefined)),
    op: '<=',
    right: halfYear(count('people')),
  },
  {
    // Figures for a period that ended before the activity began (an outreach team that joined later).
    code: 'before_activity_start',
    severity: 'error',
    field: 'period',
    left: (input) => (input.startsOn ? dayNumber(lastDay(input)) : undefined),
    op: '>=',
    right: (input) => (input.startsOn ? dayNumber(input.startsOn) : undefined),
    on: (input) => input.startsOn,
  },
  {
    code: 'after_activity_end',
    severity: 'error',
    field: 'period',
    left: (input) => (input.endsOn ? dayNumber(firstDay(input)) : undefined),
    op: '<=',
    right: (input) => (input.endsOn ? dayNumber(input.endsOn) : undefined),
    on: (input) => input.endsOn,
  },
  {
    // Guests on a night with no places on record: the places are missing, or the night is wrong.
    code: 'no_places',
    severity: 'warning',
    field: 'women',
    left: (input) => (placesInForce(input)?.places ? undefined : guests(input)),
    op: '<=',
    right: () => 0,
  },
  {
    // Extra beds happen on cold nights: said, never refused.
    code: 'over_places',
    severity: 'warning',
    field: 'women',
    left: (input) => (placesInForce(input)?.places ? guests(input) : undefined),
    op: '<=',
    right: (input) => placesInForce(input)?.places,
  },
  {
    code: 'over_women_places',
    severity: 'warning',
    field: 'women',
    left: (input) => (guests(input) === undefined ? undefined : input.figures.women),
    op: '<=',
    right: (input) => placesInForce(input)?.womenPlaces,
  },
  {
    // More tickets than applicants: a figure typed in the wrong field, most likely.
    code: 'tickets_over_applicants',
    severity: 'warning',
    field: 'ticketsIssued',
    left: count('ticketsIssued'),
    op: '<=',
    right: count('applicants'),
  },
] as const satisfies readonly Rule[];

export type RuleCode = (typeof RULES)[number]['code'];
type Severity = Rule['severity'];

/** A rule the figures break: which, where, and both sides as they were. */
export interface Violation<S extends Severity = Severity> {
  code: RuleCode;
  severity: S;
  /** The kind of the activity (how its period is named). */
  kind: ActivityKind;
  field: string;
  /** The period the figures are for (a night, a day, a month or a half-year). */
  period: string;
  left: number;
  right: number;
  /** The day the rule compares with, where it names one (the activity's first or last day). */
  on?: string;
}

const holds = (left: number, op: Rule['op'], right: number) =>
  op === '<=' ? left <= right : op === '>=' ? left >= right : left === right;

/** Every rule these figures break, in the table's order. */
export function violations(input: RuleInput): Violation[] {
  const found: Violation[] = [];
  for (const rule of RULES as readonly Rule[]) {
    const left = rule.left(input);
    const right = left === undefined ? undefined : rule.right(input);
    if (left === undefined || right === undefined || holds(left, rule.op, right)) continue;
    found.push({
      code: rule.code as RuleCode,
      severity: rule.severity,
      kind: input.kind,
      field: rule.field,
      period: input.period.value,
      left,
      right,
      ...(rule.on?.(input) ? { on: rule.on(input) } : {}),
    });
  }
  return found;
}

export const isWarning = (v: Violation): v is Violation<'warning'> => v.severity === 'warning';
