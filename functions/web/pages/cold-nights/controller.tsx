import { DateTime } from 'luxon';
import { checkState, listAlerts, listColdNights } from '../../../../shared/app/alerts';
import {
  changeDecision,
  decisionAudience,
  listDecisions,
  makeDecision,
  publicColdNights,
} from '../../../../shared/app/decisions';
import { expectedAgainstReported, listDemandFits } from '../../../../shared/app/demand';
import { activitiesWithRights, listActivities } from '../../../../shared/app/registry';
import type { Principal } from '../../../../shared/domain/access';
import { type CheckSchedule, nextCheckAt } from '../../../../shared/domain/cold-nights';
import { CAUSES, causeOf, type Decision, GROUPS } from '../../../../shared/domain/decisions';
import { heldOutErrors } from '../../../../shared/domain/demand';
import { AppError } from '../../../../shared/domain/errors';
import { addDays, stockholmDate, TIME_ZONE } from '../../../../shared/domain/periods';
import { capitalised } from '../../../../shared/domain/text';
import * as S from '../../../../shared/http/schemas';
import { type Language, wordsFor } from '../../../../shared/i18n';
import { demandText, expectedCell, temperatureText } from '../../../../shared/i18n/alert-messages';
import { instantInWords, nightName, nightsName, publicNightName } from '../../../../shared/i18n/period-words';
import { PUBLIC_LANGUAGES, PUBLIC_WORDS, type PublicLanguage } from '../../../../shared/i18n/public';
import type { Answer, PageRoute, Site, WebDeps, WebRequest } from '../../web-request';
import type { FieldErrors } from '../layout';
import { PublicColdNightsPage } from './public-view';
import { CancelDecisionPage, ColdNightsPage } from './view';

/** The nights the decision form offers: tonight and the next 13 (a decision may reach two weeks ahead). */
const DECISION_NIGHTS = 14;

const publicUrl = (r: WebRequest) => `${r.origin}/kalla-natter`;

/** A decision cancelled: only from the question page, which names who will be told — never in one press. */
async function cancelDecision(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { signedIn, form } = r;
  if (!signedIn) return r.signInAgain();
  if (form.bekrafta !== 'ja')
    return r.redirect(`/samordning/beslut/stall-in?id=${encodeURIComponent(form.id ?? '')}`);
  try {
    const done = await changeDecision(
      deps,
      signedIn.principal,
      form.id ?? '',
      { cancelled: true },
      publicUrl(r),
    );
    return r.redirect(`/samordning/kalla-natter?beslut=installt-${done.sent}`);
  } catch (e) {
    if (e instanceof AppError && (e.kind === 'not_found' || e.kind === 'conflict'))
      return r.redirect('/samordning/kalla-natter');
    throw e;
  }
}

/** The coordinators' decision to open (or not) for nights: sent to the venues, the teams and the public page. */
async function decide(deps: WebDeps, r: WebRequest, site: Site): Promise<Answer> {
  const schedule = site.checkSchedule;
  const { signedIn, form } = r;
  const t = wordsFor(r.language).web;
  if (!signedIn) return r.signInAgain();
  const picked = (prefix: string) =>
    Object.keys(form)
      .filter((k) => k.startsWith(prefix) && form[k] === 'ja')
      .map((k) => k.slice(prefix.length));
  const open = form.oppna !== 'nej';
  const reason = (form.skal ?? '').trim();
  const cause = CAUSES.find((x) => x === form.orsak) ?? 'cold';
  const input = {
    nights: picked('natt-'),
    open,
    venueIds: open ? picked('lokal-') : [],
    ...(!open && reason ? { reason } : {}),
    groups: picked('grupp-'),
    cause,
  };
  const errors: FieldErrors = {};
  const checked = S.NewDecision.safeParse(input);
  if (input.nights.length === 0) errors.nights = t.pickNights;
  if (open && input.venueIds.length === 0) errors.venues = t.pickVenues;
  if (!open && !reason) errors.reason = t.giveReason;
  if (input.groups.length === 0) errors.groups = t.pickGroups;
  if (Object.keys(errors).length === 0 && !checked.success) errors.nights = t.decideInvalid;
  if (Object.keys(errors).length > 0 || !checked.success)
    return coldPage(deps, r, schedule, signedIn.principal, 422, form, errors);
  try {
    const made = await makeDecision(deps, signedIn.principal, checked.data, publicUrl(r));
    return r.redirect(
      `/samordning/kalla-natter?beslut=${made.change === 'unchanged' ? 'samma' : `skickat-${made.sent}`}`,
    );
  } catch (e) {
    if (e instanceof AppError && e.kind === 'invalid') {
      for (const p of e.errors) {
        const field = p.path.split('/')[1] ?? 'nights';
        errors[field === 'venueIds' ? 'venues' : field] ??=
          field === 'venueIds' ? t.pickVenues : t.decideInvalid;
      }
      return coldPage(deps, r, schedule, signedIn.principal, 422, form, errors);
    }
    throw e;
  }
}

