import { randomBytes } from 'node:crypto';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { capabilitiesOf } from '../../shared/app/capabilities';
import { csrfMatches, csrfTokenOf, SECRET_SHAPE, sessionPrincipal } from '../../shared/app/sign-in';
import { AppError } from '../../shared/domain/errors';
import { PASSKEY_BODY_MAX_CHARS } from '../../shared/domain/passkey-algorithms';
import {
  bodyText,
  cookiesOf,
  formFields,
  header,
  MAX_FORM_BYTES,
  parseJson,
} from '../../shared/http/request';
import { gzipped, page } from '../../shared/http/response';
import { LANGUAGES, type Language, wordsFor } from '../../shared/i18n';
import { assetAnswer, OFFLINE_PATH, PASSKEYS_PATH, STYLE_PATH, webauthnLibrary } from './edge/assets';
import { COOKIE, cleared, cookie, keptCookie, keptForm, ONCE_SECONDS } from './edge/cookies';
import { readUpload } from './edge/multipart';
import { pageRouter } from './edge/router';
import { FEATURE_ROUTES } from './pages/features';
import { MessagePage, type PageContext } from './pages/layout';
import { signInRoutes } from './pages/sign-in/controller';
import { siteRoutes } from './pages/site/controller';
import type { EdgeRequest, PageRoute, Site, Upload, WebDeps } from './web-request';

export type { Site, WebDeps };

type Event = APIGatewayProxyEventV2;
type Answer = APIGatewayProxyStructuredResultV2;

/** A JSON body (the passkey script's), bounded by the largest response of the algorithms the server verifies. */
function jsonOf(event: Event): unknown {
  const raw = bodyText(event);
  if (raw.length > PASSKEY_BODY_MAX_CHARS) return undefined;
  try {
    return parseJson(raw || '{}');
  } catch {
    return undefined;
  }
}

const redirect = (location: string, cookies: readonly string[]): Answer => ({
  statusCode: 303,
  headers: { location, 'cache-control': 'no-store' },
  cookies: [...cookies],
  body: '',
});

/** A POST's body as its route takes it, and whether it carries the token of the cookie its form was made for. */
async function bodyOf(
  route: PageRoute<EdgeRequest>,
  event: Event,
  secret: string,
): Promise<{ valid: boolean; form?: Record<string, string>; upload?: Upload; json?: unknown }> {
  if (route.body === 'json') {
    const json = jsonOf(event);
    return { json, valid: json !== undefined && csrfMatches(secret, header(event, 'x-csrf')) };
  }
  if (route.body === 'multipart') {
    const upload = await readUpload(event, route.maxFormBytes ?? MAX_FORM_BYTES);
    // A file too large to read is refused unread: that changes nothing, so it needs no token.
    return { upload, valid: !!upload && (upload.tooLarge || csrfMatches(secret, upload.csrf)) };
  }
  const form = formFields(event, route.maxFormBytes ?? MAX_FORM_BYTES);
  return { form, valid: !!form && csrfMatches(secret, form.csrf) };
}

/**
 * The web app: server-rendered pages on the same API Gateway as the API (which keeps `/v1/*`), so that cookies, CSRF
 * and CSP stay same-origin and simple. Signed in by a one-time code by e-mail or a passkey; the session yields a
 * principal like a key's, decided by the same rules. This is its edge, written once for every page: the site's own
 * files, the cookies, the session, the form token of every POST; then the router finds the page's route (declared
 * by its feature, as the API's routes are) and its controller answers.
 */
export function createWeb(deps: WebDeps, logger: Logger, site: Site) {
  const answer = edge(
    deps,
    logger,
    site,
    pageRouter<EdgeRequest>([...siteRoutes, ...signInRoutes, ...FEATURE_ROUTES]),
  );
  return async (event: Event): Promise<Answer> =>
    gzipped(await answer(event), header(event, 'accept-encoding'));
}

