import { authorise, canRead, canWriteFigures, type Principal } from '../domain/access';
import {
  AppError,
  CONCURRENT_CHANGE,
  type ErrorKind,
  type FieldProblem,
  forbidden,
  notFound,
  tooMany,
} from '../domain/errors';
import { canonicalFigures, type Figures, figuresSchema } from '../domain/figures';
import { CALENDAR, isFuture, isHalfYear, type Period, parsePeriod } from '../domain/periods';
import { zodProblems } from '../domain/validation';
import { auditEntry, nextVersion } from './audit';
import { type FigureWarning, figureProblems, figureWarnings } from './figure-checks';
import type { Activity, FigureChange, FigureResult, StoredFigures, SubmissionReceipt } from './model';
import type { Core, FigureContext } from './ports';

/** One activity's figures for one period, as sent: by PUT, or as one row of an import. */
export interface FigureRow {
  activityId: string;
  period: string;
  figures: unknown;
}

export type { FigureResult } from './model';

/** A row's problem before its row is known: the problem, and the kind of error it is. */
export type RowFault = FieldProblem & {
  kind: ErrorKind;
  /** A `period_twice`: the row that has the same period already. */
  earlierRow?: number;
};
export type RowProblem = RowFault & {
  /** Index of the row in the request (0 for a single PUT). */
  row: number;
};

export interface RowOutcome {
  row: number;
  result: FigureResult;
  stored: StoredFigures;
  /** What was stored before, for an update (a person is shown before → after). */
  before?: StoredFigures;
  warnings: FigureWarning[];
}

interface ValidRow {
  row: number;
  activity: Activity;
  period: Period;
  figures: Figures;
}

/** Rows per transaction: each row is a figure and an audit entry, plus one month-granularity item per month. */
const CHUNK = 25;
const ATTEMPTS = 5;

const keyOf = (activityId: string, period: string) => `${activityId}|${period}`;

/** Checks every row on its own and against the others: scope, period, schema, rules. Reads activities only. */
async function validateRows(
  deps: Core,
  principal: Principal,
  rows: readonly FigureRow[],
  known: readonly Activity[] = [],
): Promise<{ valid: ValidRow[]; problems: RowProblem[] }> {
  const activities = new Map(known.map((a) => [a.id, a]));
  const unknown = [...new Set(rows.map((r) => r.activityId))].filter((id) => !activities.has(id));
  if (unknown.length > 0) for (const a of await deps.store.getActivities(unknown)) activities.set(a.id, a);
  const now = deps.now();
  const valid: ValidRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  const granularityOfMonth = new Map<string, { granularity: Period['granularity']; row: number }>();

  /** The problems of one row on its own, or the row checked and typed. */
  const checkRow = (input: FigureRow): RowFault[] | Omit<ValidRow, 'row'> => {
    const activity = activities.get(input.activityId);
    if (!activity || !canRead(principal, activity)) {
      return [
        {
          kind: 'not_found',
          path: '/activityId',
          code: 'no_such',
          params: { what: 'activity', id: input.activityId },
        },
      ];
    }
    if (!canWriteFigures(principal, activity)) {
      return [
        {
          kind: 'forbidden',
          path: '/activityId',
          code: 'not_allowed',
          params: { role: principal.role, kind: activity.kind },
        },
      ];
    }
    const found: RowFault[] = [];
    const period = parsePeriod(input.period);
    if (!period) {
      found.push({
        kind: 'invalid',
        path: '/period',
        code: 'period_invalid',
        params: { value: input.period.slice(0, 32), first: CALENDAR.first, last: CALENDAR.last },
      });
    } else if (isFuture(period, now)) {
      found.push({
        kind: 'invalid',
        path: '/period',
        code: 'period_future',
        params: { value: input.period },
      });
    }
    // A period that is no period is checked against the schema it was meant for (a half-year's, by its form).
    const schema = figuresSchema(
      activity.kind,
      period?.granularity ?? (input.period.includes('--') ? 'halfYear' : 'day'),
    );
    if (!schema) {
      return [...found, { kind: 'invalid', path: '/period', code: 'period_half_year' }];
    }
    const parsed = schema.safeParse(input.figures);
    if (!parsed.success) for (const p of zodProblems(parsed.error)) found.push({ kind: 'invalid', ...p });
    if (!period || !parsed.success || found.length > 0) return found;
    const figures = parsed.data as Figures;
    const rules = figureProblems(activity.kind, period, figures, activity, (broken) =>
      deps.wording.ruleBroken(broken, 'en'),
    ).map((p) => ({
      kind: 'invalid' as const,
      ...p,
    }));
    return rules.length > 0 ? rules : { activity, period, figures };
  };

  for (const [row, input] of rows.entries()) {
    const checked = checkRow(input);
    if (Array.isArray(checked)) {
      for (const p of checked) problems.push({ row, ...p });
      continue;
    }
    const { activity, period } = checked;
    const key = keyOf(activity.id, period.value);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        row,
        kind: 'invalid',
        path: '/period',
        code: 'period_twice',
        params: { row: earlier },
        earlierRow: earlier,
      });
      continue;
    }
    seen.set(key, row);
    const monthKey = keyOf(activity.id, period.month);
    const other = granularityOfMonth.get(monthKey);
    if (other && other.granularity !== period.granularity) {
      const message = `Row ${other.row} reports ${period.month} by ${other.granularity}; one month, one way.`;
      problems.push({ row, kind: 'conflict', path: '/period', message, code: 'period_other_way' });
      continue;
    }
    granularityOfMonth.set(monthKey, { granularity: period.granularity, row });
    valid.push({ row, ...checked });
  }
  return { valid, problems };
}

