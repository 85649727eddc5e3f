import { randomBytes } from 'node:crypto';
import { anyFigures } from '../../../../shared/app/figures';
import { listReportRecipients } from '../../../../shared/app/reports';
import { can } from '../../../../shared/domain/access';
import { addMonths, stockholmDate } from '../../../../shared/domain/periods';
import { halfYearEndedBefore } from '../../../../shared/domain/report-history';
import * as S from '../../../../shared/http/schemas';
import { wordsFor } from '../../../../shared/i18n';
import { periodLabel } from '../../../../shared/report/format';
import type { Answer, WebDeps, WebRequest } from '../../web-request';
import { ReportsPage } from './view';

const newSecret = () => randomBytes(32).toString('base64url');

/**
 * The half-year report (`/rapport`): the half-years to choose from, the chosen one's files, and for those who may,
 * the form that sends it to its recipients. Undefined for any other address.
 */
export async function reportPages(deps: WebDeps, r: WebRequest): Promise<Answer | undefined> {
  if (r.method !== 'GET') return undefined;
  const { language, signedIn } = r;
  const t = wordsFor(language).web;
  if (r.path === '/rapport') {
    if (!signedIn) return r.signInAgain();
    if (!can(signedIn.principal, 'reports.read')) return r.notFound();
    const last = halfYearEndedBefore(stockholmDate(deps.now()));
    const halfYears = [0, 1, 2, 3].map((n) => ({
      from: addMonths(last.from, -6 * n),
      to: addMonths(last.to, -6 * n),
    }));
    const from = (r.query.fran ?? last.from).trim().slice(0, 16);
    const to = (r.query.till ?? last.to).trim().slice(0, 16);
    const view = {
      from,
      to,
      halfYears: halfYears.map((h) => ({ ...h, label: periodLabel(h, language, 'long') })),
    };
    const range = S.ReportQuery.safeParse({ from, to });
    if (!range.success) return r.show(422, <ReportsPage c={r.c} view={view} error={t.reportRangeInvalid} />);
    const api = (format: string, table = '') =>
      `/v1/reports?from=${from}&to=${to}&format=${format}&language=${language}${table}`;
    const a = wordsFor(language).admin;
    const said = r.query.skick ?? '';
    const sent = /^klart-(\d{1,4})-(\d{1,4})$/.exec(said);
    const sendError: Record<string, string> = {
      bekrafta: a.sendConfirmMissing,
      ogiltigt: a.sendStale,
      'inga-mottagare': a.sendNoRecipients,
      pagar: wordsFor(language).reasons.in_progress,
      fel: a.sendFailed,
    };
    const send = can(signedIn.principal, 'reports.send')
      ? {
          recipients: await listReportRecipients(deps, signedIn.principal),
          key: newSecret().slice(0, 32),
          notice: sent ? a.sent(Number(sent[1]), Number(sent[2])) : undefined,
          error: Object.hasOwn(sendError, said) ? sendError[said] : undefined,
        }
      : undefined;
    return r.show(
      200,
      <ReportsPage
        c={r.c}
        view={{
          ...view,
          chosen: {
            label: periodLabel({ from, to }, language, 'long'),
            empty: !(await anyFigures(deps, signedIn.principal, { from, to })),
            links: [
              { href: api('html'), label: t.reportAsHtml },
              { href: api('pdf'), label: t.reportPdf },
              { href: api('xlsx'), label: t.reportXlsx },
              { href: api('csv', '&table=nightShelters'), label: t.reportCsv },
            ],
          },
          send,
        }}
      />,
    );
  }
  return undefined;
}
