import { type BounceView, Csrf, LanguageChoice, NameAndEmail, RemovableList, words } from '../admin/parts';
import { type FieldErrors, Notice, type PageContext, Shell } from '../layout';

export interface RecipientsView {
  recipients: readonly { id: string; name: string; email: string; language: string; bounce?: BounceView }[];
  values: Record<string, string>;
  notice?: string;
}

/** Who gets the half-year report: added (name, address, language) and removed, each change audited. */
export function RecipientsPage(props: { c: PageContext; view: RecipientsView; errors?: FieldErrors }) {
  const a = words(props.c).admin;
  const { view } = props;
  const errors = props.errors ?? {};
  return (
    <Shell c={props.c} title={a.recipientsTitle} errors={errors}>
      <p>
        <a href="/rapport">{words(props.c).web.reportPageTitle}</a>
      </p>
      <h1>{a.recipientsTitle}</h1>
      <p class="lead">{a.recipientsLead}</p>
      <Notice text={view.notice} />
      {view.recipients.length === 0 ? <p>{a.noRecipients}</p> : null}
      <RemovableList
        c={props.c}
        action="/mottagare/ta-bort"
        back="/mottagare"
        items={view.recipients.map((r) => ({
          id: r.id,
          name: r.name,
          line: `${r.email}, ${a.languageNames[r.language] ?? r.language}`,
          bounce: r.bounce,
        }))}
      />
      <h2>{a.addRecipient}</h2>
      <form method="post" action="/mottagare" novalidate>
        <Csrf c={props.c} />
        <NameAndEmail c={props.c} values={view.values} errors={errors} nameHint={a.recipientNameHint} />
        <LanguageChoice c={props.c} value={view.values.language} />
        <button type="submit">{a.addRecipientButton}</button>
      </form>
    </Shell>
  );
}
