import { describe, expect, it } from 'vitest';
import { memoryCore } from '../../shared/adapters/memory-stores';
import { undeliverableIn } from '../../shared/adapters/ses-events';
import type { EmailSender } from '../../shared/app/alerts-model';
import { deliver } from '../../shared/app/cold-night-check';
import { confirmAddress, recordUndeliverable, sendEmail } from '../../shared/app/mail';
import { systemPrincipal } from '../../shared/domain/access';

/** SES's complaint record as its configuration set publishes it to SNS (the docs' example, trimmed). */
const COMPLAINT = {
  eventType: 'Complaint',
  complaint: {
    complainedRecipients: [{ emailAddress: 'Recipient@Example.com' }],
    timestamp: '2017-08-05T00:41:02.669Z',
    feedbackId: '01000157c44f053b-61b59c11-9236-11e6-8f96-7be8aexample-000000',
    userAgent: 'Mozilla/5.0',
    complaintFeedbackType: 'abuse',
    arrivalDate: '2017-08-05T00:41:02.669Z',
  },
  mail: {
    timestamp: '2017-08-05T00:40:01.123Z',
    source: 'sender@example.com',
    destination: ['recipient@example.com'],
  },
};

describe('bounces and complaints', () => {
  it("reads SES's records: complaints and permanent bounces mark, other events nothing, anything else is unread", () => {
    expect(undeliverableIn(JSON.stringify(COMPLAINT))).toEqual([
      {
        address: 'recipient@example.com',
        reason: 'complaint',
        at: '2017-08-05T00:41:02.669Z',
        detail: 'abuse',
      },
    ]);
    // Identity notifications say notificationType; undetermined bounces mark nothing.
    const bounce = (bounceType: string) =>
      JSON.stringify({
        notificationType: 'Bounce',
        bounce: {
          bounceType,
          bouncedRecipients: [{ emailAddress: 'a@example.org' }],
          timestamp: '2026-12-01T08:00:00Z',
        },
      });
    expect(undeliverableIn(bounce('Permanent'))).toEqual([
      { address: 'a@example.org', reason: 'bounce', at: '2026-12-01T08:00:00Z' },
    ]);
    expect(undeliverableIn(bounce('Undetermined'))).toEqual([]);
    expect(undeliverableIn(JSON.stringify({ eventType: 'Delivery', delivery: {} }))).toEqual([]);
    expect(undeliverableIn('{"eventType":"Bounce"}')).toBe('unread');
    expect(
      undeliverableIn(
        `{"eventType":"Bounce","bounce":{"bounceType":"Permanent","timestamp":"x","bouncedRecipients":[${'{"emailAddress":"a@b"},'.repeat(50)}{"emailAddress":"a@b"}]}}`,
      ),
    ).toBe('unread');
    expect(undeliverableIn('<html>')).toBe('unread');
  });

  it('sends nothing to a marked address — an alert delivery is recorded failed, saying why — until an admin confirms it', async () => {
    const deps = memoryCore({ now: () => new Date('2026-12-03T08:00:00Z') });
    const sent: string[] = [];
    const email: EmailSender = { send: async (m) => void sent.push(m.to) };
    const sms = { send: async () => {} };
    await recordUndeliverable(deps, [
      { address: 'anna@example.org', reason: 'bounce', at: '2026-12-02T10:00:00Z' },
    ]);
    await expect(
      sendEmail({ ...deps, email }, { to: 'ANNA@example.org', subject: 's', text: 't' }),
    ).rejects.toMatchObject({
      reason: 'address_undeliverable',
    });
    const delivery = {
      id: 'k|email|sub_anna',
      alertKey: 'k',
      kind: 'cold' as const,
      nights: ['2026-12-03'],
      channel: 'email' as const,
      subscriberId: 'sub_anna',
      recipient: 'anna@example.org',
      status: 'pending' as const,
      attempts: 0,
      at: '2026-12-03T08:00:00Z',
      forecastCreatedTime: '2026-12-03T06:00:00Z',
      message: { subject: 'Kallt', text: 'Kallt i natt' },
    };
    await deps.alerts.enqueueDelivery(delivery);
    expect(await deliver({ ...deps, email, sms }, delivery)).toBe('failed');
    expect(sent).toEqual([]);
    const [logged] = await deps.alerts.listDeliveries('2026-12-03', '2026-12-03');
    expect([logged?.status, logged?.error]).toEqual([
      'failed',
      'AppError: Not sent: anna@example.org bounces since 2026-12-02T10:00:00Z; an administrator confirms it again on its page.',
    ]);

    await confirmAddress(deps, systemPrincipal('unit'), 'Anna@example.org');
    await sendEmail({ ...deps, email }, { to: 'anna@example.org', subject: 's', text: 't' });
    expect(sent).toEqual(['anna@example.org']);
  });
});
