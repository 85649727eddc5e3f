import { listPasskeys, removePasskey } from '../../../../shared/app/passkeys';
import { setOwnReminders } from '../../../../shared/app/people';
import type { Core } from '../../../../shared/app/ports';
import { getOrganisation } from '../../../../shared/app/registry';
import type { Principal } from '../../../../shared/domain/access';
import { AppError } from '../../../../shared/domain/errors';
import { wordsFor } from '../../../../shared/i18n';
import type { Answer, WebDeps, WebRequest } from '../../web-request';
import { AccountPage } from './view';

/**
 * The signed-in person's own account: the page (`/konto`), their reminders on or off, and a passkey removed.
 * Undefined for any other address.
 */
export async function accountPages(deps: WebDeps, r: WebRequest): Promise<Answer | undefined> {
  const { language, signedIn, form } = r;
  const t = wordsFor(language).web;
  if (r.method === 'POST' && r.path === '/konto/paminnelser') {
    if (!signedIn) return r.signInAgain();
    await setOwnReminders(deps, signedIn.principal, form.paminnelser === 'pa');
    return r.redirect('/konto?paminnelser=andrade');
  }
  if (r.method === 'POST' && r.path === '/passkey/ta-bort') {
    if (!signedIn) return r.signInAgain();
    try {
      await removePasskey(deps, signedIn.principal, form.id ?? '');
    } catch (e) {
      if (!(e instanceof AppError && e.kind === 'not_found')) throw e;
    }
    return r.redirect('/konto?passkey=borttagen');
  }
  if (r.method === 'GET' && r.path === '/konto') {
    const user = signedIn?.user;
    if (!user) return r.signInAgain();
    const said = r.query.passkey;
    return r.show(
      200,
      <AccountPage
        c={{ ...r.c, user }}
        organisation={await organisationName(deps, signedIn.principal)}
        passkeys={await listPasskeys(deps, user)}
        notice={
          said === 'ny'
            ? t.passkeyAdded
            : said === 'borttagen'
              ? t.passkeyRemoved
              : r.query.paminnelser === 'andrade'
                ? t.remindersChanged
                : undefined
        }
      />,
    );
  }
  return undefined;
}

/** A partner's organisation by name (others have none). */
async function organisationName(deps: Core, principal: Principal) {
  return principal.organisationId
    ? (await getOrganisation(deps, principal, principal.organisationId)).name
    : undefined;
}
