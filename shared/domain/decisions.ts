/**
 * The decision to open (*beslut om extra kalla nätter*): after an alert the coordinators decide, for one or more
 * nights, to open extra places — lent rooms, the cold-night venues — or not to. The decision is what the venues,
 * the outreach teams and the public page act on; the forecast never is.
 */

/** Who must act on a decision: the subscribers' groups. A subscriber is in one or more. */
export const GROUPS = ['coordinators', 'venues', 'outreach', 'socialjouren', 'volunteers'] as const;
export type Group = (typeof GROUPS)[number];

/** The most nights one decision covers: the seeds' longest spell held for up to two weeks. */
export const MAX_DECISION_NIGHTS = 14;

export interface Decision {
  id: string;
  /** The nights (each named by the evening it begins), sorted, each once. */
  nights: string[];
  open: boolean;
  /** The cold-night venues opened (when open). */
  venueIds: string[];
  /** Why not (when not opening), in a few words. */
  reason?: string;
  /** Whom it is sent to. */
  groups: Group[];
  cancelled: boolean;
  /** 1 when made; each change or the cancellation counts it up, and each version is sent once. */
  version: number;
  decidedAt: string;
  /** As the audit trail names them; with a person's name when a person decided. */
  decidedBy: string;
  decidedByName?: string;
}

/** What a decision tells, per version: made, changed, or cancelled. */
export type DecisionMessageKind = 'decided' | 'changed' | 'cancelled';

export const messageKindOf = (d: Decision): DecisionMessageKind =>
  d.cancelled ? 'cancelled' : d.version === 1 ? 'decided' : 'changed';

/** A public venue as the page and the JSON show it: where, when, how many places. */
export interface PublicVenue {
  id: string;
  name: string;
  address: string;
  hours: string;
  places?: number;
}

/** `cancelled`: an opening was announced and called off, so no one waits at a door that stays shut. */
export const PUBLIC_STATUSES = ['open', 'not_opening', 'cancelled', 'undecided'] as const;

export interface PublicNight {
  night: string;
  status: (typeof PUBLIC_STATUSES)[number];
  venues: PublicVenue[];
}

/**
 * Each night's status from the decisions in force (not cancelled): open where any decision opens it (the venues of
 * all of them), not opening where one says so and none opens it, cancelled where only a cancelled opening named
 * it, undecided otherwise. Never from a forecast.
 */
export function publicNights(
  nights: readonly string[],
  decisions: readonly Decision[],
  venue: (id: string, night: string) => PublicVenue | undefined,
): PublicNight[] {
  return nights.map((night) => {
    const inForce = decisions.filter((d) => !d.cancelled && d.nights.includes(night));
    const opening = inForce.filter((d) => d.open);
    if (opening.length > 0) {
      const ids = [...new Set(opening.flatMap((d) => d.venueIds))];
      const venues = ids.map((id) => venue(id, night)).filter((v): v is PublicVenue => v !== undefined);
      return { night, status: 'open', venues };
    }
    if (inForce.length > 0) return { night, status: 'not_opening', venues: [] };
    const calledOff = decisions.some((d) => d.cancelled && d.open && d.nights.includes(night));
    return { night, status: calledOff ? 'cancelled' : 'undecided', venues: [] };
  });
}
