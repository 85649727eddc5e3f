import { type MonthPageProps, MonthShell, words } from '../layout';

/** A month's broken rules as the page shows them, activity by activity, already in the reader's words. */
export interface RuleCheckView {
  errors: number;
  warnings: number;
  activities: {
    id: string;
    name: string;
    found: { key: string; error: boolean; words: string; href?: string }[];
  }[];
}

/** `/kontroll`: the checks run over a month's stored figures (issue 25, 5). */
export function RuleCheckPage(props: MonthPageProps<RuleCheckView>) {
  const s = words(props.c).ruleCheck;
  const { view } = props;
  return (
    <MonthShell page={props} title={s.title} lead={s.lead} leadNone={s.leadNone} action="/kontroll">
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
    </MonthShell>
  );
}
