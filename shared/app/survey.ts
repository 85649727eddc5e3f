import { authorise, type Principal } from '../domain/access';
import { conflict, type FieldProblem, invalid } from '../domain/errors';
import { isHalfYearRange, type MonthRange, stockholmDate } from '../domain/periods';
import {
  MAX_QUESTION_TEXT,
  MAX_RESPONDENTS,
  MAX_SURVEY_QUESTIONS,
  SURVEY_LANGUAGES,
  SURVEY_SCALE_NAMES,
  SURVEY_SCALES,
  type SurveyScale,
  type SurveyTally,
  type SurveyTemplate,
  tallyProblems,
} from '../domain/survey';
import { normaliseText, type TextFault, textProblem } from '../domain/text';
import { auditEntry, nextVersion } from './audit';
import { activityForFigures } from './figures';
import type { Core } from './ports';

/**
 * The partnership's user survey (issue 26, 4): an administrator keeps its template, each activity enters its tallied
 * answers per half-year. Counts only: a person's own answers never enter the system.
 */

/** The survey's template, for everyone who enters or reads figures; undefined until an administrator writes one. */
export async function surveyTemplate(deps: Core, principal: Principal) {
  authorise(principal, 'figures.read');
  return deps.reports.getSurveyTemplate();
}

/**
 * An administrator writes the template: the questions in order (an existing one by its id, a new one without),
 * each a Swedish text on a fixed scale, and the languages it is asked in. A question left out is no longer asked;
 * its id is never given to another. `shownVersion` is the version edited (0: none yet; left out, over whatever
 * is kept: an API client that does not send one).
 */
export async function setSurveyTemplate(
  deps: Core,
  principal: Principal,
  input: {
    questions: { id?: string; text: string; scale: string }[];
    languages: string[];
    shownVersion?: number;
  },
): Promise<SurveyTemplate> {
  authorise(principal, 'survey.manage');
  const before = await deps.reports.getSurveyTemplate();
  const known = new Set(before?.questions.map((q) => q.id));
  const problems: FieldProblem[] = [];
  if (input.questions.length === 0 || input.questions.length > MAX_SURVEY_QUESTIONS)
    problems.push({
      path: '/questions',
      code: 'count_out_of_range',
      params: { min: 1, max: MAX_SURVEY_QUESTIONS },
    });
  input.questions.slice(0, MAX_SURVEY_QUESTIONS).forEach((q, i) => {
    const text = normaliseText(q.text);
    const problem: TextFault | undefined =
      text.length > MAX_QUESTION_TEXT
        ? { code: 'text_too_long', params: { max: MAX_QUESTION_TEXT } }
        : textProblem(text);
    if (problem) problems.push({ path: `/questions/${i}/text`, ...problem });
    if (!(SURVEY_SCALE_NAMES as readonly string[]).includes(q.scale))
      problems.push({
        path: `/questions/${i}/scale`,
        code: 'not_one_of',
        params: { allowed: SURVEY_SCALE_NAMES },
      });
    if (q.id !== undefined && !known.has(q.id))
      problems.push({ path: `/questions/${i}/id`, code: 'no_such', params: { what: 'question', id: q.id } });
  });
  const languages = [...new Set(input.languages)];
  if (languages.length === 0 || languages.some((l) => !(SURVEY_LANGUAGES as readonly string[]).includes(l)))
    problems.push({ path: '/languages', code: 'not_one_of', params: { allowed: SURVEY_LANGUAGES } });
  if (problems.length > 0) throw invalid('The survey cannot be kept.', problems);
  if (input.shownVersion !== undefined && (before?.version ?? 0) !== input.shownVersion)
    throw conflict('The survey was changed by someone else since it was shown.', [], 'concurrent_change');
  let next = before?.nextNumber ?? 1;
  const questions = input.questions.map((q) => ({
    id: q.id ?? `q${next++}`,
    text: normaliseText(q.text),
    scale: q.scale as SurveyScale,
  }));
  const at = deps.now().toISOString();
  const after: SurveyTemplate = {
    questions,
    languages,
    nextNumber: next,
    ...nextVersion(before, at, principal),
  };
  await deps.reports.putSurveyTemplate(
    after,
    auditEntry(at, principal, {
      action: 'survey.template-set',
      entityType: 'survey',
      entityId: 'template',
      ...(before ? { before: { questions: before.questions, languages: before.languages } } : {}),
      after: { questions, languages },
    }),
  );
  return after;
}

