import type { User } from '../../../../shared/app/model';
import { wordsFor } from '../../../../shared/i18n';
import { type ActivityLink, type PageContext, Shell, words } from '../layout';

export function StartPage(props: { c: PageContext & { user: User } }) {
  const t = words(props.c);
  return (
    <Shell c={props.c} title={t.startTitle}>
      <h1>{t.greeting(props.c.user.name)}</h1>
      <p class="lead">{t.startLead}</p>
      <ul>
        <li>
          <a href="/saknas">{t.completenessLink}</a>
        </li>
        <li>
          <a href="/samordning/kalla-natter">{t.coldLink}</a>
        </li>
        <li>
          <a href="/overenskommelser">{t.agreementsLink}</a>
        </li>
        <li>
          <a href="/rapport">{t.halfYearReportLink}</a>
        </li>
        {props.c.user.role === 'admin' ? (
          <>
            <li>
              <a href="/ekonomi">{wordsFor(props.c.language).finance.nav}</a>
            </li>
            <li>
              <a href="/organisationer">{wordsFor(props.c.language).admin.nav}</a>
            </li>
            <li>
              <a href="/personer">{wordsFor(props.c.language).admin.peopleNav}</a>
            </li>
            <li>
              <a href="/mottagare">{wordsFor(props.c.language).admin.recipientsNav}</a>
            </li>
            <li>
              <a href="/kalla-natter-mottagare">{wordsFor(props.c.language).admin.subscribersNav}</a>
            </li>
            <li>
              <a href="/nycklar">{wordsFor(props.c.language).admin.keysNav}</a>
            </li>
            <li>
              <a href="/granskning">{wordsFor(props.c.language).admin.auditNav}</a>
            </li>
          </>
        ) : null}
      </ul>
    </Shell>
  );
}

/** An activity on the partner's start page: the last period reported and what is missing, in words. */
export interface ActivityStatus extends ActivityLink {
  lastReported?: string;
  /** The latest missing periods first, each a link to its form. */
  missing: readonly { period: string; words: string }[];
  moreMissing: number;
  /** The month grid, for activities reported night by night. */
  month?: { href: string; label: string };
}

/** A partner's start: their activities, each one tap from its report form and from each period missing. */
export function PartnerStartPage(props: {
  c: PageContext & { user: User };
  activities: readonly ActivityStatus[];
  /** The yearly financial outcomes the organisation owes (past due). */
  outcomesOwed: readonly { year: number; words: string }[];
}) {
  const f = wordsFor(props.c.language).finance;
  const t = words(props.c);
  const form = (a: ActivityLink, period?: string) =>
    `/rapportera/${encodeURIComponent(a.id)}${period ? `?period=${period}` : ''}`;
  return (
    <Shell c={props.c} title={t.startTitle}>
      <h1>{t.greeting(props.c.user.name)}</h1>
      <h2>{t.yourActivities}</h2>
      {props.activities.length === 0 ? <p>{t.noActivities}</p> : null}
      <ul class="activities">
        {props.activities.map((a) => (
          <li key={a.id}>
            <h3>
              <a href={form(a)}>{t.reportLink(a.name)}</a>
            </h3>
            <p class="hint">{t.kinds[a.kind] ?? a.kind}</p>
            <p>{a.lastReported ? t.lastReported(a.lastReported) : t.nothingReported}</p>
            {a.missing.length === 0 ? (
              <p>{t.allReported}</p>
            ) : (
              <>
                <p id={`saknas-${a.id}`}>
                  <strong>{t.missingTitle}</strong>
                </p>
                <ul aria-labelledby={`saknas-${a.id}`}>
                  {a.missing.map((m) => (
                    <li key={m.period}>
                      <a href={form(a, m.period)}>{m.words}</a>
                    </li>
                  ))}
                  {a.moreMissing > 0 ? <li>{t.moreMissing(a.moreMissing)}</li> : null}
                </ul>
              </>
            )}
            {a.month ? (
              <p>
                <a href={a.month.href}>{a.month.label}</a>
              </p>
            ) : null}
            <p>
              <a href={`/rapportera/${encodeURIComponent(a.id)}/historik`}>
                {wordsFor(props.c.language).history.link}
                <span class="visually-hidden">: {a.name}</span>
              </a>
            </p>
          </li>
        ))}
      </ul>
      {props.activities.length > 0 ? (
        <p>
          <a href="/ladda-upp">{wordsFor(props.c.language).upload.nav}</a>
        </p>
      ) : null}
      <h2>{f.nav}</h2>
      {props.outcomesOwed.length > 0 ? (
        <>
          <p id="saknas-utfall">
            <strong>{words(props.c).missingTitle}</strong>
          </p>
          <ul aria-labelledby="saknas-utfall">
            {props.outcomesOwed.map((o) => (
              <li key={o.year}>
                <a href={`/ekonomi/${o.year}`}>{o.words}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a href="/ekonomi">{f.yourOutcome}</a>
      </p>
    </Shell>
  );
}
