import * as z from 'zod';
import { financeSummary, getOutcome, setGrant, submitOutcome } from '../../../../shared/app/finances';
import { AppError } from '../../../../shared/domain/errors';
import { stockholmDate } from '../../../../shared/domain/periods';
import * as S from '../../../../shared/http/schemas';
import { wordsFor } from '../../../../shared/i18n';
import type { Answer, PageRoute, WebDeps, WebRequest } from '../../web-request';
import type { FieldErrors } from '../layout';
import { grantFromForm, outcomeForm, outcomeFromForm, summaryView } from './form';
import { FinanceSummaryPage, OutcomePage } from './view';

const mayGrant = (r: WebRequest) => r.c.may?.rights?.['finances.manage'] === true;

/** An administrator enters the funds granted to an organisation for a year. */
async function grant(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language, form } = r;
  const at = await outcomeOf(deps, r);
  if (at.answer) return at.answer;
  const sent = grantFromForm(form, language);
  if (sent.amount === undefined)
    return r.show(
      422,
      <OutcomePage
        c={r.c}
        form={{ ...outcomeForm({ ...at, mayGrant: mayGrant(r) }, language), granted: form.granted ?? '' }}
        errors={sent.errors}
      />,
    );
  await setGrant(deps, at.principal, at.year.year, at.organisation.id, sent.amount);
  return r.redirect(`/ekonomi/${at.year.year}/${encodeURIComponent(at.organisation.id)}?sparat=beviljat`);
}

/** One organisation's outcome for a year, saved (or shown again with its problems). */
async function saveOutcome(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language, form } = r;
  const at = await outcomeOf(deps, r);
  if (at.answer) return at.answer;
  const sent = outcomeFromForm(at.year, form, language);
  const again = (status: number, errors: FieldErrors) =>
    r.show(
      status,
      <OutcomePage
        c={r.c}
        form={outcomeForm({ ...at, sent: form, mayGrant: mayGrant(r) }, language)}
        errors={errors}
      />,
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

/** One organisation's outcome form for a year, and what its last save did. */
async function outcomePage(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language } = r;
  const at = await outcomeOf(deps, r);
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
  return r.show(
    200,
    <OutcomePage c={r.c} form={outcomeForm({ ...at, saved, mayGrant: mayGrant(r) }, language)} />,
  );
}

/** The administrators' summary of a year's outcomes; a partner's is their own organisation's form. */
async function summaryPage(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language, signedIn } = r;
  if (!signedIn) return r.signInAgain();
  const year = Number(r.params.year);
  // A partner's finances are their own organisation's form.
  const own = r.c.may?.ownOrganisation;
  if (own) return r.redirect(`/ekonomi/${year}/${own}`);
  if (!S.FinanceYearParams.safeParse({ year: r.params.year }).success) return r.notFound();
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

/** The year asked for (last year unasked). */
async function chooseYear(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language, signedIn } = r;
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

const YearParams = z.strictObject({ year: z.string().regex(/^\d{4}$/) });
const OutcomeParams = z.strictObject({ year: z.string().regex(/^\d{4}$/), organisationId: S.Id });

/**
 * Each organisation's yearly financial outcome: the year asked for (`/ekonomi`), the administrators' summary of a
 * year, one organisation's form, and the funds granted to it.
 */
export const financeRoutes: PageRoute[] = [
  { method: 'GET', path: '/ekonomi', handle: chooseYear },
  { method: 'GET', path: '/ekonomi/{year}', params: YearParams, handle: summaryPage },
  { method: 'GET', path: '/ekonomi/{year}/{organisationId}', params: OutcomeParams, handle: outcomePage },
  { method: 'POST', path: '/ekonomi/{year}/{organisationId}', params: OutcomeParams, handle: saveOutcome },
  { method: 'POST', path: '/ekonomi/{year}/{organisationId}/beviljat', params: OutcomeParams, handle: grant },
];

/** One organisation's outcome for a year, or the page to show instead (signed out, "finns inte"). */
async function outcomeOf(deps: WebDeps, r: WebRequest) {
  const { signedIn } = r;
  if (!signedIn) return { answer: r.signInAgain() };
  const { year = '', organisationId = '' } = r.params;
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
