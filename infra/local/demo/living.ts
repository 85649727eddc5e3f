import { createAgreement, updateAgreement } from '../../../shared/app/agreements';
import type { DecisionDeps } from '../../../shared/app/decisions';
import { makeDecision } from '../../../shared/app/decisions';
import { submitFigures } from '../../../shared/app/figures';
import type { Core } from '../../../shared/app/ports';
import { systemPrincipal } from '../../../shared/domain/access';
import { nextDeadline } from '../../../shared/domain/agreements';
import { capacityOn } from '../../../shared/domain/capacity';
import { addDays, addMonths, datesOfMonth, daysApart, stockholmDate } from '../../../shared/domain/periods';
import { centreMonth, shelterNights } from './load';
import { DEMO_ACTIVITIES } from './registry';
import { SEED_DAY_CENTRES, SEED_NIGHT_SHELTERS } from './seed-report-2017-18';

/** How far back the living demo's figures reach: this month and the three before it. */
const MONTHS_BACK = 3;

/**
 * The gaps a partner would really leave: Frälsningsarmén (the one shelter with places since May 2025) has not
 * entered last night yet and forgot one night ten days ago. The start page, the reminders and /saknas show them.
 */
const GAPS: Record<string, (lastNight: string) => string[]> = {
  act_fa_natt: (last) => [last, addDays(last, -10)],
};

/** A month of the monthly activities, at the seed half-year's usual level (SEED_OTHER). */
const MONTHLY: Record<string, (days: number) => Record<string, unknown>> = {
  act_eu_teamet: () => ({
    women: 18,
    men: 19,
    vulnerablePeople: 37,
    sleepingSites: 55,
    estimatedRoughSleepers: 690,
  }),
  act_convictus_uppsok: () => ({ women: 9, men: 21, vulnerablePeople: 30, sleepingSites: 24 }),
  act_socialjouren: () => ({
    women: 4,
    men: 9,
    nationalities: { RO: 7, FI: 3, PL: 1 },
    homeTripApplications: 8,
    lvmReports: 1,
  }),
  act_ng_inskrivning: (days) => {
    const tickets = Math.round((110 * days) / 7);
    return { applicants: Math.round(tickets / 0.62), ticketsIssued: tickets };
  },
};

/** A month's seed totals by calendar month (Nov–Apr); the summer months, two thirds of the winter's mean. */
function seedMonth<T extends { month: string; women: number; men: number }>(
  seed: readonly T[],
  month: string,
) {
  const same = seed.find((s) => s.month.slice(5) === month.slice(5));
  if (same) return same;
  const mean = (f: 'women' | 'men') => seed.reduce((n, s) => n + s[f], 0) / seed.length;
  return { women: Math.round((mean('women') * 2) / 3), men: Math.round((mean('men') * 2) / 3) };
}

/**
 * Seed 001: "maj 2023 till och med oktober 2024 låg beläggningen på mellan 55-60 procent", on the 56 places since.
 * The living demo's shelters are filled so (58 %), each winter month up or down as the seed half-year's same month
 * was against that half-year's own occupancy, women's share as then: the seed's 2017 totals on today's places
 * would be nearly twice the places.
 */
const RECENT_OCCUPANCY = 0.58;
const SEED_PLACES = 115;

function atTodaysPlaces(seed: { women: number; men: number }, month: string) {
  const guests = (s: { women: number; men: number }) => s.women + s.men;
  const seedNights = SEED_NIGHT_SHELTERS.reduce((n, s) => n + datesOfMonth(s.month).length * SEED_PLACES, 0);
  const seedOccupancy = SEED_NIGHT_SHELTERS.reduce((n, s) => n + guests(s), 0) / seedNights;
  // The seed's own month where it has one (Nov–Apr); the summer months at the level itself.
  const same = SEED_NIGHT_SHELTERS.find((s) => s.month.slice(5) === month.slice(5));
  const monthOccupancy = same
    ? guests(same) / (SEED_PLACES * datesOfMonth(same.month).length)
    : seedOccupancy;
  const placeNights = datesOfMonth(month).reduce(
    (n, date) =>
      n +
      DEMO_ACTIVITIES.filter((a) => a.kind === 'night_shelter').reduce(
        (sum, a) => sum + (capacityOn(a.capacity ?? [], date)?.places ?? 0),
        0,
      ),
    0,
  );
  const total = Math.round(placeNights * RECENT_OCCUPANCY * (monthOccupancy / seedOccupancy));
  const women = Math.round((total * seed.women) / guests(seed));
  return { women, men: total - women };
}

