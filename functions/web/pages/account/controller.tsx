import { listPasskeys, removePasskey } from '../../../../shared/app/passkeys';
import { setOwnReminders } from '../../../../shared/app/people';
import type { Core } from '../../../../shared/app/ports';
import { getOrganisation } from '../../../../shared/app/registry';
import type { Principal } from '../../../../shared/domain/access';
import { AppError } from '../../../../shared/domain/errors';
import { wordsFor } from '../../../../shared/i18n';
import type { Answer, PageRoute, WebDeps, WebRequest } from '../../web-request';
import { noticeOf } from '../layout';
import { AccountPage } from './view';

/** Their reminders of missing figures on or off. */
async function setReminders(deps: WebDeps, r: WebRequest): Promise<Answer> {
  if (!r.signedIn) return r.signInAgain();
  await setOwnReminders(deps, r.signedIn.principal, r.form.paminnelser === 'pa');
  return r.redirect('/konto?paminnelser=andrade');
}

/** A passkey of theirs removed (one removed already, by a second click, is gone either way). */
async function removeOwnPasskey(deps: WebDeps, r: WebRequest): Promise<Answer> {
  if (!r.signedIn) return r.signInAgain();
  try {
    await removePasskey(deps, r.signedIn.principal, r.form.id ?? '');
  } catch (e) {
    if (!(e instanceof AppError && e.kind === 'not_found')) throw e;
  }
  return r.redirect('/konto?passkey=borttagen');
}

/** The account page: who they are, their organisation, their passkeys, what just changed. */
async function accountPage(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language, signedIn } = r;
  const t = wordsFor(language).web;
  const user = signedIn?.user;
  if (!user || !signedIn) return r.signInAgain();
  return r.show(
    200,
    <AccountPage
      c={{ ...r.c, user }}
      organisation={await organisationName(deps, signedIn.principal)}
      passkeys={await listPasskeys(deps, user)}
      notice={noticeOf(r.query, {
        passkey: { ny: t.passkeyAdded, borttagen: t.passkeyRemoved },
        paminnelser: { andrade: t.remindersChanged },
      })}
    />,
  );
}

/** The signed-in person's own account: the page (`/konto`), their reminders on or off, and a passkey removed. */
export const accountRoutes: PageRoute[] = [
  { method: 'GET', path: '/konto', handle: accountPage },
  { method: 'POST', path: '/konto/paminnelser', handle: setReminders },
  { method: 'POST', path: '/passkey/ta-bort', handle: removeOwnPasskey },
];

/** A partner's organisation by name (others have none). */
async function organisationName(deps: Core, principal: Principal) {
  return principal.organisationId
    ? (await getOrganisation(deps, principal, principal.organisationId)).name
    : undefined;
}