/** Compares valid rows with what is stored: what each would do, and the changes to commit. */
async function planRows(
  deps: Core,
  principal: Principal,
  rows: readonly ValidRow[],
  read?: Pick<FigureContext, 'figures' | 'granularities'>,
  shownVersion?: number,
): Promise<Plan> {
  const [existing, granularities] = read
    ? [read.figures, read.granularities]
    : await Promise.all([
        deps.store.getFigures(rows.map((r) => ({ activityId: r.activity.id, period: r.period.value }))),
        deps.store.getMonthGranularities(
          rows.map((r) => ({ activityId: r.activity.id, month: r.period.month })),
        ),
      ]);
  const stored = new Map(existing.map((f) => [keyOf(f.activityId, f.period), f]));
  const monthWay = new Map(
    granularities.filter((g) => g.count > 0).map((g) => [keyOf(g.activityId, g.month), g]),
  );
  const at = deps.now().toISOString();
  const outcomes: RowOutcome[] = [];
  const changes: FigureChange[] = [];
  const problems: RowProblem[] = [];

  for (const { row, activity, period, figures } of rows) {
    const way = monthWay.get(keyOf(activity.id, period.month));
    if (way && way.granularity !== period.granularity) {
      problems.push({
        row,
        kind: 'conflict',
        path: '/period',
        message:
          way.granularity === 'day'
            ? `${period.month} is already reported day by day (${way.count} days); delete those before sending a month total.`
            : `${period.month} is already reported as a month total; delete it before sending days.`,
        code: 'period_other_way',
      });
      continue;
    }
    const before = stored.get(keyOf(activity.id, period.value));
    const warnings = figureWarnings(activity.kind, period, figures, activity.capacity);
    if (before && canonicalFigures(before.figures) === canonicalFigures(figures)) {
      outcomes.push({ row, result: 'unchanged', stored: before, warnings });
      continue;
    }
    // Someone saved this night after the form was shown: their figures are not overwritten unseen.
    if (shownVersion !== undefined && (before?.version ?? 0) !== shownVersion) {
      problems.push({
        row,
        kind: 'conflict',
        path: '/figures',
        code: 'changed_meanwhile',
        params: { now: before?.version ?? 0, shown: shownVersion },
      });
      continue;
    }
    const after: StoredFigures = {
      activityId: activity.id,
      period: period.value,
      figures,
      ...nextVersion(before, at, principal),
    };
    const result: FigureResult = before ? 'updated' : 'created';
    outcomes.push({ row, result, stored: after, ...(before ? { before } : {}), warnings });
    changes.push({
      op: 'put',
      figures: after,
      previousVersion: before?.version,
      granularity: period.granularity,
      audit: auditEntry(at, principal, {
        action: `figures.${result}`,
        entityType: 'figures',
        entityId: `${activity.id}/${period.value}`,
        activityId: activity.id,
        before: before?.figures,
        after: figures,
      }),
    });
  }
  return { outcomes, changes, problems };
}

