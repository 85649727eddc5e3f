import { wordsFor } from '../../../../shared/i18n';
import { Checkbox, TextField } from '../fields';
import { Notice, type PageContext, PeriodForm, Shell, words } from '../layout';

export interface ReportsView {
  from: string;
  to: string;
  halfYears: readonly { from: string; to: string; label: string }[];
  /** The chosen period in words, and its files (served by the reports function, read with this session). */
  chosen?: {
    label: string;
    links: readonly { href: string; label: string }[];
    empty?: boolean;
    /** For those who write the report: the page of its texts. */
    texts?: { href: string; label: string };
    /** For a half-year: the joint report's page (appendices, review, signatures). */
    document?: { href: string; label: string };
  };
  /** For administrators: "send now" — to whom, with a one-time key for the form; what the last send said. */
  send?: {
    recipients: readonly { id: string; name: string; email: string }[];
    /** The approved version a send sends; null: none approved, the report goes as a draft. */
    approvedVersion: number | null;
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
    <Shell c={props.c} title={t.reportPageTitle} errors={errors}>
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
      <PeriodForm action="/rapport" button={t.showPeriod}>
        <TextField
          id="from"
          name="fran"
          label={t.reportFrom}
          error={props.error}
          value={view.from}
          size="short"
        />
        <TextField id="to" name="till" label={t.reportTo} value={view.to} size="short" />
      </PeriodForm>
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
          {view.chosen.texts ? (
            <p>
              <a href={view.chosen.texts.href}>{view.chosen.texts.label}</a>
            </p>
          ) : null}
          {view.chosen.document ? (
            <p>
              <a href={view.chosen.document.href}>{view.chosen.document.label}</a>
            </p>
          ) : null}
          {send ? (
            <section aria-labelledby="skicka">
              <h2 id="skicka">{a.sendTitle}</h2>
              <Notice text={send.notice} />
              {send.recipients.length === 0 ? (
                <p>{a.sendNoRecipients}</p>
              ) : (
                <>
                  <p>{a.sendLead(view.chosen.label)}</p>
                  <p class={send.approvedVersion ? undefined : 'warning-text'}>
                    {send.approvedVersion ? a.sendsApproved(send.approvedVersion) : a.sendsDraft}
                  </p>
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
                    <Checkbox
                      id="bekrafta"
                      label={a.sendConfirm(view.chosen.label, send.recipients.length)}
                      error={send.error}
                    />
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
