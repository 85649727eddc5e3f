import { forbidden } from './errors';
import type { ActivityKind } from './figures';

export const ROLES = ['admin', 'coordinator', 'partner'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who acts. The same for every way in — an API key (a machine), a person signed in (a session), or the system
 * itself (the schedule, a CLI) — so that the API, the web app, the scheduler and a CLI decide alike.
 */
export interface Principal {
  /** As the audit trail names them: a key's id (`key_…`), a person's id, or `system:<name>`. */
  id: string;
  via: 'key' | 'session' | 'system' | 'anonymous';
  role: Role;
  /** A partner's one organisation. */
  organisationId?: string;
  /** A person's name (signed in), as the audit trail names them. */
  name?: string;
}

/**
 * The rights, and which roles hold them: the one table every use case decides by. Rights over one organisation's
 * things (its activities, their figures) are narrowed further by `canRead` and `canWriteFigures`.
 */
const RIGHTS = {
  'keys.manage': ['admin'],
  'people.manage': ['admin'],
  'registry.read': ['admin', 'coordinator', 'partner'],
  'registry.write': ['admin'],
  'agreements.write': ['admin'],
  'finances.read': ['admin', 'partner'],
  'finances.write': ['admin', 'partner'],
  'finances.manage': ['admin'],
  'figures.read': ['admin', 'coordinator', 'partner'],
  'figures.write': ['admin', 'coordinator', 'partner'],
  'audit.read': ['admin'],
  'alerts.manage': ['admin'],
  'alerts.read': ['admin', 'coordinator'],
  'decisions.write': ['admin', 'coordinator'],
  'reports.read': ['admin', 'coordinator'],
  'reports.write': ['admin', 'coordinator'],
  /** Writing a party's appendix to the joint report: a partner its own organisation's (`canReadOrganisation`). */
  'reports.appendix': ['admin', 'coordinator', 'partner'],
  /** Naming who signs the joint report for the cooperation group and the steering group. */
  'reports.chairs': ['admin'],
  /** Reading the joint report once approved (every party); the report being written needs `reports.read`. */
  'reports.approved': ['admin', 'coordinator', 'partner'],
  /** Writing the partnership's user survey: its questions and the languages it is asked in. */
  'survey.manage': ['admin'],
  'reports.send': ['admin'],
  'reports.recipients': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Right = keyof typeof RIGHTS;
/** Every right, by name. */
export const RIGHTS_NAMED = Object.keys(RIGHTS) as Right[];

/** The roles that hold `right` (for the API's description of each route). */
export const rolesWith = (right: Right): readonly Role[] => RIGHTS[right];

export const can = (principal: Principal, right: Right): boolean =>
  (RIGHTS[right] as readonly Role[]).includes(principal.role);

/** Refuses (403) unless the principal holds `right`. */
export function authorise(principal: Principal, right: Right): void {
  if (!can(principal, right)) {
    throw forbidden(`This needs the role ${rolesWith(right).join(' or ')}; yours is ${principal.role}.`);
  }
}

/** The principal of what the system does by itself (the schedule, start-up, a CLI), named in the audit trail. */
export const systemPrincipal = (name: string): Principal => ({
  id: `system:${name}`,
  via: 'system',
  role: 'admin',
});

/** Whom open routes (health, docs) act for: someone who may see nothing — a partner of no organisation. */
export const ANONYMOUS: Principal = { id: 'anonymous', via: 'anonymous', role: 'partner' };

interface Scoped {
  organisationId: string;
  kind: ActivityKind;
}

/** An organisation the principal may see: all of them, or a partner's own. */
export const canReadOrganisation = (principal: Principal, organisationId: string): boolean =>
  principal.role !== 'partner' || principal.organisationId === organisationId;

/** Admins and coordinators read everything; a partner reads only its own organisation's activities. */
export function canRead(principal: Principal, activity: Scoped): boolean {
  return canReadOrganisation(principal, activity.organisationId);
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
