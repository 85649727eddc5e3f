import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { parse as parseCsv } from 'csv-parse/sync';
import { badRequest, unsupportedMediaType } from '../domain/errors';
import { parseOrThrow } from '../domain/validation';
import type { Route } from './route';

const JSON_TYPE = 'application/json';
const CSV_TYPE = 'text/csv';

export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {}))
    if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** Path parameters as the router matched them, percent-decoded. */
function pathParams(event: APIGatewayProxyEventV2): Record<string, string> {
  try {
    return Object.fromEntries(
      Object.entries(event.pathParameters ?? {}).map(([k, v]) => [k, decodeURIComponent(v ?? '')]),
    );
  } catch {
    throw badRequest('The path is not validly percent-encoded.');
  }
}

/** CSV with a header row of the JSON field names; `nationalities.RO` columns fill the nationalities object. */
function csvRows(text: string): Record<string, unknown>[] {
  let records: Record<string, string>[];
  try {
    records = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw badRequest(`The CSV could not be read: ${(error as Error).message}`);
  }
  return records.map((record) => {
    const flat: [string, unknown][] = [];
    const nationalities: [string, unknown][] = [];
    for (const [column, cell] of Object.entries(record)) {
      if (cell === '') continue;
      const value = /^-?\d+$/.test(cell) ? Number(cell) : cell;
      const nationality = /^nationalities\.(.+)$/.exec(column);
      if (nationality) nationalities.push([nationality[1] as string, value]);
      else flat.push([column, value]);
    }
    if (nationalities.length > 0) flat.push(['nationalities', Object.fromEntries(nationalities)]);
    // fromEntries makes own properties only: a `__proto__` column stays a (refused) field, never a prototype.
    return Object.fromEntries(flat);
  });
}

function readBody(route: Route, event: APIGatewayProxyEventV2): unknown {
  const raw = event.body ?? '';
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  const contentType = (header(event, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const accepted = route.bodyTypes ?? [JSON_TYPE];
  const isJson = contentType === JSON_TYPE || contentType.endsWith('+json');
  if (!(isJson && accepted.includes(JSON_TYPE)) && !accepted.includes(contentType)) {
    throw unsupportedMediaType(
      `Send the body as ${accepted.join(' or ')} (got "${contentType || 'nothing'}").`,
    );
  }
  if (contentType === CSV_TYPE) return { rows: csvRows(text) };
  if (text.trim() === '') throw badRequest('The request needs a JSON body.');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badRequest(`The body is not valid JSON: ${(error as Error).message}`);
  }
}

/** Everything a route takes from the request, validated by its schemas: 4xx problems, never a 500. */
export function readInput(route: Route, event: APIGatewayProxyEventV2) {
  return {
    params: route.params ? parseOrThrow(route.params, pathParams(event), 'path') : undefined,
    query: route.query
      ? parseOrThrow(route.query, event.queryStringParameters ?? {}, 'query string')
      : undefined,
    body: route.body ? parseOrThrow(route.body, readBody(route, event), 'body') : undefined,
  };
}
