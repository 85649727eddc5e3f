import { describe, expect, it } from 'vitest';
import { memoryCore } from '../../shared/adapters/memory-stores';
import { passkeyAddOptions, relyingParty } from '../../shared/app/passkeys';
import {
  PASSKEY_ALGORITHMS,
  PASSKEY_BODY_MAX_CHARS,
  verifiableAlgorithms,
} from '../../shared/domain/passkey-algorithms';
import { PasskeyAuthentication, PasskeyRegistration } from '../../shared/http/schemas';

/** `bytes` random-looking bytes as base64url, as a browser sends them. */
const b64 = (bytes: number) => Buffer.alloc(bytes, 0xa5).toString('base64url');

/** A registration and a sign-in of the largest key the server verifies: ML-DSA-87, a 1,023-byte credential id. */
const largest = PASSKEY_ALGORITHMS.find((a) => a.name === 'ML-DSA-87');
const id = b64(1023);
const registration = (signatureBytes = 0) => ({
  id,
  rawId: id,
  type: 'public-key',
  clientExtensionResults: { credProps: { rk: true } },
  response: {
    clientDataJSON: b64(250),
    // authData (37 + 18 + id + COSE key) and a packed statement's signature.
    attestationObject: b64(37 + 18 + 1023 + (largest?.publicKeyBytes ?? 0) + 40 + signatureBytes),
    authenticatorData: b64(37 + 18 + 1023 + (largest?.publicKeyBytes ?? 0) + 40),
    publicKey: b64((largest?.publicKeyBytes ?? 0) + 22),
    publicKeyAlgorithm: -50,
    transports: ['internal'],
  },
});
const signIn = (signatureBytes: number) => ({
  id,
  rawId: id,
  type: 'public-key',
  clientExtensionResults: {},
  response: {
    clientDataJSON: b64(250),
    authenticatorData: b64(37),
    signature: b64(signatureBytes),
    userHandle: b64(44),
  },
});

describe('passkey bounds, from the algorithms the server verifies', () => {
  it('takes the largest key and signature of every algorithm offered, and refuses one byte more', () => {
    for (const a of PASSKEY_ALGORITHMS) {
      expect(PasskeyAuthentication.safeParse(signIn(a.signatureBytes)).success, a.name).toBe(true);
    }
    expect(PasskeyRegistration.safeParse(registration(4627)).success).toBe(true);
    // ML-DSA-44 as Chromium sends it: 2,420 bytes, 3,227 characters (the old bound of 2,048 refused it).
    expect(b64(2420)).toHaveLength(3227);
    const tooLong = PasskeyAuthentication.safeParse(signIn(8192));
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.path).toEqual(['response', 'signature']);
  });

  it("lets the largest registration's JSON through the body bound", () => {
    expect(JSON.stringify(registration(4627)).length).toBeLessThan(PASSKEY_BODY_MAX_CHARS);
    expect(PASSKEY_BODY_MAX_CHARS).toBeLessThan(64 * 1024);
  });

  it('offers exactly the algorithms it verifies, in its order; post-quantum only where the runtime has it', async () => {
    expect(verifiableAlgorithms(false).map((a) => a.name)).toEqual(['EdDSA', 'ES256', 'RS256']);
    expect(verifiableAlgorithms(true).map((a) => a.cose)).toEqual([-48, -49, -50, -8, -7, -257]);
    const deps = memoryCore();
    const options = await passkeyAddOptions(
      deps,
      relyingParty('http://localhost:3000'),
      {
        id: 'usr_fredrik01',
        email: 'fredrik@example.org',
        name: 'Fredrik Ek',
        role: 'partner',
        organisationId: 'org_fa',
        language: 'sv',
        disabled: false,
        authVersion: 1,
        version: 1,
        createdAt: '2026-12-01T00:00:00.000Z',
      },
      'session-1',
    );
    // This runtime (Node 24) verifies ML-DSA: all six, post-quantum first.
    expect(options.pubKeyCredParams.map((p) => p.alg)).toEqual([-48, -49, -50, -8, -7, -257]);
  });
});
