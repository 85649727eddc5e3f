import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { header } from '../../../shared/http/request';
import type { Upload } from '../web-request';

/**
 * A multipart form with the file, read by the runtime's own `Request.formData()` (undici), after its size is
 * checked on the raw body: undefined if it is no such form.
 */
export async function readUpload(
  event: APIGatewayProxyEventV2,
  maxFileBytes: number,
): Promise<Upload | undefined> {
  const type = header(event, 'content-type') ?? '';
  if (!/^multipart\/form-data;/i.test(type)) return undefined;
  const raw = event.body ?? '';
  const limit = maxFileBytes + 8 * 1024;
  if (raw.length > (event.isBase64Encoded ? Math.ceil((limit * 4) / 3) : limit))
    return { csrf: '', tooLarge: true };
  try {
    const body = Buffer.from(raw, event.isBase64Encoded ? 'base64' : 'utf8');
    const form = await new Request('http://web.invalid/', {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    }).formData();
    const csrf = form.get('csrf');
    const file = form.get('file');
    if (typeof csrf !== 'string') return undefined;
    if (!(file instanceof File) || file.size === 0) return { csrf };
    if (file.size > maxFileBytes) return { csrf, tooLarge: true };
    return { csrf, file: { name: file.name.slice(0, 100) || 'fil', text: await file.text() } };
  } catch {
    return undefined;
  }
}
