import { confirmAddress } from '../../../../shared/app/mail';
import { AppError } from '../../../../shared/domain/errors';
import type { Answer, PageRoute } from '../../web-request';
import { type AdminRequest, admin, CONFIRM_ADDRESS_PATH, CONFIRM_BACK } from './common';

/** An address that bounced said to work again; back to the page the administrator came from. */
async function confirm({ deps, r, principal, form }: AdminRequest): Promise<Answer> {
  const back = CONFIRM_BACK.test(form.back ?? '') ? (form.back as string) : '/personer';
  try {
    await confirmAddress(deps, principal, (form.address ?? '').slice(0, 320));
  } catch (e) {
    // Confirmed already (a second click): the page shows it clear either way.
    if (!(e instanceof AppError && e.kind === 'not_found')) throw e;
  }
  return r.redirect(`${back}?bekraftad=1`);
}

/** An administrator says an address that bounced works again (from the people's, recipients' and subscribers' pages). */
export const addressRoutes: PageRoute[] = [
  { method: 'POST', path: CONFIRM_ADDRESS_PATH, handle: admin(confirm) },
];
