import type { Deps } from '../../shared/app/ports';
import { buildReport, type ReportDelivery, type ReportDocument, sendReport } from '../../shared/app/reports';
import type { Language } from '../../shared/domain/alert-messages';
import { parseOrThrow } from '../../shared/domain/validation';
import { json, type text } from '../../shared/http/problem';
import { header } from '../../shared/http/request';
import { type Route, route } from '../../shared/http/route';
import type { TableId } from '../../shared/report/layout';
import * as S from '../api/schemas';

type Format = (typeof S.REPORT_FORMATS)[number];

/** What the reports function adds to the routes: the renderers (charts, PDF, XLSX) and the delivery. */
export interface Reporting {
  render(
    report: ReportDocument,
    format: Exclude<Format, 'json'>,
    language: Language,
    table: TableId,
  ): Promise<ReturnType<typeof text>>;
  delivery: ReportDelivery;
}

const BY_ACCEPT: [RegExp, Format][] = [
  [/text\/html/, 'html'],
  [/text\/csv/, 'csv'],
  [/application\/pdf/, 'pdf'],
  [/spreadsheetml/, 'xlsx'],
];

/**
 * The report's endpoints. They run in the reports function, which carries the renderers; the API function lists
 * them (without `reporting`) only to describe them in its OpenAPI document.
 */
export function reportRoutes(deps: Deps, reporting?: Reporting): Route[] {
  const rendering = () => {
    if (!reporting) throw new Error('The report routes are served by the reports function.');
    return reporting;
  };
  return [
    route({
      method: 'GET',
      path: '/v1/reports',
      tag: 'Reports',
      summary: 'The joint activity report for whole months from–to (half-years: May–Oct, Nov–Apr)',
      description:
        'Night shelters night by night against the places in force, day centres, outreach, social emergency ' +
        'service, intake, extra cold nights, nationality (small counts hidden), trends over the periods before, ' +
        'and what is missing. Percentages are whole numbers rounded half up from the exact counts. ' +
        'As JSON, or rendered with format=html|csv|xlsx|pdf (or the matching Accept).',
      roles: ['admin', 'coordinator'],
      query: S.ReportQuery,
      responses: {
        200: { description: 'The report (JSON), or rendered as asked', schema: S.Report },
      },
      handle: async ({ query, event }) => {
        const report = await buildReport(deps, { from: query.from, to: query.to });
        const accept = header(event, 'accept') ?? '';
        const format = query.format ?? BY_ACCEPT.find(([pattern]) => pattern.test(accept))?.[1] ?? 'json';
        if (format === 'json') return json(200, report);
        return rendering().render(report, format, query.language, query.table);
      },
    }),
    route({
      method: 'POST',
      path: '/v1/reports/send',
      tag: 'Reports',
      summary: 'Compile the report now, keep every format, and e-mail it to the report recipients',
      description:
        'What the schedule does on 15 November and 15 May, on demand: PDF and XLSX attached, the charts in the ' +
        'e-mail, each recipient in their language. Sent again for the same period, the report says what changed. ' +
        'With an `Idempotency-Key` header (up to 200 characters), the same request sent again resumes that send: ' +
        'nobody is mailed twice, and whoever was not reached yet is.',
      roles: ['admin'],
      body: S.SendReport,
      responses: {
        200: { description: 'Sent (see delivered and failed)', schema: S.SentReport },
        409: { description: 'No report recipients, or the same send is running right now' },
      },
      handle: async ({ principal, body, event }) =>
        json(
          200,
          await sendReport(deps, rendering().delivery, principal, body, {
            requestKey: parseOrThrow(
              S.IdempotencyKey,
              header(event, 'idempotency-key'),
              'Idempotency-Key header',
            ),
          }),
        ),
    }),
  ];
}
