import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { AppError, type ErrorKind, type FieldProblem } from '../domain/errors';
import { fieldProblemText, wordsFor } from '../i18n';
import { text } from './response';

export const PROBLEM_JSON = 'application/problem+json';
/**
 * A problem lists at most this many field problems, and says how many more there were: an answer stays small
 * whatever was sent (a 1 MB body of bad fields would otherwise answer 25 MB, past Lambda's 6 MB).
 */
export const MAX_LISTED_PROBLEMS = 100;

/** A field's path or message as shown: a client-chosen key of any length is cut, not echoed whole. */
const clip = (value: string, max = 300) => (value.length > max ? `${value.slice(0, max)}…` : value);

/** Problems as a problem document lists them: the first MAX_LISTED_PROBLEMS, their paths and messages clipped. */
export const listedProblems = <P extends FieldProblem>(problems: readonly P[]): (P & { message: string })[] =>
  problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => ({
    ...p,
    path: clip(p.path),
    message: clip(p.message ?? fieldProblemText(p, 'en')),
  }));

/** Each kind of error as HTTP says it. The problem's title is the kind's words in English (shared/i18n). */
export const HTTP_STATUS: Record<ErrorKind, number> = {
  unreadable: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  invalid: 422,
  rate_limited: 429,
  upstream_unavailable: 502,
};

/** The HTTP status of an error: its kind's, or 500 for anything that is not an AppError (a bug). */
export const statusOf = (error: unknown): number =>
  error instanceof AppError ? HTTP_STATUS[error.kind] : 500;

/** RFC 9457: a client's mistake says what and where; anything else is a 500 that says nothing of the inside. */
export function problemResponse(error: unknown, instance?: string): APIGatewayProxyStructuredResultV2 {
  const problem =
    error instanceof AppError
      ? {
          type: 'about:blank',
          title: wordsFor('en').errors[error.kind],
          status: HTTP_STATUS[error.kind],
          ...(error.reason ? { code: error.reason } : {}),
          detail: clip(error.detail, 1000),
          ...(error.errors.length > 0 ? { errors: listedProblems(error.errors) } : {}),
          ...(error.errors.length > MAX_LISTED_PROBLEMS
            ? { moreErrors: error.errors.length - MAX_LISTED_PROBLEMS }
            : {}),
          ...error.extensions,
        }
      : {
          type: 'about:blank',
          title: 'Internal server error',
          status: 500,
          detail: 'Something went wrong on our side. It has been logged; please try again later.',
        };
  return text(
    problem.status,
    PROBLEM_JSON,
    JSON.stringify({ ...problem, ...(instance ? { instance } : {}) }),
  );
}