function edge(deps: WebDeps, logger: Logger, site: Site, find: ReturnType<typeof pageRouter<EdgeRequest>>) {
  return async (event: Event): Promise<Answer> => {
    const method = event.requestContext?.http?.method ?? 'GET';
    const path = event.rawPath ?? '/';
    const jar = cookiesOf(event);
    const set: string[] = [];
    try {
      const asset = method === 'GET' ? assetAnswer(path) : undefined;
      if (asset) return asset;

      const signedIn = SECRET_SHAPE.test(jar[COOKIE.session] ?? '')
        ? await sessionPrincipal(deps, jar[COOKIE.session] as string)
        : undefined;
      const user = signedIn?.user;
      const ended = jar[COOKIE.session] && !signedIn ? jar[COOKIE.session] : undefined;
      if (ended) set.push(cleared(COOKIE.session));
      // A one-time value is for the next page shown, whatever it is: then it is gone.
      const once = method === 'GET' ? jar[COOKIE.once] : undefined;
      if (jar[COOKIE.once] && method === 'GET') set.push(cleared(COOKIE.once));
      // Anyone without a session gets a visitor secret: the forms' token comes from it until they sign in.
      let visitor = SECRET_SHAPE.test(jar[COOKIE.visitor] ?? '')
        ? (jar[COOKIE.visitor] as string)
        : undefined;
      if (!user && !visitor) {
        visitor = newSecret();
        // Given with a page only: a POST without the cookie fails its token check whatever, and a cookie minted for
        // it (a service worker's resend after the cookies went) would replace the one the page's form was made with.
        if (method !== 'POST') set.push(cookie(COOKIE.visitor, visitor));
      }
      const secret = user ? (jar[COOKIE.session] as string) : (visitor as string);
      const chosen = jar[COOKIE.lang];
      const language: Language =
        user?.language ?? (LANGUAGES.includes(chosen as Language) ? (chosen as Language) : 'sv');
      const c: PageContext = {
        language,
        csrf: csrfTokenOf(secret),
        stylesheet: STYLE_PATH,
        scripts: [webauthnLibrary().path, PASSKEYS_PATH],
        user,
        ...(signedIn ? { may: capabilitiesOf(signedIn.principal) } : {}),
        offlineScript: OFFLINE_PATH,
      };
      const t = wordsFor(language).web;
      const show = (status: number, vnode: VNode) => ({
        ...page(status, `<!doctype html>${render(vnode)}`),
        cookies: set,
      });
      const notFound = () => show(404, <MessagePage c={c} title={t.notFoundTitle} text={t.notFoundText} />);

      const found = await find(method, path);
      if (!found) return notFound();
      const { route, params } = found;
      const kept = keptForm(jar);
      const request = (body: Pick<EdgeRequest, 'form' | 'upload' | 'json'>): EdgeRequest => ({
        method: method === 'POST' ? 'POST' : 'GET',
        path,
        params,
        query: event.queryStringParameters ?? {},
        ...body,
        signedIn,
        c,
        language,
        origin: site.origin(),
        ...(once ? { once: Buffer.from(once, 'base64url').toString('utf8') } : {}),
        show,
        ...(kept ? { kept } : {}),
        redirectKeeping: (location, form) => {
          const keep = keptCookie(form);
          return keep ? redirect(location, [...set, keep]) : undefined;
        },
        forgetKept: () => {
          set.push(cleared(COOKIE.kept));
        },
        redirect: (location, value) =>
          redirect(
            location,
            value === undefined
              ? set
              : [...set, cookie(COOKIE.once, Buffer.from(value).toString('base64url'), ONCE_SECONDS)],
          ),
        signInAgain: () => redirect(`/logga-in${jar[COOKIE.session] ? '?utloggad=1' : ''}`, set),
        notFound,
        cookies: jar,
        secret,
        clientAddress: event.requestContext?.http?.sourceIp ?? 'unknown',
        setting: set,
        redirectSetting: redirect,
      });

      let asked = request({ form: {} });
      if (method === 'POST') {
        const { valid, form, upload, json } = await bodyOf(route, event, secret);
        if (!valid) {
          // A forged or stale token changes nothing; the route may say more than "forbidden" (what was typed kept).
          const madeForEnded = !!(ended && form && csrfMatches(ended, form.csrf));
          return (
            route.staleForm?.(asked, form, madeForEnded) ??
            show(403, <MessagePage c={c} title={t.forbiddenTitle} text={t.forbiddenText} />)
          );
        }
        asked = request({ form: form ?? {}, upload, json });
      }
      try {
        return await route.handle(deps, asked, site);
      } catch (e) {
        // What a use case refuses (forbidden) or does not show this person (not found) is, to them, a page that
        // does not exist: nothing tells a page exists that one may not see.
        if (e instanceof AppError && (e.kind === 'forbidden' || e.kind === 'not_found')) return notFound();
        throw e;
      }
    } catch (error) {
      logger.error('page failed', { path, method, error: error as Error });
      const c: PageContext = { language: 'sv', csrf: '', stylesheet: STYLE_PATH, scripts: [] };
      const t = wordsFor('sv').web;
      return {
        ...page(
          500,
          `<!doctype html>${render(<MessagePage c={c} title={t.errorTitle} text={t.errorText} />)}`,
        ),
        cookies: set,
      };
    }
  };
}

const newSecret = () => randomBytes(32).toString('base64url');
