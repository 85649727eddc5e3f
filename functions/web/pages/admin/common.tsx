import type * as z from 'zod';
import { undeliverableAddresses } from '../../../../shared/app/mail';
import type { User } from '../../../../shared/app/model';
import type { Core, Uses } from '../../../../shared/app/ports';
import { listOrganisations } from '../../../../shared/app/registry';
import type { Principal } from '../../../../shared/domain/access';
import { ROLES } from '../../../../shared/domain/access';
import { stockholmDate } from '../../../../shared/domain/periods';
import { wordsFor } from '../../../../shared/i18n';
import { instantDayInWords } from '../../../../shared/i18n/period-words';
import type { Answer, PageRoute, WebRequest } from '../../web-request';
import type { BounceView, PersonLine } from '../admin/parts';
import type { FieldErrors } from '../layout';

export type AdminDeps = Core & Uses<'email'>;
/** The roles as offered: the most common first. */
export const ROLE_ORDER = [
  'partner',
  'coordinator',
  'admin',
] as const satisfies readonly (typeof ROLES)[number][];

/** An administrator says an address that bounced works again; the pages that show such an address lead back. */
export const CONFIRM_ADDRESS_PATH = '/e-postadress/bekrafta';
export const CONFIRM_BACK = /^\/(personer(\/[A-Za-z0-9_-]{1,64})?|mottagare|kalla-natter-mottagare)$/;

/** An admin page's request: who asks (allowed already), their words, today, and the form. */
export interface AdminRequest {
  deps: AdminDeps;
  r: WebRequest;
  principal: Principal;
  w: ReturnType<typeof wordsFor>;
  a: ReturnType<typeof wordsFor>['admin'];
  today: string;
  form: WebRequest['form'];
  post: boolean;
}

/** Each address that cannot be mailed, in the reader's words: what the admin's pages show beside it. */
export async function bouncesOf(
  deps: AdminDeps,
  r: WebRequest,
): Promise<(address?: string) => BounceView | undefined> {
  const { principal } = r.signedIn as NonNullable<WebRequest['signedIn']>;
  const marked = await undeliverableAddresses(deps, principal);
  const a = wordsFor(r.language).admin;
  return (address) => {
    const mark = address ? marked.get(address.toLowerCase()) : undefined;
    return mark
      ? {
          address: mark.address,
          text: a.undeliverable(
            mark.reason,
            instantDayInWords(mark.since, r.language),
            mark.detail ? a.bounceDetails[mark.detail] : undefined,
          ),
        }
      : undefined;
  };
}

/** Each failing field of a schema, in the reader's words (one message per field, whatever zod's reason). */
export function errorsOf(error: z.ZodError, messages: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= messages[field] ?? messages[''] ?? issue.message;
  }
  return errors;
}

/** A whole number typed by a person: spaces (Swedish thousands) allowed; empty is `undefined`; else `NaN`. */
export function countOf(raw: string | undefined): number | undefined {
  const value = (raw ?? '').replace(/[\s\u00a0]/g, '');
  if (value === '') return undefined;
  return /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
}

/** The people's pages' common part: the organisations by id, a person's line, and the role-and-organisation rule. */
export async function peopleContext(x: AdminRequest, withBounces: boolean) {
  const { deps, r, principal, a, form } = x;
  const [organisations, bounces] = await Promise.all([
    listOrganisations(deps, principal),
    withBounces ? bouncesOf(deps, r) : undefined,
  ]);
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const line = (p: User): PersonLine => ({
    id: p.id,
    name: p.name,
    email: p.email,
    role: p.role,
    organisation: p.organisationId ? orgName.get(p.organisationId) : undefined,
    disabled: p.disabled,
    bounce: bounces?.(p.email),
  });
  const orgs = organisations.map((o) => ({ id: o.id, name: o.name }));
  /** Role and organisation as chosen, with the rule that ties them (a partner has one, nobody else any). */
  const roleAndOrganisation = (errors: FieldErrors) => {
    const role = ROLES.find((x) => x === form.role);
    const organisationId = orgName.has(form.organisationId ?? '') ? form.organisationId : undefined;
    if (!role) errors.role = a.roleInvalid;
    else if (role === 'partner' && !organisationId) errors.organisationId = a.organisationMissing;
    else if (role !== 'partner' && organisationId) errors.organisationId = a.organisationNotAllowed;
    return { role, organisationId };
  };
  return { orgName, line, orgs, roleAndOrganisation };
}

/**
 * An administrator's page with what every one of them takes: who asks, their words, today and the form. Who may see
 * and change each is the use cases' to say (registryToKeep, listUsers, listKeys, …): whoever they refuse is shown the
 * "finns inte" page by the edge.
 */
export const admin =
  (page: (x: AdminRequest) => Promise<Answer>) =>
  async (deps: AdminDeps, r: WebRequest): Promise<Answer> => {
    if (!r.signedIn) return r.signInAgain();
    const w = wordsFor(r.language);
    return page({
      deps,
      r,
      principal: r.signedIn.principal,
      w,
      a: w.admin,
      today: stockholmDate(deps.now()),
      form: r.form,
      post: r.method === 'POST',
    });
  };

/** A form page: shown by GET, saved (and shown again with its problems) by POST. */
export const formPage = (
  path: string,
  handle: PageRoute['handle'],
  params?: PageRoute['params'],
): PageRoute[] => [
  { method: 'GET', path, handle, ...(params ? { params } : {}) },
  { method: 'POST', path, handle, ...(params ? { params } : {}) },
];
