import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { AppError } from '../domain/errors';

export const PROBLEM_JSON = 'application/problem+json';

/** A text document (HTML, CSV) in UTF-8. */
export function text(
  statusCode: number,
  mediaType: string,
  body: string,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': `${mediaType}; charset=utf-8`, ...headers }, body };
}

/** A binary file (PDF, XLSX): API Gateway passes it on when the body is base64 and says so. */
export function binary(
  statusCode: number,
  mediaType: string,
  body: Uint8Array,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: { 'content-type': mediaType, ...headers },
    body: Buffer.from(body).toString('base64'),
    isBase64Encoded: true,
  };
}

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}) {
  return text(statusCode, 'application/json', JSON.stringify(body), headers);
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
  return text(
    problem.status,
    PROBLEM_JSON,
    JSON.stringify({ ...problem, ...(instance ? { instance } : {}) }),
  );
}
