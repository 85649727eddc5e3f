import { TextField } from '../fields';
import { type FieldErrors, type PageContext, PasskeyButton, Shell, words } from '../layout';

export function SignInPage(props: { c: PageContext; email?: string; errors?: FieldErrors; notice?: string }) {
  const t = words(props.c);
  const errors = props.errors ?? {};
  return (
    <Shell c={props.c} title={t.signInTitle} errors={errors} passkeys>
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
        <TextField
          id="email"
          label={t.emailLabel}
          hint={t.emailHint}
          error={errors.email}
          value={props.email ?? ''}
          type="email"
          autocomplete="email"
          spellcheck={false}
        />
        <button type="submit">{t.sendCode}</button>
      </form>
    </Shell>
  );
}

export function CodePage(props: { c: PageContext; minutes: number; errors?: FieldErrors }) {
  const t = words(props.c);
  const errors = props.errors ?? {};
  return (
    <Shell c={props.c} title={t.codeTitle} errors={errors}>
      <h1>{t.codeTitle}</h1>
      <p class="lead">{t.codeLead(props.minutes)}</p>
      <form method="post" action="/logga-in/kod" novalidate>
        <input type="hidden" name="csrf" value={props.c.csrf} />
        <TextField
          id="code"
          label={t.codeLabel}
          hint={t.codeHint}
          error={errors.code}
          size="short"
          digits
          autocomplete="one-time-code"
          maxLength={6}
          spellcheck={false}
        />
        <button type="submit">{t.signInButton}</button>
      </form>
      <p>
        <a href="/logga-in">{t.newCode}</a>
      </p>
    </Shell>
  );
}
