import type { ComponentChildren } from 'preact';
import type { Passkey, User } from '../../shared/app/model';
import type { PeriodStatus } from '../../shared/domain/completeness';
import type { PublicNight } from '../../shared/domain/decisions';
import { instantDayInWords } from '../../shared/domain/period-words';
import { type Language, wordsFor } from '../../shared/i18n';
import { PUBLIC_LANGUAGES, PUBLIC_WORDS, type PublicLanguage } from '../../shared/i18n/public';
import { ICON_PATH } from './style';

/**
 * The web app's pages, rendered on the server (preact-render-to-string escapes every value). Every page works
 * without JavaScript; forms post back to the same address. Errors follow GOV.UK's pattern: a summary at the top
 * linking each field, the message beside the field, and the summary focused (`autofocus` needs no script).
 */
export interface PageContext {
  language: Language;
  /** The form token of this visitor (derived from their cookie). */
  csrf: string;
  /** The stylesheet's content-hashed address. */
  stylesheet: string;
  /** The passkey scripts' addresses (content-hashed), for the pages that use them. */
  scripts: readonly string[];
  /** The person signed in, if anyone. */
  user?: User;
  /** The script that keeps a figure form on the device without a signal (content-hashed), for people signed in. */
  offlineScript?: string;
}

export type FieldErrors = Partial<Record<string, string>>;

const words = (c: PageContext) => wordsFor(c.language).web;

export function Shell(props: {
  c: PageContext;
  title: string;
  children: ComponentChildren;
  hasErrors?: boolean;
  /** Passkey buttons on the page: its scripts and form token for them. */
  passkeys?: boolean;
}) {
  const t = words(props.c);
  const title = `${props.hasErrors ? `${t.errorSummaryTitle}: ` : ''}${props.title} – ${t.service}`;
  return (
    <html lang={props.c.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href={props.c.stylesheet} />
        <link rel="icon" href={ICON_PATH} type="image/svg+xml" />
        {props.passkeys ? (
          <>
            <meta name="csrf" content={props.c.csrf} />
            {props.c.scripts.map((src) => (
              <script key={src} src={src} defer />
            ))}
          </>
        ) : null}
        {props.c.user && props.c.offlineScript ? <script src={props.c.offlineScript} defer /> : null}
      </head>
      {/* Whose device queue this page may send, with which form token (offline-script.ts). */}
      <body data-person={props.c.user?.id} data-csrf={props.c.user ? props.c.csrf : undefined}>
        <a class="skip" href="#innehall">
          {t.skipToContent}
        </a>
        <header>
          <a class="service" href="/">
            {t.service}
          </a>
          <nav aria-label={t.service}>
            {props.c.user ? <a href="/konto">{t.accountTitle}</a> : null}
            <a
              href={`/sprak?till=${t.otherLanguageCode}`}
              lang={t.otherLanguageCode}
              hreflang={t.otherLanguageCode}
            >
              {t.otherLanguage}
            </a>
          </nav>
        </header>
        <main id="innehall" tabIndex={-1}>
          {props.c.user ? (
            <p
              class="offline-status"
              data-offline-status
              data-words={JSON.stringify(t.offline)}
              aria-live="polite"
              aria-atomic="true"
            />
          ) : null}
          {props.children}
        </main>
        <footer>
          <a href="/tillganglighet">{t.statementTitle}</a>
        </footer>
      </body>
    </html>
  );
}

export function ErrorSummary(props: { c: PageContext; errors: FieldErrors }) {
  const entries = Object.entries(props.errors).filter((e): e is [string, string] => !!e[1]);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="fel-rubrik" tabIndex={-1} autofocus>
      <h2 id="fel-rubrik">{words(props.c).errorSummaryTitle}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span class="message" id={`${props.id}-error`}>
          {props.error}
        </span>
      ) : null}
      {props.children}
    </div>
  );
}

