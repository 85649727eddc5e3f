import { randomBytes } from 'node:crypto';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import * as z from 'zod';
import { capabilitiesOf } from '../../shared/app/capabilities';
import {
  addPasskey,
  passkeyAddOptions,
  passkeySignInOptions,
  relyingParty,
  signInWithPasskey,
} from '../../shared/app/passkeys';
import {
  csrfMatches,
  csrfTokenOf,
  requestSignInCode,
  SECRET_SHAPE,
  SIGN_IN,
  sessionPrincipal,
  signOut,
  verifySignInCode,
} from '../../shared/app/sign-in';
import { AppError } from '../../shared/domain/errors';
import { PASSKEY_BODY_MAX_CHARS } from '../../shared/domain/passkey-algorithms';
import { parseOrThrow } from '../../shared/domain/validation';
import {
  bodyText,
  cookiesOf,
  formFields,
  header,
  MAX_FORM_BYTES,
  parseJson,
} from '../../shared/http/request';
import { gzipped, page, text as textAnswer } from '../../shared/http/response';
import * as S from '../../shared/http/schemas';
import { LANGUAGES, type Language, wordsFor } from '../../shared/i18n';
import {
  assetAnswer,
  NO_NETWORK_PATH,
  OFFLINE_PATH,
  PASSKEYS_PATH,
  STYLE_PATH,
  webauthnLibrary,
} from './edge/assets';
import { afterSignIn, COOKIE, cleared, cookie, keptCookie, keptForm, ONCE_SECONDS } from './edge/cookies';
import { AccessibilityPage } from './pages/account/accessibility-view';
import { featurePage } from './pages/features';
import { FIGURES_PATH } from './pages/figures/controller';
import { MessagePage, type PageContext } from './pages/layout';
import { CodePage, SignInPage } from './pages/sign-in/view';
import { checkUpload, MAX_SAVE_FORM_BYTES, readUpload } from './pages/upload/controller';
import type { Site, WebDeps, WebRequest } from './web-request';

export type { Site, WebDeps };

type Event = APIGatewayProxyEventV2;
type Answer = APIGatewayProxyStructuredResultV2;

const jsonAnswer = (status: number, body: unknown, cookies: string[] = []): Answer => ({
  ...textAnswer(status, 'application/json', JSON.stringify(body), { 'cache-control': 'no-store' }),
  cookies,
});
/** A passkey request's JSON body, bounded by the largest response of the algorithms the server verifies. */
function jsonOf(event: Event): unknown {
  const raw = bodyText(event);
  if (raw.length > PASSKEY_BODY_MAX_CHARS) return undefined;
  try {
    return parseJson(raw || '{}');
  } catch {
    return undefined;
  }
}

const redirect = (location: string, cookies: string[] = []): Answer => ({
  statusCode: 303,
  headers: { location, 'cache-control': 'no-store' },
  cookies,
  body: '',
});

const EmailForm = z.object({ email: z.string().trim().max(254) });
const isEmail = (value: string) => z.email().safeParse(value).success;

/**
 * The web app: server-rendered pages on the same API Gateway as the API (which keeps `/v1/*`), so that cookies, CSRF
 * and CSP stay same-origin and simple. Signed in by a one-time code by e-mail; the session yields a principal like
 * a key's, decided by the same rules. This is its edge: the cookies, the form token, the session, the site's own
 * files, signing in and out; every other address is a feature's (pages/features.ts).
 */
export function createWeb(deps: WebDeps, logger: Logger, site: Site) {
  const answer = pages(deps, logger, site);
  return async (event: Event): Promise<Answer> =>
    gzipped(await answer(event), header(event, 'accept-encoding'));
}

