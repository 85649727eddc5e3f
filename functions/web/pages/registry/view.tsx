import { Csrf, TextField, TextFields, words } from '../admin/parts';
import { Choices } from '../fields';
import { type FieldErrors, Notice, type PageContext, Shell } from '../layout';

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
    <Shell c={props.c} title={a.organisationsTitle} errors={errors}>
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
        <TextFields
          values={props.view.values}
          errors={errors}
          fields={[
            { id: 'name', label: a.nameLabel },
            { id: 'orgNumber', label: a.orgNumberLabel, hint: a.orgNumberHint, size: 'short' },
          ]}
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
    <Shell c={props.c} title={view.name} errors={errors}>
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
        <Choices
          id="kind"
          legend={a.kindLabel}
          error={errors.kind}
          value={view.values.kind}
          options={view.kinds.map((k) => ({ value: k, label: w.web.kinds[k] ?? k }))}
        />
        <TextFields
          values={view.values}
          errors={errors}
          fields={[
            { id: 'places', label: a.placesLabel, hint: a.placesHint, size: 'short', numeric: true },
            {
              id: 'from',
              label: a.fromLabel,
              hint: a.fromHint(view.today),
              value: view.today,
              size: 'short',
            },
          ]}
        />
        <button type="submit">{a.addActivityButton}</button>
      </form>
    </Shell>
  );
}
