import type { AlertContent } from './alert-messages';
import { coldSpells, type NightAssessment } from './cold-nights';

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
  const alerts: PlannedAlert[] = [];
  const forecastCreatedTime = nights[0]?.forecastCreatedTime ?? '';
  const firstNight = nights[0]?.night ?? '';

  for (const spell of coldSpells(nights)) {
    const [first, last] = spellOf(spell);
    const known = spell.map((n) => toldByNight.get(n.night)).filter((t) => t !== undefined);
    if (known.length === 0) {
      alerts.push({ kind: 'cold', nights: spell, forecastCreatedTime, key: `cold:${first}:${last}` });
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
      const min = Math.min(...spell.map((n) => n.minTemperature ?? Number.POSITIVE_INFINITY));
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
  for (const [spellKey, states] of oldSpells) {
    const now = states.map((s) => byNight.get(s.night)).filter((n) => n !== undefined);
    if (now.length > 0 && now.every((n) => !n.cold)) {
      alerts.push({ kind: 'all_clear', nights: now, forecastCreatedTime, key: `all_clear:${spellKey}` });
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
