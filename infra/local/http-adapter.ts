import { randomUUID } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';

type LambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

/** API Gateway's own limit on a request body; larger requests never reach Lambda. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Lambda's time for a request behind API Gateway (its 30 s integration limit). */
const FUNCTION_TIMEOUT_MS = 30_000;

function lambdaContext(functionName: string, timeoutMs = FUNCTION_TIMEOUT_MS): Context {
  const awsRequestId = randomUUID();
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => timeoutMs,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

/** A request as both the socket and an in-process call know it. */
interface PlainRequest {
  method: string;
  /** The path and query, e.g. `/v1/activities?x=1`. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  sourceIp?: string;
  protocol?: string;
}

/** What API Gateway (HTTP API, payload format 2.0) would hand the Lambda for this request. */
export function toEvent(req: PlainRequest): APIGatewayProxyEventV2 {
  const { body } = req;
  const url = new URL(req.url, 'http://local');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams)
    query[name] = name in query ? `${query[name]},${value}` : value;
  let path = url.pathname;
  try {
    path = decodeURI(url.pathname);
  } catch {
    // Left encoded; the route's own decoding reports it.
  }
  // API Gateway hands cookies over apart, as a list, and not as a header.
  const cookies = headers.cookie ? headers.cookie.split(/;\s*/).filter(Boolean) : undefined;
  delete headers.cookie;
  const now = new Date();
  const isText = /json|text|csv|xml|x-www-form-urlencoded/.test(
    headers['content-type'] ?? 'application/json',
  );
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(cookies ? { cookies } : {}),
    headers,
    queryStringParameters: Object.keys(query).length > 0 ? query : undefined,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method: req.method,
        path,
        protocol: req.protocol ?? 'HTTP/1.1',
        sourceIp: req.sourceIp ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: body.length > 0 ? (isText ? body.toString('utf8') : body.toString('base64')) : undefined,
    isBase64Encoded: body.length > 0 && !isText,
  };
}

/**
 * A `fetch` that hands each request straight to a Lambda handler, as API Gateway would, with no socket: what the
 * unit tier speaks to routes and pages through. The answer is what the socket would have sent.
 */
export function lambdaFetch(handler: LambdaHandler, functionName = 'iop-api') {
  return async (input: string | URL, init: RequestInit = {}): Promise<Response> => {
    const request = new Request(new URL(input, 'http://localhost'), init);
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const result = await handler(
      toEvent({
        method: request.method,
        url: `${url.pathname}${url.search}`,
        headers,
        body: Buffer.from(await request.arrayBuffer()),
      }),
      lambdaContext(functionName),
    );
    const structured = typeof result === 'string' ? { statusCode: 200, body: result } : result;
    const answer = new Headers();
    for (const [name, value] of Object.entries(structured.headers ?? {})) answer.set(name, String(value));
    for (const cookie of structured.cookies ?? []) answer.append('set-cookie', cookie);
    const status = structured.statusCode ?? 200;
    const body = structured.isBase64Encoded
      ? Buffer.from(structured.body ?? '', 'base64')
      : (structured.body ?? '');
    // fetch's Response takes no body for these statuses.
    return new Response([204, 304].includes(status) ? null : body, { status, headers: answer });
  };
}

function send(res: ServerResponse, result: APIGatewayProxyResultV2) {
  const structured = typeof result === 'string' ? { statusCode: 200, body: result } : result;
  res.statusCode = structured.statusCode ?? 200;
  for (const [name, value] of Object.entries(structured.headers ?? {})) res.setHeader(name, String(value));
  if (structured.cookies && structured.cookies.length > 0) res.setHeader('set-cookie', structured.cookies);
  const body = structured.body ?? '';
  res.end(structured.isBase64Encoded ? Buffer.from(body, 'base64') : body);
}

/** Serves a Lambda handler over HTTP on loopback, as API Gateway would call it. */
export function serveLambda(
  handler: LambdaHandler,
  options: {
    port: number;
    host?: string;
    functionName?: string;
    onRequest?: (line: string) => void;
    /** The function's time per request; Lambda's 30 s unless a test gives more (timings are the bench's). */
    timeoutMs?: number;
  },
): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const started = performance.now();
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', async () => {
      if (size > MAX_BODY_BYTES) {
        res.writeHead(413, { 'content-type': 'application/problem+json' });
        res.end(
          JSON.stringify({
            type: 'about:blank',
            title: 'Payload too large',
            status: 413,
            detail: 'Max 10 MB.',
          }),
        );
        return;
      }
      try {
        send(
          res,
          await handler(
            toEvent({
              method: req.method ?? 'GET',
              url: req.url ?? '/',
              headers: req.headers,
              body: Buffer.concat(chunks),
              sourceIp: req.socket.remoteAddress,
              protocol: `HTTP/${req.httpVersion}`,
            }),
            lambdaContext(options.functionName ?? 'iop-api', options.timeoutMs),
          ),
        );
      } catch (error) {
        // The handler answers every error itself; reaching here is a bug in the adapter.
        console.error(error);
        res.writeHead(502).end();
      }
      options.onRequest?.(
        `${req.method} ${req.url} → ${res.statusCode} (${(performance.now() - started).toFixed(1)} ms)`,
      );
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve(server));
  });
}
