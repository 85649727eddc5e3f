import { authorise, canReadOrganisation, type Principal } from '../domain/access';
import { conflict, type FieldProblem, invalid, notFound } from '../domain/errors';
import {
  type CostLine,
  defaultFinanceYear,
  type FinanceSummary,
  type FinanceYear,
  type FinancialOutcome,
  isOwed,
  linesConfirmed,
  type OutcomeFigures,
  reportingOrganisations,
  sameFigures,
  summarise,
  unknownLines,
  withEveryLine,
} from '../domain/finances';
import { auditEntry, nextVersion } from './audit';
import type { Core } from './ports';

export interface FinanceYearInput {
  start: string;
  end: string;
  dueOn: string;
  lines: CostLine[];
  organisationIds?: string[];
  /** Whether these lines are the partnership's form (default): false keeps them marked as an example. */
  linesConfirmed?: boolean;
}

/** The reporting year: as the administrator set it, or the defaults (calendar year, due 31 March, default lines). */
async function yearOf(deps: Core, year: number): Promise<FinanceYear> {
  return (await deps.store.getFinanceYear(year)) ?? defaultFinanceYear(year);
}

export async function getFinanceYear(deps: Core, principal: Principal, year: number) {
  authorise(principal, 'finances.read');
  return yearOf(deps, year);
}

/** Sets a year's dates, due date, cost lines and who reports. A line that outcomes already use stays. */
export async function setFinanceYear(
  deps: Core,
  principal: Principal,
  year: number,
  input: FinanceYearInput,
): Promise<FinanceYear> {
  authorise(principal, 'finances.manage');
  const problems: FieldProblem[] = [];
  if (input.end < input.start)
    problems.push({ path: '/end', code: 'before_other', params: { other: 'start' } });
  if (input.dueOn < input.end)
    problems.push({ path: '/dueOn', code: 'before_other', params: { other: 'end' } });
  if (Number(input.start.slice(0, 4)) !== year)
    problems.push({ path: '/start', code: 'wrong_year', params: { year } });
  const [before, organisations, outcomes] = await Promise.all([
    yearOf(deps, year),
    deps.store.listOrganisations(),
    deps.store.listOutcomes(year),
  ]);
  const known = new Set(organisations.map((o) => o.id));
  input.organisationIds?.forEach((id, i) => {
    if (!known.has(id))
      problems.push({
        path: `/organisationIds/${i}`,
        code: 'no_such',
        params: { what: 'organisation', id },
      });
  });
  if (problems.length > 0) throw invalid('The reporting year is not valid.', problems);
  const kept = new Set(input.lines.map((l) => l.id));
  const dropped = before.lines.filter(
    (l) => !kept.has(l.id) && outcomes.some((o) => (o.used[l.id] ?? 0) > 0),
  );
  if (dropped.length > 0)
    throw conflict(
      `Outcomes for ${year} use ${dropped.map((l) => l.name).join(', ')}: a line with amounts stays.`,
      dropped.map((l) => ({ path: '/lines', code: 'in_use' as const, params: { id: l.id } })),
    );
  // Saving the year is the administrator confirming its lines as the partnership's form, unless told not; the
  // funds granted stay.
  const after: FinanceYear = {
    year,
    ...input,
    ...(before.granted ? { granted: before.granted } : {}),
    linesConfirmed: input.linesConfirmed ?? true,
    version: before.version + 1,
  };
  await deps.store.putFinanceYear(
    after,
    auditEntry(deps.now().toISOString(), principal, {
      action: 'financial-year.set',
      entityType: 'financial-year',
      entityId: String(year),
      ...(before.version > 0 ? { before } : {}),
      after,
    }),
  );
  return after;
}

/**
 * The funds the administration granted an organisation for a year, as its decision says (an administrator enters
 * them; the organisation's own figure of what it received is kept apart and shown beside it). The same amount again
 * changes nothing; a change is audited with before and after.
 */
export async function setGrant(
  deps: Core,
  principal: Principal,
  year: number,
  organisationId: string,
  amount: number,
): Promise<{ year: FinanceYear; change: OutcomeChange }> {
  authorise(principal, 'finances.manage');
  const [before] = await Promise.all([yearOf(deps, year), organisationFor(deps, principal, organisationId)]);
  const was = before.granted?.[organisationId];
  if (was === amount) return { year: before, change: 'unchanged' };
  const after: FinanceYear = {
    ...before,
    granted: { ...before.granted, [organisationId]: amount },
    linesConfirmed: linesConfirmed(before),
    version: before.version + 1,
  };
  await deps.store.putFinanceYear(
    after,
    auditEntry(deps.now().toISOString(), principal, {
      action: 'financial-year.granted',
      entityType: 'financial-year',
      entityId: `${year}/${organisationId}`,
      ...(was === undefined ? {} : { before: { granted: was } }),
      after: { granted: amount },
    }),
  );
  return { year: after, change: was === undefined ? 'created' : 'updated' };
}

