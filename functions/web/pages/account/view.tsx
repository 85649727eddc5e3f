import type { Passkey, User } from '../../../../shared/app/model';
import { instantDayInWords } from '../../../../shared/i18n/period-words';
import { type PageContext, PasskeyButton, Shell, words } from '../layout';

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
      {props.c.may?.reminders ? (
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
