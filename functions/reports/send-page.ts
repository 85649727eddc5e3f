import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type SendDeps, sendReport } from '../../shared/app/reports';
import { csrfMatches, SECRET_SHAPE, SESSION_COOKIE, sessionPrincipal } from '../../shared/app/sign-in';
import { can } from '../../shared/domain/access';
import { AppError } from '../../shared/domain/errors';
import { cookiesOf, formFields } from '../../shared/http/request';
import * as S from '../../shared/http/schemas';

/** The form's one-time key: rendered with the page, so that a double click or a resent form resumes one send. */
const SEND_KEY = /^[A-Za-z0-9_-]{16,64}$/;

const back = (location: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode: 303,
  headers: { location, 'cache-control': 'no-store' },
  body: '',
});

/**
 * POST `/rapport/skicka` from the web app's report page: the administrator's confirmed "send now". Checked as the
 * web app checks a form (session, form token, right, the ticked confirmation), sent through the same `sendReport`
 * as the API and the schedule — exactly once per form — and answered with a redirect back to the page, whose
 * `skick` parameter says what happened. Nothing a client sends can make it answer other than a redirect.
 */
export async function sendFromPage(deps: SendDeps, event: APIGatewayProxyEventV2) {
  const session = cookiesOf(event)[SESSION_COOKIE] ?? '';
  const signedIn = SECRET_SHAPE.test(session) ? await sessionPrincipal(deps, session) : undefined;
  if (!signedIn) return back('/logga-in?utloggad=1');
  const form = formFields(event);
  const range = S.ReportQuery.safeParse({ from: form?.fran, to: form?.till });
  if (!form || !range.success || !SEND_KEY.test(form.nyckel ?? '')) return back('/rapport?skick=ogiltigt');
  const page = `/rapport?fran=${range.data.from}&till=${range.data.to}`;
  if (!csrfMatches(session, form.csrf)) return back(`${page}&skick=ogiltigt`);
  if (!can(signedIn.principal, 'reports.send')) return back('/rapport');
  if (form.bekrafta !== 'ja') return back(`${page}&skick=bekrafta`);
  try {
    const sent = await sendReport(deps, signedIn.principal, range.data, { requestKey: `web:${form.nyckel}` });
    deps.logger.info('report sent from the page', {
      period: range.data,
      delivered: sent.delivered,
      failed: sent.failed.length,
    });
    return back(`${page}&skick=klart-${sent.delivered}-${sent.failed.length}`);
  } catch (e) {
    if (e instanceof AppError && e.reason === 'no_recipients') return back(`${page}&skick=inga-mottagare`);
    if (e instanceof AppError && e.reason === 'in_progress') return back(`${page}&skick=pagar`);
    // Ours, not theirs: logged for the engineer, and the administrator is told to try again.
    deps.logger.error('report send from the page failed', { period: range.data, error: e as Error });
    return back(`${page}&skick=fel`);
  }
}