type Plan = { outcomes: RowOutcome[]; changes: FigureChange[]; problems: RowProblem[] };

/** How long a submission's answer is kept for its key: longer than a phone keeps unsent figures. */
export const RECEIPT_DAYS = 30;
/** An idempotency key: made by the client (a UUID, say), never a person's data. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,100}$/;

/** Sent once: a submission's idempotency key, and the rows it carries as one canonical string. */
interface Once {
  key: string;
  request: string;
}

/**
 * The answer a submission with this key got, if it was stored: the same rows get it again (nothing is written
 * twice); other rows with the same key are refused.
 */
async function answeredBefore(
  deps: Core,
  principal: Principal,
  once: Once,
): Promise<{ outcomes: RowOutcome[] } | { problems: RowProblem[] } | undefined> {
  const receipt = await deps.store.getReceipt(principal.id, once.key);
  if (!receipt || Date.parse(receipt.expiresAt) <= deps.now().getTime()) return undefined;
  if (receipt.request !== once.request) {
    const message = 'This idempotency key was sent before with other figures.';
    return { problems: [{ row: 0, kind: 'conflict', path: '/key', message, code: 'key_reused' }] };
  }
  return { outcomes: receipt.outcomes.map((o) => ({ ...o, warnings: [] })) };
}

const receiptOf = (
  deps: Core,
  principal: Principal,
  once: Once,
  outcomes: RowOutcome[],
): SubmissionReceipt => {
  const at = deps.now();
  return {
    principalId: principal.id,
    key: once.key,
    request: once.request,
    at: at.toISOString(),
    expiresAt: new Date(at.getTime() + RECEIPT_DAYS * 86_400_000).toISOString(),
    outcomes: outcomes.map(({ warnings: _, ...o }) => o),
  };
};

/**
 * Commits one chunk, planning it again after losing a race, so that a retried request converges. A plan just made
 * for exactly these rows is used for the first attempt (a single PUT reads its figures once, not twice). Sent
 * once, the receipt is stored with the write; a race lost to the same submission answers as it did.
 */
async function commitChunk(
  deps: Core,
  principal: Principal,
  rows: readonly ValidRow[],
  fresh?: Plan,
  sent: { once?: Once; shownVersion?: number } = {},
): Promise<RowOutcome[]> {
  let first = fresh;
  return retryOnConcurrentChange(async () => {
    const before = first || !sent.once ? undefined : await answeredBefore(deps, principal, sent.once);
    if (before && 'outcomes' in before) return before.outcomes;
    if (before) throw problemsError(before.problems, 'The data changed while this was sent.');
    const plan = first ?? (await planRows(deps, principal, rows, undefined, sent.shownVersion));
    first = undefined;
    if (plan.problems.length > 0) throw problemsError(plan.problems, 'The data changed while this was sent.');
    if (plan.changes.length > 0)
      await deps.store.commitFigures(
        plan.changes,
        sent.once && receiptOf(deps, principal, sent.once, plan.outcomes),
      );
    return plan.outcomes;
  });
}

/**
 * Runs `attempt` again (after a short, jittered pause) when it lost an optimistic-concurrency race, so that
 * concurrent writers and retried requests converge. After the last attempt the 409 reaches the client.
 */
async function retryOnConcurrentChange<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof AppError && error.reason === CONCURRENT_CHANGE) || n >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** n));
    }
  }
}

/**
 * Stores the figures of one or many rows, all or nothing as far as validation goes: one bad row and nothing is
 * stored, every bad row is listed. Sending the same rows again changes nothing and says `unchanged`.
 */
