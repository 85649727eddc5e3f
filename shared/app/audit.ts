import type { Principal } from '../domain/access';
import { forbidden } from '../domain/errors';
import { newId } from './ids';
import type { AuditEntry } from './model';
import type { Deps } from './ports';

export function auditEntry(
  at: string,
  principal: Principal,
  fields: Pick<AuditEntry, 'action' | 'entityType' | 'entityId' | 'activityId' | 'before' | 'after'>,
): AuditEntry {
  return { id: newId('aud'), at, keyId: principal.keyId, ...fields };
}

export function requireAdmin(principal: Principal): void {
  if (principal.role !== 'admin') throw forbidden('Only an admin key may do this.');
}

/** The audit trail between two instants, optionally for one activity. Admin only. */
export async function listAudit(
  deps: Deps,
  principal: Principal,
  query: { activityId?: string; from: Date; to: Date },
): Promise<AuditEntry[]> {
  requireAdmin(principal);
  return deps.store.listAudit({
    activityId: query.activityId,
    from: query.from.toISOString(),
    to: query.to.toISOString(),
  });
}
