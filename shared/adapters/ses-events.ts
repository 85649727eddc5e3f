import * as z from 'zod';
import type { UndeliverableNotice } from '../app/ports';

/**
 * SES's event records as its configuration set publishes them to SNS (or its identity notifications, which say
 * `notificationType`): only the fields read here, each bounded; the rest of SES's record is let through unread.
 * https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html
 */
const address = z.string().max(320);
const when = z.string().max(40);
const SesEvent = z.union([
  z.object({
    eventType: z.literal('Bounce').optional(),
    notificationType: z.literal('Bounce').optional(),
    bounce: z.object({
      bounceType: z.string().max(40),
      bounceSubType: z.string().max(100).optional(),
      bouncedRecipients: z.array(z.object({ emailAddress: address })).max(50),
      timestamp: when,
    }),
  }),
  z.object({
    eventType: z.literal('Complaint').optional(),
    notificationType: z.literal('Complaint').optional(),
    complaint: z.object({
      complainedRecipients: z.array(z.object({ emailAddress: address })).max(50),
      complaintFeedbackType: z.string().max(100).optional(),
      timestamp: when,
    }),
  }),
]);

/** The addresses an SES event says cannot be mailed: a permanent bounce's and a complaint's; nothing else counts. */
export function undeliverableIn(message: string): UndeliverableNotice[] | 'unread' {
  let json: unknown;
  try {
    json = JSON.parse(message);
  } catch {
    return 'unread';
  }
  const type = z
    .object({ eventType: z.string().max(40).optional(), notificationType: z.string().max(40).optional() })
    .safeParse(json).data;
  const kind = type?.eventType ?? type?.notificationType;
  // Deliveries, sends, delays: SES's, and nothing to mark.
  if (kind !== undefined && kind !== 'Bounce' && kind !== 'Complaint') return [];
  const event = SesEvent.safeParse(json);
  if (!event.success) return 'unread';
  const e = event.data;
  if ('bounce' in e) {
    // A transient bounce (mailbox full, server down) SES retries by itself; an undetermined one says too little.
    if (e.bounce.bounceType !== 'Permanent') return [];
    return e.bounce.bouncedRecipients.map((r) => ({
      address: r.emailAddress.toLowerCase(),
      reason: 'bounce' as const,
      at: e.bounce.timestamp,
      ...(e.bounce.bounceSubType ? { detail: e.bounce.bounceSubType } : {}),
    }));
  }
  return e.complaint.complainedRecipients.map((r) => ({
    address: r.emailAddress.toLowerCase(),
    reason: 'complaint' as const,
    at: e.complaint.timestamp,
    ...(e.complaint.complaintFeedbackType ? { detail: e.complaint.complaintFeedbackType } : {}),
  }));
}
