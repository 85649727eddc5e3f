import { authorise, type Principal } from '../domain/access';
import { invalid } from '../domain/errors';
import { stockholmDate } from '../domain/periods';
import { type MonthStatistics, monthStatistics } from '../domain/statistics';
import type { Core } from './ports';

const COUNTED = new Set(['night_shelter', 'cold_night_venue', 'day_centre']);

/**
 * A month's statistics for every party (issue 26, 5): each venue's places, guests and occupancy night by night,
 * the day centres' visits and the totals. Shared on purpose — a partner reads every venue's, as the seeds have all
 * parties read "aktuell statistik och beläggning" in one place; aggregates only, as in the report. One Query for
 * the activities and one per venue counted.
 */
export async function statisticsOf(
  deps: Core,
  principal: Principal,
  month: string,
): Promise<MonthStatistics> {
  authorise(principal, 'figures.read');
  if (month > stockholmDate(deps.now()).slice(0, 7))
    throw invalid('The month has not begun.', [{ path: '/month', code: 'month_future' }]);
  const activities = (await deps.store.listActivities())
    .filter((a) => COUNTED.has(a.kind))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const figures = new Map(
    await Promise.all(
      activities.map(async (a) => [a.id, await deps.store.listFigures(a.id, month, month)] as const),
    ),
  );
  return monthStatistics(month, activities, (id) => figures.get(id) ?? []);
}