function pages(deps: WebDeps, logger: Logger, site: Site) {
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
      if (jar[COOKIE.session] && !signedIn) set.push(cleared(COOKIE.session));
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
      const rp = relyingParty(site.origin());
      const t = wordsFor(language).web;
      const show = (status: number, vnode: VNode) => ({
        ...page(status, `<!doctype html>${render(vnode)}`),
        cookies: set,
      });
      if (method === 'GET' && path === NO_NETWORK_PATH) {
        const w = t.offline;
        return show(200, <MessagePage c={{ ...c, user: undefined }} title={w.pageTitle} text={w.pageText} />);
      }
      const signInAgain = () => redirect(`/logga-in${jar[COOKIE.session] ? '?utloggad=1' : ''}`, set);
      const kept = keptForm(jar);
      /** The request as the page modules see it (admin.tsx, upload.tsx). */
      const asked = (form: Record<string, string> = {}): WebRequest => ({
        method: method === 'POST' ? 'POST' : 'GET',
        path,
        query: event.queryStringParameters ?? {},
        form,
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
        signInAgain,
        notFound: () => show(404, <MessagePage c={c} title={t.notFoundTitle} text={t.notFoundText} />),
      });

      const reportPath = FIGURES_PATH.exec(path);

      if (method === 'POST' && path.startsWith('/passkey/') && path !== '/passkey/ta-bort') {
        // The passkey script's JSON requests carry the form token in a header.
        const body = jsonOf(event);
        if (body === undefined || !csrfMatches(secret, header(event, 'x-csrf')))
          return jsonAnswer(403, { error: 'forbidden' }, set);
        try {
          switch (path) {
            case '/passkey/ny/start':
              if (!user) return jsonAnswer(401, { error: 'signed out' }, set);
              return jsonAnswer(200, await passkeyAddOptions(deps, rp, user, secret), set);
            case '/passkey/ny':
              if (!user || !signedIn) return jsonAnswer(401, { error: 'signed out' }, set);
              await addPasskey(
                deps,
                rp,
                signedIn.principal,
                secret,
                parseOrThrow(S.PasskeyRegistration, body, 'passkey'),
              );
              return jsonAnswer(200, { redirect: '/konto?passkey=ny' }, set);
            case '/passkey/logga-in/start':
              return jsonAnswer(200, await passkeySignInOptions(deps, rp, secret), set);
            case '/passkey/logga-in': {
              const signed = await signInWithPasskey(
                deps,
                rp,
                secret,
                parseOrThrow(S.PasskeyAuthentication, body, 'passkey'),
              );
              logger.info('signed in', { userId: signed.user.id, with: 'passkey' });
              return jsonAnswer(200, { redirect: afterSignIn(jar) }, [
                cleared(COOKIE.visitor),
                cookie(COOKIE.session, signed.token),
              ]);
            }
          }
          return jsonAnswer(404, { error: 'not found' }, set);
        } catch (e) {
          if (e instanceof AppError && e.kind === 'invalid')
            return jsonAnswer(400, { error: 'not verified' }, set);
          throw e;
        }
      }

      if (method === 'POST' && path === '/ladda-upp') {
        // The file's form is multipart: its token is one of its parts.
        const upload = await readUpload(event);
        // A body too large to read is refused unread: that changes nothing, so it needs no token.
        if (!upload || (!upload.tooLarge && !csrfMatches(secret, upload.csrf)))
          return show(403, <MessagePage c={c} title={t.forbiddenTitle} text={t.forbiddenText} />);
        return checkUpload(deps, asked(), upload);
      }

      if (method === 'POST') {
        const form = formFields(event, path === '/ladda-upp/spara' ? MAX_SAVE_FORM_BYTES : MAX_FORM_BYTES);
        // Every form carries the token of the cookie it was made for; a forged or stale one changes nothing.
        if (!form || !csrfMatches(secret, form.csrf)) {
          // Signed out while filling in a night (the session ended): the form was made for this browser's session,
          // so what was typed is kept through the sign-in and put back in the form after it. Nothing is saved.
          const ended = jar[COOKIE.session];
          if (form && reportPath && !signedIn && ended && csrfMatches(ended, form.csrf)) {
            const { csrf: _, ...fields } = form;
            const kept = keptCookie({ path, fields, why: 'signedOut' });
            if (kept) return redirect('/logga-in?utloggad=2', [...set, kept]);
          }
          return show(403, <MessagePage c={c} title={t.forbiddenTitle} text={t.forbiddenText} />);
        }
        const answer = await featurePage(deps, asked(form), site);
        if (answer) return answer;
        if (path === '/logga-in') {
          const email = EmailForm.safeParse(form).data?.email ?? '';
          const error = email === '' ? t.emailMissing : !isEmail(email) ? t.emailInvalid : undefined;
          if (error)
            return show(422, <SignInPage c={c} email={email.slice(0, 254)} errors={{ email: error }} />);
          try {
            const { challenge } = await requestSignInCode(deps, {
              email,
              clientAddress: event.requestContext?.http?.sourceIp ?? 'unknown',
            });
            return redirect('/logga-in/kod', [
              ...set,
              cookie(COOKIE.signIn, challenge, SIGN_IN.codeMinutes * 60),
            ]);
          } catch (e) {
            if (e instanceof AppError && e.kind === 'rate_limited')
              return show(
                429,
                <SignInPage
                  c={c}
                  email={email}
                  errors={{ email: wordsFor(language).reasons.too_many_codes }}
                />,
              );
            throw e;
          }
        }
        if (path === '/logga-in/kod') {
          const challenge = jar[COOKIE.signIn];
          if (!challenge || !SECRET_SHAPE.test(challenge)) return redirect('/logga-in', set);
          const code = (form.code ?? '').replace(/\s/g, '');
          const formatError = code === '' ? t.codeMissing : !/^\d{6}$/.test(code) ? t.codeFormat : undefined;
          if (formatError)
            return show(422, <CodePage c={c} minutes={SIGN_IN.codeMinutes} errors={{ code: formatError }} />);
          try {
            const signed = await verifySignInCode(deps, { challenge, code });
            logger.info('signed in', { userId: signed.user.id, with: 'code' });
            return redirect(afterSignIn(jar), [
              cleared(COOKIE.visitor),
              cleared(COOKIE.signIn),
              cookie(COOKIE.session, signed.token),
            ]);
          } catch (e) {
            if (e instanceof AppError && (e.reason === 'code_wrong' || e.reason === 'code_expired'))
              return show(
                422,
                <CodePage
                  c={c}
                  minutes={SIGN_IN.codeMinutes}
                  errors={{ code: wordsFor(language).reasons[e.reason] }}
                />,
              );
            throw e;
          }
        }
        if (path === '/logga-ut') {
          if (user) await signOut(deps, secret);
          return redirect('/logga-in?utloggad=0', [cleared(COOKIE.session)]);
        }
        return show(404, <MessagePage c={c} title={t.notFoundTitle} text={t.notFoundText} />);
      }

      if (method === 'GET' || method === 'HEAD') {
        const answer = await featurePage(deps, asked(), site);
        if (answer) return answer;
        switch (path) {
          case '/logga-in': {
            if (user) return redirect('/', set);
            const notice = event.queryStringParameters?.utloggad;
            return show(
              200,
              <SignInPage
                c={c}
                notice={
                  notice === '1'
                    ? t.sessionOver
                    : notice === '2'
                      ? t.sessionOverKept
                      : notice === '0'
                        ? t.signedOut
                        : undefined
                }
              />,
            );
          }
          case '/logga-in/kod':
            if (user) return redirect('/', set);
            return jar[COOKIE.signIn]
              ? show(200, <CodePage c={c} minutes={SIGN_IN.codeMinutes} />)
              : redirect('/logga-in', set);
          case '/tillganglighet':
            return show(200, <AccessibilityPage c={c} contactEmail={site.contactEmail} />);
          case '/sprak': {
            const to = event.queryStringParameters?.till;
            if (!LANGUAGES.includes(to as Language)) return redirect('/', set);
            return redirect(user ? '/konto' : '/logga-in', [
              ...set,
              cookie(COOKIE.lang, to as string, 365 * 86400),
            ]);
          }
        }
      }
      return show(404, <MessagePage c={c} title={t.notFoundTitle} text={t.notFoundText} />);
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