export async function submitFigures(
  deps: Core,
  principal: Principal,
  rows: readonly FigureRow[],
  /** What was read already (a single PUT reads it while the key is checked): used for the first plan only. */
  options: {
    dryRun?: boolean;
    known?: FigureContext;
    /** A person is asked first: rows with a warning are planned and told, not stored (as on a dry run). */
    holdIfWarned?: boolean;
    /**
     * The submission's idempotency key (up to 25 rows): sent again, it gets the first answer and writes nothing,
     * whatever was stored since.
     */
    key?: string;
    /** The version of the one row's figures the person was shown (0: none): a later change is a conflict. */
    shownVersion?: number;
  } = {},
): Promise<{ outcomes: RowOutcome[]; problems: RowProblem[] }> {
  authorise(principal, 'figures.write');
  const { valid, problems } = await validateRows(deps, principal, rows, options.known?.activities);
  if (problems.length > 0) return { outcomes: [], problems };
  const once = options.key === undefined ? undefined : onceOf(options.key, valid);
  if (once && 'problems' in once) return { outcomes: [], problems: once.problems };
  const answered = once ? await answeredBefore(deps, principal, once) : undefined;
  if (answered) return { outcomes: [], problems: [], ...answered };
  const shownVersion = rows.length === 1 ? options.shownVersion : undefined;
  // What was read for one row is what that row's plan needs; many rows are read here.
  const plan = await planRows(
    deps,
    principal,
    valid,
    rows.length === 1 ? options.known : undefined,
    shownVersion,
  );
  const held = options.holdIfWarned && plan.outcomes.some((o) => o.warnings.length > 0);
  if (plan.problems.length > 0 || options.dryRun || held)
    return { outcomes: plan.outcomes, problems: plan.problems };
  const outcomes: RowOutcome[] = [];
  for (let i = 0; i < valid.length; i += CHUNK) {
    const whole = valid.length <= CHUNK ? plan : undefined;
    const chunk = valid.slice(i, i + CHUNK);
    for (const o of await commitChunk(deps, principal, chunk, whole, { once, shownVersion }))
      outcomes.push(o);
  }
  return { outcomes, problems: [] };
}

/** A key checked, with the rows it is sent with; a bad key, or one for more than one transaction, refused. */
function onceOf(key: string, valid: readonly ValidRow[]): Once | { problems: RowProblem[] } {
  const fault = !IDEMPOTENCY_KEY.test(key)
    ? {}
    : valid.length > CHUNK
      ? { params: { max: CHUNK } }
      : undefined;
  if (fault) return { problems: [{ row: 0, kind: 'invalid', path: '/key', code: 'key_invalid', ...fault }] };
  const request = JSON.stringify(
    valid.map((r) => [r.activity.id, r.period.value, canonicalFigures(r.figures)]),
  );
  return { key, request };
}

/** An import's rows (`activityId`, `period` and the figures side by side), stored or checked; counted by result. */
export async function importFigures(
  deps: Core,
  principal: Principal,
  rows: readonly ({ activityId: string; period: string } & Record<string, unknown>)[],
  options: { dryRun?: boolean } = {},
) {
  const figureRows = rows.map(({ activityId, period, ...figures }) => ({ activityId, period, figures }));
  const { outcomes, problems } = await submitFigures(deps, principal, figureRows, options);
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const o of outcomes) counts[o.result]++;
  return { outcomes, problems, counts };
}

/** One AppError for a list of row problems: the kind they share (else `invalid`), each problem in `errors`. */
export function problemsError(problems: readonly RowProblem[], detail: string, rowPaths = false): AppError {
  const kinds = new Set(problems.map((p) => p.kind));
  const kind = kinds.size === 1 ? (problems[0]?.kind ?? 'invalid') : 'invalid';
  return new AppError(kind, detail, {
    // Each problem as the API lists it: where and why, not the row's bookkeeping.
    errors: problems.map(({ row, kind: _, earlierRow: _e, ...problem }) => ({
      ...problem,
      path: rowPaths ? `/rows/${row}${problem.path}` : problem.path,
    })) as FieldProblem[],
  });
}

