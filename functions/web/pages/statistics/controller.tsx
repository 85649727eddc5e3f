import { statisticsOf } from '../../../../shared/app/statistics';
import { wordsFor } from '../../../../shared/i18n';
import { formatFor } from '../../../../shared/report/format';
import type { Answer, PageRoute, WebDeps, WebRequest } from '../../web-request';
import { monthPage } from '../period-pages';
import { StatisticsPage } from './view';

/** GET `/statistik?manad=`: the month's statistics for every party signed in (last month unasked). */
const statisticsPage = (deps: WebDeps, r: WebRequest): Promise<Answer> =>
  monthPage(deps, r, StatisticsPage, async (principal, month) => {
    const s = wordsFor(r.language).web.statistics;
    const stats = await statisticsOf(deps, principal, month);
    const { n, pct } = formatFor(r.language);
    return {
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
      dayCentres: stats.dayCentres.map((d) => ({ id: d.activityId, name: d.name, visits: n(d.visits) })),
    };
  });

export const statisticsRoutes: PageRoute[] = [{ method: 'GET', path: '/statistik', handle: statisticsPage }];
