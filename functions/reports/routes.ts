import Negotiator from 'negotiator';
import type * as z from 'zod';
import { financeSummary } from '../../shared/app/finances';
import { readReport } from '../../shared/app/joint-report';
import type { SendDeps } from '../../shared/app/reports';
import { sendReport } from '../../shared/app/reports';
import type { ReportDocument } from '../../shared/app/reports-model';
import type { FinanceSummary } from '../../shared/domain/finances';
import { parseOrThrow } from '../../shared/domain/validation';
import { REPORT_ROUTES } from '../../shared/http/report-routes';
import { header } from '../../shared/http/request';
import { json, type text } from '../../shared/http/response';
import { type Route, serve } from '../../shared/http/route';
import * as S from '../../shared/http/schemas';
import type { Language } from '../../shared/i18n';
import type { TableId } from '../../shared/report/tables';

type Format = (typeof S.REPORT_FORMATS)[number];
const FINANCE_FORMATS = ['json', 'html', 'csv', 'xlsx'] as const;

/** The report as one answer in a format other than JSON (the renderers: charts, PDF, XLSX). */
export type RenderAnswer = (
  report: ReportDocument,
  format: Exclude<Format, 'json'>,
  language: Language,
  table: TableId,
) => Promise<ReturnType<typeof text>>;

/** The financial outcome's summary as one answer in a format other than JSON. */
export type FinanceAnswer = (
  summary: FinanceSummary,
  format: Exclude<FinanceFormat, 'json'>,
  language: Language,
  readAt: string,
) => Promise<ReturnType<typeof text>>;
type FinanceFormat = NonNullable<z.infer<typeof S.FinanceSummaryQuery>['format']>;

/** The formats by media type, JSON first: what a client gets when its Accept allows several equally. */
const BY_MEDIA_TYPE: Record<string, Format> = {
  'application/json': 'json',
  'text/html': 'html',
  'text/csv': 'csv',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/**
 * The format the Accept header prefers among `formats`, by its q-values (`text/html;q=0` refuses HTML); JSON when
 * none fits.
 */
function acceptedFormat<F extends Format>(accept: string | undefined, formats: readonly F[]): F {
  const offered = Object.keys(BY_MEDIA_TYPE).filter((type) => formats.includes(BY_MEDIA_TYPE[type] as F));
  const preferred = new Negotiator({ headers: { accept } }).mediaType(offered);
  return ((preferred && BY_MEDIA_TYPE[preferred]) || 'json') as F;
}

/** The report's endpoints (declared in shared/http/report-routes.ts), served with the renderers. */
export function reportRoutes(
  deps: SendDeps,
  answers: { report: RenderAnswer; finance: FinanceAnswer },
): Route[] {
  return [
    serve(REPORT_ROUTES.read, async ({ principal, query, event }) => {
      const report = await readReport(deps, principal, { from: query.from, to: query.to }, query.version);
      const format = query.format ?? acceptedFormat(header(event, 'accept'), S.REPORT_FORMATS);
      if (format === 'json') return json(200, report);
      return answers.report(report, format, query.language, query.table);
    }),
    serve(REPORT_ROUTES.financeSummary, async ({ principal, params, query, event }) => {
      const readAt = deps.now().toISOString();
      const summary = await financeSummary(deps, principal, params.year);
      const format = query.format ?? acceptedFormat(header(event, 'accept'), FINANCE_FORMATS);
      if (format === 'json') return json(200, summary);
      return answers.finance(summary, format, query.language, readAt);
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
