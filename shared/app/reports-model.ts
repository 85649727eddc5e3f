import type { Principal } from '../domain/access';
import type { ReadinessLine } from '../domain/decisions';
import type { DemandScore, NightDemand } from '../domain/demand';
import type {
  Appendix,
  Chair,
  JointReportState,
  JointReportStatus,
  ReportAppendix,
  ReportChairs,
  Signature,
} from '../domain/joint-report';
import type { Language } from '../domain/language';
import type { MonthRange } from '../domain/periods';
import type { Report } from '../domain/report';
import type { KeyFigures, PublishedChange, PublishedFigure } from '../domain/report-history';
import type { SurveyResults, SurveyTally, SurveyTemplate } from '../domain/survey';
import type { Verification } from '../domain/verification';
import type { AuditEntry } from './model';

/** An administrator who receives the half-year report by e-mail. */
export interface ReportRecipient {
  id: string;
  name: string;
  email: string;
  language: Language;
  createdAt: string;
}

/**
 * One sending of a report, exactly once like the cold-night alerts: the intent is recorded first (`preparing`),
 * then the report is compiled, rendered and archived with the figures it publishes (`delivering`), then each
 * recipient is claimed, mailed and marked, and the send is completed (`sent`). A run that dies anywhere is resumed
 * by the next one for the same request (the schedule's retry, or the same Idempotency-Key): nobody gets a second
 * mail, and what nobody got yet is sent.
 */
export interface ReportSend {
  id: string;
  period: MonthRange;
  status: 'preparing' | 'delivering' | 'sent';
  requestedBy: string;
  startedAt: string;
  /** When a run last took the preparation (a run that dies leaves it; after a lease another run takes it). */
  claimedAt: string;
  /** Where its files are kept in the archive. */
  folder: string;
  /** Who it goes to, as they were when it was asked for. */
  recipients: ReportRecipient[];
  /** The approved version of the joint report it sends, frozen; absent: the report as compiled then (a draft). */
  version?: number;
  dataReadAt?: string;
  files?: string[];
  /** Archive key of what a resumed run needs to mail it: each language's e-mail and what changed. */
  manifest?: string;
  sentAt?: string;
  delivered?: number;
  failed?: string[];
}

/** What a send did: when, of which version, to how many, where its files are kept. */
export interface SendResult {
  period: MonthRange;
  version: number | null;
  sentAt: string;
  dataReadAt: string;
  sentBy: string;
  files: string[];
  delivered: number;
  failed: string[];
  /** What changed since the last send of the period that reached someone; null for a resumed send. */
  changes: PublishedChange[] | null;
}

/** How a send is asked for: its request key makes it one send however often it is asked. */
export interface SendOptions {
  requestKey?: string;
  /** Only the version both chairs approved (the schedule). */
  approvedOnly?: boolean;
  retryPauseMs?: number;
}

/**
 * Who renders and sends a half-year report for a function that does not carry the renderers: on AWS the reports
 * function, invoked and waited for (the web app's "send now"). The send is decided and authorised before it is
 * handed over, and again where it runs; its request key keeps it one send.
 */
export interface ReportSender {
  send(principal: Principal, range: MonthRange, options: SendOptions): Promise<SendResult>;
}

/** The latest of a period's sends that reached someone: a send that reached no one is no baseline for "what changed". */
export const latestReached = (sends: readonly ReportSend[]): ReportSend | undefined =>
  sends
    .filter((s) => s.status === 'sent' && (s.delivered ?? 0) > 0)
    .sort((a, b) => (b.sentAt ?? '').localeCompare(a.sentAt ?? ''))[0];

/** One recipient's mail of one send: claimed once, sent once. */
export interface RecipientDelivery {
  recipientId: string;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  claimedAt?: string;
  error?: string;
}

/**
 * A section's opening text of a period's report as a person wrote it over the draft its figures gave (issue 26, 1).
 * `draft` is that draft as it was: when the figures now give another, they changed since the text was written.
 */
