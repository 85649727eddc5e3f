import { financeSummary, getOutcome, setGrant, submitOutcome } from '../../../../shared/app/finances';
import { AppError } from '../../../../shared/domain/errors';
import { stockholmDate } from '../../../../shared/domain/periods';
import * as S from '../../../../shared/http/schemas';
import { wordsFor } from '../../../../shared/i18n';
import type { Answer, WebDeps, WebRequest } from '../../web-request';
import type { FieldErrors } from '../layout';
import { grantFromForm, outcomeForm, outcomeFromForm, summaryView } from './form';
import { FinanceSummaryPage, OutcomePage } from './view';

/** `/ekonomi/<year>`: the year's financial outcomes; `/ekonomi/<year>/<organisation id>`: one organisation's form. */
const FINANCE_PATH = /^\/ekonomi\/(\d{4})(?:\/([A-Za-z0-9_-]{1,64}))?$/;
/** `/ekonomi/<year>/<organisation id>/beviljat`: an administrator enters the funds granted. */
const GRANT_PATH = /^\/ekonomi\/(\d{4})\/([A-Za-z0-9_-]{1,64})\/beviljat$/;

/**
 * Each organisation's yearly financial outcome: the year asked for (`/ekonomi`), the administrators' summary of a
 * year, and one organisation's form. Undefined for any other address.
 */
export async function financePages(deps: WebDeps, r: WebRequest): Promise<Answer | undefined> {
  const { language, signedIn, form } = r;
  const financePath = FINANCE_PATH.exec(r.path) ?? undefined;
  const grantPath = GRANT_PATH.exec(r.path) ?? undefined;
  const mayGrant = r.c.may?.rights?.['finances.manage'] === true;
  if (r.method === 'POST' && grantPath) {
    const at = await outcomeOf(deps, r, grantPath);
    if (at.answer) return at.answer;
    const sent = grantFromForm(form, language);
    if (sent.amount === undefined)
      return r.show(
        422,
        <OutcomePage
          c={r.c}
          form={{ ...outcomeForm({ ...at, mayGrant }, language), granted: form.granted ?? '' }}
          errors={sent.errors}
        />,
      );
    await setGrant(deps, at.principal, at.year.year, at.organisation.id, sent.amount);
    return r.redirect(`/ekonomi/${at.year.year}/${encodeURIComponent(at.organisation.id)}?sparat=beviljat`);
  }
  if (r.method === 'POST' && financePath?.[2]) {
    const at = await outcomeOf(deps, r, financePath);
    if (at.answer) return at.answer;
    const sent = outcomeFromForm(at.year, form, language);
    const again = (status: number, errors: FieldErrors) =>
      r.show(
        status,
        <OutcomePage c={r.c} form={outcomeForm({ ...at, sent: form, mayGrant }, language)} errors={errors} />,
      );
    if (!sent.figures) return again(422, sent.errors);
    try {
      const saved = await submitOutcome(deps, at.principal, at.year.year, at.organisation.id, sent.figures);
      return r.redirect(`${r.path}?sparat=${saved.change}`);
    } catch (e) {
      if (e instanceof AppError && e.kind === 'conflict')
        return again(409, { grant: wordsFor(language).finance.notReporting(at.year.year) });
      throw e;
    }
  }
  if (r.method === 'GET' && financePath?.[2]) {
    const at = await outcomeOf(deps, r, financePath);
    if (at.answer) return at.answer;
    const f = wordsFor(language).finance;
    const said = r.query.sparat;
    const saved =
      said === 'created'
        ? f.savedNew(at.year.year)
        : said === 'updated'
          ? f.savedCorrected(at.year.year)
          : said === 'unchanged'
            ? f.savedUnchanged(at.year.year)
            : said === 'beviljat'
              ? f.grantedSaved(at.year.year)
              : undefined;
    return r.show(200, <OutcomePage c={r.c} form={outcomeForm({ ...at, saved, mayGrant }, language)} />);
  }
  if (r.method === 'GET' && financePath) {
    if (!signedIn) return r.signInAgain();
    const year = Number(financePath[1]);
    // A partner's finances are their own organisation's form.
    const own = r.c.may?.ownOrganisation;
    if (own) return r.redirect(`/ekonomi/${year}/${own}`);
    if (!S.FinanceYearParams.safeParse({ year: financePath[1] }).success) return r.notFound();
    const summary = await financeSummary(deps, signedIn.principal, year);
    return r.show(
      200,
      <FinanceSummaryPage
        c={r.c}
        year={String(year)}
        view={summaryView(summary, language, deps.now().toISOString())}
      />,
    );
  }
  if (r.method === 'GET' && r.path === '/ekonomi') {
    if (!signedIn) return r.signInAgain();
    const asked = (r.query.ar ?? '').trim().slice(0, 16);
    const year = asked || String(Number(stockholmDate(deps.now()).slice(0, 4)) - 1);
    if (!S.FinanceYearParams.safeParse({ year }).success)
      return r.show(
        422,
        <FinanceSummaryPage c={r.c} year={asked} error={wordsFor(language).finance.yearInvalid} />,
      );
    return r.redirect(`/ekonomi/${year}`);
  }
  return undefined;
}

/** One organisation's outcome for a year, or the page to show instead (signed out, "finns inte"). */
async function outcomeOf(deps: WebDeps, r: WebRequest, financePath: RegExpExecArray | undefined) {
  const { signedIn } = r;
  if (!signedIn) return { answer: r.signInAgain() };
  const [, year = '', organisationId = ''] = financePath ?? [];
  const notFoundPage = () => ({ answer: r.notFound() });
  if (!S.FinanceYearParams.safeParse({ year }).success) return notFoundPage();
  try {
    const stored = await getOutcome(deps, signedIn.principal, Number(year), organisationId);
    return { principal: signedIn.principal, ...stored };
  } catch (e) {
    if (e instanceof AppError && e.kind === 'not_found') return notFoundPage();
    throw e;
  }
}
