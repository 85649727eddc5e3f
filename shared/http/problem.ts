import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { AppError } from '../domain/errors';

export const PROBLEM_JSON = 'application/problem+json';

export function json(
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** RFC 9457: a client's mistake says what and where; anything else is a 500 that says nothing of the inside. */
export function problemResponse(error: unknown, instance?: string): APIGatewayProxyStructuredResultV2 {
  const problem =
    error instanceof AppError
      ? {
          type: 'about:blank',
          title: error.title,
          status: error.status,
          detail: error.detail,
          ...(error.errors.length > 0 ? { errors: error.errors } : {}),
          ...error.extensions,
        }
      : {
          type: 'about:blank',
          title: 'Internal server error',
          status: 500,
          detail: 'Something went wrong on our side. It has been logged; please try again later.',
        };
  return {
    statusCode: problem.status,
    headers: { 'content-type': `${PROBLEM_JSON}; charset=utf-8` },
    body: JSON.stringify({ ...problem, ...(instance ? { instance } : {}) }),
  };
}
