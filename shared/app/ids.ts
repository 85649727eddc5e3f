import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A short random id with a readable prefix, e.g. `act_k3m9x2p7qa4w`. */
export function newId(prefix: string, length = 12): string {
  const bytes = randomBytes(length);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${id}`;
}

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
