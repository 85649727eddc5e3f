import { statisticsOf } from '../../../../shared/app/statistics';
import { wordsFor } from '../../../../shared/i18n';
import { monthInWords } from '../../../../shared/i18n/period-words';
import { formatFor } from '../../../../shared/report/format';
import type { Answer, PageRoute, WebDeps, WebRequest } from '../../web-request';
import { askedMonth } from '../layout';
import { StatisticsPage } from './view';

/** GET `/statistik?manad=`: the month's statistics for every party signed in (last month unasked). */
async function statisticsPage(deps: WebDeps, r: WebRequest): Promise<Answer> {
  if (!r.signedIn) return r.signInAgain();
  const t = wordsFor(r.language).web;
  const s = t.statistics;
  const { month: asked, valid, previous, next } = askedMonth(r.query, deps.now());
  if (!valid) return r.show(422, <StatisticsPage c={r.c} month={asked} error={t.monthInvalid} />);
  const stats = await statisticsOf(deps, r.signedIn.principal, asked);
  const { n, pct } = formatFor(r.language);
  return r.show(
    200,
    <StatisticsPage
      c={r.c}
      month={asked}
      view={{
        monthInWords: monthInWords(asked, r.language),
        previous: previous(),
        next: next(),
        totals: s.totals(
          n(stats.totals.guestNights),
          n(stats.totals.placeNights),
          pct(stats.totals.occupancyPct),
        ),
        venues: stats.nightVenues.map((v) => ({
          id: v.activityId,
          name: v.name,
          summary: s.venue(n(v.guestNights), n(v.placeNights), pct(v.occupancyPct)),
          nights: v.nights.map((night) => ({
            night: `${Number(night.night.slice(8, 10))}/${Number(night.night.slice(5, 7))}`,
            places: n(night.places),
            guests: night.guests === null ? s.notReported : n(night.guests),
            occupancy:
              night.guests === null || night.places === 0
                ? '–'
                : pct(Math.round((100 * night.guests) / night.places)),
          })),
        })),
        dayCentres: stats.dayCentres.map((d) => ({
          id: d.activityId,
          name: d.name,
          visits: n(d.visits),
        })),
      }}
    />,
  );
}

export const statisticsRoutes: PageRoute[] = [{ method: 'GET', path: '/statistik', handle: statisticsPage }];
