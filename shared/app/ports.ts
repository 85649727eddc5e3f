import type { Role } from '../domain/access';
import type { Agreement } from '../domain/agreements';
import type { AlertContent } from '../domain/alert-plan';
import type { NightAssessment } from '../domain/cold-nights';
import type { Decision, Group, PublicVenue } from '../domain/decisions';
import type { FinanceYear, FinancialOutcome } from '../domain/finances';
import type { Language } from '../domain/language';
import type { Violation } from '../domain/rules';
import type { AlertStore, Courier, EmailSender, SmsSender, WeatherSource } from './alerts-model';
import type {
  Activity,
  ApiKeyRecord,
  AuditEntry,
  FigureChange,
  MonthGranularity,
  Organisation,
  Passkey,
  Session,
  SignInCode,
  StoredFigures,
  SubmissionReceipt,
  UndeliverableAddress,
  User,
} from './model';
import type {
  GapsMailInput,
  NotApprovedMailInput,
  NoticeMailInput,
  ReminderStore,
  SummaryMailInput,
} from './reminders-model';
import type { ReportArchive, ReportSender, ReportStore } from './reports-model';

export interface FigureKey {
  activityId: string;
  period: string;
}

/** What a write of one activity's figures for one period needs to know, read at once. */
export interface FigureContext {
  activities: Activity[];
  figures: StoredFigures[];
  granularities: MonthGranularity[];
}

/** Which audit entries: an activity's (else all), from–to (ISO instants), at most `max` (newest first). */
export interface AuditQuery {
  activityId?: string;
  from: string;
  to: string;
  max?: number;
}

/**
 * Everything the use cases keep. Each write carries its audit entry and is stored atomically with it.
 * Writes that lose an optimistic-concurrency race throw `concurrentChange()`.
 */
export interface Store {
  getKey(id: string): Promise<ApiKeyRecord | undefined>;
  listKeys(): Promise<ApiKeyRecord[]>;
  createKey(key: ApiKeyRecord, audit: AuditEntry): Promise<void>;
  revokeKey(key: ApiKeyRecord, audit: AuditEntry): Promise<void>;

  getOrganisation(id: string): Promise<Organisation | undefined>;
  listOrganisations(): Promise<Organisation[]>;
  /** Throws a 409 AppError when another organisation has the same number. */
  createOrganisation(organisation: Organisation, audit: AuditEntry): Promise<void>;

  getActivities(ids: readonly string[]): Promise<Activity[]>;
  listActivities(): Promise<Activity[]>;
  createActivity(activity: Activity, audit: AuditEntry): Promise<void>;
  /** Saves `activity` if the stored one still has `activity.version - 1`. */
  updateActivity(activity: Activity, audit: AuditEntry): Promise<void>;

  getFigures(keys: readonly FigureKey[]): Promise<StoredFigures[]>;
  /** The activity, its figures for `period` and the month's way of reporting: one BatchGetItem. */
  getFigureContext(activityId: string, period: string): Promise<FigureContext>;
  getMonthGranularities(keys: readonly { activityId: string; month: string }[]): Promise<MonthGranularity[]>;
  /**
   * Figures of one activity whose period sorts between `from` and `to` (prefixes included). One Query. With
   * `max`, at most `max` + 1 are read (so that the caller can tell there were more).
   */
  listFigures(activityId: string, from: string, to: string, max?: number): Promise<StoredFigures[]>;
  /**
   * Applies up to 25 changes in one transaction, with their audit entries and month granularities; with a
   * receipt, stores it in the same transaction (a receipt with its key stored already fails it as a concurrent
   * change).
   */
  commitFigures(changes: readonly FigureChange[], receipt?: SubmissionReceipt): Promise<void>;
  /** The receipt of a submission a principal sent with this key, while it is kept. */
  getReceipt(principalId: string, key: string): Promise<SubmissionReceipt | undefined>;