const halfYearPassed = (deps: Core, period: MonthRange) => {
  if (!isHalfYearRange(period))
    throw invalid('A survey is tallied for a half-year: May–October or November–April.', [
      { path: '/from', code: 'period_invalid' },
    ]);
  if (period.from > stockholmDate(deps.now()).slice(0, 7))
    throw invalid('The half-year has not begun.', [{ path: '/from', code: 'period_future' }]);
};

/** An activity's tally for a half-year (undefined: none yet), with the template to enter it on. */
export async function surveyTally(deps: Core, principal: Principal, activityId: string, period: MonthRange) {
  const activity = await activityForFigures(deps, principal, activityId);
  halfYearPassed(deps, period);
  const [template, tallies] = await Promise.all([
    deps.reports.getSurveyTemplate(),
    deps.reports.listSurveyTallies(period),
  ]);
  return { activity, template, tally: tallies.find((t) => t.activityId === activityId) };
}

/**
 * Keeps an activity's tallied answers for a half-year: how many answered, and per question how many gave each
 * answer (no more answers to a question than people who answered). Whoever enters the activity's figures enters
 * them. `shownVersion` is the version edited (0: none yet; left out, over whatever is kept).
 */
export async function writeSurveyTally(
  deps: Core,
  principal: Principal,
  activityId: string,
  period: MonthRange,
  input: { respondents: number; counts: SurveyTally['counts']; shownVersion?: number },
): Promise<SurveyTally> {
  const { template, tally: before } = await surveyTally(deps, principal, activityId, period);
  if (!template) throw conflict('There is no survey yet: an administrator writes its questions first.');
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(input.respondents) || input.respondents < 1 || input.respondents > MAX_RESPONDENTS)
    problems.push({
      path: '/respondents',
      code: 'count_out_of_range',
      params: { min: 1, max: MAX_RESPONDENTS },
    });
  for (const [id, answers] of Object.entries(input.counts))
    for (const [answer, n] of Object.entries(answers))
      if (!Number.isInteger(n) || (n ?? 0) < 0 || (n ?? 0) > MAX_RESPONDENTS)
        problems.push({
          path: `/counts/${id}/${answer}`,
          code: 'count_out_of_range',
          params: { min: 0, max: MAX_RESPONDENTS },
        });
  if (problems.length === 0) for (const p of tallyProblems(template, input)) problems.push(p);
  if (problems.length > 0) throw invalid('The answers cannot be kept.', problems);
  if (input.shownVersion !== undefined && (before?.version ?? 0) !== input.shownVersion)
    throw conflict('The answers were saved by someone else since they were shown.', [], 'concurrent_change');
  // Only the answers the scale has, zeros left out: what is stored is what was counted.
  const counts = Object.fromEntries(
    template.questions.flatMap((q) => {
      const given = Object.fromEntries(
        SURVEY_SCALES[q.scale].flatMap((o) => {
          const n = input.counts[q.id]?.[o] ?? 0;
          return n > 0 ? [[o, n]] : [];
        }),
      );
      return Object.keys(given).length > 0 ? [[q.id, given]] : [];
    }),
  );
  const at = deps.now().toISOString();
  const after: SurveyTally = {
    activityId,
    period: { from: period.from, to: period.to },
    respondents: input.respondents,
    counts,
    ...nextVersion(before, at, principal),
  };
  await deps.reports.putSurveyTally(
    after,
    auditEntry(at, principal, {
      action: 'survey.tallied',
      entityType: 'survey',
      entityId: `${period.from}_${period.to}/${activityId}`,
      activityId,
      ...(before ? { before: { respondents: before.respondents, counts: before.counts } } : {}),
      after: { respondents: input.respondents, counts },
    }),
  );
  return after;
}
