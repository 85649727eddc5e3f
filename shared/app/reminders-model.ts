import type { ActivityKind } from '../domain/figures';
import type { ChairGroup, JointReportStatus } from '../domain/joint-report';

/** A missing period of one activity. */
export interface Gap {
  activityId: string;
  period: string;
}

/**
 * One reminder e-mail to one person, exactly once like the cold-night alerts: its id says what it is for (the
 * gaps of one day, or the summary of one month) and for whom, so that runs at once or again put it in the outbox
 * once, claim it once and send it once; a failed one is claimed again by a later run.
 */
export interface ReminderMail {
  /** `gaps#<Stockholm date>#<person>`, `summary#<month>#<person>` or `notice#<agreement>#<deadline>#<days>#<person>`. */
  id: string;
  kind: 'gaps' | 'summary' | 'notice';
  userId: string;
  to: string;
  /** The gaps it names (for a summary, none: it counts them). */
  gaps: Gap[];
  subject: string;
  text: string;
  html: string;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  claimedAt?: string;
  at: string;
  error?: string;
}

export interface ReminderStore {
  /** The Stockholm date each gap of these activities was last reminded, by `activityId|period`. */
  remindedOn(activityIds: readonly string[]): Promise<Map<string, string>>;
  /**
   * Puts the mail in the outbox as pending unless it is there (false); either way the gaps of the mail as stored
   * are recorded as reminded `on`.
   */
  enqueueReminder(mail: ReminderMail, on: string): Promise<boolean>;
  /** Takes a mail for this run (pending, failed with tries left, or a dead run's past its lease). */
  claimReminder(mail: ReminderMail, leaseMs: number, maxAttempts: number): Promise<boolean>;
  completeReminder(mail: ReminderMail): Promise<void>;
  /** Mails whose id lies between `from` and `to` (prefixes included). */
  listReminders(from: string, to: string): Promise<ReminderMail[]>;
}

/** An activity's missing periods, as a partner's reminder names them. */
export interface ActivityGaps {
  activityId: string;
  name: string;
  kind: ActivityKind;
  periods: readonly string[];
}

/** A partner's reminder: every gap of their organisation, the outcomes and appendices owed, where to enter them. */
export interface GapsMailInput {
  name: string;
  organisation: string;
  activities: readonly ActivityGaps[];
  /** Yearly financial outcomes owed, each with its due date. */
  outcomes?: readonly { year: number; dueOn: string }[];
  /** The organisation's appendix to the half-year's joint report, not yet submitted, with its deadline. */
  appendices?: readonly { period: { from: string; to: string }; organisationId: string; dueOn: string }[];
  origin: string;
  everyDays: number;
}

/** A notice deadline of an agreement near (30 or 7 days) or today, with no extension recorded. */
export interface NoticeMailInput {
  name: string;
  agreement: string;
  end: string;
  deadline: string;
  next: string;
  days: number;
}

/** The administrators' summary of a month: each organisation's activities and how much each has missing. */
export interface SummaryMailInput {
  name: string;
  month: string;
  organisations: readonly { name: string; activities: readonly { name: string; missing: number }[] }[];
  origin: string;
}

/** The send day came and no version of the joint report is approved: its state, and who or what is missing. */
export interface NotApprovedMailInput {
  name: string;
  period: { from: string; to: string };
  status: JointReportStatus;
  version: number;
  appendicesMissing: readonly string[];
  chairsUnsigned: readonly { group: ChairGroup; name: string }[];
  chairsNamed: boolean;
  origin?: string;
}
