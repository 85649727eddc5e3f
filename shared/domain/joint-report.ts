import { addMonths, type MonthRange } from './periods';

/**
 * The joint half-year report as the partnership writes it (issue 26, 2; seeds 002/004): each party's appendix on the
 * partnership's template, the shared sections, approval by the chairs of the two groups, then the send. What people
 * did is stored; the state is derived from the content: a review, a signature or an approval holds for the content
 * it was given (its digest), so any later change — a text, an appendix, a corrected figure — makes a new version
 * that needs approval again, and the approved one stays as it was.
 */

/** The groups whose chairs sign (the seeds: "För samverkansgruppen …", "För styrgruppen …"). */
export const CHAIR_GROUPS = ['cooperation', 'steering'] as const;
export type ChairGroup = (typeof CHAIR_GROUPS)[number];

/** Who signs for a group: a person who signs in, and the title the report names them by ("tf ordförande"). */
export interface Chair {
  group: ChairGroup;
  userId: string;
  title: string;
}

/** The chairs as an administrator named them (standing until changed). */
export interface ReportChairs {
  chairs: Chair[];
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/**
 * The partnership's template for each party's appendix, its verksamhetsrapport (seed 003: "en framtagen
 * uppföljningsmall"): the headings, in order. Its figures and its share of the city's funds are filled in by the
 * system; the party writes the rest, about its work and the group, never about a person.
 */
export const APPENDIX_HEADINGS = [
  'activities',
  'targetGroup',
  'results',
  'cooperation',
  'development',
] as const;
export type AppendixHeading = (typeof APPENDIX_HEADINGS)[number];

/** One party's appendix to a half-year's report. */
export interface Appendix {
  period: MonthRange;
  organisationId: string;
  sections: Partial<Record<AppendixHeading, string>>;
  status: 'draft' | 'submitted';
  version: number;
  updatedAt: string;
  updatedBy: string;
  submittedAt?: string;
}

/** A chair's signature, of the content it was given. */
export interface Signature {
  group: ChairGroup;
  userId: string;
  name: string;
  title: string;
  /** The organisation the chair comes from, as the seed's signature block names it. */
  organisation: string | null;
  at: string;
  digest: string;
}

/** A version both chairs signed: frozen as it was, and what the scheduled send sends. */
export interface ApprovedVersion {
  number: number;
  digest: string;
  at: string;
  signatures: Signature[];
}

/** What people did to a half-year's report. */
export interface JointReportState {
  period: MonthRange;
  /** The coordinator's "ready for review", of the content then. */
  review?: { digest: string; at: string; by: string };
  signatures: Signature[];
  approved: ApprovedVersion[];
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export const JOINT_REPORT_STATUSES = ['draft', 'appendices_in', 'review', 'approved', 'sent'] as const;
export type JointReportStatus = (typeof JOINT_REPORT_STATUSES)[number];

/**
 * Where the report stands, for the content it has now (`digest`); `sentVersion` is the approved version a send
 * last reached someone with.
 */
export function jointReportStatus(
  state: Pick<JointReportState, 'review' | 'approved'> | undefined,
  digest: string,
  appendicesIn: boolean,
  sentVersion?: number,
): JointReportStatus {
  const last = state?.approved.at(-1);
  if (last && last.digest === digest) return sentVersion === last.number ? 'sent' : 'approved';
  if (state?.review?.digest === digest) return 'review';
  return appendicesIn ? 'appendices_in' : 'draft';
}

/** The version the content now is: the last approved one while unchanged, else the one after it. */
export const versionNumber = (state: Pick<JointReportState, 'approved'> | undefined, digest: string) => {
  const last = state?.approved.at(-1);
  return last?.digest === digest ? last.number : (last?.number ?? 0) + 1;
};

/** The signatures that hold for the content now, one per group. */
export const signaturesOf = (state: Pick<JointReportState, 'signatures'> | undefined, digest: string) =>
  (state?.signatures ?? []).filter((s) => s.digest === digest);

/**
 * The last day the parties' appendices are due: the 5th of the month after the half-year (5 May, 5 November), ten
 * days before the report is sent on the 15th.
 */
export const appendixDeadline = (period: MonthRange) => `${addMonths(period.to, 1)}-05`;

/** The day of the month after the half-year the approved report is sent to the committee (15 May, 15 November). */
export const REPORT_SEND_DAY = 15;

/** What a party's appendix shows of its own activities' figures for the half-year, filled in by the system. */
export interface AppendixFigure {
  name: string;
  /** What `count` counts: a shelter's guest nights, a day centre's visits, a team's people, intake's tickets. */
  unit: 'guestNights' | 'visits' | 'people' | 'ticketsIssued';
  count: number | null;
  womenPct: number | null;
  occupancyPct: number | null;
}

/** The city's funds granted the party for a year the half-year touches, and its share of all granted. */
export interface AppendixFunds {
  year: number;
  granted: number | null;
  sharePct: number | null;
}

/** A party's appendix as the report shows it: numbered as the seed numbers them, by name. */
export interface ReportAppendix {
  number: number;
  organisationId: string;
  name: string;
  status: 'missing' | Appendix['status'];
  submittedAt: string | null;
  /** The headings' texts, in the template's order; only a submitted appendix is published. */
  sections: { heading: AppendixHeading; text: string }[];
  figures: AppendixFigure[];
  funds: AppendixFunds[];
}

/** Every party of the half-year with its appendix, by name (Swedish order), numbered from 1. */
export function reportAppendices(
  parties: readonly { organisationId: string; name: string }[],
  appendices: readonly Appendix[],
  figuresOf: (organisationId: string) => AppendixFigure[],
  fundsOf: (organisationId: string) => AppendixFunds[],
): ReportAppendix[] {
  const byParty = new Map(appendices.map((a) => [a.organisationId, a]));
  return [...parties]
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    .map(({ organisationId, name }, i) => {
      const appendix = byParty.get(organisationId);
      const submitted = appendix?.status === 'submitted';
      return {
        number: i + 1,
        organisationId,
        name,
        status: appendix?.status ?? 'missing',
        submittedAt: submitted ? (appendix?.submittedAt ?? null) : null,
        sections: submitted
          ? APPENDIX_HEADINGS.flatMap((heading) => {
              const text = appendix?.sections[heading];
              return text ? [{ heading, text }] : [];
            })
          : [],
        figures: figuresOf(organisationId),
        funds: fundsOf(organisationId),
      };
    });
}
