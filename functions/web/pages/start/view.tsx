import type { User } from '../../../../shared/app/model';
import type { Right } from '../../../../shared/domain/access';
import { type Catalogue, wordsFor } from '../../../../shared/i18n';
import { type ActivityLink, type PageContext, Shell, words } from '../layout';

/** The start page's links, each shown to whoever holds the right its page needs (coordinators, administrators). */
const LINKS: readonly [Right, string, (w: Catalogue) => string][] = [
  ['figures.read', '/saknas', (w) => w.web.completenessLink],
  ['alerts.read', '/samordning/kalla-natter', (w) => w.web.coldLink],
  ['registry.read', '/overenskommelser', (w) => w.web.agreementsLink],
  ['reports.read', '/rapport', (w) => w.web.halfYearReportLink],
  ['reports.appendix', '/rapport/dokument', (w) => w.web.jointReport.link],
  ['survey.manage', '/brukarundersokning', (w) => w.web.survey.link],
  ['figures.read', '/statistik', (w) => w.web.statistics.link],
  ['figures.read', '/kontroll', (w) => w.web.ruleCheck.link],
  ['finances.manage', '/ekonomi', (w) => w.finance.nav],
  ['registry.write', '/organisationer', (w) => w.admin.nav],
  ['people.manage', '/personer', (w) => w.admin.peopleNav],
  ['reports.recipients', '/mottagare', (w) => w.admin.recipientsNav],
  ['alerts.manage', '/kalla-natter-mottagare', (w) => w.admin.subscribersNav],
  ['keys.manage', '/nycklar', (w) => w.admin.keysNav],
  ['audit.read', '/granskning', (w) => w.admin.auditNav],
];

export function StartPage(props: { c: PageContext & { user: User } }) {
  const t = words(props.c);
  const may = props.c.may?.rights;
  return (
    <Shell c={props.c} title={t.startTitle}>
      <h1>{t.greeting(props.c.user.name)}</h1>
      <p class="lead">{t.startLead}</p>
      <ul>
        {LINKS.filter(([right]) => may?.[right]).map(([, href, label]) => (
          <li key={href}>
            <a href={href}>{label(wordsFor(props.c.language))}</a>
          </li>
        ))}
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

/** A partner's start: their activities, each one tap from its figures form and from each period missing. */
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
              <a href={form(a)}>{t.figuresLink(a.name)}</a>
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
      <p>
        <a href="/statistik">{words(props.c).statistics.link}</a>
      </p>
      <p>
        <a href="/rapport/dokument">{words(props.c).jointReport.link}</a>
      </p>
      <p>
        <a href="/brukarundersokning">{words(props.c).survey.link}</a>
      </p>
    </Shell>
  );
}
