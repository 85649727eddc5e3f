import * as z from 'zod';
import {
  addPasskey,
  passkeyAddOptions,
  passkeySignInOptions,
  relyingParty,
  signInWithPasskey,
} from '../../../../shared/app/passkeys';
import {
  requestSignInCode,
  SECRET_SHAPE,
  SIGN_IN,
  signOut,
  verifySignInCode,
} from '../../../../shared/app/sign-in';
import { AppError } from '../../../../shared/domain/errors';
import { parseOrThrow } from '../../../../shared/domain/validation';
import { json as jsonAnswer } from '../../../../shared/http/response';
import * as S from '../../../../shared/http/schemas';
import { wordsFor } from '../../../../shared/i18n';
import { afterSignIn, COOKIE, cleared, cookie } from '../../edge/cookies';
import type { Answer, EdgeRequest, PageRoute } from '../../web-request';
import { CodePage, SignInPage } from './view';

const EmailForm = z.object({ email: z.string().trim().max(254) });
const isEmail = (value: string) => z.email().safeParse(value).success;

const json = (status: number, body: unknown, cookies: readonly string[]): Answer => ({
  ...jsonAnswer(status, body, { 'cache-control': 'no-store' }),
  cookies: [...cookies],
});

/** The sign-in form (`/logga-in`): a code by e-mail, or a passkey; a notice of why the person is here again. */
async function signInPage(_deps: unknown, r: EdgeRequest) {
  if (r.signedIn) return r.redirect('/');
  const t = wordsFor(r.language).web;
  const notices: Record<string, string> = { '1': t.sessionOver, '2': t.sessionOverKept, '0': t.signedOut };
  const notice = r.query.utloggad;
  return r.show(
    200,
    <SignInPage c={r.c} notice={notice && Object.hasOwn(notices, notice) ? notices[notice] : undefined} />,
  );
}

/** An address given: a code mailed to it (if it is a person's), and the form for the code. */
async function askForCode(deps: Parameters<typeof requestSignInCode>[0], r: EdgeRequest) {
  const t = wordsFor(r.language).web;
  const email = EmailForm.safeParse(r.form).data?.email ?? '';
  const error = email === '' ? t.emailMissing : !isEmail(email) ? t.emailInvalid : undefined;
  if (error) return r.show(422, <SignInPage c={r.c} email={email.slice(0, 254)} errors={{ email: error }} />);
  try {
    const { challenge } = await requestSignInCode(deps, { email, clientAddress: r.clientAddress });
    return r.redirectSetting('/logga-in/kod', [
      ...r.setting,
      cookie(COOKIE.signIn, challenge, SIGN_IN.codeMinutes * 60),
    ]);
  } catch (e) {
    if (e instanceof AppError && e.kind === 'rate_limited')
      return r.show(
        429,
        <SignInPage c={r.c} email={email} errors={{ email: wordsFor(r.language).reasons.too_many_codes }} />,
      );
    throw e;
  }
}

/** The code's form, for the browser that asked for one. */
async function codePage(_deps: unknown, r: EdgeRequest) {
  if (r.signedIn) return r.redirect('/');
  return r.cookies[COOKIE.signIn]
    ? r.show(200, <CodePage c={r.c} minutes={SIGN_IN.codeMinutes} />)
    : r.redirect('/logga-in');
}

