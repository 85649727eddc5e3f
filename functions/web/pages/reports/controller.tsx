import { randomBytes } from 'node:crypto';
import { reportChoice } from '../../../../shared/app/reports';
import { isHalfYearRange } from '../../../../shared/domain/periods';
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
    const { last, halfYears } = await reportChoice(deps, signedIn.principal);
    const from = (r.query.fran ?? last.from).trim().slice(0, 16);
    const to = (r.query.till ?? last.to).trim().slice(0, 16);
    const view = {
      from,
      to,
      halfYears: halfYears.map((h) => ({ ...h, label: periodLabel(h, language, 'long') })),
    };
    const range = S.ReportQuery.safeParse({ from, to });
    if (!range.success) return r.show(422, <ReportsPage c={r.c} view={view} error={t.reportRangeInvalid} />);
    const chosen = await reportChoice(deps, signedIn.principal, range.data);
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
    const send = chosen.recipients
      ? {
          recipients: chosen.recipients,
          approvedVersion: chosen.approvedVersion,
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
            empty: chosen.empty ?? true,
            ...(r.c.may?.rights?.['reports.write']
              ? { texts: { href: `/rapport/texter?fran=${from}&till=${to}`, label: t.reportTexts.link } }
              : {}),
            ...(isHalfYearRange(range.data)
              ? { document: { href: `/rapport/dokument?fran=${from}&till=${to}`, label: t.jointReport.link } }
              : {}),
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
