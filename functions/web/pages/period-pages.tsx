import type { VNode } from 'preact';
import type { Principal } from '../../../shared/domain/access';
import {
  addMonths,
  halfYearEndedBefore,
  isValidMonth,
  type MonthRange,
  stockholmDate,
} from '../../../shared/domain/periods';
import { wordsFor } from '../../../shared/i18n';
import { monthInWords } from '../../../shared/i18n/period-words';
import type { Answer, WebDeps, WebRequest } from '../web-request';
import type { MonthPageProps } from './layout';

/**
 * A GET of a page of one month (`?manad=`; last month when unasked, Stockholm time): a month that is not one, or
 * has not begun, is the page again with its error (422); else the page of what `viewOf` finds for it, framed by the
 * month in words and the months either side (none after this one).
 */
export async function monthPage<V>(
  deps: WebDeps,
  r: WebRequest,
  Page: (props: MonthPageProps<V>) => VNode,
  viewOf: (principal: Principal, month: string) => Promise<V>,
): Promise<Answer> {
  if (!r.signedIn) return r.signInAgain();
  const thisMonth = stockholmDate(deps.now()).slice(0, 7);
  const month = (r.query.manad ?? addMonths(thisMonth, -1)).trim().slice(0, 16);
  if (!isValidMonth(month) || month > thisMonth)
    return r.show(422, <Page c={r.c} month={month} error={wordsFor(r.language).web.monthInvalid} />);
  const frame = {
    monthInWords: monthInWords(month, r.language),
    previous: addMonths(month, -1),
    next: month < thisMonth ? addMonths(month, 1) : undefined,
  };
  return r.show(
    200,
    <Page c={r.c} month={month} view={{ ...(await viewOf(r.signedIn.principal, month)), ...frame }} />,
  );
}

/** A page of one half-year, given the person and the half-year the request names. */
type HalfYearPage = (
  deps: WebDeps,
  r: WebRequest,
  principal: Principal,
  period: MonthRange,
) => Promise<Answer>;

/**
 * A page of one half-year, as `read` finds it in the form (POST) or the query (GET), given the last one ended for
 * when none is named: one that is no half-year of its kind is a page that does not exist.
 */
export const ofHalfYearAsked =
  (read: (asked: Readonly<Record<string, string | undefined>>, last: MonthRange) => MonthRange | undefined) =>
  (page: HalfYearPage) =>
  async (deps: WebDeps, r: WebRequest): Promise<Answer> => {
    if (!r.signedIn) return r.signInAgain();
    const period = read(
      r.method === 'POST' ? r.form : r.query,
      halfYearEndedBefore(stockholmDate(deps.now())),
    );
    return period ? page(deps, r, r.signedIn.principal, period) : r.notFound();
  };
