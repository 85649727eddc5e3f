import { ErrorSummary, MonthPicker, type PageContext, Shell, words } from '../layout';

/** A month's broken rules as the page shows them, activity by activity, already in the reader's words. */
export interface RuleCheckView {
  monthInWords: string;
  previous: string;
  next?: string;
  errors: number;
  warnings: number;
  activities: {
    id: string;
    name: string;
    found: { key: string; error: boolean; words: string; href?: string }[];
  }[];
}

/** `/kontroll`: the checks run over a month's stored figures (issue 25, 5). */
export function RuleCheckPage(props: {
  c: PageContext;
  month: string;
  view?: RuleCheckView;
  error?: string;
}) {
  const t = words(props.c);
  const s = t.ruleCheck;
  const { view } = props;
  return (
    <Shell c={props.c} title={s.title}>
      <ErrorSummary c={props.c} errors={props.error ? { month: props.error } : {}} />
      <h1>{s.title}</h1>
      <p class="lead">{view ? s.lead(view.monthInWords) : s.leadNone}</p>
      <MonthPicker
        c={props.c}
        action="/kontroll"
        month={props.month}
        error={props.error}
        label={s.title}
        previous={view?.previous}
        next={view?.next}
      />
      {view && view.activities.length === 0 ? <p>{s.none(view.monthInWords)}</p> : null}
      {view && view.activities.length > 0 ? (
        <>
          <p>{s.count(view.errors, view.warnings)}</p>
          {view.activities.map((a) => (
            <section key={a.id} aria-labelledby={`rules-${a.id}`}>
              <h2 id={`rules-${a.id}`}>{a.name}</h2>
              <ul>
                {a.found.map((v) => (
                  <li key={v.key}>
                    <strong>{v.error ? s.error : s.warning}:</strong> {v.words}
                    {v.href ? (
                      <>
                        {' '}
                        <a href={v.href}>{s.open}</a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      ) : null}
    </Shell>
  );
}
