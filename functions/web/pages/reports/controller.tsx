import { randomBytes } from 'node:crypto';
import { reportChoice, sendReport } from '../../../../shared/app/reports';
import { AppError } from '../../../../shared/domain/errors';
import { isHalfYearRange } from '../../../../shared/domain/periods';
import * as S from '../../../../shared/http/schemas';
import { wordsFor } from '../../../../shared/i18n';
import { periodLabel } from '../../../../shared/report/format';
import type { Answer, PageRoute, WebDeps, WebRequest } from '../../web-request';
import { reportTextsPage } from './texts';
import { ReportsPage } from './view';

const newSecret = () => randomBytes(32).toString('base64url');

/**
 * The half-year report (`/rapport`): the half-years to choose from, the chosen one's files, and for those who may,
 * the form that sends it to its recipients.
 */
async function reportsPage(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language, signedIn } = r;
  const t = wordsFor(language).web;
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

/** The form's one-time key: rendered with the page, so that a double click or a resent form resumes one send. */
const SEND_KEY = /^[A-Za-z0-9_-]{16,64}$/;

/** The form's half-year, if it is one, and the report page of it to go back to. */
function sendForm(form: Readonly<Record<string, string>> | undefined) {
  const range = S.ReportQuery.safeParse({ from: form?.fran, to: form?.till });
  return range.success
    ? { range: range.data, page: `/rapport?fran=${range.data.from}&till=${range.data.to}` }
    : undefined;
}

/**
 * POST `/rapport/skicka`: the administrator's confirmed "send now", through the same `sendReport` as the API and
 * the schedule (which hands it to the reports function, where the renderers are) — exactly once per form — and
 * answered with a redirect back to the report's page, whose `skick` parameter says what happened. Nothing a
 * client sends can make it answer other than a redirect.
 */
async function sendNow(deps: WebDeps, r: WebRequest): Promise<Answer> {
  if (!r.signedIn) return r.signInAgain();
  const asked = sendForm(r.form);
  if (!asked || !SEND_KEY.test(r.form.nyckel ?? '')) return r.redirect('/rapport?skick=ogiltigt');
  const { range, page } = asked;
  if (r.form.bekrafta !== 'ja') return r.redirect(`${page}&skick=bekrafta`);
  try {
    const sent = await sendReport(deps, r.signedIn.principal, range, { requestKey: `web:${r.form.nyckel}` });
    deps.logger.info('report sent from the page', {
      period: range,
      delivered: sent.delivered,
      failed: sent.failed.length,
    });
    return r.redirect(`${page}&skick=klart-${sent.delivered}-${sent.failed.length}`);
  } catch (e) {
    if (e instanceof AppError && e.kind === 'forbidden') return r.redirect('/rapport');
    if (e instanceof AppError && e.reason === 'no_recipients')
      return r.redirect(`${page}&skick=inga-mottagare`);
    if (e instanceof AppError && e.reason === 'in_progress') return r.redirect(`${page}&skick=pagar`);
    // Ours, not theirs: logged for the engineer, and the administrator is told to try again.
    deps.logger.error('report send from the page failed', { period: range, error: e as Error });
    return r.redirect(`${page}&skick=fel`);
  }
}

/** The half-year report's pages: the report and its files, sending it now, and its opening texts. */
export const halfYearReportRoutes: PageRoute[] = [
  { method: 'GET', path: '/rapport', handle: reportsPage },
  {
    method: 'POST',
    path: '/rapport/skicka',
    handle: sendNow,
    // A form of an ended session, or made for another: nothing sent; back to the form, which says so.
    staleForm: (r, form) => {
      if (!r.signedIn) return r.signInAgain();
      const asked = sendForm(form);
      return r.redirect(asked ? `${asked.page}&skick=ogiltigt` : '/rapport?skick=ogiltigt');
    },
  },
  { method: 'GET', path: '/rapport/texter', handle: reportTextsPage },
  { method: 'POST', path: '/rapport/texter', handle: reportTextsPage },
];
