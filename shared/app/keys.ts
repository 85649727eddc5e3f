import { randomBytes, timingSafeEqual } from 'node:crypto';
import { authorise, type Principal, type Role } from '../domain/access';
import { invalid, unauthenticated } from '../domain/errors';
import { auditEntry } from './audit';
import { sha256 } from './ids';
import type { ApiKeyRecord } from './model';
import type { Core, Store } from './ports';

/** The id under which a key is stored, derived from the key so that any key can be looked up in one read. */
export const keyIdOf = (key: string) => `key_${sha256(`id:${key}`).slice(0, 16)}`;

export const generateKey = () => `iop_${randomBytes(32).toString('base64url')}`;

const publicView = ({ hash: _hash, ...rest }: ApiKeyRecord) => rest;
export type PublicKey = ReturnType<typeof publicView>;

/** Resolves `Authorization: Bearer <key>` to a principal, or refuses with 401. Revocation takes effect at once. */
export async function authenticate(store: Store, authorization: string | undefined): Promise<Principal> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) throw unauthenticated('Send an API key as `Authorization: Bearer <key>`.');
  const key = match[1];
  const record = await store.getKey(keyIdOf(key));
  const presented = Buffer.from(sha256(key), 'hex');
  const stored = Buffer.from(record?.hash ?? '0'.repeat(64), 'hex');
  if (!record || !timingSafeEqual(presented, stored) || record.revokedAt) {
    throw unauthenticated('The API key is unknown or revoked.');
  }
  return { id: record.id, via: 'key', role: record.role, organisationId: record.organisationId };
}

export interface NewKeyRequest {
  role: Role;
  organisationId?: string;
  label: string;
}

/**
 * Creates a key and returns it once. Used by the API (admin) and by the bootstrap CLI / local start-up,
 * which pass a system principal and may choose the key itself.
 */
export async function createKey(
  deps: Core,
  principal: Principal,
  request: NewKeyRequest,
  key: string = generateKey(),
): Promise<PublicKey & { key: string }> {
  authorise(principal, 'keys.manage');
  if (request.role === 'partner') {
    if (!request.organisationId) {
      throw invalid('A partner key is bound to one organisation.', [
        { path: '/organisationId', code: 'organisation_needed' },
      ]);
    }
    if (!(await deps.store.getOrganisation(request.organisationId))) {
      throw invalid('No such organisation.', [
        {
          path: '/organisationId',
          code: 'no_such',
          params: { what: 'organisation', id: request.organisationId },
        },
      ]);
    }
  } else if (request.organisationId) {
    throw invalid('Only partner keys are bound to an organisation.', [
      { path: '/organisationId', code: 'organisation_not_wanted', params: { role: request.role } },
    ]);
  }
  const at = deps.now().toISOString();
  const record: ApiKeyRecord = {
    id: keyIdOf(key),
    hash: sha256(key),
    role: request.role,
    organisationId: request.organisationId,
    label: request.label,
    createdAt: at,
    createdBy: principal.id,
  };
  await deps.store.createKey(
    record,
    auditEntry(at, principal, {
      action: 'key.created',
      entityType: 'key',
      entityId: record.id,
      after: publicView(record),
    }),
  );
  return { ...publicView(record), key };
}

export async function listKeys(deps: Core, principal: Principal): Promise<PublicKey[]> {
  authorise(principal, 'keys.manage');
  return (await deps.store.listKeys()).map(publicView);
}

export async function revokeKey(
  deps: Core,
  principal: Principal,
  id: string,
): Promise<PublicKey | undefined> {
  authorise(principal, 'keys.manage');
  const record = await deps.store.getKey(id);
  if (!record) return undefined;
  if (record.revokedAt) return publicView(record);
  const at = deps.now().toISOString();
  const revoked = { ...record, revokedAt: at };
  await deps.store.revokeKey(
    revoked,
    auditEntry(at, principal, {
      action: 'key.revoked',
      entityType: 'key',
      entityId: id,
      before: publicView(record),
      after: publicView(revoked),
    }),
  );
  return publicView(revoked);
}