/** The code typed: signed in, back where the person was (a kept form), or told what is wrong with it. */
async function checkCode(deps: Parameters<typeof verifySignInCode>[0], r: EdgeRequest) {
  const t = wordsFor(r.language).web;
  const challenge = r.cookies[COOKIE.signIn];
  if (!challenge || !SECRET_SHAPE.test(challenge)) return r.redirect('/logga-in');
  const code = (r.form.code ?? '').replace(/\s/g, '');
  const formatError = code === '' ? t.codeMissing : !/^\d{6}$/.test(code) ? t.codeFormat : undefined;
  if (formatError)
    return r.show(422, <CodePage c={r.c} minutes={SIGN_IN.codeMinutes} errors={{ code: formatError }} />);
  try {
    const signed = await verifySignInCode(deps, { challenge, code });
    deps.logger.info('signed in', { userId: signed.user.id, with: 'code' });
    return r.redirectSetting(afterSignIn(r.cookies), [
      cleared(COOKIE.visitor),
      cleared(COOKIE.signIn),
      cookie(COOKIE.session, signed.token),
    ]);
  } catch (e) {
    if (e instanceof AppError && (e.reason === 'code_wrong' || e.reason === 'code_expired'))
      return r.show(
        422,
        <CodePage
          c={r.c}
          minutes={SIGN_IN.codeMinutes}
          errors={{ code: wordsFor(r.language).reasons[e.reason] }}
        />,
      );
    throw e;
  }
}

/**
 * The passkey script's JSON requests (their form token in a header): options to add one or sign in with one, and
 * the browser's answer checked. What does not verify is a 400 the script turns into the e-mail-code way in.
 */
function passkeyRoute(
  path: string,
  answer: (
    deps: Parameters<PageRoute<EdgeRequest>['handle']>[0],
    r: EdgeRequest,
    origin: string,
  ) => Promise<Answer>,
): PageRoute<EdgeRequest> {
  return {
    method: 'POST',
    path,
    body: 'json',
    staleForm: (r) => json(403, { error: 'forbidden' }, r.setting),
    handle: async (deps, r, site) => {
      try {
        return await answer(deps, r, site.origin());
      } catch (e) {
        if (e instanceof AppError && e.kind === 'invalid')
          return json(400, { error: 'not verified' }, r.setting);
        throw e;
      }
    },
  };
}

/** Signing in and out: by a code by e-mail or a passkey. */
export const signInRoutes: PageRoute<EdgeRequest>[] = [
  { method: 'GET', path: '/logga-in', handle: signInPage },
  { method: 'POST', path: '/logga-in', handle: askForCode },
  { method: 'GET', path: '/logga-in/kod', handle: codePage },
  { method: 'POST', path: '/logga-in/kod', handle: checkCode },
  {
    method: 'POST',
    path: '/logga-ut',
    handle: async (deps, r) => {
      if (r.signedIn) await signOut(deps, r.secret);
      return r.redirectSetting('/logga-in?utloggad=0', [cleared(COOKIE.session)]);
    },
  },
  passkeyRoute('/passkey/ny/start', async (deps, r, origin) =>
    r.signedIn
      ? json(200, await passkeyAddOptions(deps, relyingParty(origin), r.signedIn.user, r.secret), r.setting)
      : json(401, { error: 'signed out' }, r.setting),
  ),
  passkeyRoute('/passkey/ny', async (deps, r, origin) => {
    if (!r.signedIn) return json(401, { error: 'signed out' }, r.setting);
    const registration = parseOrThrow(S.PasskeyRegistration, r.json, 'passkey');
    await addPasskey(deps, relyingParty(origin), r.signedIn.principal, r.secret, registration);
    return json(200, { redirect: '/konto?passkey=ny' }, r.setting);
  }),
  passkeyRoute('/passkey/logga-in/start', async (deps, r, origin) =>
    json(200, await passkeySignInOptions(deps, relyingParty(origin), r.secret), r.setting),
  ),
  passkeyRoute('/passkey/logga-in', async (deps, r, origin) => {
    const authentication = parseOrThrow(S.PasskeyAuthentication, r.json, 'passkey');
    const signed = await signInWithPasskey(deps, relyingParty(origin), r.secret, authentication);
    deps.logger.info('signed in', { userId: signed.user.id, with: 'passkey' });
    return json(200, { redirect: afterSignIn(r.cookies) }, [
      cleared(COOKIE.visitor),
      cookie(COOKIE.session, signed.token),
    ]);
  }),
];