  /** The year as the administrator set it, or undefined (then the defaults hold). */
  getFinanceYear(year: number): Promise<FinanceYear | undefined>;
  /** Saves the year if the stored one still has `year.version - 1` (none, for version 1). */
  putFinanceYear(year: FinanceYear, audit: AuditEntry): Promise<void>;
  /** Every organisation's outcome for a year: one Query. */
  listOutcomes(year: number): Promise<FinancialOutcome[]>;
  /** Saves the outcome if the stored one still has `outcome.version - 1` (none, for version 1). */
  putOutcome(outcome: FinancialOutcome, audit: AuditEntry): Promise<void>;

  listAgreements(): Promise<Agreement[]>;
  createAgreement(agreement: Agreement, audit: AuditEntry): Promise<void>;
  /** Saves `agreement` if the stored one still has `agreement.version - 1`. */
  updateAgreement(agreement: Agreement, audit: AuditEntry): Promise<void>;

  /** With `max`, at least `max` + 1 when there are more (per month partition), never all of a busy year. */
  listAudit(query: AuditQuery): Promise<AuditEntry[]>;
}

/** One notice from SES that an address cannot be mailed. */
export interface UndeliverableNotice {
  address: string;
  reason: UndeliverableAddress['reason'];
  at: string;
  detail?: string;
}

/**
 * People who sign in, their sessions and sign-in codes. Sessions, codes and limits expire by themselves (DynamoDB's
 * TTL deletes them later); the use cases check every expiry on their own and never rely on the deletion.
 */
export interface PeopleStore {
  getUser(id: string): Promise<User | undefined>;
  /** By e-mail address, compared case-insensitively. */
  findUserByEmail(email: string): Promise<User | undefined>;
  listUsers(): Promise<User[]>;
  /** Throws a 409 AppError when someone has the address already. */
  createUser(user: User, audit: AuditEntry): Promise<void>;
  /** Saves `user` if the stored one still has `user.version - 1` (its e-mail address does not change). */
  updateUser(user: User, audit: AuditEntry): Promise<void>;
  deleteUser(user: User, audit: AuditEntry): Promise<void>;

  createSession(session: Session): Promise<void>;
  getSession(id: string): Promise<Session | undefined>;
  touchSession(id: string, at: string): Promise<void>;
  deleteSession(id: string): Promise<void>;

  createSignInCode(code: SignInCode): Promise<void>;
  getSignInCode(id: string): Promise<SignInCode | undefined>;
  /** Marks the code used if it is unused and has tries left; false when it is not (another request used it). */
  useSignInCode(id: string, at: string, maxTries: number): Promise<boolean>;
  /** Counts a wrong try, while there are tries left; false when the code is dead already. */
  countWrongTry(id: string, maxTries: number): Promise<boolean>;
  addPasskey(passkey: Passkey, audit: AuditEntry): Promise<void>;
  listPasskeys(userId: string): Promise<Passkey[]>;
  getPasskey(userId: string, id: string): Promise<Passkey | undefined>;
  /** Records a sign-in with it: its new counter, if the stored one is still `previous` (a replay loses). */
  usePasskey(passkey: Passkey, previous: number): Promise<boolean>;
  deletePasskey(passkey: Passkey, audit: AuditEntry): Promise<void>;
  /** Keeps a WebAuthn challenge for `id` (a session or a visitor) until it is taken or expires. */
  putChallenge(id: string, challenge: string, expiresAt: string): Promise<void>;
  /** The challenge kept for `id`, removed as it is read: each is used once. */
  takeChallenge(id: string): Promise<{ challenge: string; expiresAt: string } | undefined>;
  /** Counts one use of something limited (`key`) within a window: false, and not counted, once `limit` is reached. */
  countUse(key: string, limit: number, expiresAt: string): Promise<boolean>;

  /** Records a bounce or complaint for an address: the first keeps `since`, each counts a notice. */
  markUndeliverable(notice: UndeliverableNotice): Promise<void>;
  getUndeliverable(address: string): Promise<UndeliverableAddress | undefined>;
  listUndeliverable(): Promise<UndeliverableAddress[]>;
  /** An administrator confirms the address again: it is mailed from now on. */
  clearUndeliverable(address: string, audit: AuditEntry): Promise<void>;
}

/**
 * The one logger port: what the use cases say happened. Powertools' Logger is one (on Lambda: JSON lines with the
 * request's keys); a CLI gives one that prints; a test one that records.
 */
