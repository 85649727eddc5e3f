import Negotiator from 'negotiator';
import { buildReport, type ReportDocument, type SendDeps, sendReport } from '../../shared/app/reports';
import { parseOrThrow } from '../../shared/domain/validation';
import { REPORT_ROUTES } from '../../shared/http/report-routes';
import { header } from '../../shared/http/request';
import { json, type text } from '../../shared/http/response';
import { type Route, serve } from '../../shared/http/route';
import * as S from '../../shared/http/schemas';
import type { Language } from '../../shared/i18n';
import type { TableId } from '../../shared/report/tables';

type Format = (typeof S.REPORT_FORMATS)[number];

/** The report as one answer in a format other than JSON (the renderers: charts, PDF, XLSX). */
export type RenderAnswer = (
  report: ReportDocument,
  format: Exclude<Format, 'json'>,
  language: Language,
  table: TableId,
) => Promise<ReturnType<typeof text>>;

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

/** The report's endpoints (declared in shared/http/report-routes.ts), served with the renderers. */
export function reportRoutes(deps: SendDeps, answer: RenderAnswer): Route[] {
  return [
    serve(REPORT_ROUTES.read, async ({ principal, query, event }) => {
      const report = await buildReport(deps, principal, { from: query.from, to: query.to });
      const format = query.format ?? acceptedFormat(header(event, 'accept'));
      if (format === 'json') return json(200, report);
      return answer(report, format, query.language, query.table);
    }),
    serve(REPORT_ROUTES.send, async ({ principal, body, event }) =>
      json(
        200,
        await sendReport(deps, principal, body, {
          requestKey: parseOrThrow(
            S.IdempotencyKey,
            header(event, 'idempotency-key'),
            'Idempotency-Key header',
          ),
        }),
      ),
    ),
  ];
}