/**
 * The demo brought up to today, so that a newcomer sees the system as its people would this week: the agreement
 * in force (the last one extended as the seeds' rules allow), and figures up to last night for every shelter and
 * up to last month for the monthly activities — spread from the seed report's months as the historical demo is,
 * with a few realistic gaps.
 */
export async function bringDemoToToday(deps: Core): Promise<{ rows: number }> {
  const demo = systemPrincipal('demo');
  const today = stockholmDate(deps.now());
  const lastNight = addDays(today, -1);

  // The agreement in force: extended a week before each deadline while its rules allow, else a new one.
  let [latest] = [...(await deps.store.listAgreements())].sort((a, b) => b.end.localeCompare(a.end));
  while (latest && latest.end < today) {
    const deadline = nextDeadline(latest);
    if (deadline === null) break;
    latest = await updateAgreement(deps, demo, latest.id, { extend: { decidedOn: addDays(deadline, -7) } });
  }
  if (latest && latest.end < today) {
    const start = addDays(latest.end, 1);
    await createAgreement(deps, demo, {
      name: `Överenskommelse ${start.slice(0, 4)}–${Number(start.slice(0, 4)) + 1}`,
      start,
      end: addDays(`${Number(start.slice(0, 4)) + 1}${start.slice(4)}`, -1),
      latestEnd: null,
      extensionMonths: 12,
      notice: { kind: 'months_before_end', months: 6 },
      parties: latest.parties
        .filter((p) => !p.left)
        .map((p) => ({ organisationId: p.organisationId, joined: start })),
    });
  }

  const firstMonth = addMonths(today.slice(0, 7), -MONTHS_BACK);
  const months = Array.from({ length: MONTHS_BACK + 1 }, (_, i) => addMonths(firstMonth, i));
  const rows: { activityId: string; period: string; figures: unknown }[] = [];
  for (const month of months) {
    const { women, men } = atTodaysPlaces(seedMonth(SEED_NIGHT_SHELTERS, month), month);
    const entered = (row: { activityId: string; period: string }) =>
      row.period <= lastNight && !(GAPS[row.activityId]?.(lastNight) ?? []).includes(row.period);
    for (const row of shelterNights(month, women, men, entered)) rows.push(row);
  }
  // The monthly activities report each month once it is over.
  for (const month of months.filter((m) => m < today.slice(0, 7)))
    for (const [activityId, figures] of Object.entries(MONTHLY))
      rows.push({ activityId, period: month, figures: figures(datesOfMonth(month).length) });
  for (const month of months.filter((m) => m < today.slice(0, 7))) {
    const { women, men } = seedMonth(SEED_DAY_CENTRES, month);
    for (const row of centreMonth(month, women, men)) rows.push(row);
  }
  const { problems } = await submitFigures(deps, demo, rows);
  if (problems.length > 0) throw new Error(`Living demo refused: ${JSON.stringify(problems.slice(0, 3))}`);
  return { rows: rows.length };
}

/**
 * The coordinators' decision the demo shows at once: the cold-night venue opens for the replayed spell's cold
 * nights, sent to the venue and the outreach team, so the board, the SMS outbox and the public page all have it.
 */
export async function openForTheSpell(deps: DecisionDeps, nights: readonly string[], publicUrl: string) {
  const today = stockholmDate(deps.now());
  const ahead = nights.filter((n) => n >= today && daysApart(today, n) <= 13);
  if (ahead.length === 0) return;
  await makeDecision(
    deps,
    systemPrincipal('demo'),
    { nights: ahead, open: true, venueIds: ['act_ng_extra_kalla'], groups: ['venues', 'outreach'] },
    publicUrl,
  );
}
