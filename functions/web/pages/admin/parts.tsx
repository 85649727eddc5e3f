import { wordsFor } from '../../../../shared/i18n';
import { Choices, describedBy, Field, TextField as LayoutTextField } from '../fields';
import type { FieldErrors, PageContext } from '../layout';

/**
 * The administrator's pages' parts: the fields, choices, lists and notices every admin form is made of (the
 * registry, people, keys, recipients). Each form posts back and answers with the page again (errors beside the
 * fields) or a redirect to the result. Their text fields are every form's (`TextField`, from the layout).
 */
export const words = (c: PageContext) => wordsFor(c.language);
/** A text field of an administrator's form: what they type is the registry's, never the browser's to fill in. */
export const TextField = (props: Parameters<typeof LayoutTextField>[0]) => (
  <LayoutTextField autocomplete="off" {...props} />
);

export function Csrf(props: { c: PageContext }) {
  return <input type="hidden" name="csrf" value={props.c.csrf} />;
}

/** Named things, each with a line about it and a button that removes it (posting its id to `action`). */
/** An address SES said cannot be mailed, in words, with the page it is shown on (where confirming it leads back). */
/** A person as the administrator's pages list them (people, keys' owners). */
export interface PersonLine {
  id: string;
  name: string;
  email: string;
  role: string;
  organisation?: string;
  disabled: boolean;
  bounce?: BounceView;
}

export interface BounceView {
  address: string;
  text: string;
}

/** Why nothing is mailed to an address, and the administrator's way to say it works again. */
export function Undeliverable(props: { c: PageContext; bounce?: BounceView; back: string }) {
  if (!props.bounce) return null;
  const a = words(props.c).admin;
  return (
    <>
      <p class="warning">{props.bounce.text}</p>
      <form method="post" action="/e-postadress/bekrafta">
        <Csrf c={props.c} />
        <input type="hidden" name="address" value={props.bounce.address} />
        <input type="hidden" name="back" value={props.back} />
        <p class="hint">{a.confirmAddressHint}</p>
        <button type="submit" class="secondary">
          {a.confirmAddress(props.bounce.address)}
        </button>
      </form>
    </>
  );
}

export function RemovableList(props: {
  c: PageContext;
  action: string;
  /** The page the list is on. */
  back: string;
  items: readonly { id: string; name: string; line: string; bounce?: BounceView }[];
}) {
  const a = words(props.c).admin;
  return (
    <ul class="log">
      {props.items.map((x) => (
        <li key={x.id}>
          <span>
            <strong>{x.name}</strong>
          </span>
          <span class="hint">{x.line}</span>
          <Undeliverable c={props.c} bounce={x.bounce} back={props.back} />
          <form method="post" action={props.action}>
            <Csrf c={props.c} />
            <input type="hidden" name="id" value={x.id} />
            <button type="submit" class="secondary">
              {a.removeRecipient(x.name)}
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}

export function RoleAndOrganisation(props: {
  c: PageContext;
  roles: readonly string[];
  organisations: readonly { id: string; name: string }[];
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const w = words(props.c);
  const a = w.admin;
  return (
    <>
      <Choices
        id="role"
        legend={a.roleLabel}
        error={props.errors.role}
        value={props.values.role}
        options={props.roles.map((r) => ({ value: r, label: w.web.roles[r] ?? r, hint: a.roleHints[r] }))}
      />
      <Field
        id="organisationId"
        label={a.organisationLabel}
        hint={a.organisationHint}
        error={props.errors.organisationId}
      >
        <select
          id="organisationId"
          name="organisationId"
          aria-describedby={describedBy('organisationId', true, props.errors.organisationId)}
          aria-invalid={props.errors.organisationId ? 'true' : undefined}
        >
          <option value="">{a.noOrganisation}</option>
          {props.organisations.map((o) => (
            <option key={o.id} value={o.id} selected={props.values.organisationId === o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

/** Someone's name and e-mail address, as every administrator's form that adds a person or a recipient asks. */
export function NameAndEmail(props: {
  c: PageContext;
  values: Readonly<Record<string, string | undefined>>;
  errors: FieldErrors;
  nameHint?: string;
}) {
  const a = words(props.c).admin;
  return (
    <>
      <TextField
        id="name"
        label={a.nameLabel}
        hint={props.nameHint}
        error={props.errors.name}
        value={props.values.name}
      />
      <TextField
        id="email"
        label={a.emailLabel}
        error={props.errors.email}
        value={props.values.email}
        type="email"
      />
    </>
  );
}

/** The language someone is written to in (Swedish unless chosen). */
export function LanguageChoice(props: { c: PageContext; value?: string }) {
  const a = words(props.c).admin;
  return (
    <Choices
      id="language"
      legend={a.languageLabel}
      value={props.value ?? 'sv'}
      options={Object.entries(a.languageNames).map(([value, label]) => ({ value, label }))}
    />
  );
}

type FieldSpec = Omit<Parameters<typeof TextField>[0], 'error' | 'value'> & { value?: string };

/** Text fields one after the other, each with its value as sent (or `value`) and its error, by its name. */
export function TextFields(props: {
  values: Readonly<Record<string, string | undefined>>;
  errors: FieldErrors;
  fields: readonly FieldSpec[];
}) {
  return (
    <>
      {props.fields.map((f) => (
        <TextField
          key={f.id}
          {...f}
          error={props.errors[f.id]}
          value={props.values[f.name ?? f.id] ?? f.value}
        />
      ))}
    </>
  );
}
