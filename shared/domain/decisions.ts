/**
 * The decision to open (*beslut om extra kalla nätter*): after an alert the coordinators decide, for one or more
 * nights, to open extra places — lent rooms, the cold-night venues — or not to. The decision is what the venues,
 * the outreach teams and the public page act on; the forecast never is.
 */

/** Who must act on a decision: the subscribers' groups. A subscriber is in one or more. */
export const GROUPS = ['coordinators', 'venues', 'outreach', 'socialjouren', 'volunteers'] as const;
export type Group = (typeof GROUPS)[number];

/**
 * Why extra places open (seeds 001–004): in winter for an extra cold night (−7 °C or colder) or a severe SMHI
 * warning; in summer, a room for a few nights for people evicted from unauthorised sleeping sites.
 */
export const CAUSES = ['cold', 'warning', 'eviction'] as const;
export type Cause = (typeof CAUSES)[number];
/** The season's kind of readiness a cause belongs to: what the messages' heads say. */
export const readinessOf = (cause: Cause): 'winter' | 'summer' =>
  cause === 'eviction' ? 'summer' : 'winter';
/** A decision's cause; decisions made before causes were recorded were all for cold nights. */
export const causeOf = (d: { cause?: Cause }): Cause => d.cause ?? 'cold';

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
  /** Why extra places (absent: a cold night, as every decision before causes were recorded). */
  cause?: Cause;
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

/** Extra readiness in a period, per cause: the nights opened and the places those nights (issue 25, 6). */
export interface ReadinessLine {
  cause: Cause;
  decisions: number;
  nights: number;
  placeNights: number;
}

/**
 * The decisions to open that stand (not cancelled), counted per cause over the nights from `from` to `to`: each
 * night once per cause however many decisions name it, and the places of the venues opened that night.
 */
export function readinessIn(
  decisions: readonly Decision[],
  range: { from: string; to: string },
  placesOf: (venueId: string, night: string) => number,
): ReadinessLine[] {
  return CAUSES.flatMap((cause) => {
    const standing = decisions.filter((d) => d.open && !d.cancelled && causeOf(d) === cause);
    const venuesByNight = new Map<string, Set<string>>();
    let counted = 0;
    for (const d of standing) {
      const inside = d.nights.filter((n) => n >= range.from && n <= range.to);
      if (inside.length > 0) counted++;
      for (const night of inside) {
        const venues = venuesByNight.get(night) ?? new Set<string>();
        for (const id of d.venueIds) venues.add(id);
        venuesByNight.set(night, venues);
      }
    }
    if (counted === 0) return [];
    let placeNights = 0;
    for (const [night, venues] of venuesByNight) for (const id of venues) placeNights += placesOf(id, night);
    return [{ cause, decisions: counted, nights: venuesByNight.size, placeNights }];
  });
}
