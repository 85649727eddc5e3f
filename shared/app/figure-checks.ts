import type { CapacityEntry } from '../domain/capacity';
import type { FieldProblem, ProblemCode } from '../domain/errors';
import { type ActivityKind, type Figures, reportsNightly } from '../domain/figures';
import type { Period } from '../domain/periods';
import { isWarning, type RuleCode, type Violation, violations } from '../domain/rules';

/**
 * The reasons valid-looking figures are refused, after the schema: a nightly kind sent a month, and every error
 * rule of the table (shared/domain/rules.ts) they break, each with its code and the message `say` gives it (the
 * API's English, from the catalogue).
 */
export function figureProblems(
  kind: ActivityKind,
  period: Period,
  figures: Figures,
  activity: { capacity: readonly CapacityEntry[]; startsOn?: string; endsOn?: string },
  say: (broken: Violation) => string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (period.granularity === 'month' && reportsNightly(kind)) {
    problems.push({
      path: '/period',
      code: 'period_nightly',
    });
  }
  const { capacity, startsOn, endsOn } = activity;
  for (const v of violations({ kind, period, figures, capacity, startsOn, endsOn })) {
    if (isWarning(v)) continue;
    problems.push({
      path: `/${v.field}`,
      message: say(v),
      code: v.code as Extract<ProblemCode, RuleCode>,
    });
  }
  return problems;
}

/** Accepted but worth saying: every warning rule the figures break (more guests than places, say). */
export const figureWarnings = (
  kind: ActivityKind,
  period: Period,
  figures: Figures,
  capacity: readonly CapacityEntry[],
): FigureWarning[] => violations({ kind, period, figures, capacity }).filter(isWarning);

export type FigureWarning = Violation<'warning'>;
