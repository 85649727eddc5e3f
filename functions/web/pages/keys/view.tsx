import { Csrf, RoleAndOrganisation, TextField, words } from '../admin/parts';
import { type FieldErrors, Notice, type PageContext, Shell } from '../layout';

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
    <Shell c={props.c} title={a.keysTitle} errors={errors}>
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
