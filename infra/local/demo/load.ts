import { DateTime } from 'luxon';
import { createAgreement, updateAgreement } from '../../../shared/app/agreements';
import { createSubscriber } from '../../../shared/app/alerts';
import { submitFigures } from '../../../shared/app/figures';
import { setFinanceYear, setGrant, submitOutcome } from '../../../shared/app/finances';
import { setReportChairs, writeAppendix } from '../../../shared/app/joint-report';
import { createUser } from '../../../shared/app/people';
import type { Core } from '../../../shared/app/ports';
import {
  createActivity,
  createOrganisation,
  setCapacity,
  updateActivity,
} from '../../../shared/app/registry';
import { writeReportText } from '../../../shared/app/report-texts';
import { createReportRecipient } from '../../../shared/app/reports';
import { setSurveyTemplate, writeSurveyTally } from '../../../shared/app/survey';
import { systemPrincipal } from '../../../shared/domain/access';
import { capacityOn } from '../../../shared/domain/capacity';
import { defaultFinanceYear } from '../../../shared/domain/finances';
import { addDays, datesOfMonth, halfYearPeriod, TIME_ZONE } from '../../../shared/domain/periods';
import {
  DEMO_ACTIVITIES,
  DEMO_AGREEMENTS,
  DEMO_APPENDICES,
  DEMO_CHAIRS,
  DEMO_FINANCE_YEAR,
  DEMO_ORGANISATIONS,
  DEMO_OUTCOMES,
  DEMO_PEOPLE,
  DEMO_SUBSCRIBERS,
  DEMO_SURVEY,
  DEMO_VENUE_INFO,
} from './registry';
import { SEED_DAY_CENTRES, SEED_NIGHT_SHELTERS, SEED_OTHER, SEED_TEXTS } from './seed-report-2017-18';

/** Splits `total` into whole parts proportional to `weights` (largest remainder): the parts sum to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum === 0 ? 0 : (total * w) / sum));
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

/** Fridays and Saturdays are a little fuller: weekend tickets are handed out on Fridays. */
export const nightWeight = (date: string) =>
  [5, 6].includes(DateTime.fromISO(date, { zone: TIME_ZONE }).weekday) ? 1.06 : 0.98;

type FigureRow = { activityId: string; period: string; figures: unknown };

/**
 * A month's guest nights spread over the demo's shelters and nights: each shelter's share follows its capacity
 * nights, each night's its weight; the month's totals are exact. `keep` leaves nights out (not over, not entered).
 */
export function shelterNights(month: string, women: number, men: number, keep = (_: FigureRow) => true) {
  const rows: FigureRow[] = [];
  const shelters = DEMO_ACTIVITIES.filter((a) => a.kind === 'night_shelter');
  const dates = datesOfMonth(month);
  const placesOf = (shelter: (typeof shelters)[number], date: string) =>
    capacityOn(shelter.capacity ?? [], date)?.places ?? 0;
  const shelterWeights = shelters.map((s) => dates.reduce((n, d) => n + placesOf(s, d), 0));
  const womenByShelter = apportion(women, shelterWeights);
  const menByShelter = apportion(men, shelterWeights);
  shelters.forEach((shelter, s) => {
    const weights = dates.map((d) => placesOf(shelter, d) * nightWeight(d));
    const womenByNight = apportion(womenByShelter[s] ?? 0, weights);
    const menByNight = apportion(menByShelter[s] ?? 0, weights);
    dates.forEach((date, n) => {
      const row = {
        activityId: shelter.id,
        period: date,
        figures: { women: womenByNight[n], men: menByNight[n] },
      };
      if (weights[n] !== 0 && keep(row)) rows.push(row);
    });
  });
  return rows;
}

/** A month's visits shared evenly by the demo's day centres; the month's totals are exact. */
export function centreMonth(month: string, women: number, men: number): FigureRow[] {
  const centres = DEMO_ACTIVITIES.filter((a) => a.kind === 'day_centre');
  const even = centres.map(() => 1);
  const womenByCentre = apportion(women, even);
  const menByCentre = apportion(men, even);
  return centres.map((centre, c) => ({
    activityId: centre.id,
    period: month,
    figures: { women: womenByCentre[c], men: menByCentre[c] },
  }));
}

