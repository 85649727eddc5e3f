import * as z from 'zod';
import { activitiesWithRights } from '../../../../shared/app/registry';
import {
  setSurveyTemplate,
  surveyTally,
  surveyTemplate,
  writeSurveyTally,
} from '../../../../shared/app/survey';
import type { Principal } from '../../../../shared/domain/access';
import { AppError } from '../../../../shared/domain/errors';
import {
  addMonths,
  halfYearOf,
  isHalfYearRange,
  type MonthRange,
  stockholmDate,
} from '../../../../shared/domain/periods';
import { SURVEY_LANGUAGES, SURVEY_SCALES, type SurveyTally } from '../../../../shared/domain/survey';
import * as S from '../../../../shared/http/schemas';
import { fieldProblemText, wordsFor } from '../../../../shared/i18n';
import { formatFor, periodLabel } from '../../../../shared/report/format';
import type { PageRoute, WebDeps, WebRequest } from '../../web-request';
import { typedCount } from '../figures/form';
import type { FieldErrors } from '../layout';
import { ofHalfYearAsked } from '../period-pages';
import { NEW_QUESTIONS, SurveyPage, TallyPage } from './view';

/** The most questions a form row names: the template's own bound and the new rows it offers. */
const MAX_ROWS = 20 + NEW_QUESTIONS;

/** The survey's half-year (`halvar=2017-11--2018-04`), a half-year of the calendar. */
const ofHalfYear = ofHalfYearAsked((asked, last) => {
  if (asked.halvar === undefined) return last;
  const [from = '', to = ''] = asked.halvar.slice(0, 16).split('--');
  return isHalfYearRange({ from, to }) ? { from, to } : undefined;
});
const ActivityParams = z.strictObject({ activityId: S.Id });
const tally = (deps: WebDeps, r: WebRequest, principal: Principal, period: MonthRange) =>
  tallyPage(deps, r, principal, r.params.activityId as string, period);

/**
 * `/brukarundersokning` (the survey's questions and the activities' answers for a half-year; POST: an administrator
 * saves the questions) and `/brukarundersokning/<activity>` (an activity's answers).
 */
export const surveyRoutes: PageRoute[] = [
  { method: 'GET', path: '/brukarundersokning', handle: ofHalfYear(surveyPage) },
  { method: 'POST', path: '/brukarundersokning', handle: ofHalfYear(surveyPage) },
  {
    method: 'GET',
    path: '/brukarundersokning/{activityId}',
    params: ActivityParams,
    handle: ofHalfYear(tally),
  },
  {
    method: 'POST',
    path: '/brukarundersokning/{activityId}',
    params: ActivityParams,
    handle: ofHalfYear(tally),
  },
];

async function surveyPage(deps: WebDeps, r: WebRequest, principal: Principal, period: MonthRange) {
  const w = wordsFor(r.language);
  const t = w.web.survey;
  const show = async (status: number, errors: FieldErrors = {}, notice?: string) => {
    const [template, activities, tallies] = await Promise.all([
      surveyTemplate(deps, principal),
      activitiesWithRights(deps, principal),
      deps.reports.listSurveyTallies(period),
    ]);
    // The half-year under way (a survey may be asked before it ends) and the three before it.
    const current = halfYearOf(stockholmDate(deps.now()).slice(0, 7));
    const names = new Intl.DisplayNames([w.locale], { type: 'language' });
    const byActivity = new Map(tallies.map((x) => [x.activityId, x]));
    const label = (p: MonthRange) => periodLabel(p, r.language, 'long');
    return r.show(
      status,
      <SurveyPage
        c={r.c}
        errors={errors}
        view={{
          period: { ...period, label: label(period) },
          halfYears: [0, 1, 2, 3].map((n) => {
            const p = { from: addMonths(current.from, -6 * n), to: addMonths(current.to, -6 * n) };
            return { ...p, label: label(p) };
          }),
          questions: template?.questions ?? [],
          languages: template?.languages ?? [],
          ...(r.c.may?.rights['survey.manage']
            ? {
                form: {
                  version: template?.version ?? 0,
                  languageNames: Object.fromEntries(SURVEY_LANGUAGES.map((c) => [c, names.of(c) ?? c])),
                },
              }
            : {}),
          activities: template
            ? activities
                .filter((a) => a.mayEnterFigures)
                .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
                .map((a) => {
                  const tally = byActivity.get(a.id);
                  return {
                    id: a.id,
                    name: a.name,
                    ...(tally ? { entered: t.entered(formatFor(r.language).n(tally.respondents)) } : {}),
                    href: `/brukarundersokning/${encodeURIComponent(a.id)}?halvar=${period.from}--${period.to}`,
                  };
                })
            : [],
          ...(notice ? { notice } : r.query.sparat === 'ja' ? { notice: t.saved } : {}),
        }}
      />,
    );
  };
  if (r.method === 'GET') return show(200);
  const questions = Array.from({ length: MAX_ROWS }, (_, i) => ({
    id: (r.form[`id-${i}`] ?? '').slice(0, 16),
    text: (r.form[`fraga-${i}`] ?? '').slice(0, 1000),
    scale: (r.form[`skala-${i}`] ?? '').slice(0, 32),
  })).filter((q) => q.text.trim() !== '');
  try {
    await setSurveyTemplate(deps, principal, {
      questions: questions.map((q) => ({ ...(q.id ? { id: q.id } : {}), text: q.text, scale: q.scale })),
      languages: SURVEY_LANGUAGES.filter((code) => r.form[`sprak-${code}`] === 'ja'),
      shownVersion: /^\d{1,9}$/.test(r.form.version ?? '') ? Number(r.form.version) : -1,
    });
  } catch (e) {
    if (!(e instanceof AppError) || (e.kind !== 'invalid' && e.kind !== 'conflict')) throw e;
    // Said beside the field: a question's text (by its row among those typed), or the languages.
    const rowOf = (i: number) => {
      const typed = questions[i];
      return (
        Array.from({ length: MAX_ROWS }, (_, n) => n).find((n) => r.form[`fraga-${n}`] === typed?.text) ?? i
      );
    };
    const errors: FieldErrors = Object.fromEntries(
      e.errors.map((p) => {
        const [, field, i] = p.path.split('/');
        return field === 'languages'
          ? ['sprak', t.languagesTitle]
          : [`fraga-${rowOf(Number(i))}`, fieldProblemText(p, r.language)];
      }),
    );
    return show(e.kind === 'conflict' ? 409 : 422, errors, e.reason ? w.reasons[e.reason] : undefined);
  }
  return r.redirect(`/brukarundersokning?halvar=${period.from}--${period.to}&sparat=ja`);
}

