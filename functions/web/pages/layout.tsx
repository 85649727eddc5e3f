import type { ComponentChildren } from 'preact';
import type { Capabilities } from '../../../shared/app/capabilities';
import type { User } from '../../../shared/app/model';
import { type Language, wordsFor } from '../../../shared/i18n';
import { ICON_PATH } from '../style';
import { TextField } from './fields';

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
  /** What they may do (the links and buttons a page shows); undefined when nobody is signed in. */
  may?: Capabilities;
  /** The script that keeps a figure form on the device without a signal (content-hashed), for people signed in. */
  offlineScript?: string;
}

export type FieldErrors = Partial<Record<string, string>>;

export const words = (c: PageContext) => wordsFor(c.language).web;

export function Shell(props: {
  c: PageContext;
  title: string;
  children: ComponentChildren;
  /** The page's field problems: summed up first on the page, and named in its title, when there are any. */
  errors?: FieldErrors;
  /** Passkey buttons on the page: its scripts and form token for them. */
  passkeys?: boolean;
}) {
  const t = words(props.c);
  const hasErrors = Object.values(props.errors ?? {}).some(Boolean);
  const title = `${hasErrors ? `${t.errorSummaryTitle}: ` : ''}${props.title} – ${t.service}`;
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
          {props.errors ? <ErrorSummary c={props.c} errors={props.errors} /> : null}
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

/** What just happened (saved, sent), said to a screen reader too; nothing when there is nothing to say. */
export function Notice(props: { text?: string }) {
  return props.text ? (
    <p class="notice" role="status">
      {props.text}
    </p>
  ) : null;
}

/** A passkey button: hidden until the script finds that the browser can use passkeys. */
export function PasskeyButton(props: { c: PageContext; kind: 'add' | 'sign-in'; label: string }) {
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

export interface ActivityLink {
  id: string;
  name: string;
  kind: string;
}

/**
 * A month asked for by a GET form (`manad`), and the months before and after it as links: the pages of a month
 * (what is missing, the statistics) share it.
 */
export function MonthPicker(props: {
  c: PageContext;
  action: string;
  month: string;
  error?: string;
  /** What the links move through (the nav's name); without `previous` no links (a month not shown). */
  label: string;
  previous?: string;
  next?: string;
}) {
  const t = words(props.c);
  return (
    <>
      <PeriodForm action={props.action} button={t.showPeriod}>
        <TextField
          id="month"
          name="manad"
          label={t.monthLabel}
          error={props.error}
          value={props.month}
          size="short"
        />
      </PeriodForm>
      {props.previous ? (
        <nav class="months" aria-label={props.label}>
          <a href={`${props.action}?manad=${props.previous}`}>{t.previousMonth}</a>
          {props.next ? <a href={`${props.action}?manad=${props.next}`}>{t.nextMonth}</a> : null}
        </nav>
      ) : null}
    </>
  );
}

/**
 * What the answer before this page did, as the query it left says it (`?andrad=1`): the first of `notices` whose
 * parameter has one of its values, undefined for none. The query names a notice; it never carries its words.
 */
export function noticeOf(
  query: Readonly<Record<string, string | undefined>>,
  notices: Readonly<Record<string, Readonly<Record<string, string>>>>,
): string | undefined {
  for (const [parameter, byValue] of Object.entries(notices)) {
    const value = query[parameter];
    if (value !== undefined && Object.hasOwn(byValue, value)) return byValue[value];
  }
  return undefined;
}

/** What every page of one month shows around its own: the month in words and the months either side. */
interface MonthFrame {
  monthInWords: string;
  previous: string;
  /** None after this month. */
  next?: string;
}

/** A page of one month: the month asked, and either what was found for it (with its frame) or why not. */
export interface MonthPageProps<V> {
  c: PageContext;
  month: string;
  view?: V & MonthFrame;
  error?: string;
}

/** A page of one month (the statistics, the check of the figures): its title, lead, the month picker, then its own. */
export function MonthShell(props: {
  page: MonthPageProps<unknown>;
  title: string;
  /** The lead for the month found; `leadNone` where the month asked is not one. */
  lead: (monthInWords: string) => string;
  leadNone: string;
  action: string;
  children?: ComponentChildren;
}) {
  const { c, month, view, error } = props.page;
  return (
    <Shell c={c} title={props.title} errors={error ? { month: error } : {}}>
      <h1>{props.title}</h1>
      <p class="lead">{view ? props.lead(view.monthInWords) : props.leadNone}</p>
      <MonthPicker
        c={c}
        action={props.action}
        month={month}
        error={error}
        label={props.title}
        previous={view?.previous}
        next={view?.next}
      />
      {props.children}
    </Shell>
  );
}

/** A GET form that chooses the period a page shows (a month, a year, a range): its fields, then the button. */
export function PeriodForm(props: { action: string; button: string; children: ComponentChildren }) {
  return (
    <form method="get" action={props.action} class="period">
      {props.children}
      <button type="submit" class="secondary">
        {props.button}
      </button>
    </form>
  );
}

/** A bulleted list of sentences (each already in the reader's words), each its own item. */
export function Bullets(props: { items: readonly string[]; class?: string }) {
  return (
    <ul class={props.class}>
      {props.items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** A table whose rows are each headed by their first cell (a night, a figure): the pages' row-headed tables. */
export function RowTable(props: {
  head: readonly string[];
  rows: readonly { key: string; cells: readonly ComponentChildren[] }[];
}) {
  return (
    <table>
      <thead>
        <tr>
          {props.head.map((label) => (
            <th scope="col" key={label}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.cells[0]}</th>
            {row.cells.slice(1).map((cell, i) => (
              <td key={props.head[i + 1]}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
