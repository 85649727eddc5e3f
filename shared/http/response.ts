import { gzipSync } from 'node:zlib';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/** Every answer the HTTP edge gives: its body, its type and the headers that keep a browser safe with it. */

/**
 * Headers every answer carries: the browser must not guess a type, send a referrer on, load anything for it or
 * frame it. An HTML answer widens the policy to what it needs, and no further (see `html`).
 */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

/** A text document (JSON, CSV, JavaScript) in UTF-8. */
export function text(
  statusCode: number,
  mediaType: string,
  body: string,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: { ...SECURITY_HEADERS, 'content-type': `${mediaType}; charset=utf-8`, ...headers },
    body,
  };
}

/** An HTML page allowed only `sources` (CSP directives, e.g. "img-src data:"): never framed, no base, no forms. */
export function html(
  statusCode: number,
  body: string,
  sources: string,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  const policy = `default-src 'none'; ${sources}; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
  return text(statusCode, 'text/html', body, { 'content-security-policy': policy, ...headers });
}

/**
 * A page of the web app: its own scripts, styles and images only (no inline script, nothing from elsewhere), forms
 * back to itself, never framed; and, since pages show personal data, never kept by a cache.
 */
export function page(
  statusCode: number,
  body: string,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return text(statusCode, 'text/html', body, {
    'content-security-policy':
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    'cache-control': 'no-store',
    ...headers,
  });
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
    headers: { ...SECURITY_HEADERS, 'content-type': mediaType, ...headers },
    body: Buffer.from(body).toString('base64'),
    isBase64Encoded: true,
  };
}

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}) {
  return text(statusCode, 'application/json', JSON.stringify(body), headers);
}

/** Below this a text answer is sent as it is: gzip's header and dictionary would not pay for themselves. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * A text answer gzipped for a client that accepts it (API Gateway's HTTP APIs do not compress): a phone on a
 * slow network at 23:00 gets a page a fifth of its size. Anything else passes unchanged.
 */
export function gzipped(
  answer: APIGatewayProxyStructuredResultV2,
  acceptEncoding: string | undefined,
): APIGatewayProxyStructuredResultV2 {
  const type = String(answer.headers?.['content-type'] ?? '');
  const body = answer.body;
  if (
    answer.isBase64Encoded ||
    typeof body !== 'string' ||
    body.length < COMPRESS_FROM_BYTES ||
    !/^(text\/|application\/(json|javascript))/.test(type) ||
    !/\bgzip\b/i.test(acceptEncoding ?? '')
  )
    return answer;
  return {
    ...answer,
    headers: { ...answer.headers, 'content-encoding': 'gzip', vary: 'accept-encoding' },
    body: gzipSync(body).toString('base64'),
    isBase64Encoded: true,
  };
}
