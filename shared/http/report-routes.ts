import { routeSpec } from './route';
import * as S from './schemas';

/**
 * The report's endpoints, declared here and served by the reports function (functions/reports/routes.ts), which
 * carries the renderers; the API function describes them in its OpenAPI document without carrying their code.
 */
export const REPORT_ROUTES = {
  read: routeSpec({
    method: 'GET',
    path: '/v1/reports',
    operationId: 'getReport',
    tag: 'Reports',
    summary: 'The joint activity report for whole months from–to (half-years: May–Oct, Nov–Apr)',
    description:
      'Night shelters night by night against the places in force, day centres, outreach, social emergency ' +
      'service, intake, extra cold nights, nationality (small counts hidden), trends over the periods before, ' +
      'and what is missing. Percentages are whole numbers rounded half up from the exact counts. ' +
      'As JSON, or rendered with format=html|csv|xlsx|pdf (or the matching Accept). With `version`, the ' +
      'half-year report as that version was approved by the chairs, frozen: every party (partners too) reads it. ' +
      'Without, the report as the figures give it now: administrators, coordinators and the named chairs.',
    right: 'reports.approved',
    query: S.ReportQuery,
    responses: {
      200: { description: 'The report (JSON), or rendered as asked', schema: S.Report },
    },
  }),
  send: routeSpec({
    method: 'POST',
    path: '/v1/reports/send',
    operationId: 'sendReport',
    tag: 'Reports',
    summary: 'Compile the report now, keep every format, and e-mail it to the report recipients',
    description:
      'What the schedule does on 15 November and 15 May, on demand: PDF and XLSX attached, the charts in the ' +
      'e-mail, each recipient in their language. The last version both chairs approved is sent as it was frozen; ' +
      'where none is, the report as compiled now, which says it is a draft (the schedule sends none then, and ' +
      'tells the coordinators and administrators what is missing). Sent again for the same period, the report ' +
      'says what changed. ' +
      'With an `Idempotency-Key` header (up to 200 characters), the same request sent again resumes that send: ' +
      'nobody is mailed twice, and whoever was not reached yet is.',
    right: 'reports.send',
    body: S.SendReport,
    responses: {
      200: { description: 'Sent (see delivered and failed)', schema: S.SentReport },
      409: { description: 'No report recipients, or the same send is running right now' },
    },
  }),
  financeSummary: routeSpec({
    method: 'GET',
    path: '/v1/reports/financial-outcomes/{year}',
    operationId: 'getFinanceSummary',
    tag: 'Financial outcome',
    summary:
      "A year's financial outcome across organisations: grant, used per line, unspent, own contribution",
    description:
      'Every organisation that reports for the year, reported or missing, and the sums over those that ' +
      'reported. As JSON, or rendered with format=html|csv|xlsx (or the matching Accept). Partners see their own.',
    right: 'finances.read',
    params: S.FinanceYearParams,
    query: S.FinanceSummaryQuery,
    responses: { 200: { description: 'The summary (JSON), or rendered as asked', schema: S.FinanceSummary } },
  }),
};