export async function deleteFigures(deps: Core, principal: Principal, activityId: string, period: string) {
  authorise(principal, 'figures.write');
  await retryOnConcurrentChange(async () => {
    const [activity] = await deps.store.getActivities([activityId]);
    if (!activity || !canRead(principal, activity)) throw notFound(`No activity ${activityId}.`);
    if (!canWriteFigures(principal, activity)) {
      throw forbidden(`A ${principal.role} key may not change figures of a ${activity.kind}.`);
    }
    const parsed = parsePeriod(period);
    const [before] = parsed ? await deps.store.getFigures([{ activityId, period }]) : [];
    if (!parsed || !before) throw notFound(`No figures for ${activityId} ${period}.`);
    await deps.store.commitFigures([
      {
        op: 'delete',
        figures: before,
        granularity: parsed.granularity,
        audit: auditEntry(deps.now().toISOString(), principal, {
          action: 'figures.deleted',
          entityType: 'figures',
          entityId: `${activityId}/${period}`,
          activityId,
          before: before.figures,
        }),
      },
    ]);
  });
}

/** The most activities `anyFigures` asks before it answers yes: a page asks it, never a long wait. */
const ANY_FIGURES_ASKED = 500;

/**
 * Whether any activity the principal reads has figures from `from` to `to` (months): what a page says before
 * offering a report that would be empty. Ten activities at a time, stopping at the first with one.
 */
export async function anyFigures(deps: Core, principal: Principal, range: { from: string; to: string }) {
  authorise(principal, 'figures.read');
  const activities = (await deps.store.listActivities())
    .filter((a) => canRead(principal, a))
    .slice(0, ANY_FIGURES_ASKED);
  for (let i = 0; i < activities.length; i += 10) {
    const found = await Promise.all(
      activities.slice(i, i + 10).map((a) => deps.store.listFigures(a.id, range.from, range.to, 1)),
    );
    if (found.some((f) => f.length > 0)) return true;
  }
  return false;
}

/**
 * An activity the principal may enter figures for (the form's first read): another organisation's, or one this
 * person may not write, is as if it did not exist.
 */
export async function activityForFigures(deps: Core, principal: Principal, id: string): Promise<Activity> {
  authorise(principal, 'figures.write');
  const [activity] = await deps.store.getActivities([id]);
  if (!activity || !canWriteFigures(principal, activity)) throw notFound(`No activity ${id}.`);
  return activity;
}

/** What is stored for one period of an activity the principal may enter figures for; undefined: nothing yet. */
export async function storedFigures(
  deps: Core,
  principal: Principal,
  activity: Activity,
  period: string,
): Promise<StoredFigures | undefined> {
  authorise(principal, 'figures.write');
  if (!canWriteFigures(principal, activity)) throw notFound(`No activity ${activity.id}.`);
  const [stored] = await deps.store.getFigures([{ activityId: activity.id, period }]);
  return stored;
}

/** The most periods one answer lists (≈ 2 MB): a longer history is asked for by range. */
export const MAX_LISTED = 10_000;

/** Figures of one activity from `from` to `to` (periods, both included; a month includes its days). */
export async function listFigures(
  deps: Core,
  principal: Principal,
  activityId: string,
  range: { from?: string; to?: string },
  known?: Activity,
): Promise<StoredFigures[]> {
  authorise(principal, 'figures.read');
  const [activity] = known?.id === activityId ? [known] : await deps.store.getActivities([activityId]);
  if (!activity || !canRead(principal, activity)) throw notFound(`No activity ${activityId}.`);
  const figures = await deps.store.listFigures(
    activityId,
    range.from ?? '0000',
    range.to ?? '9999',
    MAX_LISTED,
  );
  if (figures.length > MAX_LISTED) throw tooMany(`periods of ${activityId}`, MAX_LISTED);
  // A half-year sorts with its first month; it is listed only where the range holds all of it.
  const to = range.to ?? '9999';
  return figures.filter((f) => !isHalfYear(f.period) || f.period.slice(-7) <= to.slice(0, 7));
}
