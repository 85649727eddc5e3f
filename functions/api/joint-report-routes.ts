import {
  jointReportView,
  markReadyForReview,
  setReportChairs,
  writeAppendix,
} from '../../shared/app/joint-report';
import type { Core } from '../../shared/app/ports';
import { setSurveyTemplate, surveyTemplate, writeSurveyTally } from '../../shared/app/survey';
import { json } from '../../shared/http/response';
import { type Route, route } from '../../shared/http/route';
import * as S from '../../shared/http/schemas';

/**
 * The joint half-year report as a document (issue 26, 2) and the user survey (issue 26, 4). Signing is not here: a
 * chair signs in the web app, signed in as themselves, never with a key.
 */
export function jointReportRoutes(deps: Core): Route[] {
  return [
    route({
      method: 'GET',
      path: '/v1/joint-reports/{period}',
      operationId: 'getJointReport',
      tag: 'Reports',
      summary: "Where a half-year's joint report stands: the parties' appendices, the deadline, the chairs",
      description:
        "Every party reads it; a partner sees the other parties' appendices by status only. `digest` names the content: a review or a signature holds for it.",
      right: 'reports.appendix',
      params: S.HalfYearParams,
      responses: { 200: { description: 'The document', schema: S.JointReportView } },
      handle: async ({ principal, params }) =>
        json(200, await jointReportView(deps, principal, params.period)),
    }),
    route({
      method: 'PUT',
      path: '/v1/joint-reports/{period}/appendices/{organisationId}',
      operationId: 'writeAppendix',
      tag: 'Reports',
      summary: "Write a party's appendix (its verksamhetsrapport) on the template, as a draft or submitted",
      description:
        "A partner writes its own organisation's only. A submitted appendix has every heading's text. While a version is approved, a change needs `newVersion` (409 approved_frozen): the approved one stays frozen.",
      right: 'reports.appendix',
      params: S.AppendixParams,
      body: S.AppendixInput,
      responses: { 200: { description: 'Saved', schema: S.StoredAppendix } },
      handle: async ({ principal, params, body }) => {
        return json(
          200,
          await writeAppendix(deps, principal, params.period, params.organisationId, {
            sections: body.sections,
            submit: body.submit,
            shownVersion: body.version,
            newVersion: body.newVersion ?? false,
          }),
        );
      },
    }),
    route({
      method: 'POST',
      path: '/v1/joint-reports/{period}/review',
      operationId: 'markReadyForReview',
      tag: 'Reports',
      summary: 'Mark the report ready for the chairs (every appendix submitted)',
      description: 'With the digest of the content read: another content is refused (409 document_changed).',
      right: 'reports.write',
      params: S.HalfYearParams,
      body: S.ReviewInput,
      responses: { 200: { description: 'In review', schema: S.JointReportView } },
      handle: async ({ principal, params, body }) => {
        await markReadyForReview(deps, principal, params.period, body.digest);
        return json(200, await jointReportView(deps, principal, params.period));
      },
    }),
    route({
      method: 'PUT',
      path: '/v1/report-chairs',
      operationId: 'setReportChairs',
      tag: 'Reports',
      summary: 'Name who signs the joint report for the cooperation group and the steering group',
      description: 'Two different people who sign in, each with the title the report names them by.',
      right: 'reports.chairs',
      body: S.ChairsInput,
      responses: { 200: { description: 'Named', schema: S.StoredChairs } },
      handle: async ({ principal, body }) =>
        json(
          200,
          await setReportChairs(deps, principal, {
            chairs: body.chairs,
            shownVersion: body.version,
          }),
        ),
    }),
    route({
      method: 'GET',
      path: '/v1/survey',
      operationId: 'getSurvey',
      tag: 'Reports',
      summary: "The user survey's template: its questions, their answer scales, the languages it is asked in",
      right: 'figures.read',
      responses: {
        200: { description: 'The template (null: none yet)', schema: S.StoredSurveyTemplate.nullable() },
      },
      handle: async ({ principal }) => json(200, (await surveyTemplate(deps, principal)) ?? null),
    }),
    route({
      method: 'PUT',
      path: '/v1/survey',
      operationId: 'setSurvey',
      tag: 'Reports',
      summary:
        "Write the user survey's questions (Swedish, on fixed scales) and the languages it is asked in",
      description: 'An existing question by its id, a new one without; one left out is no longer asked.',
      right: 'survey.manage',
      body: S.SurveyTemplateInput,
      responses: { 200: { description: 'Written', schema: S.StoredSurveyTemplate } },
      handle: async ({ principal, body }) =>
        json(
          200,
          await setSurveyTemplate(deps, principal, {
            questions: body.questions,
            languages: body.languages,
            shownVersion: body.version,
          }),
        ),
    }),
    route({
      method: 'PUT',
      path: '/v1/survey/tallies/{period}/{activityId}',
      operationId: 'writeSurveyTally',
      tag: 'Reports',
      summary: "An activity's tallied survey answers for a half-year: how many gave each answer",
      description:
        "Counts only, never a person's answers; no question has more answers than `respondents`. Whoever enters the activity's figures enters them.",
      right: 'figures.write',
      params: S.TallyParams,
      body: S.TallyInput,
      responses: { 200: { description: 'Saved', schema: S.StoredTally } },
      handle: async ({ principal, params, body }) => {
        return json(
          200,
          await writeSurveyTally(deps, principal, params.activityId, params.period, {
            respondents: body.respondents,
            counts: body.counts,
            shownVersion: body.version,
          }),
        );
      },
    }),
  ];
}
