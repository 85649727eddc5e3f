import { datesOfMonth, monthsBetween } from '../domain/periods';
import { compileReport } from '../domain/report';
import type { StoredFigures } from './model';
import type { Deps } from './ports';

/**
 * The report for whole months `from`–`to`: one Query for the activities, one Query per activity for
 * its figures of the period (days and month totals alike), one for the cold-night check's nights; no Scan.
 * Records when the data was read.
 */
export async function buildReport(deps: Deps, range: { from: string; to: string }) {
  const dataReadAt = deps.now().toISOString();
  const activities = (await deps.store.listActivities()).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const figures = new Map<string, StoredFigures[]>(
    await Promise.all(
      activities.map(async (a) => [a.id, await deps.store.listFigures(a.id, range.from, range.to)] as const),
    ),
  );
  const [firstDay] = datesOfMonth(range.from);
  const lastDay = datesOfMonth(range.to).at(-1);
  const minima = new Map(
    (await deps.alerts.listNights(firstDay ?? range.from, lastDay ?? range.to)).map((n) => [
      n.night,
      n.minTemperature,
    ]),
  );
  return {
    period: range,
    dataReadAt,
    ...compileReport(monthsBetween(range.from, range.to), activities, (id) => figures.get(id) ?? [], {
      smallCellBelow: deps.reportSmallCellBelow ?? 5,
      forecastMinimum: (night) => minima.get(night),
    }),
  };
}
