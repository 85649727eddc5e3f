import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bundleFunction } from '../support/bundle';
import { useTestSystem } from '../support/system';

const t = useTestSystem({ demo: true });

/** Invokes the bundle's handler as Lambda would: a fresh Node, the bundle's folder as the task root. */
const INVOKE = `
const { handler } = await import(process.env.LAMBDA_TASK_ROOT + '/index.mjs');
const event = JSON.parse(process.env.EVENT);
try {
  const result = await handler(event, { getRemainingTimeInMillis: () => 60000, awsRequestId: 'bundle-test' });
  process.stdout.write(JSON.stringify(result));
} catch (error) {
  // What Lambda would log of a failed start (Node's own report prints the whole minified line first).
  process.stderr.write(String(error?.message ?? error));
  process.exit(1);
}
`;

describe('the reports function as bundled for Lambda', () => {
  it('renders a PDF from the minified ESM bundle with its fonts and WebAssembly copied beside it', async () => {
    const { dir, bytes } = await bundleFunction('functions/reports/handler.ts');
    expect(bytes).toBeGreaterThan(100_000);

    const event = {
      version: '2.0',
      rawPath: '/v1/reports',
      rawQueryString: 'from=2017-11&to=2018-04&format=pdf',
      queryStringParameters: { from: '2017-11', to: '2018-04', format: 'pdf' },
      headers: { authorization: `Bearer ${t.system.adminKey}` },
      requestContext: { http: { method: 'GET', path: '/v1/reports' }, requestId: 'bundle-test' },
      isBase64Encoded: false,
    };
    // As the stack configures it; without MAIL_FROM and REPORT_BUCKET it refuses to start, naming them.
    const invoke = (env: Record<string, string | undefined>) =>
      promisify(execFile)(process.execPath, ['--input-type=module', '-e', INVOKE], {
        cwd: dir,
        env: {
          PATH: process.env.PATH,
          LAMBDA_TASK_ROOT: dir,
          EVENT: JSON.stringify(event),
          TABLE_NAME: t.system.config.TABLE_NAME,
          AWS_REGION: 'eu-north-1',
          DYNAMODB_ENDPOINT: t.system.config.DYNAMODB_ENDPOINT,
          POWERTOOLS_LOG_LEVEL: 'ERROR',
          ...env,
        },
        timeout: 60_000,
        maxBuffer: 20 * 1024 * 1024,
      });
    const refused = await invoke({}).then(
      () => '',
      (error: { stderr: string }) => error.stderr,
    );
    expect(refused).toContain(
      'Configuration is incomplete: MAIL_FROM: needed by this function; REPORT_BUCKET: needed by this function',
    );
    const { stdout, stderr } = await invoke({ MAIL_FROM: 'kyla@iop.local', REPORT_BUCKET: 'iop-reports' });
    const result = JSON.parse(stdout.slice(stdout.lastIndexOf('\n{') + 1));
    if (result.statusCode !== 200) console.error(stderr.slice(0, 3000));
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(true);
    const pdf = Buffer.from(result.body, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(50_000);
  }, 90_000);
});