async function tallyPage(
  deps: WebDeps,
  r: WebRequest,
  principal: Principal,
  activityId: string,
  period: MonthRange,
) {
  const w = wordsFor(r.language);
  const t = w.web.survey;
  const { activity, template, tally } = await surveyTally(deps, principal, activityId, period);
  if (!template) return r.notFound();
  const { n } = formatFor(r.language);
  const stored = (value: number | undefined) => (value === undefined ? '' : n(value));
  const show = (status: number, typed?: Record<string, string>, errors: FieldErrors = {}, notice?: string) =>
    r.show(
      status,
      <TallyPage
        c={r.c}
        errors={errors}
        view={{
          activityId,
          name: activity.name,
          from: period.from,
          to: period.to,
          label: periodLabel(period, r.language, 'long'),
          version: tally?.version ?? 0,
          respondents: typed?.respondents ?? stored(tally?.respondents),
          questions: template.questions.map((q) => ({
            id: q.id,
            text: q.text,
            answers: SURVEY_SCALES[q.scale].map((option) => ({
              option,
              label: w.report.survey.answers[option],
              value: typed?.[`${q.id}-${option}`] ?? stored(tally?.counts[q.id]?.[option]),
            })),
          })),
          ...(notice ? { notice } : r.query.sparat === 'ja' ? { notice: t.tallySaved } : {}),
        }}
      />,
    );
  if (r.method === 'GET') return show(200);
  const typed: Record<string, string> = { respondents: (r.form.respondents ?? '').slice(0, 32) };
  const errors: FieldErrors = {};
  const read = (field: string, label: string) => {
    typed[field] = (r.form[field] ?? '').slice(0, 32);
    const { value, problem } = typedCount(typed[field], label, r.language);
    if (problem) errors[field] = problem;
    return value;
  };
  const respondents = read('respondents', t.respondents);
  const counts: SurveyTally['counts'] = Object.fromEntries(
    template.questions.map((q) => [
      q.id,
      Object.fromEntries(
        SURVEY_SCALES[q.scale].flatMap((option) => {
          const value = read(`${q.id}-${option}`, `${q.text} – ${w.report.survey.answers[option]}`);
          return value === undefined ? [] : [[option, value]];
        }),
      ),
    ]),
  );
  if (respondents === undefined && !errors.respondents) errors.respondents = t.respondentsMissing;
  if (Object.keys(errors).length > 0) return show(422, typed, errors);
  try {
    await writeSurveyTally(deps, principal, activityId, period, {
      respondents: respondents as number,
      counts,
      shownVersion: /^\d{1,9}$/.test(r.form.version ?? '') ? Number(r.form.version) : -1,
    });
  } catch (e) {
    if (!(e instanceof AppError) || (e.kind !== 'invalid' && e.kind !== 'conflict')) throw e;
    const byPath: FieldErrors = Object.fromEntries(
      e.errors.map((p) => {
        const [, field, id] = p.path.split('/');
        const question = template.questions.find((q) => q.id === id);
        return field === 'counts' && question
          ? [`fraga-${question.id}`, t.tooMany(question.text)]
          : ['respondents', t.respondentsMissing];
      }),
    );
    return show(e.kind === 'conflict' ? 409 : 422, typed, byPath, e.reason ? w.reasons[e.reason] : undefined);
  }
  return r.redirect(
    `/brukarundersokning/${encodeURIComponent(activityId)}?halvar=${period.from}--${period.to}&sparat=ja`,
  );
}
