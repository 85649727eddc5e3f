import Negotiator from 'negotiator';
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

/** The formats by media type, JSON first: what a client gets when its Accept allows several equally. */
const BY_MEDIA_TYPE: Record<string, Format> = {
  'application/json': 'json',
  'text/html': 'html',
  'text/csv': 'csv',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/** The format the Accept header prefers, by its q-values (`text/html;q=0` refuses HTML); JSON when none fits. */
function acceptedFormat(accept: string | undefined): Format {
  const preferred = new Negotiator({ headers: { accept } }).mediaType(Object.keys(BY_MEDIA_TYPE));
  return (preferred && BY_MEDIA_TYPE[preferred]) || 'json';
}

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
        const format = query.format ?? acceptedFormat(header(event, 'accept'));
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