export interface Logger {
  info(message: string, ...extra: Record<string, unknown>[]): void;
  warn(message: string, ...extra: Record<string, unknown>[]): void;
  error(message: string, ...extra: Record<string, unknown>[]): void;
}

/** A logger that says nothing (tests, benches). */
export const SILENT: Logger = { info() {}, warn() {}, error() {} };

/**
 * Everything the use cases need from the world, in one bag. Each function is wired with the part it uses, and
 * each use case names that part (`Uses<'alerts' | 'weather' | …>`), so a CLI, the scheduler, the API and a unit
 * test with the in-memory stores give it the same things.
 */
/** A message as the catalogue words it: a subject, its text and its HTML. */
export interface WordedMail {
  subject: string;
  text: string;
  html: string;
}

/** What a decision's messages tell: the decision, the venues it opens (as the public page shows them), the page. */
export interface DecisionMessageInput {
  decision: Decision;
  venues: readonly PublicVenue[];
  publicUrl: string;
}

/**
 * Everything the use cases say to people, worded by the text catalogue in the reader's language
 * (`shared/i18n/wording.ts`): a use case gives data, codes and a language, and sends what comes back. So no use
 * case holds a sentence, and the catalogue stands above them: it may read their types, they never read it.
 */
export interface Wording {
  /** A cold-night check's alerts to one subscriber, with the coming nights as a table. */
  alertEmail(
    alerts: readonly AlertContent[],
    upcoming: readonly NightAssessment[],
    language: Language,
  ): WordedMail;
  /** The same in one SMS (160 GSM-7 characters). */
  alertSms(alerts: readonly AlertContent[], language: Language): string;
  /** SMHI could not be read: to addresses with no language of their own, so Swedish, then English. */
  outageEmail(since: string, detail: string): Omit<WordedMail, 'html'>;
  decisionEmail(input: DecisionMessageInput, groups: readonly Group[], language: Language): WordedMail;
  decisionSms(input: DecisionMessageInput, language: Language): string;
  /** A rule of the figures broken, as a problem's message says it. */
  ruleBroken(violation: Violation, language: Language): string;
  /** A person given an account, by whom, as what, and where to sign in. */
  invitation(
    input: { name: string; invitedBy: string; role: Role; signInUrl: string },
    language: Language,
  ): Omit<WordedMail, 'html'>;
  signInCode(code: string, minutes: number, language: Language): Omit<WordedMail, 'html'>;
  gapsMail(input: GapsMailInput, language: Language): WordedMail;
  noticeMail(input: NoticeMailInput, language: Language): WordedMail;
  summaryMail(input: SummaryMailInput, language: Language): WordedMail;
  notApprovedMail(input: NotApprovedMailInput, language: Language): WordedMail;
}

export interface Deps {
  store: Store;
  alerts: AlertStore;
  reports: ReportStore;
  people: PeopleStore;
  /** The reminders' outbox and when each gap was reminded. */
  reminders: ReminderStore;
  now: () => Date;
  logger: Logger;
  /** What the use cases say to people, in words (the catalogue's). */
  wording: Wording;
  /** SMHI, read by the cold-night check. */
  weather: WeatherSource;
  email: EmailSender;
  sms: SmsSender;
  /** Who sends a decision's messages; absent, the function making the decision sends them itself. */
  courier?: Courier;
  /** Where a sent report's files are kept. */
  archive: ReportArchive;
  /** Who renders and sends a half-year report, for a function without the renderers (the web app). */
  reportSender?: ReportSender;
  /** Published counts below this are suppressed (nationality); default 5. */
  reportSmallCellBelow?: number;
}

/** The part of the bag a use case takes. */
export type Uses<K extends keyof Deps> = Pick<Deps, K>;

/** What every function has: the stores, the clock, the logger and the words (the partner API needs nothing else). */
export type Core = Uses<
  | 'store'
  | 'alerts'
  | 'reports'
  | 'people'
  | 'reminders'
  | 'now'
  | 'logger'
  | 'wording'
  | 'reportSmallCellBelow'
>;
