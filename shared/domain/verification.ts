import { DEFAULT_NIGHT_WINDOW, type NightWindow, nightSpan } from './periods';

/**
 * How well the alerts worked, from the system's own records: each night SMHI observed at or below the threshold
 * (a cold night) against when the coordinators were first told of it, and each night they were told of that was
 * not cold. The measure of the whole alert system.
 */

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The alerts a delivery log tells, each with when it first went out. A run's one message names every alert it
 * told in its key (`cold:<first>:<last>:…+update:…`), so each is read back with its own kind and nights.
 */
export function alertsSent(
  deliveries: readonly { alertKey: string; nights: readonly string[]; status: string; at: string }[],
): AlertSent[] {
  const first = new Map<string, AlertSent>();
  for (const d of deliveries) {
    if (d.status !== 'sent' || d.alertKey.startsWith('decision:')) continue;
    for (const part of d.alertKey.split('+')) {
      const [kind = '', from = '', to = ''] = part.split(':');
      const known = first.get(part);
      if (known && known.at <= d.at) continue;
      first.set(part, { kind, nights: d.nights.filter((n) => n >= from && n <= to), at: d.at });
    }
  }
  return [...first.values()];
}

/** An alert counts as early when it reached people at least this long before the night began. */
export const EARLY_HOURS = 36;

export interface AlertSent {
  kind: string;
  nights: readonly string[];
  /** When it was sent (first delivery). */
  at: string;
}

export interface VerifiedNight {
  night: string;
  observedMin: number | null;
  quality?: string;
  cold: boolean;
  /** When the first alert naming it went out, and how many hours before the night began. */
  alertedAt?: string;
  leadHours?: number;
  verdict: 'early' | 'late' | 'missed' | 'false_alarm' | 'quiet';
  /** What was decided for it: open, not opening, or nothing. */
  decision: 'open' | 'not_opening' | 'none';
}

export interface Verification {
  from: string;
  to: string;
  observedNights: number;
  coldNights: number;
  alertedEarly: number;
  alertedLate: number;
  missed: number;
  falseAlarms: number;
  medianLeadHours: number | null;
  decisions: { openOnCold: number; notOpenOnCold: number; undecidedCold: number; openNotCold: number };
  nights: VerifiedNight[];
}

/**
 * The verification of `observed` nights: alerted early (≥ 36 h before the night began), alerted later, never
 * alerted; false alarms are nights alerted as cold (and not cleared before they began) that were observed above
 * the threshold. Nights without an observation are not counted.
 */
export function verify(input: {
  from: string;
  to: string;
  thresholdC: number;
  observed: readonly { night: string; minTemperature: number | null; quality: string }[];
  alerts: readonly AlertSent[];
  decisions: readonly { nights: readonly string[]; open: boolean; cancelled: boolean }[];
  window?: NightWindow;
}): Verification {
  const window = input.window ?? DEFAULT_NIGHT_WINDOW;
  const nights: VerifiedNight[] = input.observed
    .filter((o) => o.night >= input.from && o.night <= input.to && o.minTemperature !== null)
    .map((o) => {
      const begins = nightSpan(o.night, window).start.getTime();
      const before = input.alerts.filter((a) => a.nights.includes(o.night) && Date.parse(a.at) < begins);
      const told = before.filter((a) => a.kind !== 'all_clear').sort((a, b) => a.at.localeCompare(b.at));
      const lastWord = [...before].sort((a, b) => a.at.localeCompare(b.at)).at(-1);
      const first = told[0];
      const cold = (o.minTemperature as number) <= input.thresholdC;
      const leadHours = first
        ? Math.round(((begins - Date.parse(first.at)) / 3_600_000) * 10) / 10
        : undefined;
      const stillTold = lastWord !== undefined && lastWord.kind !== 'all_clear';
      const verdict: VerifiedNight['verdict'] = cold
        ? first === undefined
          ? 'missed'
          : (leadHours as number) >= EARLY_HOURS
            ? 'early'
            : 'late'
        : stillTold
          ? 'false_alarm'
          : 'quiet';
      const inForce = input.decisions.filter((d) => !d.cancelled && d.nights.includes(o.night));
      const decision = inForce.some((d) => d.open) ? 'open' : inForce.length > 0 ? 'not_opening' : 'none';
      return {
        night: o.night,
        observedMin: o.minTemperature,
        quality: o.quality,
        cold,
        ...(first ? { alertedAt: first.at, leadHours } : {}),
        verdict,
        decision,
      };
    });
  const count = (pick: (n: VerifiedNight) => boolean) => nights.filter(pick).length;
  const coldAlerted = nights.filter((n) => n.cold && n.leadHours !== undefined);
  return {
    from: input.from,
    to: input.to,
    observedNights: nights.length,
    coldNights: count((n) => n.cold),
    alertedEarly: count((n) => n.verdict === 'early'),
    alertedLate: count((n) => n.verdict === 'late'),
    missed: count((n) => n.verdict === 'missed'),
    falseAlarms: count((n) => n.verdict === 'false_alarm'),
    medianLeadHours: median(coldAlerted.map((n) => n.leadHours as number)),
    decisions: {
      openOnCold: count((n) => n.cold && n.decision === 'open'),
      notOpenOnCold: count((n) => n.cold && n.decision === 'not_opening'),
      undecidedCold: count((n) => n.cold && n.decision === 'none'),
      openNotCold: count((n) => !n.cold && n.decision === 'open'),
    },
    nights,
  };
}
