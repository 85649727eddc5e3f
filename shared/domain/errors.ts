/**
 * Why a field was refused, as a code a page turns into the reader's words (the message is the API's English): the
 * schema's (unknown, missing, not a count, too big) and the figures' rules.
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
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One problem in a request: where (a JSON-pointer-like path), why in English, and why as a code. */
export interface FieldProblem {
  path: string;
  message: string;
  code?: ProblemCode;
}

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
    { path: '/from', message: `At most ${max} in one answer.` },
  ]);

/** Raised by a store when an optimistic-concurrency condition failed; callers re-read and retry. */
export const CONCURRENT_CHANGE: ErrorReason = 'concurrent_change';
export const concurrentChange = () =>
  conflict('The data changed while this request was being handled; send it again.', [], CONCURRENT_CHANGE);
