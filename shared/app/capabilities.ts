import { can, type Principal, RIGHTS_NAMED, type Right } from '../domain/access';

/**
 * What the person signed in may do, for the pages to show only the links and buttons that lead somewhere: read
 * from the same table of rights every use case authorises by, so a page never decides it by a role of its own.
 */
export interface Capabilities {
  rights: Readonly<Record<Right, boolean>>;
  /** Reminders of missing figures and outcomes reach partners and administrators, not coordinators. */
  reminders: boolean;
  /** A partner's own organisation: their start page lists its activities, their finances page is its form. */
  ownOrganisation?: string;
}

export function capabilitiesOf(principal: Principal): Capabilities {
  return {
    rights: Object.fromEntries(RIGHTS_NAMED.map((right) => [right, can(principal, right)])) as Record<
      Right,
      boolean
    >,
    reminders: principal.role !== 'coordinator',
    ...(principal.role === 'partner' && principal.organisationId
      ? { ownOrganisation: principal.organisationId }
      : {}),
  };
}