/** An organisation the principal may report for: a partner's own, any for an administrator. Else "not found". */
async function organisationFor(deps: Core, principal: Principal, organisationId: string) {
  const organisation = canReadOrganisation(principal, organisationId)
    ? await deps.store.getOrganisation(organisationId)
    : undefined;
  if (!organisation) throw notFound(`No organisation ${organisationId}.`);
  return organisation;
}

/** One organisation's outcome for a year (undefined if not reported yet), with the year it is reported in. */
export async function getOutcome(deps: Core, principal: Principal, year: number, organisationId: string) {
  authorise(principal, 'finances.read');
  const organisation = await organisationFor(deps, principal, organisationId);
  const [settings, outcomes] = await Promise.all([yearOf(deps, year), deps.store.listOutcomes(year)]);
  return {
    year: settings,
    organisation: { id: organisation.id, name: organisation.name },
    outcome: outcomes.find((o) => o.organisationId === organisationId),
  };
}

export type OutcomeChange = 'created' | 'updated' | 'unchanged';

/**
 * An organisation's outcome for a year, sent again as often as needed: the same figures change nothing; others
 * are a correction, audited with before and after. Every amount is a whole number of kronor (checked at the edge);
 * here the lines must be the year's, and the organisation one that reports for it.
 */
export async function submitOutcome(
  deps: Core,
  principal: Principal,
  year: number,
  organisationId: string,
  figures: OutcomeFigures,
): Promise<{ outcome: FinancialOutcome; change: OutcomeChange; before?: FinancialOutcome }> {
  authorise(principal, 'finances.write');
  const organisation = await organisationFor(deps, principal, organisationId);
  const [settings, outcomes, agreements] = await Promise.all([
    yearOf(deps, year),
    deps.store.listOutcomes(year),
    deps.store.listAgreements(),
  ]);
  const unknown = unknownLines(settings, figures.used);
  if (unknown.length > 0)
    throw invalid(
      `The cost lines of ${year} are ${settings.lines.map((l) => l.id).join(', ')}.`,
      unknown.map((id) => ({ path: `/used/${id}`, code: 'no_such' as const, params: { what: 'line', id } })),
    );
  if (!reportingOrganisations(settings, agreements).includes(organisationId))
    throw conflict(`${organisation.name} does not report a financial outcome for ${year}.`, [
      { path: '/organisationId', code: 'not_reporting' },
    ]);
  const complete = withEveryLine(settings, figures);
  const before = outcomes.find((o) => o.organisationId === organisationId);
  if (before && sameFigures(before, complete)) return { outcome: before, change: 'unchanged', before };
  const at = deps.now().toISOString();
  const outcome: FinancialOutcome = {
    organisationId,
    year,
    ...complete,
    ...nextVersion(before, at, principal),
  };
  await deps.store.putOutcome(
    outcome,
    auditEntry(at, principal, {
      action: before ? 'financial-outcome.corrected' : 'financial-outcome.reported',
      entityType: 'financial-outcome',
      entityId: `${organisationId}/${year}`,
      ...(before ? { before } : {}),
      after: outcome,
    }),
  );
  return before ? { outcome, change: 'updated', before } : { outcome, change: 'created' };
}

/**
 * The year across organisations — grant, used per line, unspent, own contribution — with who has not reported:
 * every organisation for an administrator, a partner's own for a partner.
 */
export async function financeSummary(
  deps: Core,
  principal: Principal,
  year: number,
): Promise<FinanceSummary> {
  authorise(principal, 'finances.read');
  const [settings, organisations, outcomes, agreements] = await Promise.all([
    yearOf(deps, year),
    deps.store.listOrganisations(),
    deps.store.listOutcomes(year),
    deps.store.listAgreements(),
  ]);
  const mine = (id: string) => canReadOrganisation(principal, id);
  return summarise(
    settings,
    organisations,
    outcomes.filter((o) => mine(o.organisationId)),
    reportingOrganisations(settings, agreements).filter(mine),
  );
}

/**
 * The outcomes owed on `today`: for the years whose due date has passed within the last year, each organisation
 * that reports for the year and has not. What the reminders tell, and the partner's start page shows.
 */
export async function owedOutcomes(
  deps: Core,
  today: string,
): Promise<{ organisationId: string; year: number; dueOn: string }[]> {
  const thisYear = Number(today.slice(0, 4));
  const [agreements, ...years] = await Promise.all([
    deps.store.listAgreements(),
    yearOf(deps, thisYear - 2),
    yearOf(deps, thisYear - 1),
  ]);
  const due = years.filter((y) => isOwed(y.dueOn, today));
  const outcomes = await Promise.all(due.map((y) => deps.store.listOutcomes(y.year)));
  return due.flatMap((y, i) => {
    const reported = new Set(outcomes[i]?.map((o) => o.organisationId));
    return reportingOrganisations(y, agreements)
      .filter((id) => !reported.has(id))
      .map((organisationId) => ({ organisationId, year: y.year, dueOn: y.dueOn }));
  });
}
