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

describe('a mail composed once, said alike in text and HTML', () => {
  it('keeps the text plain and escapes every value in the HTML, with the same parts in both', async () => {
    const { composeMail } = await import('../../shared/i18n/mail-html');
    const mail = composeMail('sv', 'Saknas <i>', [
      { kind: 'paragraphs', texts: ['Hej Ada & Co,'] },
      {
        kind: 'list',
        title: 'Natt <b>',
        items: [{ text: 'natten mot lördag', href: 'https://x/r?a=1&b=2' }, { text: 'utan adress' }],
        note: 'och 3 till',
        links: [{ text: 'Månaden', href: 'https://x/m' }],
      },
      { kind: 'list', title: 'Tom', items: [], note: 'Inget saknas.' },
      { kind: 'small', texts: ['Varför.', 'Stäng av:'], link: 'https://x/konto' },
    ]);
    expect(mail.text).toBe(
      [
        'Hej Ada & Co,',
        '',
        'Natt <b>',
        '- natten mot lördag: https://x/r?a=1&b=2',
        '- utan adress',
        'och 3 till',
        'Månaden: https://x/m',
        '',
        'Tom',
        'Inget saknas.',
        '',
        'Varför.',
        'Stäng av: https://x/konto',
        '',
      ].join('\n'),
    );
    expect(mail.html).toContain('<title>Saknas &lt;i&gt;</title>');
    expect(mail.html).toContain('<p>Hej Ada &amp; Co,</p>');
    expect(mail.html).toContain('Natt &lt;b&gt;</h2><ul><li><a href="https://x/r?a=1&amp;b=2"');
    expect(mail.html).toContain('<li>utan adress</li><li>och 3 till</li></ul><p><a href="https://x/m"');
    expect(mail.html).toContain('Tom</h2><p>Inget saknas.</p>');
    expect(mail.html).toMatch(
      /Varför\. Stäng av: <a href="https:\/\/x\/konto"[^>]*>https:\/\/x\/konto<\/a><\/p>/,
    );
    expect(mail.html).not.toMatch(/<[bi]>/);
  });
});
