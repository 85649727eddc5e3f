import type { FieldProblem } from './errors';
import type { MonthRange } from './periods';
import { percent } from './report';
import { suppress } from './suppression';

/**
 * The partnership's user survey (*brukarundersökning*, seed 003: "en mall för brukarundersökningar, som ska kunna
 * användas i samtliga verksamheter … att mäta de olika åtagandenas effekt för de enskilda"): one template of
 * questions on fixed answer scales, asked in every activity; each activity enters how many gave each answer in a
 * half-year — counts only, never one person's answers.
 */

/** The fixed answer scales a question may have, each answer by a code (its words are the catalogue's). */
export const SURVEY_SCALES = {
  agreement: ['agree_fully', 'agree_partly', 'disagree', 'dont_know'],
  satisfaction: ['very_satisfied', 'fairly_satisfied', 'not_very_satisfied', 'not_satisfied'],
  yesNo: ['yes', 'no', 'dont_know'],
} as const;
export type SurveyScale = keyof typeof SURVEY_SCALES;
export const SURVEY_SCALE_NAMES = Object.keys(SURVEY_SCALES) as SurveyScale[];
export type SurveyAnswer = (typeof SURVEY_SCALES)[SurveyScale][number];

/** The languages a survey may be asked in (ISO 639 codes; their names come from the reader's locale). */
export const SURVEY_LANGUAGES = [
  'sv',
  'en',
  'ro',
  'bg',
  'pl',
  'hu',
  'sk',
  'cs',
  'lt',
  'lv',
  'de',
  'it',
  'es',
  'fr',
  'pt',
  'el',
  'fi',
  'rom',
] as const;

export const MAX_SURVEY_QUESTIONS = 20;
export const MAX_QUESTION_TEXT = 200;
/** The most who answered in one activity's half-year: far above any venue's guests. */
export const MAX_RESPONDENTS = 10_000;

export interface SurveyQuestion {
  /** `q<n>`, never reused: an activity's counts stay tied to the question they answered. */
  id: string;
  /** In Swedish, as the partnership wrote it. */
  text: string;
  scale: SurveyScale;
}

export interface SurveyTemplate {
  questions: SurveyQuestion[];
  languages: string[];
  /** The number the next new question's id takes. */
  nextNumber: number;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** One activity's tallied answers for a half-year: per question, how many gave each answer. */
export interface SurveyTally {
  activityId: string;
  period: MonthRange;
  respondents: number;
  counts: Record<string, Partial<Record<SurveyAnswer, number>>>;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** What is wrong with a tally against the template, each at its field; none when it can be kept. */
export function tallyProblems(
  template: Pick<SurveyTemplate, 'questions'>,
  tally: Pick<SurveyTally, 'respondents' | 'counts'>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const questions = new Map(template.questions.map((q) => [q.id, q]));
  for (const [id, answers] of Object.entries(tally.counts)) {
    const question = questions.get(id);
    if (!question) {
      problems.push({ path: `/counts/${id}`, code: 'no_such', params: { what: 'question', id } });
      continue;
    }
    const allowed: readonly string[] = SURVEY_SCALES[question.scale];
    let sum = 0;
    for (const [answer, n] of Object.entries(answers)) {
      if (!allowed.includes(answer))
        problems.push({ path: `/counts/${id}/${answer}`, code: 'not_one_of', params: { allowed } });
      sum += n ?? 0;
    }
    if (sum > tally.respondents)
      problems.push({
        path: `/counts/${id}`,
        code: 'above_total',
        params: { value: sum, max: tally.respondents },
      });
  }
  return problems;
}

/**
 * The survey as the report shows it: per question of the template, how many answered (n), and per answer the
 * count and share, hidden where the count is small enough to point at a person (shared/domain/suppression.ts), with
 * the change in percentage points against the survey of the half-year before where both shares are shown.
 */
export function surveyResults(
  template: Pick<SurveyTemplate, 'questions' | 'languages'> | undefined,
  now: readonly SurveyTally[],
  before: readonly SurveyTally[],
  smallCellBelow: number,
) {
  if (!template || now.length === 0) return null;
  const shares = (tallies: readonly SurveyTally[], question: SurveyQuestion) => {
    const options = SURVEY_SCALES[question.scale];
    const counts = options.map((o) => tallies.reduce((n, t) => n + (t.counts[question.id]?.[o] ?? 0), 0));
    const answered = counts.reduce((a, b) => a + b, 0);
    const cells = suppress(counts, smallCellBelow);
    return {
      answered,
      cells: options.map((option, i) => {
        const cell = cells[i];
        return cell && !cell.suppressed
          ? { option, count: cell.count, pct: percent(cell.count, answered) }
          : { option, count: null, pct: null };
      }),
    };
  };
  return {
    respondents: now.reduce((n, t) => n + t.respondents, 0),
    activities: now.length,
    languages: template.languages,
    questions: template.questions.map((question) => {
      const current = shares(now, question);
      const earlier = before.length > 0 ? shares(before, question) : undefined;
      return {
        id: question.id,
        text: question.text,
        scale: question.scale,
        n: current.answered,
        answers: current.cells.map((cell, i) => {
          const then = earlier?.answered ? earlier.cells[i]?.pct : null;
          return {
            ...cell,
            changePts: cell.pct !== null && then !== null && then !== undefined ? cell.pct - then : null,
          };
        }),
      };
    }),
  };
}
export type SurveyResults = NonNullable<ReturnType<typeof surveyResults>>;
