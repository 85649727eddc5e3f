import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { parse as parseCsv } from 'csv-parse/sync';
import {
  AppError,
  type FieldProblem,
  invalid,
  tooLarge,
  unreadable,
  unsupportedMediaType,
} from '../domain/errors';
import { parseOrThrow } from '../domain/validation';
import type { Route } from './route';

const JSON_TYPE = 'application/json';
const CSV_TYPE = 'text/csv';

/** A body larger than its route's limit is refused before it is read (API Gateway would pass up to 10 MB). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/** Keys one JSON object or CSV row may have: every field of a kind and every country, with room to spare. */
export const MAX_OBJECT_KEYS = 300;
/** Nesting no request of this API needs (an import row's nationalities are three deep). */
export const MAX_DEPTH = 8;

const payloadTooLarge = (limit: number) =>
  tooLarge(`The body may be at most ${Math.floor(limit / 1024)} KB on this route.`);

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
    throw unreadable('The path is not validly percent-encoded.');
  }
}

/** The header row, refused when it could not be a row of figures: too many columns, or one named twice. */
function checkedHeader(header: string[]): string[] {
  if (header.length > MAX_OBJECT_KEYS) {
    throw invalid(`The CSV has ${header.length} columns; at most ${MAX_OBJECT_KEYS}.`, [
      { path: '/header', code: 'too_many_fields', params: { count: header.length, max: MAX_OBJECT_KEYS } },
    ]);
  }
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const column of header) {
    if (seen.has(column)) problems.push({ path: `/header/${column}`, code: 'twice' });
    seen.add(column);
  }
  if (problems.length > 0) throw invalid('The CSV header names a column twice.', problems);
  return header;
}

/** CSV with a header row of the JSON field names; `nationalities.RO` columns fill the nationalities object. */
function csvRows(text: string): Record<string, unknown>[] {
  const firstLine = text.slice(0, text.indexOf('\n') + 1 || text.length);
  // Excel with Swedish settings saves CSV with semicolons: a header with semicolons and no comma is read so.
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  // Counted on the raw first line before parsing: a header of 200,000 columns is refused without tokenising it.
  const columns = firstLine.split(delimiter);
  if (columns.length > MAX_OBJECT_KEYS * 2) checkedHeader(columns);
  let records: Record<string, string>[];
  try {
    records = parseCsv(text, {
      columns: checkedHeader,
      delimiter,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable(`The CSV could not be read: ${(error as Error).message.slice(0, 300)}`);
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

/**
 * Refuses what no schema should have to see, in one walk over the parsed body (bounded by the body's size):
 * objects with more keys than any request needs, nesting deeper than any request needs, and keys named
 * `__proto__` — which zod's records would drop without a word, so they are refused here as unknown fields.
 */
function checkShape(value: unknown): void {
  const problems: FieldProblem[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0 && problems.length === 0) {
    const { value: node, path, depth } = stack.pop() as (typeof stack)[number];
    if (node === null || typeof node !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      problems.push({ path: path || '/', code: 'too_deep', params: { max: MAX_DEPTH } });
      break;
    }
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries())
        stack.push({ value: item, path: `${path}/${i}`, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(node);
    if (keys.length > MAX_OBJECT_KEYS) {
      problems.push({
        path: path || '/',
        code: 'too_many_fields',
        params: { count: keys.length, max: MAX_OBJECT_KEYS },
      });
      break;
    }
    for (const key of keys) {
      if (key === '__proto__') {
        problems.push({ path: `${path}/${key}`, code: 'unknown_field' });
        break;
      }
      stack.push({ value: (node as Record<string, unknown>)[key], path: `${path}/${key}`, depth: depth + 1 });
    }
  }
  if (problems.length > 0) throw invalid('The body is not valid.', problems);
}

/** The most a page's form sends (its fields are a few short values). */
export const MAX_FORM_BYTES = 4 * 1024;

/** A page's form fields (urlencoded), bounded: a body past `limit`, or a field twice, is no form of ours. */
export function formFields(
  event: APIGatewayProxyEventV2,
  limit = MAX_FORM_BYTES,
): Record<string, string> | undefined {
  const raw = bodyText(event);
  if (raw.length > limit) return undefined;
  const fields: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(raw)) {
    if (Object.hasOwn(fields, name)) return undefined;
    fields[name] = value;
  }
  return fields;
}

/** The body as text, base64 undone (API Gateway encodes what it does not take for text). */
/** The request's cookies by name (API Gateway's v2 events carry them apart from the headers). */
export function cookiesOf(event: APIGatewayProxyEventV2): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const pair of event.cookies ?? []) {
    const at = pair.indexOf('=');
    if (at > 0) jar[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return jar;
}

export const bodyText = (event: APIGatewayProxyEventV2): string =>
  event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');

/** JSON text parsed, then refused if it has what no schema should see (too many keys, too deep, `__proto__`). */
export function parseJson(text: string): unknown {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw unreadable(`The body is not valid JSON: ${(error as Error).message.slice(0, 300)}`);
  }
  checkShape(body);
  return body;
}

function readBody(route: Route, event: APIGatewayProxyEventV2): unknown {
  const raw = event.body ?? '';
  const limit = route.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // Checked on the raw length first (O(1)): a UTF-8 byte is at least one UTF-16 unit, base64 is 4/3 of its bytes.
  if (raw.length > (event.isBase64Encoded ? Math.ceil((limit * 4) / 3) + 4 : limit))
    throw payloadTooLarge(limit);
  const text = bodyText(event);
  if (Buffer.byteLength(text, 'utf8') > limit) throw payloadTooLarge(limit);
  const contentType = (header(event, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const accepted = route.bodyTypes ?? [JSON_TYPE];
  const isJson = contentType === JSON_TYPE || contentType.endsWith('+json');
  if (!(isJson && accepted.includes(JSON_TYPE)) && !accepted.includes(contentType)) {
    throw unsupportedMediaType(
      `Send the body as ${accepted.join(' or ')} (got "${contentType || 'nothing'}").`,
    );
  }
  if (contentType === CSV_TYPE) return importDocument(text, 'csv');
  if (text.trim() === '') throw unreadable('The request needs a JSON body.');
  return parseJson(text);
}

/** An import as sent (CSV: a header row of the field names; JSON: `{"rows": […]}`), read and shape-checked. */
export function importDocument(text: string, type: 'csv' | 'json'): unknown {
  if (type === 'json') return parseJson(text);
  const rows = { rows: csvRows(text) };
  checkShape(rows);
  return rows;
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
