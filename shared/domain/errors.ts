/**
 * Why a field was refused, as a code (with its parameters) that the catalogue turns into the reader's words — a
 * page's Swedish or English, the API's English message (shared/i18n `problems`): the schema's (unknown, missing,
 * not valid, too big), the texts', and each use case's rules.
 */
export const PROBLEM_CODES = [
  'unknown_field',
  'missing',
  'too_big',
  'not_valid',
  'period_invalid',
  'period_future',
  'period_twice',
  'period_other_way',
  'period_nightly',
  'nationalities_over_total',
  /** A half-year's women and men that do not add up to its people (or one of them alone above it). */
  'split_not_people',
  /** A half-year period for a kind that keeps none (only outreach and the social emergency service count one). */
  'period_half_year',
  /** Figures for a period wholly before the activity's first day, or after its last (shared/domain/rules.ts). */
  'before_activity_start',
  'after_activity_end',
  /** Someone changed the figures since the form was shown (the person chooses which to keep). */
  'changed_meanwhile',
  /** An idempotency key sent again with other figures. */
  'key_reused',
  /** An idempotency key of the wrong shape, or for more rows than one transaction (`max`). */
  'key_invalid',
  /** Text: a lone surrogate, a control character, a noncharacter, a bidirectional override, nothing visible. */
  'text_broken',
  'text_control',
  'text_noncharacter',
  'text_reordering',
  'text_invisible',
  /** Longer than `max` characters. */
  'text_too_long',
  /** A comment that looks like a personal identity number or an e-mail address: it is never about a person. */
  'looks_like_id_number',
  'looks_like_email',
  /** Unique: an organisation number, a person's or subscriber's or recipient's address already kept. */
  'taken',
  /** A date before the one it follows (`other`: the field it must not precede, `date` where known). */
  'before_other',
  /** A range longer than `max` days. */
  'range_too_long',
  /** More than `max` in one answer. */
  'answer_too_long',
  /** A count outside `min`–`max`. */
  'count_out_of_range',
  /** No such thing (`what`: organisation, activity, venue, person, question, line; `id`). */
  'no_such',
  /** Not among the allowed values (`allowed`, a list). */
  'not_one_of',
  /** Listed twice (a party, a column, a chair's person). */
  'twice',
  /** A party's dates outside the agreement's. */
  'outside_agreement',
  /** An agreement already extended to its latest end. */
  'at_latest_end',
  /** A decision to open names no venue; one not to open names one; one not to open gives no reason. */
  'venue_needed',
  'venue_not_wanted',
  'reason_needed',
  /** A night outside the days a decision can be made for (`from`, `to`). */
  'night_out_of_reach',
  /** A venue without its public address (`name`). */
  'no_public_info',
  /** Cancelled already. */
  'already_cancelled',
  /** Only for an activity of another kind (`kind`). */
  'wrong_kind',
  /** More women's places (`value`) than places (`max`); more answers than who answered. */
  'above_total',
  /** A finance year that does not start in its year (`year`). */
  'wrong_year',
  /** Not this principal's to write (a key of `role` for figures of another kind). */
  'not_allowed',
  /** A cost line in use cannot be removed (`id`). */
  'in_use',
  /** An organisation not among those that report for the year. */
  'not_reporting',
  /** An organisation needed (a partner's key or account), or not wanted (`role` works across organisations). */
  'organisation_needed',
  'organisation_not_wanted',
  /** The approved version is frozen: a change asks for a new version. */
  'frozen',
  /** Each group has one chair, and two different people sign. */
  'chair_each_group',
  'chairs_differ',
  /** A month not begun yet. */
  'month_future',
  /** Not among the sections that are written. */
  'not_writable',
  /** A passkey that could not be verified; a sign-in code wrong or expired. */
  'passkey_not_verified',
  'code_wrong',
  'code_expired',
  /** A request nested deeper than `max`, or an object of more than `max` fields. */
  'too_deep',
  'too_many_fields',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The parameters each code's words place (numbers, dates, names, each bounded where it was checked). */
export interface ProblemParamsOf {
  too_big: { max?: number };
  /** The period as sent (cut), and the calendar's bounds. */
  period_invalid: { value?: string; first?: string; last?: string };
  period_future: { value?: string };
  /** The row of the same file or batch that has the same activity and period. */
  period_twice: { row?: number };
  /** The version stored now, and the one the writer was shown. */
  changed_meanwhile: { now?: number; shown?: number };
  /** Who tried (their role) and the kind of the activity they may not write. */
  not_allowed: { role?: string; kind?: string };
  key_invalid: { max?: number };
  text_too_long: { max: number };
  before_other: { other: string; date?: string };
  range_too_long: { max: number };
  answer_too_long: { max: number };
  count_out_of_range: { min: number; max: number };
  no_such: { what: string; id?: string };
  not_one_of: { allowed: readonly string[] };
  night_out_of_reach: { from: string; to: string };
  no_public_info: { name: string };
  wrong_kind: { kind: string };
  above_total: { value?: number; max?: number };
  wrong_year: { year: number };
  in_use: { id: string };
  organisation_not_wanted: { role: string };
  too_deep: { max: number };
  too_many_fields: { max: number; count?: number };
}
/** A code's parameters: none for a code not in ProblemParamsOf. */
export type ProblemParams<C extends ProblemCode = ProblemCode> = C extends keyof ProblemParamsOf
  ? ProblemParamsOf[C]
  : Record<string, never>;
/** The codes whose parameters may be left out. */
type OptionalParams =
  | 'too_big'
  | 'key_invalid'
  | 'above_total'
  | 'period_invalid'
  | 'period_future'
  | 'period_twice'
  | 'changed_meanwhile'
  | 'not_allowed';

/**
 * One problem in a request: where (a JSON-pointer-like path), and why as a code with the parameters its words
 * need. `message` is zod's own English for a schema's problem; the rest are worded from the code where they are
 * read (shared/i18n `problems`).
 */
export type FieldProblem = {
  [C in ProblemCode]: { path: string; code: C; message?: string } & (C extends OptionalParams
    ? { params?: ProblemParamsOf[C] }
    : C extends keyof ProblemParamsOf
      ? { params: ProblemParamsOf[C] }
      : { params?: undefined });
}[ProblemCode];

/** A problem without its place: what a rule finds before the use case says where (a text's, a comment's). */
export type ProblemFault = FieldProblem extends infer P
  ? P extends FieldProblem
    ? Omit<P, 'path' | 'message'>
    : never
  : never;

/**
 * What went wrong, in the domain's words. The HTTP edge maps each kind to a status and a problem document
 * (shared/http/problem.ts); a page or an e-mail maps it to words in the reader's language.
 */
export const ERROR_KINDS = [
  /** The request could not be read at all (not JSON, bad encoding). */
  'unreadable',
  /** No valid credentials: a missing, unknown or revoked key. */
  'unauthenticated',
  /** Known, but not allowed to do this. */
  'forbidden',
  'not_found',
  /** Conflicts with what is stored (or another change just won a race: `reason: concurrent_change`). */
  'conflict',
  /** The request is larger than this action takes. */
  'too_large',
  'unsupported_media_type',
  /** Readable, but a field is wrong: `errors` names each one. */
  'invalid',
  /** Too many tries of something limited (sign-in codes): wait, then try again. */
  'rate_limited',
  /** A service the system depends on (SMHI) could not be read. */
  'upstream_unavailable',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** The finer reasons a caller may act on (each has words in the catalogues, shared/i18n). */
export type ErrorReason =
  | 'concurrent_change'
  | 'no_recipients'
  | 'in_progress'
  | 'smhi_unavailable'
  | 'smhi_stale'
  | 'code_wrong'
  | 'code_expired'
  | 'too_many_codes'
  | 'address_undeliverable'
  /** The joint report's approved version is frozen: a change starts a new version, asked for on purpose. */
  | 'approved_frozen'
  /** The joint report cannot go to review while a party's appendix is not submitted. */
  | 'appendices_missing'
  /** No version of the joint report is approved by both chairs (the schedule sends none). */
  | 'not_approved'
  /** Only a report ready for review is signed. */
  | 'not_in_review'
  /** The report changed since the person read it: they read it again before signing or sending it on. */
  | 'document_changed'
  /** Only the chair named for a group signs for it. */
  | 'not_a_chair';

/**
 * The one error type of the system. Everything a client can cause, and every failure of what the system depends
 * on, is an AppError of a kind; anything else is a bug (a 500 that says nothing of the inside).
 */
export class AppError extends Error {
  readonly errors: FieldProblem[];
  /** A finer reason a caller may act on, e.g. `concurrent_change` (send again) or `no_recipients`. */
  readonly reason?: ErrorReason;
  /** Extra members of the problem document (RFC 9457 extensions), e.g. an import's `conflicts`. */
  readonly extensions: Record<string, unknown>;

  constructor(
    readonly kind: ErrorKind,
    readonly detail: string,
    options: { errors?: FieldProblem[]; reason?: ErrorReason; extensions?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.name = 'AppError';
    this.errors = options.errors ?? [];
    this.reason = options.reason;
    this.extensions = options.extensions ?? {};
  }
}

export const unreadable = (detail: string, errors: FieldProblem[] = []) =>
  new AppError('unreadable', detail, { errors });
export const unauthenticated = (detail: string) => new AppError('unauthenticated', detail);
export const forbidden = (detail: string) => new AppError('forbidden', detail);
export const notFound = (detail: string) => new AppError('not_found', detail);
export const conflict = (detail: string, errors: FieldProblem[] = [], reason?: ErrorReason) =>
  new AppError('conflict', detail, { errors, reason });
export const tooLarge = (detail: string) => new AppError('too_large', detail);
export const rateLimited = (detail: string, reason: ErrorReason) =>
  new AppError('rate_limited', detail, { reason });
export const unsupportedMediaType = (detail: string) => new AppError('unsupported_media_type', detail);
export const invalid = (detail: string, errors: FieldProblem[] = []) =>
  new AppError('invalid', detail, { errors });
export const upstreamUnavailable = (detail: string, reason: ErrorReason) =>
  new AppError('upstream_unavailable', detail, { reason });
/** An answer would list more than `max` of something: the client asks for less (a shorter range). */
export const tooMany = (what: string, max: number) =>
  invalid(`There are more than ${max} ${what} in this range; ask for a shorter one (from, to).`, [
    { path: '/from', code: 'answer_too_long', params: { max } },
  ]);

/** Raised by a store when an optimistic-concurrency condition failed; callers re-read and retry. */
export const CONCURRENT_CHANGE: ErrorReason = 'concurrent_change';
export const concurrentChange = () =>
  conflict('The data changed while this request was being handled; send it again.', [], CONCURRENT_CHANGE);