/** The question before a decision is cancelled: who will be told, by which channel. */
async function cancelQuestion(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language, signedIn } = r;
  const t = wordsFor(language).web;
  if (!signedIn) return r.signInAgain();
  const id = r.query.id ?? '';
  const gone = () => r.notFound();
  if (!/^dec_[A-Za-z0-9_-]{1,32}$/.test(id)) return gone();
  const [{ decision, audience }, venues] = await Promise.all([
    decisionAudience(deps, signedIn.principal, id).catch((e) => {
      if (e instanceof AppError && e.kind === 'not_found') return { decision: undefined, audience: [] };
      throw e;
    }),
    listActivities(deps, signedIn.principal),
  ]);
  if (!decision) return gone();
  if (decision.cancelled) return r.redirect('/samordning/kalla-natter#beslut');
  const dw = wordsFor(language).decision;
  const channel = (ch: string) => (ch === 'sms' ? 'SMS' : t.channelEmail);
  return r.show(
    200,
    <CancelDecisionPage
      c={r.c}
      id={decision.id}
      decision={decisionInWords(decision, new Map(venues.map((v) => [v.id, v.name])), language)}
      audience={audience.map((a) =>
        t.cancelPerson(
          a.name,
          a.groups.map((g) => dw.groups[g] ?? g).join(', '),
          a.channels.map(channel).join(', '),
        ),
      )}
    />,
  );
}

/** The coordinators' board: the nights ahead, the decision form, what was decided and sent. */
async function board(deps: WebDeps, r: WebRequest, site: Site): Promise<Answer> {
  const schedule = site.checkSchedule;
  const { signedIn } = r;
  const t = wordsFor(r.language).web;
  if (!signedIn) return r.signInAgain();
  const said = r.query.beslut ?? '';
  const sent = /^(skickat|installt)-(\d{1,4})$/.exec(said);
  return coldPage(
    deps,
    r,
    schedule,
    signedIn.principal,
    200,
    {},
    {},
    said === 'samma'
      ? t.decisionSame
      : sent?.[1] === 'skickat'
        ? t.decisionSent(Number(sent[2]))
        : sent
          ? t.decisionWithdrawn(Number(sent[2]))
          : undefined,
  );
}

/** The public page of the nights the shelters open, in the languages of the people they are for. */
async function publicPage(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const asked = r.query.sprak;
  const lang: PublicLanguage = PUBLIC_LANGUAGES.includes(asked as PublicLanguage)
    ? (asked as PublicLanguage)
    : r.language;
  const { updatedAt, nights } = await publicColdNights(deps);
  const locale = PUBLIC_WORDS[lang].locale;
  const answer = r.show(
    200,
    <PublicColdNightsPage
      language={lang}
      stylesheet={r.c.stylesheet}
      updated={PUBLIC_WORDS[lang].updated(
        DateTime.fromISO(updatedAt, { zone: TIME_ZONE }).setLocale(locale).toFormat('d MMMM HH:mm'),
      )}
      nights={nights.map((n) => ({
        night: n.night,
        heading: publicNightName(n.night, lang, locale),
        status: n.status,
        venues: n.venues.map((v) => ({
          ...v,
          places: v.places === undefined ? undefined : PUBLIC_WORDS[lang].places(v.places),
        })),
      }))}
    />,
  );
  // Public and the same for everyone: a few minutes' cache, and no cookie set for it.
  return {
    ...answer,
    cookies: [],
    headers: { ...answer.headers, 'cache-control': 'public, max-age=300' },
  };
}