/** Loads the registry and the seed report's figures through the use cases, as `system:demo`, audited. */
export async function loadDemoData(deps: Core): Promise<{ rows: number }> {
  const demo = systemPrincipal('demo');
  for (const organisation of DEMO_ORGANISATIONS) await createOrganisation(deps, demo, organisation);
  for (const person of DEMO_PEOPLE) await createUser(deps, demo, person);
  for (const { extend, ...agreement } of DEMO_AGREEMENTS) {
    const { id } = await createAgreement(deps, demo, {
      ...agreement,
      notice: { ...agreement.notice },
      parties: agreement.parties.map((p) => ({ ...p })),
    });
    for (const decidedOn of extend) await updateAgreement(deps, demo, id, { extend: { decidedOn } });
  }
  for (const { capacity = [], startsOn, ...activity } of DEMO_ACTIVITIES) {
    await createActivity(deps, demo, activity);
    if (startsOn) await updateActivity(deps, demo, activity.id, { startsOn });
    for (const entry of capacity) await setCapacity(deps, demo, activity.id, entry);
  }

  const rows: FigureRow[] = [];
  for (const { month, women, men } of SEED_NIGHT_SHELTERS)
    for (const row of shelterNights(month, women, men)) rows.push(row);
  for (const { month, women, men } of SEED_DAY_CENTRES)
    for (const row of centreMonth(month, women, men)) rows.push(row);
  for (const row of otherActivities()) rows.push(row);
  const { problems } = await submitFigures(deps, demo, rows);
  if (problems.length > 0) throw new Error(`Demo data refused: ${JSON.stringify(problems.slice(0, 3))}`);
  for (const [section, paragraphs] of Object.entries(SEED_TEXTS))
    await writeReportText(deps, demo, SEED_RANGE, {
      section,
      text: paragraphs.join('\n'),
      draft: '',
      shownVersion: 0,
    });
  await writeSurvey(deps);
  await writeSeedReport(deps);
  const { year, start, end, dueOn, lines } = defaultFinanceYear(DEMO_FINANCE_YEAR.year);
  await setFinanceYear(deps, demo, year, {
    start,
    end,
    dueOn,
    lines,
    organisationIds: [...DEMO_FINANCE_YEAR.organisationIds],
    // The seeds never show the partnership's form: its lines stay the example until an administrator confirms them.
    linesConfirmed: false,
  });
  for (const { organisationId, used, ...figures } of DEMO_OUTCOMES) {
    // The seeds give no amounts: the administration's funds are the demo's, the same as each organisation reports.
    await setGrant(deps, demo, year, organisationId, figures.grant);
    await submitOutcome(deps, demo, year, organisationId, { ...figures, used: { ...used } });
  }
  await updateActivity(deps, demo, DEMO_VENUE_INFO.activityId, {
    publicInfo: { ...DEMO_VENUE_INFO.publicInfo },
  });
  for (const { channels, groups, ...subscriber } of DEMO_SUBSCRIBERS)
    await createSubscriber(deps, demo, {
      ...subscriber,
      channels: [...channels],
      groups: [...groups],
      language: 'sv',
    });
  await createReportRecipient(deps, demo, {
    name: 'Socialförvaltningen, avdelningen för social hållbarhet (demo)',
    email: 'rapport@stockholm.local',
    language: 'sv',
  });
  return { rows: rows.length };
}

/** The user survey's template and the demo's tallies (shared/domain/survey.ts). */
async function writeSurvey(deps: Core) {
  const demo = systemPrincipal('demo');
  const template = await setSurveyTemplate(deps, demo, {
    questions: DEMO_SURVEY.questions.map((q) => ({ ...q })),
    languages: [...DEMO_SURVEY.languages],
    shownVersion: 0,
  });
  for (const { activityId, period, respondents, answers } of DEMO_SURVEY.tallies)
    await writeSurveyTally(deps, demo, activityId, period, {
      respondents,
      counts: Object.fromEntries(template.questions.map((q, i) => [q.id, { ...answers[i] }])),
      shownVersion: 0,
    });
}

/**
 * The seed half-year's report as the partnership writes it: each party's appendix submitted and the chairs named;
 * the coordinator marks it ready for review and the chairs sign it, in the web app (issue 26).
 */
async function writeSeedReport(deps: Core) {
  const demo = systemPrincipal('demo');
  const chairs = [];
  for (const { group, title, person } of DEMO_CHAIRS) {
    const user = await createUser(deps, demo, person);
    chairs.push({ group, title, userId: user.id });
  }
  await setReportChairs(deps, demo, { chairs, shownVersion: 0 });
  for (const [organisationId, sections] of Object.entries(DEMO_APPENDICES))
    await writeAppendix(deps, demo, SEED_RANGE, organisationId, { sections, submit: true, shownVersion: 0 });
}

const MONTHS = SEED_NIGHT_SHELTERS.map((m) => m.month);
const SEED_RANGE = { from: MONTHS[0] ?? '', to: MONTHS.at(-1) ?? '' };
/** The seed report's half-year as a period: `2017-11--2018-04`. */
const SEED_HALF_YEAR = halfYearPeriod(SEED_RANGE);
/** The extra cold nights of the demo: three short spells and the long one of late February 2018. */
const COLD_NIGHTS = [
  '2017-12-11',
  '2017-12-12',
  '2018-01-07',
  '2018-01-08',
  '2018-01-09',
  '2018-02-05',
  '2018-02-06',
  '2018-02-07',
  ...datesOfMonth('2018-02').filter((d) => d >= '2018-02-22'),
  ...datesOfMonth('2018-03').filter((d) => d <= '2018-03-05'),
  '2018-03-17',
  '2018-03-18',
];

/** Outreach, Socialjouren, intake and extra cold nights, from what the seed report says of the half-year. */
function otherActivities(): { activityId: string; period: string; figures: unknown }[] {
  const { euTeam, socialEmergency, intake, extraColdNights } = SEED_OTHER;
  const guests = apportion(
    extraColdNights.nights * extraColdNights.guestsPerNight,
    // Demand grows each night a spell lasts.
    COLD_NIGHTS.map(
      (night, i) => 1 + 0.04 * (i > 0 && COLD_NIGHTS[i - 1] === addDays(night, -1) ? i % 12 : 0),
    ),
  );
  return [
    { activityId: 'act_eu_teamet', period: SEED_HALF_YEAR, figures: euTeam },
    { activityId: 'act_socialjouren', period: SEED_HALF_YEAR, figures: socialEmergency },
    ...MONTHS.map((month) => {
      const tickets = Math.round((intake.ticketsPerWeek * datesOfMonth(month).length) / 7);
      return {
        activityId: 'act_ng_inskrivning',
        period: month,
        figures: { applicants: Math.round(tickets / intake.placedShare), ticketsIssued: tickets },
      };
    }),
    ...COLD_NIGHTS.map((night, i) => {
      const total = guests[i] ?? 0;
      const women = Math.round(total * 0.15);
      return { activityId: 'act_ng_extra_kalla', period: night, figures: { women, men: total - women } };
    }),
  ];
}
