import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { AppError, type ErrorKind, type FieldProblem } from '../domain/errors';
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
export const listedProblems = <P extends FieldProblem>(problems: readonly P[]): P[] =>
  problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => ({ ...p, path: clip(p.path), message: clip(p.message) }));

/** Each kind of error as HTTP says it: the status, and the problem's title. */
export const HTTP_PROBLEMS: Record<ErrorKind, { status: number; title: string }> = {
  unreadable: { status: 400, title: 'Bad request' },
  unauthenticated: { status: 401, title: 'Unauthorized' },
  forbidden: { status: 403, title: 'Forbidden' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  too_large: { status: 413, title: 'Payload too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  invalid: { status: 422, title: 'Validation failed' },
  upstream_unavailable: { status: 502, title: 'A service this depends on could not be reached' },
};

/** The HTTP status of an error: its kind's, or 500 for anything that is not an AppError (a bug). */
export const statusOf = (error: unknown): number =>
  error instanceof AppError ? HTTP_PROBLEMS[error.kind].status : 500;

/** RFC 9457: a client's mistake says what and where; anything else is a 500 that says nothing of the inside. */
export function problemResponse(error: unknown, instance?: string): APIGatewayProxyStructuredResultV2 {
  const problem =
    error instanceof AppError
      ? {
          type: 'about:blank',
          title: HTTP_PROBLEMS[error.kind].title,
          status: HTTP_PROBLEMS[error.kind].status,
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
