import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Principal } from '../domain/access';
import { AppError, rateLimited } from '../domain/errors';
import { sha256 } from './ids';
import { isUndeliverable, sendEmail } from './mail';
import type { Session, User } from './model';
import type { Core, Uses } from './ports';

/**
 * Signing in with a one-time code by e-mail, and the sessions that follow (OWASP ASVS V2/V3): codes single use,
 * 10 minutes, 5 wrong tries, stored as hashes; sessions random, stored hashed, revocable, idle 2 h, at most 12 h.
 */
export const SIGN_IN = {
  codeMinutes: 10,
  maxWrongTries: 5,
  codesPerAddressPerHour: 5,
  codesPerClientPerHour: 30,
  idleMinutes: 120,
  sessionHours: 12,
  /** Asking for a code takes at least this long, whether or not the address is known (no timing tell). */
  answerFloorMs: 400,
} as const;

const MINUTE = 60_000;
const token = () => randomBytes(32).toString('base64url');
const hourWindow = (now: Date) => now.toISOString().slice(0, 13);
const equal = (a: string, b: string) => {
  const [x, y] = [Buffer.from(a, 'hex'), Buffer.from(b, 'hex')];
  return x.length === y.length && timingSafeEqual(x, y);
};
const codeHashOf = (challenge: string, code: string) => sha256(`code:${challenge}:${code}`);

type SignInDeps = Core & Uses<'email'>;

/**
 * Asks for a code for `email`. Answers the same — a challenge to send back with the code — and in the same time,
 * whether or not the address belongs to an active person; only then is a code made and mailed. Refuses (429) past
 * 5 codes an hour for one address (counted for any address, known or not) or 30 for one client.
 */
export async function requestSignInCode(
  deps: SignInDeps,
  input: { email: string; clientAddress: string },
): Promise<{ challenge: string }> {
  const floor = new Promise((resolve) => setTimeout(resolve, SIGN_IN.answerFloorMs));
  try {
    const now = deps.now();
    const until = new Date(now.getTime() + 60 * MINUTE).toISOString();
    const address = input.email.toLowerCase();
    const window = hourWindow(now);
    if (
      !(await deps.people.countUse(
        `client#${sha256(input.clientAddress)}#${window}`,
        SIGN_IN.codesPerClientPerHour,
        until,
      ))
    )
      throw rateLimited('Too many codes asked for from this address; wait an hour.', 'too_many_codes');
    if (
      !(await deps.people.countUse(
        `email#${sha256(address)}#${window}`,
        SIGN_IN.codesPerAddressPerHour,
        until,
      ))
    )
      throw rateLimited('Too many codes asked for this e-mail address; wait an hour.', 'too_many_codes');
    const challenge = token();
    const user = await deps.people.findUserByEmail(address);
    if (user && !user.disabled) {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      await deps.people.createSignInCode({
        id: sha256(`challenge:${challenge}`),
        userId: user.id,
        codeHash: codeHashOf(challenge, code),
        expiresAt: new Date(now.getTime() + SIGN_IN.codeMinutes * MINUTE).toISOString(),
        wrongTries: 0,
      });
      try {
        await sendEmail(deps, {
          to: user.email,
          ...deps.wording.signInCode(code, SIGN_IN.codeMinutes, user.language),
        });
      } catch (error) {
        // The page says the same whatever the address: whether it bounces is no one's business but the admin's.
        if (!isUndeliverable(error)) throw error;
        deps.logger.warn('sign-in code not sent: the address is marked undeliverable', { userId: user.id });
      }
    }
    return { challenge };
  } finally {
    await floor;
  }
}

/**
 * Signs in with the code sent for `challenge`: a new session, once. A wrong code counts a try (the fifth kills the
 * code); an expired, used or dead code is refused; two requests with the right code at once make one session.
 */
