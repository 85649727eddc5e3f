import type { ActivityKind } from './figures';

export const ROLES = ['admin', 'coordinator', 'partner'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: the key's id, its role and, for a partner, the one organisation it is bound to. */
export interface Principal {
  keyId: string;
  role: Role;
  organisationId?: string;
}

interface Scoped {
  organisationId: string;
  kind: ActivityKind;
}

/** Admins and coordinators read everything; a partner reads only its own organisation's activities. */
export function canRead(principal: Principal, activity: Scoped): boolean {
  return principal.role !== 'partner' || principal.organisationId === activity.organisationId;
}

/** Admins write all figures; coordinators those of extra cold nights; partners their own organisation's. */
export function canWriteFigures(principal: Principal, activity: Scoped): boolean {
  switch (principal.role) {
    case 'admin':
      return true;
    case 'coordinator':
      return activity.kind === 'cold_night_venue';
    case 'partner':
      return principal.organisationId === activity.organisationId;
  }
}