/**
 * The cold nights' pages: the coordinators' board and decision (`/samordning/…`), the question before a decision is
 * cancelled, and the public page (`/kalla-natter`).
 */
export const coldNightRoutes: PageRoute[] = [
  { method: 'GET', path: '/samordning/kalla-natter', handle: board },
  { method: 'POST', path: '/samordning/beslut', handle: decide },
  { method: 'GET', path: '/samordning/beslut/stall-in', handle: cancelQuestion },
  { method: 'POST', path: '/samordning/beslut/stall-in', handle: cancelDecision },
  { method: 'GET', path: '/kalla-natter', handle: publicPage },
];

/** The coordinator's cold-night page: the nights, the decision form (as sent back, with errors), the log. */
async function coldPage(
  deps: WebDeps,
  r: WebRequest,
  schedule: CheckSchedule | undefined,
  principal: Principal,
  status: number,
  values: Record<string, string>,
  errors: FieldErrors = {},
  notice?: string,
) {
  const { language } = r;
  const t = wordsFor(language).web;
  const today = stockholmDate(deps.now());
  const [nights, alerts, state, venues, decisions, fits, past] = await Promise.all([
    listColdNights(deps, principal, { from: today, to: addDays(today, 12) }),
    listAlerts(deps, principal, { from: addDays(today, -14), to: addDays(today, 12) }),
    checkState(deps, principal),
    activitiesWithRights(deps, principal),
    listDecisions(deps, principal, { from: addDays(today, -1), to: addDays(today, 14) }),
    listDemandFits(deps, principal),
    expectedAgainstReported(deps, principal, { from: addDays(today, -7), to: addDays(today, -1) }),
  ]);
  const venueName = new Map(venues.map((v) => [v.id, v.name]));
  const dw = wordsFor(language).decision;
  const when = (iso: string) => instantInWords(iso, language);
  const nextRun = nextCheckAt(deps.now(), schedule);
  const levels = wordsFor(language).alert.warningLevels;
  return r.show(
    status,
    <ColdNightsPage
      c={r.c}
      view={{
        forecast:
          state.forecast && state.lastSuccessAt
            ? t.coldForecast(when(state.forecast.createdTime), when(state.lastSuccessAt))
            : undefined,
        nextCheck: nextRun ? when(nextRun.toISOString()) : undefined,
        nights: nights.map((n) => ({
          night: n.night,
          inWords: nightName(n.night, language, 'short'),
          lowest: temperatureText(n.minTemperature, language),
          cold: n.cold,
          outlook: n.outlook,
          warnings: n.warnings.map((w) => t.coldWarning(levels[w.level] ?? w.level, w.event)),
          alerted: n.alertedAt ? t.coldAlerted(when(n.alertedAt)) : undefined,
          expected: n.demand ? demandText(n.demand, language) : undefined,
          short: n.demand ? n.demand.high > n.demand.places : false,
          shortVenues: (n.demand?.short ?? []).map((v) =>
            t.venueShort(venueName.get(v.venueId) ?? v.venueId, expectedCell(v, language)),
          ),
        })),
        fits: fits.map((f) => fitInWords(f, language)),
        past: [...past].reverse().map((p) => ({
          night: p.night,
          inWords: nightName(p.night, language, 'short'),
          expected: expectedCell(p.demand, language),
          came:
            p.reported.venues === 0
              ? t.pastNone
              : t.pastCame(String(p.reported.guests), p.reported.venues, p.demand.venues),
          verdict:
            p.reported.venues < p.demand.venues
              ? undefined
              : p.reported.guests > p.demand.high
                ? t.pastMore
                : p.reported.guests < p.demand.low
                  ? t.pastFewer
                  : t.pastWithin,
        })),
        needs: nights.flatMap((n) =>
          n.demand && n.demand.high > n.demand.places
            ? [t.decideNeed(nightName(n.night, language), n.demand.high - n.demand.places)]
            : [],
        ),
        alerts: [...alerts].reverse().map((a) => ({
          id: a.id,
          at: when(a.at),
          what: `${t.alertKinds[a.kind] ?? a.kind}: ${nightsName(a.nights, language)}`,
          to: `${a.recipientName ?? a.recipient} (${a.channel === 'sms' ? 'SMS' : t.channelEmail})`,
          status: `${t.alertStatuses[a.status] ?? a.status}, ${t.alertAttempts(a.attempts)}`,
        })),
        venues: venues
          .filter((v) => v.kind === 'cold_night_venue' && v.mayEnterFigures)
          .map((v) => ({ id: v.id, name: v.name })),
        decide: {
          // Every night a decision may name, forecast or not: summer readiness and a check not yet run too.
          nights: Array.from({ length: DECISION_NIGHTS }, (_, i) => addDays(today, i)).map((night) => {
            const forecast = nights.find((n) => n.night === night);
            return {
              night,
              inWords: `${nightName(night, language)}${forecast?.cold ? ` – ${t.coldYes}` : ''}`,
            };
          }),
          venues: venues
            .filter((v) => v.kind === 'cold_night_venue' && v.publicInfo)
            .map((v) => ({ id: v.id, name: `${v.name} – ${v.publicInfo?.address}` })),
          groups: GROUPS.map((g) => ({ id: g, label: dw.groups[g] ?? g })),
          causes: CAUSES.map((cause) => ({ id: cause, label: capitalised(dw.causes[cause]) })),
          values,
        },
        decisions: decisions.map((d) => ({
          id: d.id,
          cancelled: d.cancelled,
          text: decisionInWords(d, venueName, language),
        })),
        notice,
      }}
      errors={errors}
    />,
  );
}

