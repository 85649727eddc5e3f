/** One problem in a request: where (a JSON-pointer-like path) and why. */
export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * The one error type of the system. Everything a client can cause is an AppError with an HTTP status;
 * the HTTP edge turns it into an RFC 9457 problem document. Anything else is a bug and becomes a 500.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldProblem[] = [],
    readonly code?: string,
    /** Extra members of the problem document (RFC 9457 extensions), e.g. an import's `conflicts`. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'AppError';
  }
}

export const badRequest = (detail: string, errors: FieldProblem[] = []) =>
  new AppError(400, 'Bad request', detail, errors);
export const unauthorized = (detail: string) => new AppError(401, 'Unauthorized', detail);
export const forbidden = (detail: string) => new AppError(403, 'Forbidden', detail);
export const notFound = (detail: string) => new AppError(404, 'Not found', detail);
export const conflict = (detail: string, errors: FieldProblem[] = [], code?: string) =>
  new AppError(409, 'Conflict', detail, errors, code);
export const unsupportedMediaType = (detail: string) => new AppError(415, 'Unsupported media type', detail);
export const unprocessable = (detail: string, errors: FieldProblem[] = []) =>
  new AppError(422, 'Validation failed', detail, errors);
/** An answer would list more than `max` of something: the client asks for less (a shorter range). */
export const tooMany = (what: string, max: number) =>
  unprocessable(`There are more than ${max} ${what} in this range; ask for a shorter one (from, to).`, [
    { path: '/from', message: `At most ${max} in one answer.` },
  ]);

/** Raised by a store when an optimistic-concurrency condition failed; callers re-read and retry. */
export const CONCURRENT_CHANGE = 'concurrent_change';
export const concurrentChange = () =>
  conflict('The data changed while this request was being handled; send it again.', [], CONCURRENT_CHANGE);