export const describedBy = (id: string, hint: boolean, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A passkey button: hidden until the script finds that the browser can use passkeys. */
function PasskeyButton(props: { c: PageContext; kind: 'add' | 'sign-in'; label: string }) {
  return (
    <button
      type="button"
      class="secondary"
      data-passkey={props.kind}
      data-failed={words(props.c).passkeyFailed}
      hidden
    >
      {props.label}
    </button>
  );
}

export function SignInPage(props: { c: PageContext; email?: string; errors?: FieldErrors; notice?: string }) {
  const t = words(props.c);
  const errors = props.errors ?? {};
  return (
    <Shell c={props.c} title={t.signInTitle} hasErrors={Object.keys(errors).length > 0} passkeys>
      <ErrorSummary c={props.c} errors={errors} />
      {props.notice ? <p class="notice">{props.notice}</p> : null}
      <h1>{t.signInTitle}</h1>
      <div class="passkey-only" data-passkey-only hidden>
        <PasskeyButton c={props.c} kind="sign-in" label={t.signInWithPasskey} />
        <p data-passkey-status role="status" />
        <p>{t.orWithCode}</p>
      </div>
      <p class="lead">{t.signInLead}</p>
      <form method="post" action="/logga-in" novalidate>
        <input type="hidden" name="csrf" value={props.c.csrf} />
        <Field id="email" label={t.emailLabel} hint={t.emailHint} error={errors.email}>
          <input
            type="email"
            id="email"
            name="email"
            autocomplete="email"
            spellcheck={false}
            value={props.email ?? ''}
            aria-describedby={describedBy('email', true, errors.email)}
            aria-invalid={errors.email ? 'true' : undefined}
          />
        </Field>
        <button type="submit">{t.sendCode}</button>
      </form>
    </Shell>
  );
}

export function CodePage(props: { c: PageContext; minutes: number; errors?: FieldErrors }) {
  const t = words(props.c);
  const errors = props.errors ?? {};
  return (
    <Shell c={props.c} title={t.codeTitle} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary c={props.c} errors={errors} />
      <h1>{t.codeTitle}</h1>
      <p class="lead">{t.codeLead(props.minutes)}</p>
      <form method="post" action="/logga-in/kod" novalidate>
        <input type="hidden" name="csrf" value={props.c.csrf} />
        <Field id="code" label={t.codeLabel} hint={t.codeHint} error={errors.code}>
          <input
            type="text"
            class="short"
            id="code"
            name="code"
            inputMode="numeric"
            autocomplete="one-time-code"
            pattern="[0-9]*"
            maxLength={6}
            spellcheck={false}
            aria-describedby={describedBy('code', true, errors.code)}
            aria-invalid={errors.code ? 'true' : undefined}
          />
        </Field>
        <button type="submit">{t.signInButton}</button>
      </form>
      <p>
        <a href="/logga-in">{t.newCode}</a>
      </p>
    </Shell>
  );
}

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

export function AccountPage(props: {
  c: PageContext & { user: User };
  organisation?: string;
  passkeys: readonly Passkey[];
  notice?: string;
}) {
  const t = words(props.c);
  const { user } = props.c;
  const day = (iso: string) => instantDayInWords(iso, props.c.language);
  return (
    <Shell c={props.c} title={t.accountTitle} passkeys>
      {props.notice ? <p class="notice">{props.notice}</p> : null}
      <h1>{t.accountTitle}</h1>
      <dl>
        <dt>{t.nameLabel}</dt>
        <dd>{user.name}</dd>
        <dt>{t.emailLabel}</dt>
        <dd>{user.email}</dd>
        <dt>{t.roleLabel}</dt>
        <dd>{t.roles[user.role] ?? user.role}</dd>
        {props.organisation ? (
          <>
            <dt>{t.organisationLabel}</dt>
            <dd>{props.organisation}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t.passkeysTitle}</h2>
      <p>{t.passkeysLead}</p>
      {props.passkeys.length === 0 ? <p>{t.noPasskeys}</p> : null}
      <ul class="passkeys">
        {props.passkeys.map((p) => (
          <li key={p.id}>
            <span>
              {t.passkeyCreated(day(p.createdAt))}
              {p.lastUsedAt ? `, ${t.passkeyUsed(day(p.lastUsedAt))}` : ''}
            </span>
            <form method="post" action="/passkey/ta-bort">
              <input type="hidden" name="csrf" value={props.c.csrf} />
              <input type="hidden" name="id" value={p.id} />
              <button type="submit" class="secondary" aria-label={t.removePasskeyLabel(day(p.createdAt))}>
                {t.removePasskey}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <PasskeyButton c={props.c} kind="add" label={t.addPasskey} />
      <p data-passkey-status role="status" />
      {user.role !== 'coordinator' ? (
        <>
          <h2>{t.remindersTitle}</h2>
          <p>{t.remindersLead}</p>
          <p>{user.reminders === false ? t.remindersOffNow : t.remindersOn}</p>
          <form method="post" action="/konto/paminnelser">
            <input type="hidden" name="csrf" value={props.c.csrf} />
            <input type="hidden" name="paminnelser" value={user.reminders === false ? 'pa' : 'av'} />
            <button type="submit" class="secondary">
              {user.reminders === false ? t.remindersTurnOn : t.remindersTurnOff}
            </button>
          </form>
        </>
      ) : null}
      <form method="post" action="/logga-ut">
        <input type="hidden" name="csrf" value={props.c.csrf} />
        <button type="submit" class="secondary">
          {t.signOut}
        </button>
      </form>
    </Shell>
  );
}

/** When the statement was last reviewed: a change to what is or is not accessible moves it. */
export const STATEMENT_REVIEWED = '2026-12-02';

/** The accessibility statement DOS-lagen asks for, reachable from every page (its footer). */
export function AccessibilityPage(props: { c: PageContext; contactEmail: string }) {
  const t = words(props.c);
  const s = t.statement;
  const date = instantDayInWords(`${STATEMENT_REVIEWED}T12:00:00Z`, props.c.language);
  return (
    <Shell c={props.c} title={t.statementTitle}>
      <h1>{t.statementTitle}</h1>
      <p>{s.intro}</p>
      <h2>{s.statusTitle}</h2>
      <p>{s.status}</p>
      <h2>{s.gapsTitle}</h2>
      <ul>
        {s.gaps.map((gap) => (
          <li key={gap}>{gap}</li>
        ))}
      </ul>
      <h2>{s.methodTitle}</h2>
      <p>{s.method(date)}</p>
      <h2>{s.reportTitle}</h2>
      <p>
        {s.report} <a href={`mailto:${props.contactEmail}`}>{props.contactEmail}</a>. {s.reportAsk}
      </p>
      <h2>{s.supervisionTitle}</h2>
      <p>
        {s.supervision} <a href="https://www.digg.se/tdosanmalan">{s.diggLink}</a>
      </p>
      <p>{s.updated(date)}</p>
    </Shell>
  );
}

export function MessagePage(props: { c: PageContext; title: string; text: string }) {
  const t = words(props.c);
  return (
    <Shell c={props.c} title={props.title}>
      <h1>{props.title}</h1>
      <p>{props.text}</p>
      <p>
        <a href="/">{t.toStart}</a>
      </p>
    </Shell>
  );
}

/** Before a decision is cancelled: what it said, who will be told at once, and what the public page will say. */
export function CancelDecisionPage(props: {
  c: PageContext;
  id: string;
  decision: string;
  audience: readonly string[];
}) {
  const t = words(props.c);
  const n = props.audience.length;
  return (
    <Shell c={props.c} title={t.cancelTitle}>
      <h1>{t.cancelTitle}</h1>
      <p class="lead">{props.decision}</p>
      {n === 0 ? <p>{t.cancelNobody}</p> : <p>{t.cancelTold(n)}</p>}
      {n === 0 ? null : (
        <ul>
          {props.audience.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
      <p>{t.cancelPublic}</p>
      <form method="post" action="/samordning/beslut/stall-in" novalidate>
        <input type="hidden" name="csrf" value={props.c.csrf} />
        <input type="hidden" name="id" value={props.id} />
        <input type="hidden" name="bekrafta" value="ja" />
        <button type="submit" class="warning">
          {t.cancelConfirm(n)}
        </button>
      </form>
      <p>
        <a href="/samordning/kalla-natter#beslut">{t.cancelBack}</a>
      </p>
    </Shell>
  );
}

export interface ActivityLink {
  id: string;
  name: string;
  kind: string;
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

export interface ReportForm {
  activity: ActivityLink;
  /** The period shown, and whether it is a night (a date) or a month. */
  period: string;
  /** The period in words, as every page names it: "natten mot söndag 6 december (lör 5/12)". */
  inWords?: string;
  nightly: boolean;
  /** The kind's fields, in order, and whether each must be given. */
  fields: readonly { name: string; required: boolean }[];
  /** What the form shows in each field: stored, or as sent back. */
  values: Record<string, string>;
  /** Country rows: code and count as text. */
  nationalities: { code: string; count: string }[];
  /** The partnership's common nationalities first (the seeds'), then every other country by name. */
  countries: {
    common: readonly { code: string; name: string }[];
    rest: readonly { code: string; name: string }[];
  };
  places?: number;
  /** Warnings to confirm before saving (more guests than places). */
  warnings?: readonly string[];
  /** The person changed the night with figures typed: what is stored on this night, by field, beside theirs. */
  storedHere?: Record<string, string>;
  /** Said at the top: why the form is shown again (the night was changed, nothing saved). */
  notice?: string;
  /**
   * The version of the stored figures the person was shown (0: none): saved over a later one, they are asked
   * first. Unknown (a form from before versions were sent) means unchecked.
   */
  version?: number;
  /** This showing's idempotency key: the form sent twice (a double tap, a resend) is stored once. */
  key: string;
  /** Someone else saved the period after the form was shown: a link that keeps what they saved. */
  keepStored?: string;
}

/**
 * Warnings to confirm before saving (more guests than places): the person ticks "ja" and sends again. At the top of
 * the form, focused, saying nothing is saved yet, with a save button of its own: on a long form (a month's 31
 * nights) the question is where the page opens, not 7,000 px below.
 */
function ConfirmWarnings(props: { c: PageContext; warnings?: readonly string[]; error?: string }) {
  const t = words(props.c);
  if (!props.warnings || props.warnings.length === 0) return null;
  return (
    <div
      class={props.error ? 'field has-error notice confirm' : 'notice confirm'}
      role="alert"
      tabIndex={-1}
      autofocus={!props.error}
    >
      <h2>{t.confirmTitle}</h2>
      <p>{t.notSavedYet}</p>
      {props.warnings.map((w) => (
        <p key={w}>{w}</p>
      ))}
      {props.error ? (
        <span class="message" id="confirm-error">
          {props.error}
        </span>
      ) : null}
      <input type="hidden" name="asked" value="ja" />
      <input type="checkbox" id="confirm" name="confirm" value="ja" />{' '}
      <label for="confirm" class="inline">
        {t.confirmLabel}
      </label>
      <p>
        <button type="submit">{t.save}</button>
      </p>
    </div>
  );
}

export interface MonthRow {
  night: string;
  /** "natten mot tis 3/11 (mån 2/11)": the row's heading. */
  label: string;
  /** "natten mot tisdag 3 november (mån 2/11)": said with each field to a screen reader. */
  inWords: string;
  places?: number;
  status: PeriodStatus;
  editable: boolean;
  values: Record<string, string>;
}

export interface MonthGrid {
  activity: ActivityLink;
  month: string;
  monthInWords: string;
  fields: readonly { name: string; required: boolean }[];
  rows: readonly MonthRow[];
  previous: string;
  next?: string;
  warnings?: readonly string[];
  saved?: string;
}

/** A field of the month grid: its name and id carry the night's day of the month (`women-05`). */
export const gridField = (field: string, night: string) => `${field}-${night.slice(8, 10)}`;

/** A night shelter's month at a glance: every night, what is stored and what is missing, saved in one go. */
export function MonthPage(props: { c: PageContext; grid: MonthGrid; errors?: FieldErrors }) {
  const t = words(props.c);
  const { grid } = props;
  const errors = props.errors ?? {};
  const base = `/rapportera/${encodeURIComponent(grid.activity.id)}`;
  const title = t.monthTitle(grid.monthInWords);
  return (
    <Shell c={props.c} title={`${title}: ${grid.activity.name}`} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary c={props.c} errors={errors} />
      {grid.saved ? (
        <div class="notice" role="status">
          <p>{grid.saved}</p>
        </div>
      ) : null}
      <h1>
        {grid.activity.name}: {title}
      </h1>
      <nav class="months" aria-label={title}>
        <a href={`${base}/${grid.previous}`}>{t.previousMonth}</a>
        {grid.next ? <a href={`${base}/${grid.next}`}>{t.nextMonth}</a> : null}
      </nav>
      <p>{t.monthLead}</p>
      <p class="hint">{t.nationalitiesKept}</p>
      <form method="post" action={`${base}/${grid.month}`} novalidate>
        <input type="hidden" name="csrf" value={props.c.csrf} />
        <ConfirmWarnings c={props.c} warnings={grid.warnings} error={errors.confirm} />
        <table class="month">
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.nightColumn}</th>
              <th scope="col" class="number">
                {t.placesColumn}
              </th>
              {grid.fields.map((f) => (
                <th scope="col" key={f.name}>
                  {t.figureLabels[f.name] ?? f.name}
                </th>
              ))}
              <th scope="col">{t.statusColumn}</th>
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => {
              const ids = grid.fields.map((f) => gridField(f.name, row.night));
              const wrong = ids.some((id) => errors[id]);
              return (
                <tr key={row.night} class={[row.status, wrong ? 'has-error' : ''].join(' ').trim()}>
                  <th scope="row">{row.label}</th>
                  <td class="number field-cell">
                    <span class="cell-label">{t.placesColumn}</span>
                    {row.places ?? '–'}
                  </td>
                  {grid.fields.map((f, i) => {
                    const id = ids[i] as string;
                    const label = t.figureLabels[f.name] ?? f.name;
                    return (
                      <td class="field-cell" key={f.name}>
                        {row.editable ? (
                          <>
                            <label class="cell-label" for={id}>
                              {label}
                              <span class="visually-hidden">, {row.inWords}</span>
                            </label>
                            <input
                              type="text"
                              id={id}
                              name={id}
                              inputMode="numeric"
                              pattern="[0-9]*"
                              autocomplete="off"
                              value={row.values[f.name] ?? ''}
                              aria-invalid={errors[id] ? 'true' : undefined}
                            />
                          </>
                        ) : (
                          <>
                            <span class="cell-label">{label}</span>
                            {row.values[f.name] ?? '–'}
                          </>
                        )}
                      </td>
                    );
                  })}
                  <td class="status">
                    {t.statusWords[row.status === 'not_over' && !row.editable ? 'later' : row.status]}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button type="submit">{t.saveAll}</button>
      </form>
      <p>
        <a href="/">{t.toStart}</a>
      </p>
    </Shell>
  );
}

export interface ColdNightsView {
  forecast?: string;
  /** When the next check of SMHI's forecast runs, in words. */
  nextCheck?: string;
  nights: readonly {
    night: string;
    inWords: string;
    lowest: string;
    cold: boolean;
    outlook: boolean;
    warnings: readonly string[];
    alerted?: string;
    /** The guests to expect against the places (issue 27), and whether the upper end passes them. */
    expected?: string;
    short?: boolean;
    /** The shelters whose upper end passes their own places that night, each in words. */
    shortVenues: readonly string[];
  }[];
  /** Nights whose expected guests may pass the places: what would cover the upper end, in words. */
  needs: readonly string[];
  /** Each night shelter's fit in a sentence: per degree colder, and which forecast it uses and why. */
  fits: readonly string[];
  /** The nights gone by: expected against reported, in words. */
  past: readonly { night: string; inWords: string; expected: string; came: string; verdict?: string }[];
  /** Shown as a list, not a table: each sending reads whole on a phone, the addresses wrap. */
  alerts: readonly { id: string; at: string; what: string; to: string; status: string }[];
  venues: readonly { id: string; name: string }[];
  /** The form to decide: the nights to choose from, the venues with a public address, the groups. */
  decide: {
    nights: readonly { night: string; inWords: string }[];
    venues: readonly { id: string; name: string }[];
    groups: readonly { id: string; label: string }[];
    values: Record<string, string>;
  };
  decisions: readonly { id: string; text: string; cancelled: boolean }[];
  notice?: string;
}

/** The coordinator's cold nights: the coming nights from the last check, the decision, what was sent, the guests. */
export function ColdNightsPage(props: { c: PageContext; view: ColdNightsView; errors?: FieldErrors }) {
  const t = words(props.c);
  const { view } = props;
  const errors = props.errors ?? {};
  const checked = (name: string) => view.decide.values[name] !== undefined;
  const cold = view.nights.filter((n) => n.cold).length;
  return (
    <Shell c={props.c} title={t.coldTitle} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary c={props.c} errors={errors} />
      {view.notice ? (
        <div class="notice" role="status">
          <p>
            <strong>{view.notice}</strong>
          </p>
        </div>
      ) : null}
      <h1>{t.coldTitle}</h1>
      <p class="lead">{t.coldLead}</p>
      <p>{view.forecast ?? t.coldNoCheck}</p>
      {view.nextCheck ? <p>{t.coldNextCheck(view.nextCheck)}</p> : null}
      <h2>{t.coldNightsTitle}</h2>
      <p>{view.forecast ? t.coldSpells(cold) : t.coldNoForecast}</p>
      {view.nights.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.nightColumn}</th>
              <th scope="col">{t.coldLowest}</th>
              <th scope="col">{t.coldAssessment}</th>
            </tr>
          </thead>
          <tbody>
            {view.nights.map((n) => (
              <tr key={n.night} class={n.cold ? 'missing' : undefined}>
                <th scope="row">{n.inWords}</th>
                <td class="nowrap">{n.lowest}</td>
                <td>
                  <strong>{n.cold ? t.coldYes : t.coldNo}</strong>
                  {n.outlook ? <span class="hint">{t.coldOutlook}</span> : null}
                  {n.warnings.map((w) => (
                    <span class="hint" key={w}>
                      {w}
                    </span>
                  ))}
                  {n.alerted ? <span class="hint">{n.alerted}</span> : null}
                  {n.expected ? <span class={n.short ? 'short-places' : 'hint'}>{n.expected}</span> : null}
                  {n.shortVenues.map((v) => (
                    <span class="short-places" key={v}>
                      {v}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {view.past.length > 0 ? (
        <>
          <h2>{t.pastTitle}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.nightColumn}</th>
                <th scope="col">{t.pastExpected}</th>
                <th scope="col">{t.pastReported}</th>
              </tr>
            </thead>
            <tbody>
              {view.past.map((p) => (
                <tr key={p.night}>
                  <th scope="row">{p.inWords}</th>
                  <td>{p.expected}</td>
                  <td>
                    {p.came}
                    {p.verdict ? <span class="hint">{p.verdict}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {view.fits.length > 0 ? (
        <>
          <h2>{t.demandTitle}</h2>
          <p>{t.demandLead}</p>
          <ul>
            {view.fits.map((fit) => (
              <li key={fit}>{fit}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 id="beslut">{t.decideTitle}</h2>
      <p>{t.decideLead}</p>
      {view.needs.length > 0 ? (
        <ul class="needs">
          {view.needs.map((need) => (
            <li key={need}>{need}</li>
          ))}
        </ul>
      ) : null}
      <form method="post" action="/samordning/beslut" novalidate>
        <input type="hidden" name="csrf" value={props.c.csrf} />
        <fieldset class={errors.nights ? 'field has-error' : 'field'} id="nights">
          <legend>{t.decideNights}</legend>
          {errors.nights ? <span class="message">{errors.nights}</span> : null}
          {view.decide.nights.map((n) => (
            <div class="choice" key={n.night}>
              <input
                type="checkbox"
                id={`natt-${n.night}`}
                name={`natt-${n.night}`}
                value="ja"
                checked={checked(`natt-${n.night}`)}
              />
              <label for={`natt-${n.night}`}>{n.inWords}</label>
            </div>
          ))}
        </fieldset>
        <fieldset class="field">
          <legend>{t.decideWhat}</legend>
          <div class="choice">
            <input
              type="radio"
              id="oppna-ja"
              name="oppna"
              value="ja"
              checked={view.decide.values.oppna !== 'nej'}
            />
            <label for="oppna-ja">{t.decideOpen}</label>
          </div>
          <div class="choice">
            <input
              type="radio"
              id="oppna-nej"
              name="oppna"
              value="nej"
              checked={view.decide.values.oppna === 'nej'}
            />
            <label for="oppna-nej">{t.decideNotOpen}</label>
          </div>
        </fieldset>
        <fieldset class={errors.venues ? 'field has-error' : 'field'} id="venues">
          <legend>{t.decideVenues}</legend>
          {errors.venues ? <span class="message">{errors.venues}</span> : null}
          {view.decide.venues.length === 0 ? <p class="hint">{t.decideNoVenues}</p> : null}
          {view.decide.venues.map((v) => (
            <div class="choice" key={v.id}>
              <input
                type="checkbox"
                id={`lokal-${v.id}`}
                name={`lokal-${v.id}`}
                value="ja"
                checked={checked(`lokal-${v.id}`)}
              />
              <label for={`lokal-${v.id}`}>{v.name}</label>
            </div>
          ))}
        </fieldset>
        <Field id="reason" label={t.decideReason} error={errors.reason}>
          <input
            type="text"
            id="reason"
            name="skal"
            maxLength={200}
            value={view.decide.values.skal ?? ''}
            aria-describedby={describedBy('reason', false, errors.reason)}
            aria-invalid={errors.reason ? 'true' : undefined}
          />
        </Field>
        <fieldset class={errors.groups ? 'field has-error' : 'field'} id="groups">
          <legend>{t.decideGroups}</legend>
          {errors.groups ? <span class="message">{errors.groups}</span> : null}
          {view.decide.groups.map((g) => (
            <div class="choice" key={g.id}>
              <input
                type="checkbox"
                id={`grupp-${g.id}`}
                name={`grupp-${g.id}`}
                value="ja"
                checked={checked(`grupp-${g.id}`)}
              />
              <label for={`grupp-${g.id}`}>{g.label}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit">{t.decideSend}</button>
      </form>
      <p>
        <a href="/kalla-natter">{t.publicPageLink}</a>
      </p>
      <h2>{t.decisionsTitle}</h2>
      {view.decisions.length === 0 ? <p>{t.decisionsNone}</p> : null}
      <ul class="log">
        {view.decisions.map((d) => (
          <li key={d.id}>
            <span>{d.text}</span>
            {d.cancelled ? null : (
              // A question first (who will be told), never a cancellation in one press.
              <form method="get" action="/samordning/beslut/stall-in">
                <input type="hidden" name="id" value={d.id} />
                <button type="submit" class="secondary">
                  {t.decisionCancel}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <h2>{t.venuesTitle}</h2>
      <p>{t.venuesLead}</p>
      <ul>
        {view.venues.map((v) => (
          <li key={v.id}>
            <a href={`/rapportera/${encodeURIComponent(v.id)}`}>{`${t.coldGuests}: ${v.name}`}</a>
          </li>
        ))}
      </ul>
      <h2>{t.alertsTitle}</h2>
      {view.alerts.length === 0 ? (
        <p>{t.alertsNone}</p>
      ) : (
        <ul class="log">
          {view.alerts.map((a) => (
            <li key={a.id}>
              <strong>{a.at}</strong>
              <span class="what">{a.what}</span>
              <span class="to">{`${t.alertTo}: ${a.to}`}</span>
              <span class="status">{`${t.alertStatus}: ${a.status}`}</span>
            </li>
          ))}
        </ul>
      )}
    </Shell>
  );
}

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
          <ul>
            {a.parties.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
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
    periods: readonly { period: string; status: MonthRow['status'] }[];
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
    <Shell c={props.c} title={t.completenessTitle} hasErrors={!!props.error}>
      <ErrorSummary c={props.c} errors={errors} />
      <h1>{t.completenessTitle}</h1>
      {view ? <p class="lead">{t.completenessLead(view.monthInWords)}</p> : null}
      {view?.notice ? (
        <p class="notice" role="status">
          {view.notice}
        </p>
      ) : null}
      <form method="get" action="/saknas" class="period">
        <Field id="month" label={t.monthLabel} error={props.error}>
          <input
            type="text"
            class="short"
            id="month"
            name="manad"
            value={props.month}
            aria-describedby={describedBy('month', false, props.error)}
            aria-invalid={props.error ? 'true' : undefined}
          />
        </Field>
        <button type="submit" class="secondary">
          {t.showPeriod}
        </button>
      </form>
      {view ? (
        <>
          <nav class="months" aria-label={t.completenessTitle}>
            <a href={`/saknas?manad=${view.previous}`}>{t.previousMonth}</a>
            {view.next ? <a href={`/saknas?manad=${view.next}`}>{t.nextMonth}</a> : null}
          </nav>
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

export function ReportPage(props: { c: PageContext; form: ReportForm; errors?: FieldErrors }) {
  const t = words(props.c);
  const { form } = props;
  const errors = props.errors ?? {};
  const periodLabel = form.nightly ? t.periodNight : t.periodMonth;
  return (
    <Shell
      c={props.c}
      title={`${t.reportTitle}: ${form.activity.name}`}
      hasErrors={Object.keys(errors).length > 0}
    >
      <ErrorSummary c={props.c} errors={errors} />
      {form.notice ? (
        <p class="notice" role="status">
          {form.notice}
        </p>
      ) : null}
      <h1>{form.activity.name}</h1>
      {/* One form: the night in the field is the night saved. `loaded` says which night the figures were shown
          for; a form sent with another night in the field saves nothing and shows that night (app.tsx). */}
      <form
        method="post"
        action={`/rapportera/${encodeURIComponent(form.activity.id)}`}
        novalidate
        data-offline
      >
        <input type="hidden" name="csrf" value={props.c.csrf} />
        <input type="hidden" name="loaded" value={form.period} />
        {form.version === undefined ? null : (
          <input type="hidden" name="version" value={String(form.version)} />
        )}
        <input type="hidden" name="key" value={form.key} />
        <ConfirmWarnings c={props.c} warnings={form.warnings} error={errors.confirm} />
        <Field
          id="period"
          label={periodLabel}
          hint={form.inWords ? t.periodShown(form.inWords) : t.periodHint(form.period)}
          error={errors.period}
        >
          <input
            type="text"
            id="period"
            name="period"
            value={form.period}
            aria-describedby={describedBy('period', true, errors.period)}
            aria-invalid={errors.period ? 'true' : undefined}
          />
        </Field>
        <button type="submit" class="secondary" name="visa" value="ja">
          {t.showPeriod}
        </button>
        {form.places !== undefined ? <p>{t.placesInForce(form.places)}</p> : null}
        {form.fields.map((f) => {
          // What the night already has, beside a field whose typed value differs from it.
          const storedHint =
            form.storedHere && (form.storedHere[f.name] ?? '') !== (form.values[f.name] ?? '')
              ? t.storedThere(form.storedHere[f.name] || '–')
              : undefined;
          return (
            <Field
              key={f.name}
              id={f.name}
              label={`${t.figureLabels[f.name] ?? f.name}${f.required ? '' : ` ${t.optional}`}`}
              hint={storedHint}
              error={errors[f.name]}
            >
              <input
                type="text"
                class="short"
                id={f.name}
                name={f.name}
                inputMode="numeric"
                pattern="[0-9]*"
                autocomplete="off"
                value={form.values[f.name] ?? ''}
                aria-describedby={describedBy(f.name, storedHint !== undefined, errors[f.name])}
                aria-invalid={errors[f.name] ? 'true' : undefined}
              />
            </Field>
          );
        })}
        {/* Closed until used, so that Spara is near on a phone; open with figures or an error in it. */}
        <details
          class="nationalities"
          open={errors.nationalities !== undefined || form.nationalities.some((r) => r.code || r.count)}
        >
          <summary>{t.nationalitiesTitle}</summary>
          <fieldset class={errors.nationalities ? 'field has-error' : 'field'} id="nationalities">
            <legend class="visually-hidden">{t.nationalitiesTitle}</legend>
            <span class="hint">{t.nationalitiesHint}</span>
            {errors.nationalities ? <span class="message">{errors.nationalities}</span> : null}
            {form.nationalities.map((row, i) => (
              <div class="nationality" key={`${i}-${row.code}`}>
                <label for={`country-${i}`}>{t.countryLabel(i + 1)}</label>
                <select id={`country-${i}`} name={`country-${i}`}>
                  <option value="">{t.noCountry}</option>
                  {(
                    [
                      [t.commonCountries, form.countries.common],
                      [t.otherCountries, form.countries.rest],
                    ] as const
                  ).map(([label, list]) => (
                    <optgroup key={label} label={label}>
                      {list.map((c) => (
                        <option key={c.code} value={c.code} selected={c.code === row.code}>
                          {c.name}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
                <label for={`count-${i}`}>{t.countLabel(i + 1)}</label>
                <input
                  type="text"
                  class="short"
                  id={`count-${i}`}
                  name={`count-${i}`}
                  inputMode="numeric"
                  pattern="[0-9]*"
                  autocomplete="off"
                  value={row.count}
                />
              </div>
            ))}
          </fieldset>
        </details>
        <button type="submit">{t.save}</button>
      </form>
      {/* After a conflict, the other choice: apart from Spara (form + p), for the thumb. */}
      {form.keepStored ? (
        <p>
          <a href={form.keepStored}>{t.keepStored}</a>
        </p>
      ) : null}
    </Shell>
  );
}

export function SavedPage(props: {
  c: PageContext;
  activity: ActivityLink;
  said: string;
  result: 'created' | 'updated' | 'unchanged';
  changes: readonly { label: string; before: string; after: string }[];
  warnings: readonly string[];
  /** The night or month belongs to a half-year report already sent: what that means for this correction. */
  sentReport?: string;
}) {
  const t = words(props.c);
  const result =
    props.result === 'created'
      ? t.resultCreated
      : props.result === 'updated'
        ? t.resultUpdated
        : t.resultUnchanged;
  return (
    <Shell c={props.c} title={t.savedTitle}>
      <div class="notice" role="status">
        <h1>{props.said}</h1>
        <p>{result}</p>
      </div>
      {props.changes.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.reportTitle}</th>
              <th scope="col">{t.wasBefore}</th>
              <th scope="col">{t.nowStored}</th>
            </tr>
          </thead>
          <tbody>
            {props.changes.map((c) => (
              <tr key={c.label}>
                <th scope="row">{c.label}</th>
                <td>{c.before}</td>
                <td>{c.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {props.warnings.map((w) => (
        <p key={w}>{w}</p>
      ))}
      {props.sentReport ? <p class="warning-text">{props.sentReport}</p> : null}
      <p>
        <a href={`/rapportera/${encodeURIComponent(props.activity.id)}`}>{t.reportAnother}</a>
      </p>
      <p>
        <a href="/">{t.toStart}</a>
      </p>
    </Shell>
  );
}

/** The yearly financial outcome's form: the year's lines, what is stored (or what was sent back with errors). */
export interface OutcomeForm {
  year: number;
  organisationId: string;
  organisation: string;
  lead: string;
  lines: readonly { id: string; name: string }[];
  values: Record<string, string>;
  lastSaved?: string;
  saved?: string;
}

/** The form field of a cost line. */
export const lineField = (id: string) => `line-${id}`;

export function OutcomePage(props: { c: PageContext; form: OutcomeForm; errors?: FieldErrors }) {
  const t = words(props.c);
  const f = wordsFor(props.c.language).finance;
  const { form } = props;
  const errors = props.errors ?? {};
  const amount = (id: string, label: string, hint?: string) => (
    <Field key={id} id={id} label={label} hint={hint} error={errors[id]}>
      <input
        type="text"
        class="amount"
        id={id}
        name={id}
        inputMode="numeric"
        autocomplete="off"
        value={form.values[id] ?? ''}
        aria-describedby={describedBy(id, !!hint, errors[id])}
        aria-invalid={errors[id] ? 'true' : undefined}
      />
    </Field>
  );
  return (
    <Shell
      c={props.c}
      title={`${f.title(form.year)}: ${form.organisation}`}
      hasErrors={Object.keys(errors).length > 0}
    >
      <ErrorSummary c={props.c} errors={errors} />
      {form.saved ? (
        <div class="notice" role="status">
          <p>
            <strong>{form.saved}</strong>
          </p>
        </div>
      ) : null}
      <h1>{f.title(form.year)}</h1>
      <p class="lead">{form.lead}</p>
      {form.lastSaved ? <p class="hint">{form.lastSaved}</p> : null}
      <form
        method="post"
        action={`/ekonomi/${form.year}/${encodeURIComponent(form.organisationId)}`}
        novalidate
      >
        <input type="hidden" name="csrf" value={props.c.csrf} />
        {amount('grant', f.grant, f.grantHint)}
        <fieldset class="field">
          <legend>{f.usedLegend}</legend>
          <span class="hint">{f.kronorHint}</span>
          {form.lines.map((l) => amount(lineField(l.id), l.name))}
        </fieldset>
        <fieldset class="field">
          <legend>{f.ownLegend}</legend>
          {amount('ownMoney', f.ownMoney)}
          {amount('volunteerHours', f.volunteerHours)}
        </fieldset>
        <Field id="comment" label={f.commentLabel} hint={f.commentHint} error={errors.comment}>
          <textarea
            id="comment"
            name="comment"
            rows={3}
            maxLength={500}
            aria-describedby={describedBy('comment', true, errors.comment)}
            aria-invalid={errors.comment ? 'true' : undefined}
          >
            {form.values.comment ?? ''}
          </textarea>
        </Field>
        <button type="submit">{f.save}</button>
      </form>
      <p>
        <a href="/">{t.toStart}</a>
      </p>
    </Shell>
  );
}

export interface FinanceSummaryView {
  year: number;
  period: string;
  due: string;
  status: string;
  warning: boolean;
  columns: readonly string[];
  rows: readonly { id: string; name: string; cells: readonly string[]; reported: boolean }[];
  total: readonly string[];
  comments: readonly string[];
  downloads: readonly { href: string; label: string }[];
}

/** The administrator's summary of a year: every organisation, grant to own contribution, and the downloads. */
export function FinanceSummaryPage(props: {
  c: PageContext;
  year: string;
  view?: FinanceSummaryView;
  error?: string;
}) {
  const f = wordsFor(props.c.language).finance;
  const t = words(props.c);
  const { view } = props;
  const errors = props.error ? { year: props.error } : {};
  return (
    <Shell c={props.c} title={view ? f.title(view.year) : f.nav} hasErrors={!!props.error}>
      <ErrorSummary c={props.c} errors={errors} />
      <h1>{view ? f.title(view.year) : f.nav}</h1>
      <form method="get" action="/ekonomi" class="period">
        <Field id="year" label={f.yearLabel} error={props.error}>
          <input
            type="text"
            class="short"
            id="year"
            name="ar"
            inputMode="numeric"
            value={props.year}
            aria-describedby={describedBy('year', false, props.error)}
            aria-invalid={props.error ? 'true' : undefined}
          />
        </Field>
        <button type="submit" class="secondary">
          {f.show}
        </button>
      </form>
      {view ? (
        <>
          <p class="lead">{view.period}</p>
          <p>{view.due}</p>
          <p class={view.warning ? 'warning' : undefined}>
            <strong>{view.status}</strong>
          </p>
          <p class="hint">{t.gridScroll}</p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take focus, or a keyboard cannot scroll it */}
          <section class="scroll" aria-labelledby="utfall" tabIndex={0}>
            <table class="amounts">
              <caption id="utfall">{f.tableTitle}</caption>
              <thead>
                <tr>
                  {view.columns.map((label, i) => (
                    <th scope="col" key={label} class={i > 1 ? 'number' : undefined}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.rows.map((r) => (
                  <tr key={r.id} class={r.reported ? undefined : 'missing'}>
                    <th scope="row">
                      <a href={`/ekonomi/${view.year}/${encodeURIComponent(r.id)}`}>{r.name}</a>
                    </th>
                    {r.cells.map((cell, i) => (
                      <td key={i} class={i > 0 ? 'number' : undefined}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  {view.total.map((cell, i) =>
                    i === 0 ? (
                      <th scope="row" key="total">
                        {cell}
                      </th>
                    ) : (
                      <td key={i} class={i > 1 ? 'number' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              </tfoot>
            </table>
          </section>
          {view.comments.length > 0 ? (
            <>
              <h2>{f.comments}</h2>
              <ul>
                {view.comments.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </>
          ) : null}
          <h2>{f.download}</h2>
          <ul>
            {view.downloads.map((d) => (
              <li key={d.href}>
                <a href={d.href}>{d.label}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Shell>
  );
}

export interface PublicNightView {
  night: string;
  /** "tisdag 8 februari – onsdag 9 februari": the evening and the morning, in the page's language. */
  heading: string;
  status: PublicNight['status'];
  venues: readonly { id: string; name: string; address: string; hours: string; places?: string }[];
}

/**
 * The public page (no sign-in): tonight and the coming nights, from the decisions only, in six languages. Large
 * text, no script, one A4 when printed for a noticeboard.
 */
export function PublicColdNightsPage(props: {
  language: PublicLanguage;
  stylesheet: string;
  nights: readonly PublicNightView[];
  updated: string;
}) {
  const w = PUBLIC_WORDS[props.language];
  const status = { open: w.open, not_opening: w.notOpening, cancelled: w.cancelled, undecided: w.undecided };
  return (
    <html lang={props.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{w.title}</title>
        <link rel="stylesheet" href={props.stylesheet} />
        <link rel="icon" href={ICON_PATH} type="image/svg+xml" />
      </head>
      <body class="public">
        <header>
          <nav aria-label={w.languages} class="languages">
            {PUBLIC_LANGUAGES.map((l) =>
              l === props.language ? (
                <span key={l} lang={l} aria-current="page">
                  {PUBLIC_WORDS[l].name}
                </span>
              ) : (
                <a key={l} href={`/kalla-natter?sprak=${l}`} lang={l} hreflang={l}>
                  {PUBLIC_WORDS[l].name}
                </a>
              ),
            )}
          </nav>
        </header>
        <main id="innehall">
          <h1>{w.title}</h1>
          <p class="lead">{w.lead}</p>
          {props.nights.map((n) => (
            <section key={n.night} class={`night ${n.status}`} aria-labelledby={`natt-${n.night}`}>
              <h2 id={`natt-${n.night}`}>{n.heading}</h2>
              <p class="status">
                <strong>{status[n.status]}</strong>
              </p>
              {n.venues.map((v) => (
                <div key={v.id} class="venue">
                  <h3>{v.name}</h3>
                  <dl>
                    <dt>{w.address}</dt>
                    <dd>{v.address}</dd>
                    <dt>{w.hours}</dt>
                    <dd>{v.hours}</dd>
                  </dl>
                  {v.places ? <p>{v.places}</p> : null}
                </div>
              ))}
            </section>
          ))}
          <p class="emergency">
            <strong>{w.emergency}</strong>
          </p>
          <p class="hint">{props.updated}</p>
        </main>
        <footer>
          <a href="/tillganglighet">{wordsFor(props.language === 'sv' ? 'sv' : 'en').web.statementTitle}</a>
        </footer>
      </body>
    </html>
  );
}

export interface ReportsView {
  from: string;
  to: string;
  halfYears: readonly { from: string; to: string; label: string }[];
  /** The chosen period in words, and its files (served by the reports function, read with this session). */
  chosen?: { label: string; links: readonly { href: string; label: string }[]; empty?: boolean };
  /** For administrators: "send now" — to whom, with a one-time key for the form; what the last send said. */
  send?: {
    recipients: readonly { id: string; name: string; email: string }[];
    key: string;
    notice?: string;
    error?: string;
  };
}

/** The half-year report for administrators and coordinators: a period (half-years offered first), its files. */
export function ReportsPage(props: { c: PageContext; view: ReportsView; error?: string }) {
  const t = words(props.c);
  const { view } = props;
  const send = view.send;
  const errors = {
    ...(props.error ? { from: props.error } : {}),
    ...(send?.error ? { bekrafta: send.error } : {}),
  };
  const a = wordsFor(props.c.language).admin;
  return (
    <Shell c={props.c} title={t.reportPageTitle} hasErrors={!!props.error || !!send?.error}>
      <ErrorSummary c={props.c} errors={errors} />
      <h1>{t.reportPageTitle}</h1>
      <p class="lead">{t.reportPageLead}</p>
      <h2>{t.reportHalfYears}</h2>
      <ul>
        {view.halfYears.map((h) => (
          <li key={h.from}>
            <a href={`/rapport?fran=${h.from}&till=${h.to}`}>{h.label}</a>
          </li>
        ))}
      </ul>
      <form method="get" action="/rapport" class="period">
        <Field id="from" label={t.reportFrom} error={props.error}>
          <input
            type="text"
            class="short"
            id="from"
            name="fran"
            value={view.from}
            aria-describedby={describedBy('from', false, props.error)}
            aria-invalid={props.error ? 'true' : undefined}
          />
        </Field>
        <Field id="to" label={t.reportTo}>
          <input type="text" class="short" id="to" name="till" value={view.to} />
        </Field>
        <button type="submit" class="secondary">
          {t.showPeriod}
        </button>
      </form>
      {view.chosen ? (
        <>
          <h2>{t.reportFor(view.chosen.label)}</h2>
          {view.chosen.empty ? (
            <p class="notice" role="status">
              {t.reportEmpty(view.chosen.label)}
            </p>
          ) : null}
          <ul>
            {view.chosen.links.map((l) => (
              <li key={l.href}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
          {send ? (
            <section aria-labelledby="skicka">
              <h2 id="skicka">{a.sendTitle}</h2>
              {send.notice ? (
                <p class="notice" role="status">
                  {send.notice}
                </p>
              ) : null}
              {send.recipients.length === 0 ? (
                <p>{a.sendNoRecipients}</p>
              ) : (
                <>
                  <p>{a.sendLead(view.chosen.label)}</p>
                  <ul>
                    {send.recipients.map((r) => (
                      <li key={r.id}>
                        {r.name} ({r.email})
                      </li>
                    ))}
                  </ul>
                  <form method="post" action="/rapport/skicka" novalidate>
                    <input type="hidden" name="csrf" value={props.c.csrf} />
                    <input type="hidden" name="fran" value={view.from} />
                    <input type="hidden" name="till" value={view.to} />
                    <input type="hidden" name="nyckel" value={send.key} />
                    <div class={send.error ? 'field has-error' : 'field'}>
                      {send.error ? (
                        <span class="message" id="bekrafta-error">
                          {send.error}
                        </span>
                      ) : null}
                      <div class="choice">
                        <input
                          type="checkbox"
                          id="bekrafta"
                          name="bekrafta"
                          value="ja"
                          aria-describedby={send.error ? 'bekrafta-error' : undefined}
                        />
                        <label for="bekrafta">
                          {a.sendConfirm(view.chosen.label, send.recipients.length)}
                        </label>
                      </div>
                    </div>
                    <button type="submit">{a.sendButton}</button>
                  </form>
                </>
              )}
              <p>
                <a href="/mottagare">{a.recipientsNav}</a>
              </p>
            </section>
          ) : null}
        </>
      ) : null}
    </Shell>
  );
}
