import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Principal } from '../domain/access';
import { invalid, notFound } from '../domain/errors';
import { verifiableAlgorithms } from '../domain/passkey-algorithms';
import { auditEntry } from './audit';
import { sha256 } from './ids';
import type { Passkey, User } from './model';
import { deletePasskey } from './people';
import type { Core } from './ports';
import { startSession } from './sign-in';

/**
 * Passkeys (WebAuthn, by @simplewebauthn/server): a signed-in person adds one, and signs in with it later without
 * an e-mail round trip. Phishing-resistant: the browser signs for this site's origin only. The relying party is
 * this site: `origin` as the browser sees it, and its host name as the RP id (never an IP address).
 */
export interface RelyingParty {
  name: string;
  origin: string;
  id: string;
}
export const relyingParty = (origin: string): RelyingParty => ({
  name: 'IOP EU-medborgare',
  origin,
  id: new URL(origin).hostname,
});

const CHALLENGE_MINUTES = 5;
/**
 * The WebAuthn library, loaded by the first passkey ceremony: with its ASN.1, X.509 and CBOR parsers it is a fifth
 * of the web app's bundle, and every other request (every page) would pay for evaluating it at a cold start.
 */
const webauthn = () => import('@simplewebauthn/server');

/**
 * The COSE ids of the algorithms this server verifies, in its order: offered to the browser when a passkey is made,
 * and the only ones a new passkey may use (ML-DSA only where the runtime's WebCrypto verifies it).
 */
export const passkeyAlgorithmIds = async () =>
  verifiableAlgorithms((await webauthn()).SettingsService.runtimeSupportsPQC()).map((a) => a.cose);
const b64url = {
  from: (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url'),
  to: (text: string) => new Uint8Array(Buffer.from(text, 'base64url')),
};
const challengeKey = (purpose: 'add' | 'sign-in', owner: string) => sha256(`${purpose}:${owner}`);
const notVerified = () =>
  invalid('The passkey could not be verified.', [{ path: '/passkey', code: 'passkey_not_verified' }]);

async function keep(deps: Core, key: string, challenge: string) {
  const expires = new Date(deps.now().getTime() + CHALLENGE_MINUTES * 60_000).toISOString();
  await deps.people.putChallenge(key, challenge, expires);
}

/** The challenge kept under `key`, once, if it has not expired. */
async function take(deps: Core, key: string): Promise<string> {
  const kept = await deps.people.takeChallenge(key);
  if (!kept || Date.parse(kept.expiresAt) <= deps.now().getTime()) throw notVerified();
  return kept.challenge;
}

/** What the browser needs to make a passkey for `user` (signed in, session `sessionId`). */
export async function passkeyAddOptions(deps: Core, rp: RelyingParty, user: User, sessionId: string) {
  const [existing, { generateRegistrationOptions }, supportedAlgorithmIDs] = await Promise.all([
    deps.people.listPasskeys(user.id),
    webauthn(),
    passkeyAlgorithmIds(),
  ]);
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(user.id),
    attestationType: 'none',
    supportedAlgorithmIDs,
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
  await keep(deps, challengeKey('add', sessionId), options.challenge);
  return options;
}

/** Keeps the passkey the browser made, once verified against the challenge of this session. */
export async function addPasskey(
  deps: Core,
  rp: RelyingParty,
  principal: Principal,
  sessionId: string,
  response: RegistrationResponseJSON,
): Promise<Passkey> {
  const expectedChallenge = await take(deps, challengeKey('add', sessionId));
  const [{ verifyRegistrationResponse }, supportedAlgorithmIDs] = await Promise.all([
    webauthn(),
    passkeyAlgorithmIds(),
  ]);
  const verified = await verifyRegistrationResponse({
    response,
    expectedChallenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: false,
    supportedAlgorithmIDs,
  }).catch(() => undefined);
  if (!verified?.verified) throw notVerified();
  const { credential } = verified.registrationInfo;
  const at = deps.now().toISOString();
  const passkey: Passkey = {
    id: credential.id,
    userId: principal.id,
    publicKey: b64url.from(credential.publicKey),
    counter: credential.counter,
    ...(credential.transports ? { transports: credential.transports } : {}),
    createdAt: at,
  };
  await deps.people.addPasskey(
    passkey,
    auditEntry(at, principal, {
      action: 'passkey.added',
      entityType: 'user',
      entityId: principal.id,
      after: { passkey: passkey.id, createdAt: at },
    }),
  );
  return passkey;
}

export const listPasskeys = (deps: Core, user: User) => deps.people.listPasskeys(user.id);

export async function removePasskey(deps: Core, principal: Principal, id: string) {
  const passkey = await deps.people.getPasskey(principal.id, id);
  if (!passkey) throw notFound('No such passkey.');
  await deletePasskey(deps, principal, passkey);
}

/** What the browser needs to sign in with any passkey of this site (discoverable: no address asked). */
export async function passkeySignInOptions(deps: Core, rp: RelyingParty, visitorId: string) {
  const { generateAuthenticationOptions } = await webauthn();
  const options = await generateAuthenticationOptions({ rpID: rp.id, userVerification: 'preferred' });
  await keep(deps, challengeKey('sign-in', visitorId), options.challenge);
  return options;
}

/**
 * Signs in with a passkey: the person its user handle names, the signature verified with the stored public key
 * against this visitor's challenge, the counter moved on (a replayed response loses). A new session.
 */
export async function signInWithPasskey(
  deps: Core,
  rp: RelyingParty,
  visitorId: string,
  response: AuthenticationResponseJSON,
): Promise<{ token: string; user: User }> {
  const expectedChallenge = await take(deps, challengeKey('sign-in', visitorId));
  const userHandle = response.response.userHandle;
  const userId = userHandle ? new TextDecoder().decode(b64url.to(userHandle)) : '';
  const [user, passkey] = /^usr_[a-z0-9]{4,40}$/.test(userId)
    ? await Promise.all([deps.people.getUser(userId), deps.people.getPasskey(userId, response.id)])
    : [undefined, undefined];
  if (!user || user.disabled || !passkey) throw notVerified();
  const { verifyAuthenticationResponse } = await webauthn();
  const verified = await verifyAuthenticationResponse({
    response,
    expectedChallenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: {
      id: passkey.id,
      publicKey: b64url.to(passkey.publicKey),
      counter: passkey.counter,
      transports: passkey.transports,
    },
    requireUserVerification: false,
  }).catch(() => undefined);
  if (!verified?.verified) throw notVerified();
  const used = {
    ...passkey,
    counter: verified.authenticationInfo.newCounter,
    lastUsedAt: deps.now().toISOString(),
  };
  if (!(await deps.people.usePasskey(used, passkey.counter))) throw notVerified();
  return { token: await startSession(deps, user), user };
}
