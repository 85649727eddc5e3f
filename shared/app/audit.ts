import { authorise, type Principal } from '../domain/access';
import { tooMany } from '../domain/errors';
import { newId } from './ids';
import type { AuditEntry } from './model';
import type { Core } from './ports';

export function auditEntry(
  at: string,
  principal: Principal,
  fields: Pick<AuditEntry, 'action' | 'entityType' | 'entityId' | 'activityId' | 'before' | 'after'>,
): AuditEntry {
  return { id: newId('aud'), at, keyId: principal.id, ...fields };
}

/**
 * The most audit entries one answer lists, and the most bytes: an entry holds a change's before and after (a few
 * hundred bytes, a few KB with many nationalities), and Lambda answers at most 6 MB.
 */
export const MAX_AUDIT_ENTRIES = 5_000;
const MAX_AUDIT_BYTES = 4 * 1024 * 1024;

/** The audit trail between two instants, optionally for one activity. Admin only. */
export async function listAudit(
  deps: Core,
  principal: Principal,
  query: { activityId?: string; from: Date; to: Date },
): Promise<AuditEntry[]> {
  authorise(principal, 'audit.read');
  const entries = await deps.store.listAudit({
    activityId: query.activityId,
    from: query.from.toISOString(),
    to: query.to.toISOString(),
    max: MAX_AUDIT_ENTRIES,
  });
  if (entries.length > MAX_AUDIT_ENTRIES || JSON.stringify(entries).length > MAX_AUDIT_BYTES)
    throw tooMany('audit entries (or 4 MB of them)', MAX_AUDIT_ENTRIES);
  return entries;
}
