import { authorise, canWriteFigures, type Principal } from '../domain/access';
import { invalid } from '../domain/errors';
import { isHalfYear, parsePeriod, stockholmDate } from '../domain/periods';
import { type Violation, violations } from '../domain/rules';
import type { Core } from './ports';
import { listActivities } from './registry';

/** A rule broken by figures as stored, and whose they are. */
export interface StoredViolation extends Violation {
  activityId: string;
  organisationId: string;
  name: string;
  /** Whether the person asking may enter these figures (and so be led to their form). */
  mayEnter: boolean;
}

/**
 * Every rule of the table (shared/domain/rules.ts) that the figures stored for a month break, activity by activity
 * in name order, errors and warnings alike: what a coordinator runs over a month (a rule added later finds what
 * was stored before it). Each person sees the activities they read: a partner its own. One Query for the
 * activities and one per activity.
 */
export async function checkMonth(
  deps: Core,
  principal: Principal,
  month: string,
): Promise<StoredViolation[]> {
  authorise(principal, 'figures.read');
  if (month > stockholmDate(deps.now()).slice(0, 7))
    throw invalid('The month has not begun.', [{ path: '/month', code: 'month_future' }]);
  const activities = (await listActivities(deps, principal)).sort((a, b) =>
    a.name.localeCompare(b.name, 'sv'),
  );
  const stored = await Promise.all(activities.map((a) => deps.store.listFigures(a.id, month, month)));
  return activities.flatMap((activity, i) =>
    (stored[i] ?? []).flatMap((f) => {
      const period = isHalfYear(f.period) ? undefined : parsePeriod(f.period);
      if (!period) return [];
      const { kind, capacity, startsOn, endsOn } = activity;
      return violations({ kind, period, figures: f.figures, capacity, startsOn, endsOn }).map((v) => ({
        ...v,
        activityId: activity.id,
        organisationId: activity.organisationId,
        name: activity.name,
        mayEnter: canWriteFigures(principal, activity),
      }));
    }),
  );
}
