import {
  Csrf,
  LanguageChoice,
  NameAndEmail,
  type PersonLine,
  RoleAndOrganisation,
  Undeliverable,
  words,
} from '../admin/parts';
import { type FieldErrors, Notice, type PageContext, Shell } from '../layout';

export interface PeopleView {
  people: readonly PersonLine[];
  organisations: readonly { id: string; name: string }[];
  roles: readonly string[];
  values: Record<string, string>;
  notice?: string;
}

export function PeoplePage(props: { c: PageContext; view: PeopleView; errors?: FieldErrors }) {
  const w = words(props.c);
  const a = w.admin;
  const { view } = props;
  const errors = props.errors ?? {};
  return (
    <Shell c={props.c} title={a.peopleNav} errors={errors}>
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
        <NameAndEmail c={props.c} values={view.values} errors={errors} />
        <RoleAndOrganisation
          c={props.c}
          roles={view.roles}
          organisations={view.organisations}
          values={view.values}
          errors={errors}
        />
        <LanguageChoice c={props.c} value={view.values.language} />
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
    <Shell c={props.c} title={p.name} errors={errors}>
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