export interface ReportText {
  period: MonthRange;
  section: string;
  text: string;
  draft: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface ReportStore {
  /** A half-year's report as a document: what people did to it and the parties' appendices (one Query). */
  getJointReport(period: MonthRange): Promise<{ state?: JointReportState; appendices: Appendix[] }>;
  /** Saves the state over the version before it (a lost race is a 409), with its audit entry. */
  putJointReport(state: JointReportState, audit: AuditEntry): Promise<void>;
  /** Saves a party's appendix over the version before it, with its audit entry. */
  putAppendix(appendix: Appendix, audit: AuditEntry): Promise<void>;
  /**
   * Saves the state whose last approved version is new, with that version's document as it was approved (JSON, any
   * size); the state and the audit entry in one transaction, after the document.
   */
  freezeVersion(state: JointReportState, document: string, audit: AuditEntry): Promise<void>;
  /** An approved version's document, as frozen. */
  getFrozen(period: MonthRange, version: number): Promise<string | undefined>;
  /** The partnership's user survey: its template, and each activity's tallied answers per half-year. */
  getSurveyTemplate(): Promise<SurveyTemplate | undefined>;
  /** Saves the template over the version before (none, for version 1). */
  putSurveyTemplate(template: SurveyTemplate, audit: AuditEntry): Promise<void>;
  /** Every activity's tallied answers for a half-year (one Query). */
  listSurveyTallies(period: MonthRange): Promise<SurveyTally[]>;
  /** Saves an activity's tally over the version before. */
  putSurveyTally(tally: SurveyTally, audit: AuditEntry): Promise<void>;
  getReportChairs(): Promise<ReportChairs | undefined>;
  /** Saves the chairs over the version before (none, for version 1). */
  putReportChairs(chairs: ReportChairs, audit: AuditEntry): Promise<void>;
  /** The texts written for the period's report, section by section. */
  listTexts(period: MonthRange): Promise<ReportText[]>;
  /** Writes a section's text over the version before it (a lost race is a 409), with its audit entry. */
  putText(text: ReportText, audit: AuditEntry): Promise<void>;
  listRecipients(): Promise<ReportRecipient[]>;
  createRecipient(recipient: ReportRecipient, audit: AuditEntry): Promise<void>;
  deleteRecipient(recipient: ReportRecipient, audit: AuditEntry): Promise<void>;
  /** The last send of exactly this period that reached someone, with the figures it published. */
  lastSent(period: MonthRange): Promise<{ send: ReportSend; figures: PublishedFigure[] } | undefined>;
  /** That send alone, without its figures (what a page needs to say the report went out). */
  lastSend(period: MonthRange): Promise<ReportSend | undefined>;
  /** Records the intent; when a send with the same id exists, returns that one instead (`created` false). */
  startSend(send: ReportSend): Promise<{ send: ReportSend; created: boolean }>;
  /** Takes over the preparation of a send whose last run's lease ran out; false when another run holds it. */
  claimSend(send: ReportSend, at: string, leaseMs: number): Promise<boolean>;
  /** Keeps the published figures (any size), a pending delivery per recipient, and marks the send `delivering`. */
  readySend(send: ReportSend, figures: readonly PublishedFigure[]): Promise<void>;
  claimRecipient(
    sendId: string,
    recipientId: string,
    at: string,
    leaseMs: number,
    maxAttempts: number,
  ): Promise<boolean>;
  /** Marks a claimed mail sent or failed (its tries are counted by the claim). */
  finishRecipient(
    sendId: string,
    outcome: Pick<RecipientDelivery, 'recipientId' | 'status' | 'error'>,
  ): Promise<void>;
  listRecipientDeliveries(sendId: string): Promise<RecipientDelivery[]>;
  completeSend(send: ReportSend, audit: AuditEntry): Promise<void>;
}

/**
 * The half-year report (or a compilation of months) as compiled: the domain's tables of the period, and around them
 * what the renderers, the pages and the approval read. Frozen as JSON when both chairs approve a version.
 */
export type ReportDocument = Report & {
  period: MonthRange;
  dataReadAt: string;
  /** The sections' openings as people wrote them, each with the draft it was written over. */
  texts: Pick<ReportText, 'section' | 'text' | 'draft'>[];
  /** The user survey's answers in the half-year, against the half-year before (issue 26, 4); null: none. */
  survey: SurveyResults | null;
  /** The report as a document the parties write and the chairs approve (issue 26, 2). */
  document: {
    status: JointReportStatus;
    version: number;
    /** What approval holds for (`contentDigest`): any change to it is a new version. */
    digest: string;
    /** The day the parties' appendices are due. */
    deadline: string;
    halfYear: boolean;
    chairs: (Chair & { name: string | null; organisation: string | null })[];
    signatures: Omit<Signature, 'digest' | 'userId'>[];
    appendices: ReportAppendix[];
  };
  trends: {
    /** The key figures of this period and of the earlier ones that hold figures, oldest first. */
    periods: (MonthRange & KeyFigures)[];
    months: { month: string; guestNights: number; capacityNights: number; occupancyPct: number | null }[];
  };
  /** The agreements in force in the period, with the parties of it then (who joined or left within it, when). */
  agreements: {
    name: string;
    start: string;
    end: string;
    parties: { name: string; joined: string; left?: string }[];
  }[];
  /** The nights against the alerts and the guests (see `ReportColdNights`). */
  coldNights: ReportColdNights;
  /** Extra readiness decided in the period, per cause: winter's cold nights and warnings, summer's evictions. */
  readiness: ReadinessLine[];
  /** Where a report for this period was sent before: what differs from it now (corrections since). */
  sinceLastSent: { sentAt: string; dataReadAt: string; changes: PublishedChange[] } | null;
};

/**
 * The nights as they were against the alerts and the guests: the verification's counts, how the expected guests
 * fared, and each night's guests in the night shelters and at the extra cold nights against its observed minimum.
 */
export type ReportColdNights = Omit<Verification, 'from' | 'to' | 'nights'> & {
  demand: DemandScore | null;
  nights: {
    night: string;
    guestNights: number;
    coldNightGuests: number;
    observedMin: number | null;
    expected: Pick<NightDemand, 'expected' | 'low' | 'high' | 'places'> | null;
  }[];
};

/** A rendered file of the report. */
export interface ReportFile {
  name: string;
  contentType: string;
  body: Uint8Array;
}

/** Where every rendered format of a sent report is kept (S3: versioned, encrypted, private). */
export interface ReportArchive {
  put(key: string, file: ReportFile): Promise<void>;
  get(key: string): Promise<Uint8Array>;
}

/** The report rendered in one language: the files to keep, and the e-mail (HTML with its charts inline). */
export interface RenderedReport {
  files: ReportFile[];
  email: { subject: string; text: string; html: string; inline: (ReportFile & { id: string })[] };
  /** The files that travel with the e-mail (PDF and XLSX). */
  attachments: ReportFile[];
}