export async function verifySignInCode(
  deps: Core,
  input: { challenge: string; code: string },
): Promise<{ token: string; user: User }> {
  const now = deps.now();
  const id = sha256(`challenge:${input.challenge}`);
  const stored = await deps.people.getSignInCode(id);
  const refuse = (reason: 'code_wrong' | 'code_expired') =>
    new AppError(
      'invalid',
      `Sign-in code refused: ${reason === 'code_wrong' ? 'not the one sent' : 'no longer valid'}.`,
      {
        errors: [{ path: '/code', code: reason }],
        reason,
      },
    );
  const expired = (code: typeof stored) =>
    !code ||
    code.usedAt !== undefined ||
    code.wrongTries >= SIGN_IN.maxWrongTries ||
    Date.parse(code.expiresAt) <= now.getTime();
  if (!stored || expired(stored)) throw refuse('code_expired');
  if (!equal(codeHashOf(input.challenge, input.code), stored.codeHash)) {
    const counted = await deps.people.countWrongTry(id, SIGN_IN.maxWrongTries);
    const dead = !counted || stored.wrongTries + 1 >= SIGN_IN.maxWrongTries;
    throw dead ? refuse('code_expired') : refuse('code_wrong');
  }
  if (!(await deps.people.useSignInCode(id, now.toISOString(), SIGN_IN.maxWrongTries)))
    throw refuse('code_expired');
  const user = await deps.people.getUser(stored.userId);
  if (!user || user.disabled) throw refuse('code_expired');
  return { token: await startSession(deps, user), user };
}

/** A new session for `user` (after a code or a passkey): its token, for the cookie only. */
export async function startSession(deps: Core, user: User): Promise<string> {
  const now = deps.now();
  const secret = token();
  const session: Session = {
    id: sha256(`session:${secret}`),
    userId: user.id,
    authVersion: user.authVersion,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SIGN_IN.sessionHours * 60 * MINUTE).toISOString(),
  };
  await deps.people.createSession(session);
  return secret;
}

/** The session's cookie (`__Host-`: this site only, Secure, Path=/), read by the web app and by the API's GETs. */
export const SESSION_COOKIE = '__Host-iop-session';
/** What every secret cookie of the site looks like: 32 random bytes, base64url. */
export const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The person a session token stands for, as a principal like a key's, or undefined when the session is over: ended,
 * idle 2 h, past 12 h, or the person disabled, deleted or changed in what they may do since it began.
 */
export async function sessionPrincipal(
  deps: Uses<'people' | 'now'>,
  secret: string,
): Promise<{ principal: Principal; user: User } | undefined> {
  const now = deps.now().getTime();
  const session = await deps.people.getSession(sha256(`session:${secret}`));
  if (!session || Date.parse(session.expiresAt) <= now) return undefined;
  if (now - Date.parse(session.lastSeenAt) >= SIGN_IN.idleMinutes * MINUTE) return undefined;
  const user = await deps.people.getUser(session.userId);
  if (!user || user.disabled || user.authVersion !== session.authVersion) return undefined;
  // Seen again: the idle clock restarts (written at most once a minute).
  if (now - Date.parse(session.lastSeenAt) >= MINUTE)
    await deps.people.touchSession(session.id, new Date(now).toISOString());
  return {
    principal: {
      id: user.id,
      via: 'session',
      role: user.role,
      ...(user.organisationId ? { organisationId: user.organisationId } : {}),
      name: user.name,
    },
    user,
  };
}

/** Ends the session on the server: its cookie is worth nothing after. */
export async function signOut(deps: Core, secret: string): Promise<void> {
  await deps.people.deleteSession(sha256(`session:${secret}`));
}

/** The CSRF token of a form: derived from the secret cookie, so only a page of this site can know it. */
export const csrfTokenOf = (cookieSecret: string) => sha256(`csrf:${cookieSecret}`);
export const csrfMatches = (cookieSecret: string, presented: string | undefined) =>
  !!presented && /^[0-9a-f]{64}$/.test(presented) && equal(csrfTokenOf(cookieSecret), presented);
