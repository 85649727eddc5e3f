import { authorise, type Principal } from '../domain/access';
import { capacityOn } from '../domain/capacity';
import type { NightAssessment } from '../domain/cold-nights';
import {
  fitDemand,
  partnershipDemand,
  RECENT_DAYS,
  type VenueDemand,
  type VenueNight,
} from '../domain/demand';
import { addDays, stockholmDate } from '../domain/periods';
import type { AlertStore } from './alerts-model';
import type { Core } from './ports';

/** The history a fit reads: three years, so that each of the last two winters can be held out. */
const HISTORY_DAYS = 3 * 366;
/** A fit older than this is made again by the next check: nightly, never per request. */
export const REFIT_HOURS = 20;

type DemandDeps = Pick<Core, 'store' | 'now'> & { alerts: AlertStore };

/**
 * Fits every night shelter's demand on its last three years of nights and the observed minimums, and keeps each
 * fit with the recent nights its baselines read. Run by the cold-night check once a day.
 */
export async function refitDemand(deps: DemandDeps): Promise<VenueDemand[]> {
  const now = deps.now();
  const to = addDays(stockholmDate(now), -1);
  const from = addDays(to, -HISTORY_DAYS);
  const recentFrom = addDays(to, -RECENT_DAYS);
  const [activities, observed] = await Promise.all([
    deps.store.listActivities(),
    deps.alerts.listObservedNights(from, to),
  ]);
  const minimum = new Map(observed.map((o) => [o.night, o.minTemperature]));
  const fitted: VenueDemand[] = [];
  for (const venue of activities.filter((a) => a.kind === 'night_shelter')) {
    const history: VenueNight[] = (await deps.store.listFigures(venue.id, from, to))
      .filter((f) => f.period.length === 10)
      .map((f) => ({
        night: f.period,
        guests: (f.figures.women ?? 0) + (f.figures.men ?? 0),
        minTemperature: minimum.get(f.period) ?? null,
      }));
    // A shelter with no night in three years (closed, or not begun) has nothing to fit or to show.
    if (history.length === 0) continue;
    fitted.push({
      venueId: venue.id,
      fittedAt: now.toISOString(),
      fit: fitDemand(history),
      recent: history.filter((h) => h.night >= recentFrom),
    });
  }
  await deps.alerts.saveDemand(fitted);
  return fitted;
}

/**
 * The nights with the partnership's expected guests against its places: the shelters' places that night and the
 * cold-night venues already decided open for it. The fits are read as the last nightly fit left them, made again
 * when older than REFIT_HOURS. A night without a forecast temperature, or venues without enough recent nights,
 * gets none.
 */
export async function withDemand(
  deps: DemandDeps,
  nights: readonly NightAssessment[],
): Promise<NightAssessment[]> {
  let venues = await deps.alerts.listDemand();
  const newest = venues.reduce((latest, v) => Math.max(latest, Date.parse(v.fittedAt)), 0);
  const age = deps.now().getTime() - newest;
  if (venues.length === 0 || age > REFIT_HOURS * 3_600_000) venues = await refitDemand(deps);
  if (venues.length === 0) return [...nights];
  const [activities, decisions] = await Promise.all([
    deps.store.listActivities(),
    deps.alerts.listDecisions(),
  ]);
  const byId = new Map(activities.map((a) => [a.id, a]));
  const placesOf = (id: string, night: string) =>
    capacityOn(byId.get(id)?.capacity ?? [], night)?.places ?? 0;
  const decided = (night: string) =>
    decisions
      .filter((d) => d.open && !d.cancelled && d.nights.includes(night))
      .flatMap((d) => d.venueIds)
      .reduce((sum, id) => sum + placesOf(id, night), 0);
  const ahead = nights.flatMap((n) =>
    n.minTemperature === null ? [] : [{ night: n.night, minTemperature: n.minTemperature }],
  );
  const demand = partnershipDemand(venues, ahead, placesOf);
  return nights.map((n) => {
    const d = demand.get(n.night);
    return d ? { ...n, demand: { ...d, places: d.places + decided(n.night) } } : n;
  });
}

/** Each night shelter's fit as the last nightly fit left it: its parameters, errors and backtest, by name. */
export async function listDemandFits(deps: DemandDeps, principal: Principal) {
  authorise(principal, 'alerts.read');
  const [venues, activities] = await Promise.all([deps.alerts.listDemand(), deps.store.listActivities()]);
  const names = new Map(activities.map((a) => [a.id, a.name]));
  return venues.map((v) => ({
    venueId: v.venueId,
    name: names.get(v.venueId) ?? v.venueId,
    fittedAt: v.fittedAt,
    recentNights: v.recent.length,
    ...v.fit,
  }));
}

/**
 * The nights gone by: what the last check expected against the guests the night shelters reported (issue 27, 4),
 * and how many of the shelters counted have reported so far.
 */
export async function expectedAgainstReported(
  deps: DemandDeps,
  principal: Principal,
  range: { from: string; to: string },
) {
  authorise(principal, 'alerts.read');
  const [records, activities] = await Promise.all([
    deps.alerts.listNights(range.from, range.to),
    deps.store.listActivities(),
  ]);
  const expected = records.filter((r) => r.demand);
  if (expected.length === 0) return [];
  const shelters = activities.filter((a) => a.kind === 'night_shelter');
  const reported = new Map<string, { guests: number; venues: number }>();
  for (const figures of await Promise.all(
    shelters.map((s) => deps.store.listFigures(s.id, range.from, range.to)),
  ))
    for (const f of figures) {
      if (f.period.length !== 10) continue;
      const sum = reported.get(f.period) ?? { guests: 0, venues: 0 };
      reported.set(f.period, {
        guests: sum.guests + (f.figures.women ?? 0) + (f.figures.men ?? 0),
        venues: sum.venues + 1,
      });
    }
  return expected.map((r) => ({
    night: r.night,
    demand: r.demand as NonNullable<typeof r.demand>,
    reported: reported.get(r.night) ?? { guests: 0, venues: 0 },
  }));
}
