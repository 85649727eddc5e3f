import { coldSpells, type NightAssessment } from './cold-nights';
import { daysApart } from './periods';

export type AlertKind = 'cold' | 'update' | 'all_clear';

/** What one alert says: its kind, the nights it is about, and the forecast it comes from. */
export interface AlertContent {
  kind: AlertKind;
  /** The cold spell (cold, update) or the nights no longer cold (all_clear), in date order. */
  nights: NightAssessment[];
  forecastCreatedTime: string;
}

/** What was last told to subscribers about a night (kept with the night's record). */
export interface AlertedState {
  night: string;
  /** Whether subscribers currently believe this night is cold. */
  cold: boolean;
  /** The spell they were told of, by its first and last night. */
  spell: [string, string];
  /** The minimum they were told of. */
  minTemperature: number | null;
}

export interface PlannedAlert extends AlertContent {
  /** Names this alert for exactly-once delivery: a re-run over the same forecast yields the same key. */
  key: string;
}

/** FNV-1a, 32 bits, as hex: a short, stable name for what subscribers had been told. Not security. */
function fingerprint(value: unknown): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(value)) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const spellOf = (nights: readonly NightAssessment[]): [string, string] => [
  nights[0]?.night ?? '',
  nights.at(-1)?.night ?? '',
];

/**
 * Decides what to tell, comparing the new forecast's nights with what subscribers were last told:
 * - a cold spell none of whose nights was alerted → `cold`;
 * - an alerted spell that grew or shrank, or a night now `muchColderC` colder than told → `update`;
 * - an alerted spell none of whose nights is cold any more → `all_clear`.
 * Anything else → nothing: coordinators must not learn to ignore the messages.
 */
export function planAlerts(
  nights: readonly NightAssessment[],
  told: readonly AlertedState[],
  options: { muchColderC: number },
): PlannedAlert[] {
  const byNight = new Map(nights.map((n) => [n.night, n]));
  const toldByNight = new Map(told.filter((t) => t.cold).map((t) => [t.night, t]));
  const allTold = new Map(told.map((t) => [t.night, t]));
  // A key names the alert and what had been told of its nights before: the same run again (or two at once) finds
  // the same key; a spell that comes back after an all-clear, or returns to an earlier shape, gets a new one.
  const keyOf = (kind: string, alertNights: readonly { night: string }[], extra = '') => {
    const [first, last] = [alertNights[0]?.night ?? '', alertNights.at(-1)?.night ?? ''];
    const before = alertNights.map((n) => allTold.get(n.night) ?? null);
    return `${kind}:${first}:${last}${extra}:${fingerprint(before)}`;
  };
  const alerts: PlannedAlert[] = [];
  const forecastCreatedTime = nights[0]?.forecastCreatedTime ?? '';
  const firstNight = nights[0]?.night ?? '';

  for (const spell of coldSpells(nights)) {
    const [first, last] = spellOf(spell);
    const known = spell.map((n) => toldByNight.get(n.night)).filter((t) => t !== undefined);
    if (known.length === 0) {
      alerts.push({ kind: 'cold', nights: spell, forecastCreatedTime, key: keyOf('cold', spell) });
      continue;
    }
    // Nights before the forecast's first are past: a spell told from Monday is unchanged on Tuesday morning.
    const since = (t: AlertedState) => (t.spell[0] < firstNight ? firstNight : t.spell[0]);
    const reshaped =
      known.length < spell.length || known.some((t) => since(t) !== first || t.spell[1] !== last);
    const colder = spell.some((n) => {
      const before = toldByNight.get(n.night)?.minTemperature;
      return before != null && n.minTemperature !== null && before - n.minTemperature >= options.muchColderC;
    });
    if (reshaped || colder) {
      const min = spell.reduce(
        (low, n) => Math.min(low, n.minTemperature ?? Number.POSITIVE_INFINITY),
        Number.POSITIVE_INFINITY,
      );
      alerts.push({
        kind: 'update',
        nights: spell,
        forecastCreatedTime,
        key: `update:${first}:${last}:${Math.round(min)}`,
      });
    }
  }

  // Spells told of whose every night is now forecast mild: one all-clear per old spell.
  const oldSpells = new Map<string, AlertedState[]>();
  for (const t of toldByNight.values())
    oldSpells.set(t.spell.join(':'), [...(oldSpells.get(t.spell.join(':')) ?? []), t]);
  for (const states of oldSpells.values()) {
    const now = states.map((s) => byNight.get(s.night)).filter((n) => n !== undefined);
    if (now.length > 0 && now.every((n) => !n.cold)) {
      alerts.push({ kind: 'all_clear', nights: now, forecastCreatedTime, key: keyOf('all_clear', now) });
    }
  }
  return alerts;
}

/**
 * What subscribers believe once the planned alerts are sent: the nights of a spell alerted now are cold, with
 * that spell; a night told cold that is now mild is no longer so once any alert touched its old spell.
 */
export function toldAfter(
  nights: readonly NightAssessment[],
  alerts: readonly PlannedAlert[],
  told: readonly AlertedState[],
): AlertedState[] {
  const state = new Map(told.map((t) => [t.night, t]));
  const touches = (spell: [string, string], alert: PlannedAlert) =>
    alert.nights.some((n) => n.night >= spell[0] && n.night <= spell[1]);
  for (const t of told) {
    const now = nights.find((n) => n.night === t.night);
    if (t.cold && now && !now.cold && alerts.some((a) => touches(t.spell, a))) {
      state.set(t.night, { ...t, cold: false, minTemperature: now.minTemperature });
    }
  }
  for (const alert of alerts.filter((a) => a.kind !== 'all_clear')) {
    for (const n of alert.nights) {
      state.set(n.night, {
        night: n.night,
        cold: true,
        spell: spellOf(alert.nights),
        minTemperature: n.minTemperature,
      });
    }
  }
  return [...state.values()];
}

/** The outlook nights further ahead than this alert on no run of their own, unless set otherwise. */
export const OUTLOOK_ALONE_DAYS = 5;

/**
 * What goes out this run, the nearest first: every planned alert — unless each is an outlook spell (uncertain)
 * starting more than `aloneDays` after `today`. Those wait, untold, and go with the next alert that goes out: a
 * far, uncertain spell is worth a mention, not a message of its own.
 */
export function alertsToSend(
  alerts: readonly PlannedAlert[],
  today: string,
  aloneDays = OUTLOOK_ALONE_DAYS,
): PlannedAlert[] {
  const far = (a: PlannedAlert) =>
    a.kind !== 'all_clear' &&
    a.nights.every((n) => n.outlook) &&
    daysApart(today, a.nights[0]?.night ?? today) > aloneDays;
  const nearestFirst = [...alerts].sort((a, b) =>
    (a.nights[0]?.night ?? '').localeCompare(b.nights[0]?.night ?? ''),
  );
  return nearestFirst.some((a) => !far(a)) ? nearestFirst : [];
}
