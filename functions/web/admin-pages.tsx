import { wordsFor } from '../../shared/i18n';
import { describedBy, ErrorSummary, Field, type FieldErrors, type PageContext, Shell } from './pages/layout';

/**
 * The administrator's pages: the registry (organisations, activities, their places) and the people who sign in.
 * Each form posts back and answers with the page again (errors beside the fields) or a redirect to the result.
 */

const words = (c: PageContext) => wordsFor(c.language);
const hasErrors = (errors: FieldErrors) => Object.values(errors).some(Boolean);

function TextField(props: {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  short?: boolean;
  type?: 'text' | 'email';
  autocomplete?: string;
  numeric?: boolean;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <input
        type={(props.type ?? 'text') as 'text'}
        class={props.short ? 'short' : undefined}
        id={props.id}
        name={props.name ?? props.id}
        value={props.value ?? ''}
        autocomplete={props.autocomplete ?? 'off'}
        inputMode={props.numeric ? 'numeric' : undefined}
        aria-describedby={describedBy(props.id, !!props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </Field>
  );
}

/** A choice of one: radios in a fieldset, the error and hint beside its legend. */
function Choice(props: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  value?: string;
  options: readonly { value: string; label: string; hint?: string }[];
}) {
  return (
    <fieldset
      class={props.error ? 'field has-error' : 'field'}
      id={props.id}
      aria-describedby={describedBy(props.id, !!props.hint, props.error)}
    >
      <legend>{props.legend}</legend>
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
      {props.options.map((o) => (
        <div class="choice" key={o.value}>
          <input
            type="radio"
            id={`${props.id}-${o.value}`}
            name={props.id}
            value={o.value}
            checked={props.value === o.value}
          />
          <label for={`${props.id}-${o.value}`}>
            {o.label}
            {o.hint ? <span class="hint"> – {o.hint}</span> : null}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

function Csrf(props: { c: PageContext }) {
  return <input type="hidden" name="csrf" value={props.c.csrf} />;
}

/** Named things, each with a line about it and a button that removes it (posting its id to `action`). */
/** An address SES said cannot be mailed, in words, with the page it is shown on (where confirming it leads back). */
export interface BounceView {
  address: string;
  text: string;
}

/** Why nothing is mailed to an address, and the administrator's way to say it works again. */
function Undeliverable(props: { c: PageContext; bounce?: BounceView; back: string }) {
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

function RemovableList(props: {
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

function Notice(props: { text?: string }) {
  return props.text ? (
    <p class="notice" role="status">
      {props.text}
    </p>
  ) : null;
}

export interface ActivityLine {
  id: string;
  name: string;
  kind: string;
  places: string;
}
export interface OrganisationsView {
  organisations: readonly {
    id: string;
    name: string;
    orgNumber?: string;
    activities: readonly ActivityLine[];
  }[];
  values: Record<string, string>;
}

export function OrganisationsPage(props: { c: PageContext; view: OrganisationsView; errors?: FieldErrors }) {
  const w = words(props.c);
  const a = w.admin;
  const errors = props.errors ?? {};
  return (
    <Shell c={props.c} title={a.organisationsTitle} hasErrors={hasErrors(errors)}>
      <ErrorSummary c={props.c} errors={errors} />
      <h1>{a.organisationsTitle}</h1>
      <p class="lead">{a.organisationsLead}</p>
      {props.view.organisations.length === 0 ? <p>{a.noOrganisations}</p> : null}
      {props.view.organisations.map((o) => (
        <section key={o.id} aria-labelledby={`org-${o.id}`}>
          <h2 id={`org-${o.id}`}>
            <a href={`/organisationer/${o.id}`}>{o.name}</a>
          </h2>
          {o.orgNumber ? <p class="hint">{a.orgNumber(o.orgNumber)}</p> : null}
          <ActivityList c={props.c} activities={o.activities} />
        </section>
      ))}
      <h2>{a.addOrganisation}</h2>
      <form method="post" action="/organisationer" novalidate>
        <Csrf c={props.c} />
        <TextField id="name" label={a.nameLabel} error={errors.name} value={props.view.values.name} />
        <TextField
          id="orgNumber"
          label={a.orgNumberLabel}
          hint={a.orgNumberHint}
          error={errors.orgNumber}
          value={props.view.values.orgNumber}
          short
        />
        <button type="submit">{a.addOrganisationButton}</button>
      </form>
    </Shell>
  );
}

function ActivityList(props: { c: PageContext; activities: readonly ActivityLine[] }) {
  const w = words(props.c);
  if (props.activities.length === 0) return <p>{w.admin.noActivities}</p>;
  return (
    <ul class="log">
      {props.activities.map((x) => (
        <li key={x.id}>
          <a href={`/verksamheter/${x.id}`}>{x.name}</a>
          <span class="hint">
            {w.web.kinds[x.kind] ?? x.kind}, {x.places}
          </span>
        </li>
      ))}
    </ul>
  );
}

export interface OrganisationView {
  id: string;
  name: string;
  orgNumber?: string;
  activities: readonly ActivityLine[];
  people: readonly { id: string; name: string; email: string; disabled: boolean }[];
  kinds: readonly string[];
  values: Record<string, string>;
  today: string;
  notice?: string;
}

export function OrganisationPage(props: { c: PageContext; view: OrganisationView; errors?: FieldErrors }) {
  const w = words(props.c);
  const a = w.admin;
  const { view } = props;
  const errors = props.errors ?? {};
  return (
    <Shell c={props.c} title={view.name} hasErrors={hasErrors(errors)}>
      <ErrorSummary c={props.c} errors={errors} />
      <p>
        <a href="/organisationer">{a.organisationsTitle}</a>
      </p>
      <h1>{view.name}</h1>
      {view.orgNumber ? <p class="hint">{a.orgNumber(view.orgNumber)}</p> : null}
      <Notice text={view.notice} />
      <h2>{a.activitiesTitle}</h2>
      <ActivityList c={props.c} activities={view.activities} />
      <h2>{a.peopleTitle}</h2>
      {view.people.length === 0 ? <p>{a.noPeople}</p> : null}
      <ul class="log">
        {view.people.map((p) => (
          <li key={p.id}>
            <a href={`/personer/${p.id}`}>{p.name}</a>
            <span class="hint">
              {p.email}
              {p.disabled ? `, ${a.statusDisabled}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <p>
        <a href={`/personer?organisation=${view.id}#ny`}>{a.invitePersonTo(view.name)}</a>
      </p>
      <h2>{a.addActivity}</h2>
      <form method="post" action={`/organisationer/${view.id}`} novalidate>
        <Csrf c={props.c} />
        <TextField id="name" label={a.nameLabel} error={errors.name} value={view.values.name} />
        <Choice
          id="kind"
          legend={a.kindLabel}
          error={errors.kind}
          value={view.values.kind}
          options={view.kinds.map((k) => ({ value: k, label: w.web.kinds[k] ?? k }))}
        />
        <TextField
          id="places"
          label={a.placesLabel}
          hint={a.placesHint}
          error={errors.places}
          value={view.values.places}
          short
          numeric
        />
        <TextField
          id="from"
          label={a.fromLabel}
          hint={a.fromHint(view.today)}
          error={errors.from}
          value={view.values.from ?? view.today}
          short
        />
        <button type="submit">{a.addActivityButton}</button>
      </form>
    </Shell>
  );
}

export interface ActivityAdminView {
  id: string;
  name: string;
  kind: string;
  organisation: { id: string; name: string };
  capacity: readonly { from: string; places: number; womenPlaces?: number }[];
  month: string;
  nights: readonly string[];
  values: Record<string, string>;
  today: string;
  notice?: string;
}

export function ActivityAdminPage(props: { c: PageContext; view: ActivityAdminView; errors?: FieldErrors }) {
  const w = words(props.c);
  const a = w.admin;
  const { view } = props;
  const errors = props.errors ?? {};
  return (
    <Shell c={props.c} title={view.name} hasErrors={hasErrors(errors)}>
      <ErrorSummary c={props.c} errors={errors} />
      <p>
        <a href={`/organisationer/${view.organisation.id}`}>{view.organisation.name}</a>
      </p>
      <h1>{view.name}</h1>
      <p>{w.web.kinds[view.kind] ?? view.kind}</p>
      <Notice text={view.notice} />
      <ul>
        <li>
          <a href={`/rapportera/${view.id}`}>{a.reportFor}</a>
        </li>
        <li>
          <a href={`/rapportera/${view.id}/historik`}>{a.historyLink}</a>
        </li>
      </ul>
      <h2>{a.capacityTitle}</h2>
      <p>{a.capacityLead}</p>
      {view.capacity.length === 0 ? (
        <p>{a.noCapacity}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{a.capacityFrom}</th>
              <th scope="col">{a.capacityPlaces}</th>
              <th scope="col">{a.capacityWomen}</th>
            </tr>
          </thead>
          <tbody>
            {view.capacity.map((e) => (
              <tr key={e.from}>
                <th scope="row">{e.from}</th>
                <td>{e.places}</td>
                <td>{e.womenPlaces ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{a.perNight(view.month)}</h3>
      <ul>
        {view.nights.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <h2>{a.setCapacity}</h2>
      <form method="post" action={`/verksamheter/${view.id}`} novalidate>
        <Csrf c={props.c} />
        <TextField
          id="from"
          label={a.fromLabel}
          hint={a.fromHint(view.today)}
          error={errors.from}
          value={view.values.from ?? view.today}
          short
        />
        <TextField
          id="places"
          label={a.capacityPlaces}
          error={errors.places}
          value={view.values.places}
          short
          numeric
        />
        <TextField
          id="womenPlaces"
          label={a.womenPlacesLabel}
          error={errors.womenPlaces}
          value={view.values.womenPlaces}
          short
          numeric
        />
        <button type="submit">{a.setCapacityButton}</button>
      </form>
    </Shell>
  );
}

export interface PersonLine {
  id: string;
  name: string;
  email: string;
  role: string;
  organisation?: string;
  disabled: boolean;
  bounce?: BounceView;
}
export interface PeopleView {
  people: readonly PersonLine[];
  organisations: readonly { id: string; name: string }[];
  roles: readonly string[];
  values: Record<string, string>;
  notice?: string;
}

function RoleAndOrganisation(props: {
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
      <Choice
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

export function PeoplePage(props: { c: PageContext; view: PeopleView; errors?: FieldErrors }) {
  const w = words(props.c);
  const a = w.admin;
  const { view } = props;
  const errors = props.errors ?? {};
  return (
    <Shell c={props.c} title={a.peopleNav} hasErrors={hasErrors(errors)}>
      <ErrorSummary c={props.c} errors={errors} />
      <h1>{a.peopleNav}</h1>
      <p class="lead">{a.peopleLead}</p>
      <Notice text={view.notice} />
      <ul class="log">
        {view.people.map((p) => (
          <li key={p.id}>
            <a href={`/personer/${p.id}`}>{p.name}</a>
            <span class="hint">
              {[
                w.web.roles[p.role] ?? p.role,
                p.organisation,
                p.email,
                p.disabled ? a.statusDisabled : undefined,
              ]
                .filter(Boolean)
                .join(', ')}
            </span>
            <Undeliverable c={props.c} bounce={p.bounce} back="/personer" />
          </li>
        ))}
      </ul>
      <h2 id="ny" tabIndex={-1}>
        {a.invite}
      </h2>
      <form method="post" action="/personer" novalidate>
        <Csrf c={props.c} />
        <TextField
          id="name"
          label={a.nameLabel}
          error={errors.name}
          value={view.values.name}
          autocomplete="off"
        />
        <TextField
          id="email"
          label={a.emailLabel}
          error={errors.email}
          value={view.values.email}
          type="email"
          autocomplete="off"
        />
        <RoleAndOrganisation
          c={props.c}
          roles={view.roles}
          organisations={view.organisations}
          values={view.values}
          errors={errors}
        />
        <Choice
          id="language"
          legend={a.languageLabel}
          value={view.values.language ?? 'sv'}
          options={Object.entries(a.languageNames).map(([value, label]) => ({ value, label }))}
        />
        <button type="submit">{a.inviteButton}</button>
      </form>
    </Shell>
  );
}

export interface PersonView {
  person: PersonLine;
  self: boolean;
  organisations: readonly { id: string; name: string }[];
  roles: readonly string[];
  values: Record<string, string>;
  notice?: string;
}

export function PersonPage(props: { c: PageContext; view: PersonView; errors?: FieldErrors }) {
  const w = words(props.c);
  const a = w.admin;
  const { view } = props;
  const p = view.person;
  const errors = props.errors ?? {};
  return (
    <Shell c={props.c} title={p.name} hasErrors={hasErrors(errors)}>
      <ErrorSummary c={props.c} errors={errors} />
      <p>
        <a href="/personer">{a.peopleNav}</a>
      </p>
      <h1>{p.name}</h1>
      <p>
        {[w.web.roles[p.role] ?? p.role, p.organisation, p.email].filter(Boolean).join(', ')}.{' '}
        {p.disabled ? a.statusDisabled : a.statusActive}.
      </p>
      <Notice text={view.notice} />
      <Undeliverable c={props.c} bounce={p.bounce} back={`/personer/${p.id}`} />
      {view.self ? (
        <p>{a.notYourself}</p>
      ) : (
        <>
          <h2>{a.changePerson}</h2>
          <form method="post" action={`/personer/${p.id}`} novalidate>
            <Csrf c={props.c} />
            <RoleAndOrganisation
              c={props.c}
              roles={view.roles}
              organisations={view.organisations}
              values={view.values}
              errors={errors}
            />
            <div class="field">
              <div class="choice">
                <input
                  type="checkbox"
                  id="disabled"
                  name="disabled"
                  value="ja"
                  checked={view.values.disabled === 'ja'}
                  aria-describedby="disabled-hint"
                />
                <label for="disabled">{a.disabledLabel}</label>
              </div>
              <span class="hint" id="disabled-hint">
                {a.disabledHint}
              </span>
            </div>
            <button type="submit">{a.saveChanges}</button>
          </form>
          <h2>{a.removePerson}</h2>
          <p>{a.removeLead(p.name)}</p>
          <form method="post" action={`/personer/${p.id}/ta-bort`} novalidate>
            <Csrf c={props.c} />
            <div class={errors.confirm ? 'field has-error' : 'field'}>
              {errors.confirm ? (
                <span class="message" id="confirm-error">
                  {errors.confirm}
                </span>
              ) : null}
              <div class="choice">
                <input
                  type="checkbox"
                  id="confirm"
                  name="confirm"
                  value="ja"
                  aria-describedby={errors.confirm ? 'confirm-error' : undefined}
                />
                <label for="confirm">{a.removeConfirm(p.name)}</label>
              </div>
            </div>
            <button type="submit" class="warning">
              {a.removeButton}
            </button>
          </form>
        </>
      )}
    </Shell>
  );
}

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
    <Shell c={props.c} title={a.recipientsTitle} hasErrors={hasErrors(errors)}>
      <ErrorSummary c={props.c} errors={errors} />
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
        <TextField
          id="name"
          label={a.nameLabel}
          hint={a.recipientNameHint}
          error={errors.name}
          value={view.values.name}
        />
        <TextField
          id="email"
          label={a.emailLabel}
          error={errors.email}
          value={view.values.email}
          type="email"
        />
        <Choice
          id="language"
          legend={a.languageLabel}
          value={view.values.language ?? 'sv'}
          options={Object.entries(a.languageNames).map(([value, label]) => ({ value, label }))}
        />
        <button type="submit">{a.addRecipientButton}</button>
      </form>
    </Shell>
  );
}

/** A choice of several: checkboxes named `<id>-<value>` with the value "ja", in a fieldset. */
function Checks(props: {
  id: string;
  legend: string;
  error?: string;
  checked: (value: string) => boolean;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <fieldset
      class={props.error ? 'field has-error' : 'field'}
      id={props.id}
      aria-describedby={props.error ? `${props.id}-error` : undefined}
    >
      <legend>{props.legend}</legend>
      {props.error ? (
        <span class="message" id={`${props.id}-error`}>
          {props.error}
        </span>
      ) : null}
      {props.options.map((o) => (
        <div class="choice" key={o.value}>
          <input
            type="checkbox"
            id={`${props.id}-${o.value}`}
            name={`${props.id}-${o.value}`}
            value="ja"
            checked={props.checked(o.value)}
          />
          <label for={`${props.id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export interface KeysView {
  keys: readonly { id: string; label: string; line: string; revoked?: string }[];
  organisations: readonly { id: string; name: string }[];
  roles: readonly string[];
  values: Record<string, string>;
  /** A key just created: shown this once. */
  created?: { label: string; key: string };
  notice?: string;
}

export function KeysPage(props: { c: PageContext; view: KeysView; errors?: FieldErrors }) {
  const a = words(props.c).admin;
  const { view } = props;
  const errors = props.errors ?? {};
  return (
    <Shell c={props.c} title={a.keysTitle} hasErrors={hasErrors(errors)}>
      <ErrorSummary c={props.c} errors={errors} />
      <h1>{a.keysTitle}</h1>
      <p class="lead">{a.keysLead}</p>
      <Notice text={view.notice} />
      {view.created ? (
        <div class="notice" role="status">
          <p>
            <strong>{a.keyCreated(view.created.label)}</strong>
          </p>
          <p>{a.keyShownOnce}</p>
          <label for="ny-nyckel">{a.keyValue}</label>
          <input type="text" id="ny-nyckel" readonly value={view.created.key} autocomplete="off" />
        </div>
      ) : null}
      {view.keys.length === 0 ? <p>{a.noKeys}</p> : null}
      <ul class="log">
        {view.keys.map((k) => (
          <li key={k.id}>
            <span>
              <strong>{k.label}</strong> ({k.id})
            </span>
            <span class="hint">{k.line}</span>
            {k.revoked ? (
              <span>{k.revoked}</span>
            ) : (
              <form method="post" action="/nycklar/aterkalla" novalidate>
                <Csrf c={props.c} />
                <input type="hidden" name="id" value={k.id} />
                <div class="choice">
                  <input type="checkbox" id={`aterkalla-${k.id}`} name="bekrafta" value="ja" />
                  <label for={`aterkalla-${k.id}`}>{a.revokeConfirm}</label>
                </div>
                <button type="submit" class="warning">
                  {a.revokeKey(k.label)}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <h2>{a.newKey}</h2>
      <form method="post" action="/nycklar" novalidate>
        <Csrf c={props.c} />
        <TextField
          id="label"
          label={a.keyLabel}
          hint={a.keyLabelHint}
          error={errors.label}
          value={view.values.label}
        />
        <RoleAndOrganisation
          c={props.c}
          roles={view.roles}
          organisations={view.organisations}
          values={view.values}
          errors={errors}
        />
        <button type="submit">{a.createKey}</button>
      </form>
    </Shell>
  );
}

export interface SubscribersView {
  subscribers: readonly { id: string; name: string; line: string; bounce?: BounceView }[];
  channels: readonly { value: string; label: string }[];
  groups: readonly { value: string; label: string }[];
  values: Record<string, string>;
  settings: {
    lead: string;
    levels: readonly { value: string; label: string }[];
    values: Record<string, string>;
  };
  notice?: string;
}

export function SubscribersPage(props: { c: PageContext; view: SubscribersView; errors?: FieldErrors }) {
  const a = words(props.c).admin;
  const { view } = props;
  const errors = props.errors ?? {};
  const v = view.values;
  const s = view.settings.values;
  return (
    <Shell c={props.c} title={a.subscribersTitle} hasErrors={hasErrors(errors)}>
      <ErrorSummary c={props.c} errors={errors} />
      <h1>{a.subscribersTitle}</h1>
      <p class="lead">{a.subscribersLead}</p>
      <Notice text={view.notice} />
      {view.subscribers.length === 0 ? <p>{a.noSubscribers}</p> : null}
      <RemovableList
        c={props.c}
        action="/kalla-natter-mottagare/ta-bort"
        back="/kalla-natter-mottagare"
        items={view.subscribers}
      />
      <h2>{a.addSubscriber}</h2>
      <form method="post" action="/kalla-natter-mottagare" novalidate>
        <Csrf c={props.c} />
        <TextField
          id="name"
          label={a.nameLabel}
          hint={a.subscriberNameHint}
          error={errors.name}
          value={v.name}
        />
        <TextField id="email" label={a.emailLabel} error={errors.email} value={v.email} type="email" />
        <TextField
          id="phone"
          label={a.phoneLabel}
          hint={a.phoneHint}
          error={errors.phone}
          value={v.phone}
          short
        />
        <Checks
          id="kanal"
          legend={a.channelsLabel}
          error={errors.kanal}
          checked={(c) => v[`kanal-${c}`] === 'ja'}
          options={view.channels}
        />
        <Checks
          id="grupp"
          legend={a.groupsLabel}
          error={errors.grupp}
          checked={(g) => v[`grupp-${g}`] === 'ja'}
          options={view.groups}
        />
        <Choice
          id="language"
          legend={a.languageLabel}
          value={v.language ?? 'sv'}
          options={Object.entries(a.languageNames).map(([value, label]) => ({ value, label }))}
        />
        <button type="submit">{a.addSubscriberButton}</button>
      </form>
      <h2 id="installningar">{a.settingsTitle}</h2>
      <p>{view.settings.lead}</p>
      <form method="post" action="/kalla-natter-mottagare/installningar" novalidate>
        <Csrf c={props.c} />
        <TextField
          id="threshold"
          label={a.thresholdLabel}
          hint={a.thresholdHint}
          error={errors.threshold}
          value={s.threshold}
          short
        />
        <Checks
          id="niva"
          legend={a.levelsLabel}
          checked={(l) => s[`niva-${l}`] === 'ja'}
          options={view.settings.levels}
        />
        <TextField
          id="outlook"
          label={a.outlookLabel}
          hint={a.outlookHint}
          error={errors.outlook}
          value={s.outlook}
          short
          numeric
        />
        <button type="submit">{a.saveSettings}</button>
      </form>
    </Shell>
  );
}
