import { authorise, type Principal, type Role } from '../domain/access';
import { invalid, notFound } from '../domain/errors';
import type { Language } from '../domain/language';
import { auditEntry } from './audit';
import { newId } from './ids';
import { sendEmail } from './mail';
import type { Passkey, User } from './model';
import type { Core, Uses } from './ports';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  organisationId?: string;
  language?: Language;
}
export type UserPatch = Partial<
  Pick<User, 'name' | 'role' | 'organisationId' | 'language' | 'disabled' | 'reminders'>
>;

/** A partner belongs to one organisation that exists; coordinators and admins to none. */
async function checkOrganisation(deps: Core, role: Role, organisationId: string | undefined) {
  if (role === 'partner') {
    if (!organisationId)
      throw invalid('A partner belongs to one organisation.', [
        { path: '/organisationId', code: 'organisation_needed' },
      ]);
    if (!(await deps.store.getOrganisation(organisationId)))
      throw invalid('No such organisation.', [
        { path: '/organisationId', code: 'no_such', params: { what: 'organisation', id: organisationId } },
      ]);
  } else if (organisationId) {
    throw invalid('Only partners belong to an organisation.', [
      { path: '/organisationId', code: 'organisation_not_wanted', params: { role } },
    ]);
  }
}

export async function createUser(deps: Core, principal: Principal, input: NewUser): Promise<User> {
  authorise(principal, 'people.manage');
  await checkOrganisation(deps, input.role, input.organisationId);
  const at = deps.now().toISOString();
  const user: User = {
    id: newId('usr'),
    email: input.email,
    name: input.name,
    role: input.role,
    ...(input.organisationId ? { organisationId: input.organisationId } : {}),
    language: input.language ?? 'sv',
    disabled: false,
    authVersion: 1,
    version: 1,
    createdAt: at,
  };
  await deps.people.createUser(
    user,
    auditEntry(at, principal, { action: 'user.created', entityType: 'user', entityId: user.id, after: user }),
  );
  return user;
}

/**
 * Adds a person and tells them by e-mail, in their language, where to sign in. The account is what matters: a
 * failed e-mail is said (`mailed: false`) rather than undoing it, since they can sign in with their address anyway.
 */
export async function inviteUser(
  deps: Core & Uses<'email'>,
  principal: Principal,
  input: NewUser,
  signInUrl: string,
): Promise<{ user: User; mailed: boolean }> {
  const user = await createUser(deps, principal, input);
  const said = deps.wording.invitation(
    { name: user.name, invitedBy: principal.name ?? principal.id, role: user.role, signInUrl },
    user.language,
  );
  try {
    await sendEmail(deps, { to: user.email, ...said });
    return { user, mailed: true };
  } catch (error) {
    deps.logger.warn('invitation not sent', { userId: user.id, error: error as Error });
    return { user, mailed: false };
  }
}

export async function listUsers(deps: Core, principal: Principal): Promise<User[]> {
  authorise(principal, 'people.manage');
  return (await deps.people.listUsers()).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

export async function getUser(deps: Core, principal: Principal, id: string): Promise<User> {
  authorise(principal, 'people.manage');
  const user = await deps.people.getUser(id);
  if (!user) throw notFound(`No person ${id}.`);
  return user;
}

/** A person turns their own reminders on or off: their change, audited as theirs; nothing else moves. */
export async function setOwnReminders(deps: Core, principal: Principal, on: boolean): Promise<User> {
  const before = principal.via === 'session' ? await deps.people.getUser(principal.id) : undefined;
  if (!before) throw notFound('Only a person signed in has reminders of their own.');
  if ((before.reminders !== false) === on) return before;
  const after: User = { ...before, reminders: on, version: before.version + 1 };
  await deps.people.updateUser(
    after,
    auditEntry(deps.now().toISOString(), principal, {
      action: 'user.reminders',
      entityType: 'user',
      entityId: before.id,
      before,
      after,
    }),
  );
  return after;
}

/**
 * Changes a person. A change to what they may do — role, organisation, disabled — moves their `authVersion`, which
 * ends every session they have at once (a session is checked against it on every request).
 */
export async function updateUser(
  deps: Core,
  principal: Principal,
  id: string,
  patch: UserPatch,
): Promise<User> {
  authorise(principal, 'people.manage');
  const before = await getUser(deps, principal, id);
  const role = patch.role ?? before.role;
  const organisationId =
    'organisationId' in patch ? patch.organisationId : role === 'partner' ? before.organisationId : undefined;
  await checkOrganisation(deps, role, organisationId);
  const { organisationId: _o, ...rest } = before;
  const after: User = {
    ...rest,
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.language !== undefined ? { language: patch.language } : {}),
    ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
    ...(patch.reminders !== undefined ? { reminders: patch.reminders } : {}),
    role,
    ...(organisationId ? { organisationId } : {}),
    version: before.version + 1,
  };
  const accessChanged =
    after.role !== before.role ||
    after.organisationId !== before.organisationId ||
    after.disabled !== before.disabled;
  if (accessChanged) after.authVersion = before.authVersion + 1;
  if (JSON.stringify({ ...after, version: 0 }) === JSON.stringify({ ...before, version: 0 })) return before;
  await deps.people.updateUser(
    after,
    auditEntry(deps.now().toISOString(), principal, {
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      before,
      after,
    }),
  );
  return after;
}

/** Removes a passkey, audited on its owner: by the owner on "Mitt konto", or by an admin with the person. */
export async function deletePasskey(deps: Core, principal: Principal, passkey: Passkey): Promise<void> {
  await deps.people.deletePasskey(
    passkey,
    auditEntry(deps.now().toISOString(), principal, {
      action: 'passkey.removed',
      entityType: 'user',
      entityId: passkey.userId,
      before: { passkey: passkey.id, createdAt: passkey.createdAt },
    }),
  );
}

/** Deletes a person, and their passkeys with them: nothing of theirs is left to sign in with. */
export async function deleteUser(deps: Core, principal: Principal, id: string): Promise<void> {
  const user = await getUser(deps, principal, id);
  for (const passkey of await deps.people.listPasskeys(id)) await deletePasskey(deps, principal, passkey);
  await deps.people.deleteUser(
    user,
    auditEntry(deps.now().toISOString(), principal, {
      action: 'user.deleted',
      entityType: 'user',
      entityId: id,
      before: { id: user.id, role: user.role },
    }),
  );
}