/** A night shelter's fit in a sentence: "Nattjouren: +1,8 gäster per grad kallare under 0 °C. Räknar med kylan: …". */
function fitInWords(fit: Awaited<ReturnType<typeof listDemandFits>>[number], language: Language): string {
  const t = wordsFor(language).web;
  const number = (n: number, sign = false) =>
    new Intl.NumberFormat(wordsFor(language).locale, {
      maximumFractionDigits: 1,
      ...(sign ? { signDisplay: 'exceptZero' as const } : {}),
    }).format(n);
  const held = heldOutErrors(fit.backtest);
  if (!held) return t.demandYoung(fit.name);
  const [model, baseline] = [number(held.model), number(held.baseline)];
  return fit.uses === 'model'
    ? t.demandWithCold(
        fit.name,
        number(fit.slope, true),
        temperatureText(fit.knee, language),
        model,
        baseline,
      )
    : t.demandWeekday(fit.name, model, baseline);
}

/**
 * A decision as the coordinators' page says it — what it decided, where, why not, who and when; cancelled, what its
 * SMS said ("Vi öppnar inte extra … som tidigare sagt") and who called it off.
 */
function decisionInWords(d: Decision, venueName: ReadonlyMap<string, string>, language: Language): string {
  const dw = wordsFor(language).decision;
  const nights = nightsName(d.nights, language);
  const who = d.decidedByName ?? d.decidedBy;
  const at = instantInWords(d.decidedAt, language);
  if (d.cancelled) return `${dw.cancelled(nights)} ${wordsFor(language).web.decisionCancelledBy(who, at)}`;
  return [
    d.open ? dw.open(nights) : dw.notOpening(nights),
    ...(d.venueIds.length > 0 ? [dw.venues(d.venueIds.map((id) => venueName.get(id) ?? id))] : []),
    ...(d.reason ? [dw.reason(d.reason)] : []),
    dw.cause(dw.causes[causeOf(d)]),
    dw.decidedBy(who, at),
  ].join(' ');
}
