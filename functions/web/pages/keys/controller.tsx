import * as z from 'zod';
import { createKey, listKeys, revokeKey } from '../../../../shared/app/keys';
import * as S from '../../../../shared/http/schemas';
import { instantDayInWords } from '../../../../shared/i18n/period-words';
import type { Answer, PageRoute } from '../../web-request';
import { type AdminRequest, admin, peopleContext, ROLE_ORDER } from '../admin/common';
import type { FieldErrors } from '../layout';
import { KeysPage } from './view';

/** A new key as its save left it for the page (checked: the cookie comes back from the browser). */
const NewKeyShown = z.strictObject({ label: z.string().max(100), key: z.string().regex(/^iop_[\w-]{43}$/) });
function newKeyShown(once: string | undefined) {
  try {
    return once ? NewKeyShown.safeParse(JSON.parse(once)).data : undefined;
  } catch {
    return undefined;
  }
}

/** The API keys: listed (a new one shown once), made, or one revoked after the box is ticked. */
async function keysPage(x: AdminRequest, action: 'show' | 'make' | 'revoke'): Promise<Answer> {
  const { deps, r, principal, w, a, form, post } = x;
  const { orgName, orgs, roleAndOrganisation } = await peopleContext(x, false);
  const showKeys = async (
    status: number,
    errors: FieldErrors = {},
    created?: { label: string; key: string },
  ) => {
    const when = (iso: string) => instantDayInWords(iso, r.language);
    return r.show(
      status,
      <KeysPage
        c={r.c}
        view={{
          keys: (await listKeys(deps, principal))
            .sort((x, y) => y.createdAt.localeCompare(x.createdAt))
            .map((k) => ({
              id: k.id,
              label: k.label,
              line: a.keyLine(
                w.web.roles[k.role] ?? k.role,
                k.organisationId ? orgName.get(k.organisationId) : undefined,
                when(k.createdAt),
              ),
              revoked: k.revokedAt ? a.keyRevoked(when(k.revokedAt)) : undefined,
            })),
          organisations: orgs,
          roles: ROLE_ORDER,
          values: post && !created ? form : {},
          created,
          notice: r.query.aterkallad === '1' ? a.keyRevokedNotice : undefined,
        }}
        errors={errors}
      />,
    );
  };
  if (action === 'show') return showKeys(200, {}, newKeyShown(r.once));
  if (action === 'revoke') {
    const id = (form.id ?? '').slice(0, 64);
    if (form.bekrafta !== 'ja') return showKeys(422, { [`aterkalla-${id}`]: a.revokeConfirmMissing });
    await revokeKey(deps, principal, id);
    return r.redirect('/nycklar?aterkallad=1');
  }
  const errors: FieldErrors = {};
  const { role, organisationId } = roleAndOrganisation(errors);
  const input = S.NewKey.safeParse({
    label: (form.label ?? '').trim(),
    role: role ?? 'partner',
    ...(organisationId ? { organisationId } : {}),
  });
  if (!input.success || !input.data.label) errors.label = a.keyLabelInvalid;
  if (!input.success || !role || Object.keys(errors).length > 0) return showKeys(422, errors);
  // Shown once, on the page the save leads to: the key travels there in a two-minute cookie, never in a URL,
  // and is not stored to show again. Reload and Back never make a second key.
  const made = await createKey(deps, principal, { ...input.data, role });
  return r.redirect('/nycklar?ny=1', JSON.stringify({ label: made.label, key: made.key }));
}

/** The API keys: made (shown once), listed and revoked. */
export const keyRoutes: PageRoute[] = [
  { method: 'GET', path: '/nycklar', handle: admin((x) => keysPage(x, 'show')) },
  { method: 'POST', path: '/nycklar', handle: admin((x) => keysPage(x, 'make')) },
  { method: 'POST', path: '/nycklar/aterkalla', handle: admin((x) => keysPage(x, 'revoke')) },
];
