import { authorise, canWriteFigures, type Principal } from '../domain/access';
import { outsideOn } from '../domain/agreements';
import { type MonthCompleteness, monthCompleteness } from '../domain/completeness';
import { invalid } from '../domain/errors';
import { datesOfMonth, halfYearOf, monthsApart, monthsBetween, stockholmDate } from '../domain/periods';
import type { Activity } from './model';
import type { Core } from './ports';
import { listActivities } from './registry';

export interface ActivityCompleteness extends MonthCompleteness {
  activityId: string;
  organisationId: string;
  name: string;
  kind: Activity['kind'];
}

/** The most months one question covers (the web app asks for two; the API for one). */
const MAX_MONTHS = 12;

/**
 * What each activity the principal may read was expected to report in months `from`–`to`, and what is missing, by
 * the one rule (`shared/domain/completeness.ts`) at this moment: one Query for the activities, one per activity.
 * `toEnter`: only those whose figures the principal may enter (a partner's start page: their own to report).
 */
export async function completeness(
  deps: Core,
  principal: Principal,
  range: { from: string; to: string },
  options: { toEnter?: boolean } = {},
): Promise<ActivityCompleteness[]> {
  authorise(principal, 'figures.read');
  if (monthsApart(range.from, range.to) >= MAX_MONTHS || range.to < range.from)
    throw invalid('The range of months is not valid.', [
      { path: '/month', code: 'count_out_of_range', params: { min: 1, max: MAX_MONTHS } },
    ]);
  const today = stockholmDate(deps.now());
  const months = monthsBetween(range.from, range.to).map((month) => ({ month, dates: datesOfMonth(month) }));
  const agreements = await deps.store.listAgreements();
  const activities = (await listActivities(deps, principal))
    .filter((a) => !options.toEnter || canWriteFigures(principal, a))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return Promise.all(
    activities.map(async (activity) => {
      // From the start of the first month's half-year: a half-year's figures (`2017-11--2018-04`) sort there.
      const stored = await deps.store.listFigures(activity.id, halfYearOf(range.from).from, range.to);
      const reported = new Set(stored.map((f) => f.period));
      const outside = (day: string) => outsideOn(agreements, activity.organisationId, day);
      const each = months.map(({ month, dates }) =>
        monthCompleteness(activity, month, reported, today, dates, outside),
      );
      return {
        activityId: activity.id,
        organisationId: activity.organisationId,
        name: activity.name,
        kind: activity.kind,
        // A month of days beside one of totals reads as days: the finer one is what the activity keeps now.
        granularity: each.find((m) => m.granularity !== 'month')?.granularity ?? 'month',
        periods: each.flatMap((m) => m.periods),
        missing: each.flatMap((m) => m.missing),
      };
    }),
  );
}
