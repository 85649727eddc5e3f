import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../infra/local/demo/load';
import { memoryCore } from '../../shared/adapters/memory-stores';
import { buildReport } from '../../shared/app/reports';
import { setSurveyTemplate, surveyTemplate, writeSurveyTally } from '../../shared/app/survey';
import { type Principal, systemPrincipal } from '../../shared/domain/access';
import type { AppError } from '../../shared/domain/errors';
import { surveyResults } from '../../shared/domain/survey';
import { reportLayout } from '../../shared/report/sections';

const HALF_YEAR = { from: '2017-11', to: '2018-04' };
const deps = memoryCore({ now: () => new Date('2018-05-08T10:00:00Z') });
const admin = systemPrincipal('test');
const fa: Principal = { id: 'key_fa', via: 'key', role: 'partner', organisationId: 'org_fralsningsarmen' };
const problemsOf = (call: Promise<unknown>) =>
  call.then(
    () => [],
    (e: AppError) => [e.kind, ...e.errors.map((p) => p.path)],
  );

beforeAll(async () => {
  await loadDemoData(deps);
});

describe('the user survey (issue 26, 4)', () => {
  it('shows each question with n, shares and the change since the half-year before, hiding counts under 5', () => {
    const template = {
      questions: [{ id: 'q1', text: 'Trygg?', scale: 'yesNo' as const }],
      languages: ['sv'],
    };
    const tally = (respondents: number, counts: Record<string, number>) => ({
      activityId: 'a',
      period: HALF_YEAR,
      respondents,
      counts: { q1: counts },
      version: 1,
      updatedAt: '',
      updatedBy: '',
    });
    const results = surveyResults(
      template,
      [tally(40, { yes: 30, no: 8, dont_know: 2 })],
      [tally(20, { yes: 10, no: 10 })],
      5,
    );
    expect(results?.questions[0]).toMatchObject({
      n: 40,
      answers: [
        // 30 of 40 = 75 %, against 10 of 20 = 50 %: +25 points.
        { option: 'yes', count: 30, pct: 75, changePts: 25 },
        // 2 is hidden, and so is the next smallest, 8, or it could be found from n.
        { option: 'no', count: null, pct: null, changePts: null },
        { option: 'dont_know', count: null, pct: null, changePts: null },
      ],
    });
    expect(surveyResults(template, [], [], 5)).toBeNull();
  });

  it('is written by an administrator only, on fixed scales, in the languages it is asked in', async () => {
    const template = await surveyTemplate(deps, fa);
    expect(template?.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    const input = { questions: [{ text: 'Ny fråga?', scale: 'yesNo' }], languages: ['sv'], shownVersion: 1 };
    expect(await problemsOf(setSurveyTemplate(deps, fa, input))).toEqual(['forbidden']);
    expect(
      await problemsOf(
        setSurveyTemplate(deps, admin, {
          questions: [
            { text: 'Fri text?', scale: 'free' },
            { id: 'q99', text: 'Okänd', scale: 'yesNo' },
          ],
          languages: ['xx'],
          shownVersion: 1,
        }),
      ),
    ).toEqual(['invalid', '/questions/0/scale', '/questions/1/id', '/languages']);
  });

  it("takes an activity's counts only from those who enter its figures, never more answers than who answered", async () => {
    const counts = { q1: { yes: 10 }, q2: {}, q3: {}, q4: {} };
    expect(
      await problemsOf(
        writeSurveyTally(deps, fa, 'act_convictus_natt', HALF_YEAR, {
          respondents: 10,
          counts,
          shownVersion: 1,
        }),
      ),
    ).toEqual(['not_found']);
    expect(
      await problemsOf(
        writeSurveyTally(deps, fa, 'act_fa_natt', HALF_YEAR, {
          respondents: 9,
          counts: { q1: { yes: 10 }, q2: { maybe: 1 } as never, q9: { yes: 1 } },
          shownVersion: 1,
        }),
      ),
    ).toEqual(['invalid', '/counts/q1', '/counts/q2/maybe', '/counts/q9']);
    expect(
      await problemsOf(
        writeSurveyTally(
          deps,
          fa,
          'act_fa_natt',
          { from: '2018-11', to: '2019-04' },
          {
            respondents: 10,
            counts,
            shownVersion: 0,
          },
        ),
      ),
    ).toEqual(['invalid', '/from']);
  });

  it("is in the demo half-year's report: who answered, in which languages, each question against the half-year before", async () => {
    const report = await buildReport(deps, admin, HALF_YEAR);
    expect(report.survey).toMatchObject({ respondents: 177, activities: 3 });
    const said = reportLayout(report).blocks.flatMap((b) =>
      b.type === 'paragraph' || b.type === 'heading' ? [b.text] : [],
    );
    expect(said).toContain('Brukarundersökning');
    expect(said).toContain(
      '177 personer svarade på brukarundersökningen i 3 verksamheter. Den ställdes på svenska, rumänska, bulgariska, polska, ungerska, engelska.',
    );
    expect(said).toContain('Känner du dig trygg i verksamheten? (n = 177)');
    const safety = report.survey?.questions[0]?.answers[0];
    // 150 of 177 now (85 %) against 103 of 128 the half-year before (80 %).
    expect(safety).toEqual({ option: 'yes', count: 150, pct: 85, changePts: 5 });
  });
});
