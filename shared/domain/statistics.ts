import { capacityOn } from './capacity';
import type { ActivityKind } from './figures';
import { datesOfMonth } from './periods';

/**
 * The month's statistics every party reads (issue 26, 5; the seeds' "aktuell statistik och beläggning" in one
 * shared place): each night venue's places, guests and occupancy night by night, each day centre's visits, and the
 * partnership's totals. Aggregate counts only, as the report has them. Pure.
 */
export interface VenueNightFigures {
  night: string;
  places: number;
  /** Null: not reported (yet). */
  guests: number | null;
}

export interface MonthStatistics {
  month: string;
  nightVenues: {
    activityId: string;
    name: string;
    kind: ActivityKind;
    nights: VenueNightFigures[];
    guestNights: number;
    placeNights: number;
    /** Guests over places of the nights reported that had places, %; null without any. */
    occupancyPct: number | null;
  }[];
  dayCentres: { activityId: string; name: string; visits: number }[];
  totals: { guestNights: number; placeNights: number; occupancyPct: number | null; visits: number };
}

interface Venue {
  id: string;
  name: string;
  kind: ActivityKind;
  capacity: readonly { from: string; places: number }[];
}
type Figures = { period: string; figures: Record<string, unknown> };

const count = (f: Record<string, unknown>) =>
  (typeof f.women === 'number' ? f.women : 0) + (typeof f.men === 'number' ? f.men : 0);
const pct = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : null);
/**
 * Occupancy's parts: the guests and places of the nights reported that had places — a venue's guests on a night
 * without places (a cold-night venue whose places are not kept) do not fill anyone else's.
 */
function withPlaces(nights: readonly VenueNightFigures[]) {
  const counted = nights.filter((n) => n.guests !== null && n.places > 0);
  return {
    guests: counted.reduce((sum, n) => sum + (n.guests ?? 0), 0),
    places: counted.reduce((sum, n) => sum + n.places, 0),
  };
}

export function monthStatistics(
  month: string,
  activities: readonly Venue[],
  figuresOf: (activityId: string) => readonly Figures[],
): MonthStatistics {
  const dates = datesOfMonth(month);
  const nightVenues = activities
    .filter((a) => a.kind === 'night_shelter' || a.kind === 'cold_night_venue')
    .map((a) => {
      const byNight = new Map(figuresOf(a.id).map((f) => [f.period, count(f.figures)]));
      const nights = dates.map((night) => ({
        night,
        places: capacityOn(a.capacity, night)?.places ?? 0,
        guests: byNight.get(night) ?? null,
      }));
      const guestNights = nights.reduce((sum, n) => sum + (n.guests ?? 0), 0);
      const occupied = withPlaces(nights);
      return {
        activityId: a.id,
        name: a.name,
        kind: a.kind,
        nights,
        guestNights,
        placeNights: nights.reduce((sum, n) => sum + n.places, 0),
        occupancyPct: pct(occupied.guests, occupied.places),
      };
    })
    // A venue with neither places nor guests this month (closed, not begun) is not part of it.
    .filter((v) => v.placeNights > 0 || v.guestNights > 0);
  const dayCentres = activities
    .filter((a) => a.kind === 'day_centre')
    .map((a) => ({
      activityId: a.id,
      name: a.name,
      visits: figuresOf(a.id).reduce((sum, f) => sum + count(f.figures), 0),
    }));
  const guestNights = nightVenues.reduce((sum, v) => sum + v.guestNights, 0);
  const occupied = withPlaces(nightVenues.flatMap((v) => v.nights));
  return {
    month,
    nightVenues,
    dayCentres,
    totals: {
      guestNights,
      placeNights: nightVenues.reduce((sum, v) => sum + v.placeNights, 0),
      occupancyPct: pct(occupied.guests, occupied.places),
      visits: dayCentres.reduce((sum, d) => sum + d.visits, 0),
    },
  };
}
