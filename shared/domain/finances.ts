import type { Agreement } from './agreements';
import { daysApart } from './periods';
import { percent } from './report';
import type { TextFault } from './text';

/**
 * The yearly financial outcome (*ekonomiskt utfall*): each organisation tells once a year how the administration's
 * grant was used, on the partnership's form — the grant, the amounts per cost line, its own contribution. Whole
 * kronor. Nothing here is about a person: the comment is about the organisation's finances.
 */

/** A cost line of the form: a stable id (the data formats' column) and its name as the administration writes it. */
export interface CostLine {
  id: string;
  name: string;
}

/** The lines of the form as the partnership has used it. */
export const DEFAULT_COST_LINES: readonly CostLine[] = [
  { id: 'personal', name: 'Personal' },
  { id: 'lokaler', name: 'Lokaler' },
  { id: 'mat', name: 'Mat och förbrukning' },
  { id: 'hygien', name: 'Hygienartiklar' },
  { id: 'administration', name: 'Administration' },
  { id: 'ovrigt', name: 'Övrigt' },
];

/** A reporting year as the administrator sets it: its dates, when the outcome is due, its lines and who reports. */
export interface FinanceYear {
  /** The year's name: the calendar year it starts in. */
  year: number;
  start: string;
  end: string;
  dueOn: string;
  lines: CostLine[];
  /** The organisations that report; absent: every party of an agreement in force during the year. */
  organisationIds?: string[];
  /**
   * The funds the administration granted each organisation for the year, from its decision (seed 003: "förvaltningens
   * tillförda medel i respektive organisations bilaga"): the administration's figure, never the organisation's.
   */
  granted?: Record<string, number>;
  /**
   * Whether an administrator has confirmed the cost lines as the partnership's form; until then the default lines
   * are an example. Absent on years set before it was kept: a year an administrator set (version > 0) is confirmed.
   */
  linesConfirmed?: boolean;
  /** 0 until the administrator sets the year (the defaults), then counted up by each change. */
  version: number;
}

/** Whether the year's cost lines are the partnership's confirmed form, not the example. */
export const linesConfirmed = (year: FinanceYear) => year.linesConfirmed ?? year.version > 0;

/** The year when nobody has set it: the calendar year, due 31 March after it, the default lines. */
export const defaultFinanceYear = (year: number): FinanceYear => ({
  year,
  start: `${year}-01-01`,
  end: `${year}-12-31`,
  dueOn: `${year + 1}-03-31`,
  lines: DEFAULT_COST_LINES.map((l) => ({ ...l })),
  version: 0,
});

/** What an organisation reports: the form's figures, whole kronor and hours. */
export interface OutcomeFigures {
  grant: number;
  /** Per cost line of the year, every line present (0 where nothing was spent). */
  used: Record<string, number>;
  ownMoney: number;
  volunteerHours: number;
  comment?: string;
}

export interface FinancialOutcome extends OutcomeFigures {
  organisationId: string;
  year: number;
  version: number;
  updatedAt: string;
  /** Who sent it last (as the audit trail names them). */
  updatedBy: string;
}

/**
 * Why a comment cannot be kept, beyond the rules for all text: what looks like a personal identity number
 * (*personnummer*, *samordningsnummer*) or an e-mail address is about a person, and the comment never is.
 */
export function commentProblem(value: string): TextFault | undefined {
  if (/(^|\D)(\d{2})?\d{6}[-+]?\d{4}(\D|$)/.test(value)) return { code: 'looks_like_id_number' };
  if (/\S+@\S+\.\S+/.test(value)) return { code: 'looks_like_email' };
  return undefined;
}

/** The lines' ids the figures use that the year does not have, each a field problem's path. */
export const unknownLines = (year: FinanceYear, used: Record<string, number>) => {
  const known = new Set(year.lines.map((l) => l.id));
  return Object.keys(used).filter((id) => !known.has(id));
};

/** The figures with every line of the year, in the year's order (a line left out is 0). */
export const withEveryLine = (year: FinanceYear, figures: OutcomeFigures): OutcomeFigures => ({
  ...figures,
  used: Object.fromEntries(year.lines.map((l) => [l.id, figures.used[l.id] ?? 0])),
});

export const sameFigures = (a: OutcomeFigures, b: OutcomeFigures) =>
  a.grant === b.grant &&
  a.ownMoney === b.ownMoney &&
  a.volunteerHours === b.volunteerHours &&
  (a.comment ?? '') === (b.comment ?? '') &&
  Object.keys({ ...a.used, ...b.used }).every((k) => (a.used[k] ?? 0) === (b.used[k] ?? 0));

/**
 * Who reports for a year: the administrator's list, or every organisation that was party to an agreement in force
 * on some day of the year (while it was a party).
 */
