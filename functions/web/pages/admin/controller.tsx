import { confirmAddress } from '../../../../shared/app/mail';
import { AppError } from '../../../../shared/domain/errors';
import { stockholmDate } from '../../../../shared/domain/periods';
import { wordsFor } from '../../../../shared/i18n';
import type { Answer, WebRequest } from '../../web-request';
import { keysPages } from '../keys/controller';
import { peoplePages } from '../people/controller';
import { recipientsPage, subscribersPage } from '../recipients/controller';
import { registryPages } from '../registry/controller';
import {
  ACTIVITY_PATH,
  type AdminDeps,
  type AdminRequest,
  CONFIRM_ADDRESS_PATH,
  CONFIRM_BACK,
  ORGANISATION_PATH,
  PERSON_PATH,
  SUBSCRIBER_PATHS,
} from './common';

/** Which of these pages a path is, or undefined for a path that is none of them. */
function pagesOf(path: string) {
  if (path === '/organisationer' || ORGANISATION_PATH.test(path) || ACTIVITY_PATH.test(path))
    return 'registry';
  if (path === '/personer' || PERSON_PATH.test(path) || path === CONFIRM_ADDRESS_PATH) return 'people';
  if (path === '/mottagare' || path === '/mottagare/ta-bort') return 'recipients';
  if (path === '/nycklar' || path === '/nycklar/aterkalla') return 'keys';
  if (SUBSCRIBER_PATHS.includes(path)) return 'subscribers';
  return undefined;
}

/**
 * The administrator's pages: organisations and their activities, an activity's places over time, the people who
 * sign in. Each goes through the same use cases as the API (rules, audit); anyone but an administrator gets the
 * "finns inte" page. Answers `undefined` for paths that are not these pages.
 */
export async function adminPages(deps: AdminDeps, r: WebRequest): Promise<Answer | undefined> {
  const pages = pagesOf(r.path);
  if (!pages) return undefined;
  if (!r.signedIn) return r.signInAgain();
  // Who may see and change each of them is the use cases' to say (registryToKeep, listUsers, listKeys, …): whoever
  // they refuse is shown the "finns inte" page, by the features' edge.
  const { principal } = r.signedIn;
  const w = wordsFor(r.language);
  const a = w.admin;
  const today = stockholmDate(deps.now());
  const form = r.form;
  const post = r.method === 'POST';
  try {
    if (r.path === CONFIRM_ADDRESS_PATH) {
      if (!post) return r.notFound();
      const back = CONFIRM_BACK.test(form.back ?? '') ? (form.back as string) : '/personer';
      try {
        await confirmAddress(deps, principal, (form.address ?? '').slice(0, 320));
      } catch (e) {
        // Confirmed already (a second click): the page shows it clear either way.
        if (!(e instanceof AppError && e.kind === 'not_found')) throw e;
      }
      return r.redirect(`${back}?bekraftad=1`);
    }
    if (pages === 'recipients') return await recipientsPage(deps, r);
    if (pages === 'subscribers') return await subscribersPage(deps, r);
    const x: AdminRequest = { deps, r, principal, w, a, today, form, post };
    if (pages === 'registry') return await registryPages(x);
    if (pages === 'keys') return await keysPages(x);
    return await peoplePages(x);
  } catch (e) {
    if (e instanceof AppError && e.kind === 'not_found') return r.notFound();
    throw e;
  }
}
