import { listAgreements } from '../../../../shared/app/agreements';
import { completeness } from '../../../../shared/app/completeness';
import { owedOutcomes } from '../../../../shared/app/finances';
import { listOrganisations } from '../../../../shared/app/registry';
import { addMonths, datesOfMonth, isValidMonth, stockholmDate } from '../../../../shared/domain/periods';
import { wordsFor } from '../../../../shared/i18n';
import { dayInWords, monthInWords } from '../../../../shared/i18n/period-words';
import type { Answer, PageRoute, WebDeps, WebRequest } from '../../web-request';
import { activityStatus } from '../figures/words';
import { PartnerStartPage, StartPage } from '../start/view';
import { AgreementsPage, CompletenessPage } from './view';

/** The start page: a partner's activities and what is missing of them; the others' ways in. */
async function startPage(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language, signedIn } = r;
  const user = signedIn?.user;
  if (!user || !signedIn) return r.signInAgain();
  const own = r.c.may?.ownOrganisation;
  if (own) {
    const thisMonth = stockholmDate(deps.now()).slice(0, 7);
    const rows = await completeness(
      deps,
      signedIn.principal,
      { from: addMonths(thisMonth, -1), to: thisMonth },
      { toEnter: true },
    );
    const owed = (await owedOutcomes(deps, stockholmDate(deps.now()))).filter(
      (o) => o.organisationId === own,
    );
    return r.show(
      200,
      <PartnerStartPage
        c={{ ...r.c, user }}
        activities={rows.map((row) => activityStatus(row, thisMonth, language))}
        outcomesOwed={owed.map((o) => ({
          year: o.year,
          words: wordsFor(language).finance.reminderItem(o.year, dayInWords(o.dueOn, language)),
        }))}
      />,
    );
  }
  return r.show(200, <StartPage c={{ ...r.c, user }} />);
}

/** What is missing across the partnership, month by month. */
async function missingPage(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language, signedIn } = r;
  const user = signedIn?.user;
  const t = wordsFor(language).web;
  if (!user || !signedIn) return r.signInAgain();
  const thisMonth = stockholmDate(deps.now()).slice(0, 7);
  const asked = r.query.manad;
  // Unasked, the page opens on the latest month of the last year where something is missing.
  const latestGap = asked
    ? undefined
    : (
        await completeness(deps, signedIn.principal, {
          from: addMonths(thisMonth, -11),
          to: thisMonth,
        })
      )
        .flatMap((r) => r.missing.map((p) => p.slice(0, 7)))
        .reduce<string | undefined>((max, m) => (max === undefined || m > max ? m : max), undefined);
  const month = (asked ?? latestGap ?? thisMonth).trim().slice(0, 7);
  if (!isValidMonth(month) || month > thisMonth)
    return r.show(
      422,
      <CompletenessPage c={r.c} month={(r.query.manad ?? '').slice(0, 16)} error={t.monthInvalid} />,
    );
  const [rows, organisations] = await Promise.all([
    completeness(deps, signedIn.principal, { from: month, to: month }),
    listOrganisations(deps, signedIn.principal),
  ]);
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  return r.show(
    200,
    <CompletenessPage
      c={r.c}
      month={month}
      view={{
        month,
        monthInWords: monthInWords(month, language),
        ...(latestGap && latestGap !== thisMonth
          ? { notice: t.completenessLatestGap(monthInWords(latestGap, language)) }
          : {}),
        previous: addMonths(month, -1),
        next: month < thisMonth ? addMonths(month, 1) : undefined,
        days: datesOfMonth(month),
        rows: rows.map((r) => ({
          id: r.activityId,
          name: r.name,
          organisation: names.get(r.organisationId) ?? '',
          granularity: r.granularity,
          periods: r.periods,
          missing: r.missing.length,
        })),
      }}
    />,
  );
}

/** The agreements and their deadlines. */
async function agreementsPage(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language, signedIn } = r;
  const user = signedIn?.user;
  const t = wordsFor(language).web;
  if (!user || !signedIn) return r.signInAgain();
  const agreements = await listAgreements(deps, signedIn.principal);
  const day = (d: string) => dayInWords(d, language);
  const today = stockholmDate(deps.now());
  return r.show(
    200,
    <AgreementsPage
      c={r.c}
      agreements={[...agreements].reverse().map((a) => ({
        id: a.id,
        name: a.name,
        period: t.agreementPeriod(day(a.start), day(a.end)),
        // An agreement that has ended has no deadline ahead, whatever its rule would say.
        next:
          a.end < today
            ? t.agreementEnded(day(a.end))
            : a.nextDeadline
              ? t.agreementNext(day(a.nextDeadline))
              : t.agreementNoNext,
        latest: a.latestEnd && a.latestEnd > a.end ? t.agreementLatest(day(a.latestEnd)) : undefined,
        extensions: a.extensions.map((e) => t.agreementExtension(day(e.to), day(e.decidedOn), e.late)),
        parties: a.parties.map((p) =>
          t.agreementParty(p.name, day(p.joined), p.left ? day(p.left) : undefined),
        ),
      }))}
    />,
  );
}

/**
 * The partnership at a glance: the start page (a partner's activities and what is missing of them), what is missing
 * across the partnership (`/saknas`) and the agreements (`/overenskommelser`).
 */
export const partnershipRoutes: PageRoute[] = [
  { method: 'GET', path: '/', handle: startPage },
  { method: 'GET', path: '/saknas', handle: missingPage },
  { method: 'GET', path: '/overenskommelser', handle: agreementsPage },
];
