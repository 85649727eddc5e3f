import { authorise, type Principal } from '../domain/access';
import { AppError, conflict, notFound } from '../domain/errors';
import type { EmailSender } from './alerts-model';
import { auditEntry } from './audit';
import type { UndeliverableAddress } from './model';
import type { Core, UndeliverableNotice, Uses } from './ports';

/**
 * Every e-mail the system sends goes through here: an address SES said bounces or complains is not mailed again
 * (which would hurt the sender's standing with every receiver) until an administrator confirms it. The refusal is
 * an AppError each caller records as it records any failed send: the alert's send log, the report's recipient, the
 * reminder's outbox.
 */
export async function sendEmail(
  deps: Uses<'email' | 'people'>,
  message: Parameters<EmailSender['send']>[0],
): Promise<void> {
  const mark = await deps.people.getUndeliverable(message.to);
  if (mark)
    throw conflict(
      `Not sent: ${message.to} ${mark.reason === 'bounce' ? 'bounces' : 'complained'} since ${mark.since}; an administrator confirms it again on its page.`,
      [],
      'address_undeliverable',
    );
  await deps.email.send(message);
}

export const isUndeliverable = (error: unknown) =>
  error instanceof AppError && error.reason === 'address_undeliverable';

/**
 * What SES said of mail sent: each address that bounced for good or complained is marked. A transient bounce (a
 * full mailbox, a server down) marks nothing; SES tries again by itself.
 */
export async function recordUndeliverable(
  deps: Uses<'people' | 'logger'>,
  notices: readonly UndeliverableNotice[],
): Promise<void> {
  for (const notice of notices) {
    await deps.people.markUndeliverable(notice);
    // The address is personal data of staff: the log names its domain only.
    deps.logger.warn('e-mail address marked undeliverable', {
      domain: notice.address.split('@')[1],
      reason: notice.reason,
      detail: notice.detail,
    });
  }
}

/** The addresses marked undeliverable, by lower-case address: what the admin's pages show beside each. */
export async function undeliverableAddresses(
  deps: Core,
  principal: Principal,
): Promise<Map<string, UndeliverableAddress>> {
  authorise(principal, 'people.manage');
  return new Map((await deps.people.listUndeliverable()).map((a) => [a.address, a]));
}

/** An administrator says the address works again (the person fixed their mailbox): it is mailed from now on. */
export async function confirmAddress(deps: Core, principal: Principal, address: string): Promise<void> {
  authorise(principal, 'people.manage');
  const mark = await deps.people.getUndeliverable(address);
  if (!mark) throw notFound('That address is not marked as undeliverable.');
  await deps.people.clearUndeliverable(
    mark.address,
    auditEntry(deps.now().toISOString(), principal, {
      action: 'email-address.confirmed',
      entityType: 'email-address',
      entityId: mark.address,
      before: { reason: mark.reason, since: mark.since, notices: mark.notices },
    }),
  );
}
