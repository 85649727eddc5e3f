import type { PeriodStatus } from '../../../../shared/domain/completeness';
import { Bullets, MonthPicker, type PageContext, Shell, words } from '../layout';

export interface AgreementView {
  id: string;
  name: string;
  period: string;
  next: string;
  latest?: string;
  extensions: readonly string[];
  parties: readonly string[];
}

/** The partnership's agreements, newest first: periods, extensions, parties, and the next decision's deadline. */
export function AgreementsPage(props: { c: PageContext; agreements: readonly AgreementView[] }) {
  const t = words(props.c);
  return (
    <Shell c={props.c} title={t.agreementsTitle}>
      <h1>{t.agreementsTitle}</h1>
      {props.agreements.length === 0 ? <p>{t.agreementsNone}</p> : null}
      {props.agreements.map((a) => (
        <section key={a.id} aria-labelledby={`agr-${a.id}`}>
          <h2 id={`agr-${a.id}`}>{a.name}</h2>
          <p class="lead">{a.period}</p>
          <p>
            <strong>{a.next}</strong>
          </p>
          {a.latest ? <p>{a.latest}</p> : null}
          {a.extensions.map((e) => (
            <p key={e}>{e}</p>
          ))}
          <h3>{t.organisationLabel}</h3>
          <Bullets items={a.parties} />
        </section>
      ))}
    </Shell>
  );
}

export interface CompletenessView {
  month: string;
  monthInWords: string;
  /** Why this month is shown: the latest with something missing. */
  notice?: string;
  previous: string;
  next?: string;
  days: readonly string[];
  rows: readonly {
    id: string;
    name: string;
    organisation: string;
    granularity: 'night' | 'day' | 'month';
    periods: readonly { period: string; status: PeriodStatus }[];
    missing: number;
  }[];
}

const SYMBOL: Record<PeriodStatus, string> = {
  reported: '✓',
  missing: '!',
  not_expected: '–',
  not_over: '',
  outside: '·',
};

/** Every activity's month at a glance, for administrators and coordinators: a summary, then night by night. */
export function CompletenessPage(props: {
  c: PageContext;
  view?: CompletenessView;
  month: string;
  error?: string;
}) {
  const t = words(props.c);
  const { view } = props;
  const errors = props.error ? { month: props.error } : {};
  return (
    <Shell c={props.c} title={t.completenessTitle} errors={errors}>
      <h1>{t.completenessTitle}</h1>
      {view ? <p class="lead">{t.completenessLead(view.monthInWords)}</p> : null}
      {view?.notice ? (
        <p class="notice" role="status">
          {view.notice}
        </p>
      ) : null}
      <MonthPicker
        c={props.c}
        action="/saknas"
        month={props.month}
        error={props.error}
        label={t.completenessTitle}
        previous={view?.previous}
        next={view?.next}
      />
      {view ? (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.activityColumn}</th>
                <th scope="col">{t.missingColumn}</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => (
                <tr key={r.id} class={r.missing > 0 ? 'missing' : undefined}>
                  <th scope="row">
                    {r.name}
                    <span class="hint">{r.organisation}</span>
                  </th>
                  <td>{t.missingCount(r.missing)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="hint">
            {t.gridLegend} {t.gridScroll}
          </p>
          {/* A data table keeps its two dimensions (WCAG 1.4.10 allows it): it scrolls in its own region. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take focus, or a keyboard cannot scroll it */}
          <section class="scroll" aria-labelledby="natt-for-natt" tabIndex={0}>
            <table class="completeness">
              <caption id="natt-for-natt">{view.monthInWords}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.activityColumn}</th>
                  {view.days.map((d) => (
                    <th scope="col" class="day" key={d}>
                      {Number(d.slice(8, 10))}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.name}</th>
                    {r.granularity === 'month' ? (
                      <td colSpan={view.days.length} class={`cell ${r.periods[0]?.status ?? ''}`}>
                        {t.monthTotal}: {t.statusWords[r.periods[0]?.status ?? 'not_expected']}
                      </td>
                    ) : (
                      r.periods.map((p) => (
                        <td key={p.period} class={`cell ${p.status}`}>
                          <span aria-hidden="true">{SYMBOL[p.status]}</span>
                          <span class="visually-hidden">{t.statusWords[p.status]}</span>
                        </td>
                      ))
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
    </Shell>
  );
}
