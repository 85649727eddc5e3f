import { type MonthPageProps, MonthShell, RowTable, words } from '../layout';

/** A month's statistics as the page shows them: numbers already in the reader's format. */
export interface StatisticsView {
  totals: string;
  venues: {
    id: string;
    name: string;
    summary: string;
    nights: { night: string; places: string; guests: string; occupancy: string }[];
  }[];
  dayCentres: { id: string; name: string; visits: string }[];
}

/** `/statistik`: every party's shared view of the month — places, guests and occupancy night by night, visits. */
export function StatisticsPage(props: MonthPageProps<StatisticsView>) {
  const t = words(props.c);
  const s = t.statistics;
  const { view } = props;
  return (
    <MonthShell page={props} title={s.title} lead={s.lead} leadNone={s.leadNone} action="/statistik">
      {view ? (
        <>
          <p>{view.totals}</p>
          {view.venues.map((v) => (
            <section key={v.id} aria-labelledby={`venue-${v.id}`}>
              <h2 id={`venue-${v.id}`}>{v.name}</h2>
              <p>{v.summary}</p>
              <details>
                <summary>{s.nightByNight}</summary>
                <RowTable
                  head={[s.night, s.places, s.guests, s.occupancy]}
                  rows={v.nights.map((n) => ({
                    key: n.night,
                    cells: [n.night, n.places, n.guests, n.occupancy],
                  }))}
                />
              </details>
            </section>
          ))}
          {view.dayCentres.length > 0 ? (
            <>
              <h2>{s.dayCentres}</h2>
              <ul>
                {view.dayCentres.map((d) => (
                  <li key={d.id}>{s.visits(d.name, d.visits)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </MonthShell>
  );
}
