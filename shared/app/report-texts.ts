import { authorise, type Principal } from '../domain/access';
import { conflict, invalid } from '../domain/errors';
import type { MonthRange } from '../domain/periods';
import { paragraphsOf, writtenTextProblem } from '../domain/text';
import { auditEntry, nextVersion } from './audit';
import { refuseIfFrozen } from './joint-report';
import type { Core } from './ports';
import type { ReportText } from './reports-model';

/**
 * The sections whose opening a person may write over the draft the figures give (issue 26, 1): each opens with one
 * paragraph drafted from its figures.
 */
export const WRITABLE_SECTIONS = [
  'summary',
  'nightShelters',
  'dayCentres',
  'outreach',
  'socialEmergency',
  'intake',
  'extraColdNights',
  'cooperation',
  'nextPeriod',
] as const;
export type WritableSection = (typeof WRITABLE_SECTIONS)[number];
/**
 * The sections only people write, as the seeds' report has them: "Samverkan" and "Frågor att arbeta vidare med under
 * nästkommande period". No figures draft them; the report shows them once written.
 */
export const PEOPLE_SECTIONS: readonly WritableSection[] = ['cooperation', 'nextPeriod'];

/** The longest opening a section takes: a few paragraphs' worth, as the seeds' report has. */
export const MAX_TEXT = 3000;

/** The texts written for a period's report. */
export async function reportTexts(
  deps: Core,
  principal: Principal,
  period: MonthRange,
): Promise<ReportText[]> {
  authorise(principal, 'reports.read');
  return deps.reports.listTexts(period);
}

/**
 * Writes a section's opening for a period's report over the draft its figures give now (`draft`, which the text is
 * tied to: when the figures later give another draft, the report marks the text as out of date). `shownVersion`
 * is the version the person edited (0: none yet): a text someone else saved since is not overwritten unseen.
 */
export async function writeReportText(
  deps: Core,
  principal: Principal,
  period: MonthRange,
  input: { section: string; text: string; draft: string; shownVersion: number; newVersion?: boolean },
): Promise<{ result: 'created' | 'updated' | 'unchanged'; text: ReportText }> {
  authorise(principal, 'reports.write');
  // Paragraphs, one per line as typed; within each, runs of spaces and tabs are one space.
  const text = paragraphsOf(input.text).join('\n');
  const problem = writtenTextProblem(text, MAX_TEXT);
  if (!(WRITABLE_SECTIONS as readonly string[]).includes(input.section))
    throw invalid('No such section to write.', [{ path: '/section', code: 'not_writable' }]);
  if (problem) throw invalid('The text cannot be kept.', [{ path: '/text', ...problem }]);
  await refuseIfFrozen(deps, period, input.newVersion ?? false);
  const before = (await deps.reports.listTexts(period)).find((t) => t.section === input.section);
  if (before && before.text === text && before.draft === input.draft)
    return { result: 'unchanged', text: before };
  if ((before?.version ?? 0) !== input.shownVersion)
    throw conflict(
      `The text was saved by someone else since it was shown (now version ${before?.version}).`,
      [{ path: '/text', code: 'changed_meanwhile' }],
    );
  const at = deps.now().toISOString();
  const after: ReportText = {
    period: { from: period.from, to: period.to },
    section: input.section,
    text,
    draft: input.draft,
    ...nextVersion(before, at, principal),
  };
  await deps.reports.putText(
    after,
    auditEntry(at, principal, {
      action: before ? 'report-text.corrected' : 'report-text.written',
      entityType: 'report',
      entityId: `${period.from}_${period.to}/${input.section}`,
      ...(before ? { before: { text: before.text } } : {}),
      after: { text },
    }),
  );
  return { result: before ? 'updated' : 'created', text: after };
}
