import { createHash } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { text as textAnswer } from '../../../shared/http/response';
import { readPackageFile } from '../../../shared/package-files';
import { OFFLINE_SCRIPT, serviceWorker } from '../offline-script';
import { PASSKEYS_SCRIPT, WEBAUTHN_LIBRARY } from '../passkeys-script';
import { ICON_PATH, ICON_SVG, STYLE } from '../style';

/** The stylesheet, served under a name that changes with its content, so that it may be kept for a year. */
export const hashed = (name: string, body: string | Buffer, ext: string) =>
  `/assets/${name}.${createHash('sha256').update(body).digest('hex').slice(0, 12)}.${ext}`;
export const STYLE_PATH = hashed('style', STYLE, 'css');
/** The passkey script and the WebAuthn library it uses, from this site (read from the package once, when asked). */
export const PASSKEYS_PATH = hashed('passkeys', PASSKEYS_SCRIPT, 'js');
let library: { path: string; body: string } | undefined;
export const webauthnLibrary = () => {
  if (!library) {
    const body = readPackageFile(WEBAUTHN_LIBRARY).toString('utf8');
    library = { path: hashed('webauthn', body, 'js'), body };
  }
  return library;
};
export const LONG_CACHE = { 'cache-control': 'public, max-age=31536000, immutable' };
export const OFFLINE_PATH = hashed('offline', OFFLINE_SCRIPT, 'js');
/** Where a page is when there is no network (the service worker keeps it): no person's data on it. */
export const NO_NETWORK_PATH = '/utan-nat';
/** The service worker, at the root for the whole site's scope; checked for a new version on every visit. */
export const SERVICE_WORKER = { path: '/sw.js', body: serviceWorker(NO_NETWORK_PATH, STYLE_PATH) };

/** The site's own files (stylesheet, icon, scripts, service worker) by their address; undefined for any other. */
export function assetAnswer(path: string): APIGatewayProxyStructuredResultV2 | undefined {
  if (path === STYLE_PATH) return textAnswer(200, 'text/css', STYLE, LONG_CACHE);
  if (path === ICON_PATH) return textAnswer(200, 'image/svg+xml', ICON_SVG, LONG_CACHE);
  if (path === PASSKEYS_PATH) return textAnswer(200, 'text/javascript', PASSKEYS_SCRIPT, LONG_CACHE);
  if (path === OFFLINE_PATH) return textAnswer(200, 'text/javascript', OFFLINE_SCRIPT, LONG_CACHE);
  if (path === SERVICE_WORKER.path)
    return textAnswer(200, 'text/javascript', SERVICE_WORKER.body, {
      'cache-control': 'no-cache',
      // A worker runs under its script's policy: it may fetch from this site, nothing else.
      'content-security-policy': "default-src 'none'; connect-src 'self'",
    });
  if (path === webauthnLibrary().path)
    return textAnswer(200, 'text/javascript', webauthnLibrary().body, LONG_CACHE);
  return undefined;
}
