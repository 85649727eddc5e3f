/**
 * The passkey (WebAuthn) signature algorithms the server verifies, in the order it prefers them, each with the
 * largest public key and signature it makes. Every bound on a passkey's fields is derived from this table, never
 * typed beside it: a post-quantum signature is kilobytes where an elliptic-curve one is 72 bytes, and a bound typed
 * for the old keys locked out the ML-DSA passkeys that Chromium makes since version 156.
 */
export interface PasskeyAlgorithm {
  name: string;
  /** The COSE algorithm identifier (IANA), as WebAuthn names it in `pubKeyCredParams`. */
  cose: number;
  /** The largest public key, in bytes (the key material inside its COSE or SPKI wrapping). */
  publicKeyBytes: number;
  /** The largest signature, in bytes. */
  signatureBytes: number;
  /** Post-quantum: verified only where the runtime's WebCrypto has it (Node 24.7 and later). */
  postQuantum: boolean;
}

export const PASSKEY_ALGORITHMS: readonly PasskeyAlgorithm[] = [
  // FIPS 204, table 2: public keys of 1,312 / 1,952 / 2,592 bytes, signatures of 2,420 / 3,309 / 4,627 bytes.
  { name: 'ML-DSA-44', cose: -48, publicKeyBytes: 1312, signatureBytes: 2420, postQuantum: true },
  { name: 'ML-DSA-65', cose: -49, publicKeyBytes: 1952, signatureBytes: 3309, postQuantum: true },
  { name: 'ML-DSA-87', cose: -50, publicKeyBytes: 2592, signatureBytes: 4627, postQuantum: true },
  // Ed25519: a 32-byte key, a 64-byte signature.
  { name: 'EdDSA', cose: -8, publicKeyBytes: 32, signatureBytes: 64, postQuantum: false },
  // P-256: two 32-byte coordinates; an ASN.1 DER signature of at most 72 bytes.
  { name: 'ES256', cose: -7, publicKeyBytes: 64, signatureBytes: 72, postQuantum: false },
  // RSA up to 4,096 bits: a 512-byte modulus and its exponent (at most 4 bytes), a 512-byte signature.
  { name: 'RS256', cose: -257, publicKeyBytes: 516, signatureBytes: 512, postQuantum: false },
];

/** The algorithms this runtime can verify, in the server's order: the post-quantum ones only where it has them. */
export const verifiableAlgorithms = (runtimeHasPostQuantum: boolean) =>
  PASSKEY_ALGORITHMS.filter((a) => runtimeHasPostQuantum || !a.postQuantum);

const largest = (of: (a: PasskeyAlgorithm) => number) =>
  PASSKEY_ALGORITHMS.reduce((most, a) => Math.max(most, of(a)), 0);
/** Characters of base64url (unpadded) for `bytes` bytes. */
const base64urlChars = (bytes: number) => Math.ceil((bytes * 4) / 3);

// WebAuthn's fixed parts, in bytes.
/** A credential id is at most 1,023 bytes (WebAuthn level 3, §5.1). */
const CREDENTIAL_ID = 1023;
/** rpIdHash (32), flags (1), signature counter (4). */
const AUTH_DATA_FIXED = 37;
/** Attested credential data: AAGUID (16) and the credential id's length (2). */
const ATTESTED_FIXED = 18;
/** Room for a key's COSE or SPKI labels, parameters and length prefixes (an RSA key's are about 20 bytes). */
const KEY_WRAPPING = 64;
/** Room for authenticator extensions (credProps, largeBlob's flags …) and for CBOR maps' headers. */
const EXTENSIONS = 1024;
/** Certificates of a packed or TPM statement, should a browser pass one on although 'none' is asked for. */
const CERTIFICATES = 8192;

const largestKey = largest((a) => a.publicKeyBytes) + KEY_WRAPPING;
const largestSignature = largest((a) => a.signatureBytes);

/** The bounds of a passkey response's fields, in base64url characters, each from the table above. */
export const PASSKEY_FIELD_CHARS = {
  credentialId: base64urlChars(CREDENTIAL_ID),
  /** The browser's JSON: type, a 32-byte challenge, the origin, crossOrigin, perhaps topOrigin. */
  clientDataJSON: base64urlChars(3072),
  /** A sign-in's authenticator data: the fixed part and extensions. */
  authenticatorData: base64urlChars(AUTH_DATA_FIXED + EXTENSIONS),
  signature: base64urlChars(largestSignature),
  /** The new passkey's public key as SPKI. */
  publicKey: base64urlChars(largestKey),
  /** A registration's authenticator data: the fixed parts, the credential id, the key, extensions. */
  registrationAuthenticatorData: base64urlChars(
    AUTH_DATA_FIXED + ATTESTED_FIXED + CREDENTIAL_ID + largestKey + EXTENSIONS,
  ),
  /** The attestation object: that authenticator data, and a statement of at most one signature and certificates. */
  attestationObject: base64urlChars(
    AUTH_DATA_FIXED +
      ATTESTED_FIXED +
      CREDENTIAL_ID +
      largestKey +
      EXTENSIONS +
      largestSignature +
      CERTIFICATES,
  ),
  /** Our user ids are ASCII and WebAuthn's user handle is at most 64 bytes. */
  userHandle: base64urlChars(64),
} as const;

/**
 * The largest JSON body a passkey request may carry: every field at its bound (the id twice: `id` and `rawId`),
 * and 4 KiB for the JSON's names, punctuation and small fields (transports, extension results).
 */
export const PASSKEY_BODY_MAX_CHARS =
  2 * PASSKEY_FIELD_CHARS.credentialId +
  PASSKEY_FIELD_CHARS.clientDataJSON +
  PASSKEY_FIELD_CHARS.attestationObject +
  PASSKEY_FIELD_CHARS.registrationAuthenticatorData +
  PASSKEY_FIELD_CHARS.publicKey +
  PASSKEY_FIELD_CHARS.signature +
  4096;