export function reportingOrganisations(year: FinanceYear, agreements: readonly Agreement[]): string[] {
  if (year.organisationIds) return year.organisationIds;
  const ids = new Set<string>();
  for (const a of agreements) {
    if (a.end < year.start || a.start > year.end) continue;
    for (const p of a.parties)
      if (p.joined <= year.end && (p.left === undefined || p.left >= year.start)) ids.add(p.organisationId);
  }
  return [...ids];
}

export interface SummaryRow {
  organisationId: string;
  name: string;
  reported: boolean;
  /** Whether the organisation is among those that report (one that reported anyway is shown too). */
  expected: boolean;
  /** What the organisation reports having received. */
  grant: number;
  /** What the administration granted (its figure, set by an administrator); null where not entered. */
  granted: number | null;
  /** The organisation's figure differs from the administration's: shown, never overwritten. */
  grantDiffers: boolean;
  used: Record<string, number>;
  usedTotal: number;
  /** The funds − used, the funds being the administration's figure where entered: negative when more was used. */
  unspent: number;
  /** Used of the funds, whole per cent. */
  usedPct: number | null;
  ownMoney: number;
  volunteerHours: number;
  comment?: string;
  updatedAt?: string;
}

export interface FinanceSummary {
  year: FinanceYear;
  rows: SummaryRow[];
  /** The sums over the rows that reported. */
  totals: Omit<
    SummaryRow,
    'organisationId' | 'name' | 'reported' | 'expected' | 'comment' | 'updatedAt' | 'grantDiffers'
  >;
  missing: string[];
  /** Where an organisation reports another grant than the administration's figure. */
  grantDisagreements: { organisationId: string; name: string; reported: number; granted: number }[];
  /** Whether the cost lines are the partnership's confirmed form (else the default example). */
  linesConfirmed: boolean;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The year's outcomes across organisations: one row each (reported or not), sums over those that reported. */
export function summarise(
  year: FinanceYear,
  organisations: readonly { id: string; name: string }[],
  outcomes: readonly FinancialOutcome[],
  expected: readonly string[],
): FinanceSummary {
  const byOrganisation = new Map(outcomes.map((o) => [o.organisationId, withEveryLine(year, o)]));
  const named = new Map(organisations.map((o) => [o.id, o.name]));
  const ids = [...new Set([...expected, ...byOrganisation.keys()])];
  const rows = ids
    .map((id): SummaryRow => {
      const o = byOrganisation.get(id);
      const used = Object.fromEntries(year.lines.map((l) => [l.id, o?.used[l.id] ?? 0]));
      const usedTotal = sum(Object.values(used));
      const grant = o?.grant ?? 0;
      const granted = year.granted?.[id] ?? null;
      const funds = granted ?? grant;
      return {
        organisationId: id,
        name: named.get(id) ?? id,
        reported: o !== undefined,
        expected: expected.includes(id),
        grant,
        granted,
        grantDiffers: o !== undefined && granted !== null && grant !== granted,
        used,
        usedTotal,
        unspent: funds - usedTotal,
        usedPct: percent(usedTotal, funds),
        ownMoney: o?.ownMoney ?? 0,
        volunteerHours: o?.volunteerHours ?? 0,
        ...(o?.comment ? { comment: o.comment } : {}),
        ...(o ? { updatedAt: (o as FinancialOutcome).updatedAt } : {}),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const reported = rows.filter((r) => r.reported);
  const total = (pick: (r: SummaryRow) => number) => sum(reported.map(pick));
  const grantedTotal = reported.some((r) => r.granted !== null) ? total((r) => r.granted ?? 0) : null;
  const usedTotal = total((r) => r.usedTotal);
  return {
    year,
    rows,
    linesConfirmed: linesConfirmed(year),
    grantDisagreements: rows.flatMap((r) =>
      r.grantDiffers && r.granted !== null
        ? [{ organisationId: r.organisationId, name: r.name, reported: r.grant, granted: r.granted }]
        : [],
    ),
    totals: {
      grant: total((r) => r.grant),
      granted: grantedTotal,
      usedPct: percent(
        usedTotal,
        total((r) => r.granted ?? r.grant),
      ),
      used: Object.fromEntries(year.lines.map((l) => [l.id, total((r) => r.used[l.id] ?? 0)])),
      usedTotal,
      unspent: total((r) => r.unspent),
      ownMoney: total((r) => r.ownMoney),
      volunteerHours: total((r) => r.volunteerHours),
    },
    missing: rows.filter((r) => r.expected && !r.reported).map((r) => r.name),
  };
}

/**
 * Whether an outcome not reported is owed on `today`: past its due date, and due within the last year (an older
 * year is the administration's to chase, not a daily reminder's).
 */
export const isOwed = (dueOn: string, today: string) => today > dueOn && daysApart(dueOn, today) <= 365;
