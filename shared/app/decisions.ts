import { createHash } from 'node:crypto';
import { authorise, type Principal } from '../domain/access';
import { capacityOn } from '../domain/capacity';
import {
  type Cause,
  type Decision,
  type Group,
  messageKindOf,
  type PublicNight,
  type PublicVenue,
  publicNights,
} from '../domain/decisions';
import { AppError, conflict, type FieldProblem, invalid, notFound } from '../domain/errors';
import { addDays, daysApart, stockholmDate } from '../domain/periods';
import type { Delivery, DeliveryOutcome, Subscriber } from './alerts-model';
import { auditEntry } from './audit';
import { directCourier } from './cold-night-check';
import type { Activity } from './model';
import type { Core, Uses } from './ports';

export interface DecisionInput {
  nights: string[];
  open: boolean;
  venueIds?: string[];
  reason?: string;
  groups: Group[];
  cause?: Cause;
}

export interface DecisionPatch extends Partial<DecisionInput> {
  cancelled?: true;
}

/** The senders a decision needs, and where the public page is (for the e-mail's link). */
export type DecisionDeps = Core & Uses<'email' | 'sms' | 'courier'>;

/** How far ahead a decision may reach, and how far back (last night, recorded the morning after). */
const AHEAD_DAYS = 14;
const BACK_DAYS = 1;

/** The venue as the public sees it on a night: its name, address, hours and the places in force. */
export const publicVenue = (a: Activity, night: string): PublicVenue | undefined =>
  a.publicInfo
    ? {
        id: a.id,
        name: a.name,
        ...a.publicInfo,
        ...(capacityOn(a.capacity, night) ? { places: capacityOn(a.capacity, night)?.places } : {}),
      }
    : undefined;

/** The rules across fields: nights near, venues that are cold-night venues with an address, a reason if closed. */
function problemsOf(
  d: Omit<Decision, 'id' | 'version' | 'decidedAt' | 'decidedBy'>,
  today: string,
  venues: Activity[],
) {
  const problems: FieldProblem[] = [];
  d.nights.forEach((night, i) => {
    const ahead = daysApart(today, night);
    if (ahead < -BACK_DAYS || ahead > AHEAD_DAYS)
      problems.push({
        path: `/nights/${i}`,
        code: 'night_out_of_reach',
        params: { from: addDays(today, -BACK_DAYS), to: addDays(today, AHEAD_DAYS) },
      });
  });
  if (d.open && d.venueIds.length === 0) problems.push({ path: '/venueIds', code: 'venue_needed' });
  if (!d.open && d.venueIds.length > 0) problems.push({ path: '/venueIds', code: 'venue_not_wanted' });
  if (!d.open && !d.reason) problems.push({ path: '/reason', code: 'reason_needed' });
  d.venueIds.forEach((id, i) => {
    const venue = venues.find((v) => v.id === id);
    if (venue?.kind !== 'cold_night_venue')
      problems.push({ path: `/venueIds/${i}`, code: 'no_such', params: { what: 'venue', id } });
    else if (!venue.publicInfo)
      problems.push({
        path: `/venueIds/${i}`,
        code: 'no_public_info',
        params: { name: venue.name },
      });
  });
  if (problems.length > 0) throw invalid('The decision is not valid.', problems);
}

/** The same decision made twice (a double click, two coordinators at once) has the same id: it is made once. */
const idOf = (d: { nights: string[]; open: boolean; venueIds: string[]; reason?: string; groups: Group[] }) =>
  `dec_${createHash('sha256')
    .update(JSON.stringify([d.nights, d.open, d.venueIds, d.reason ?? '', d.groups]))
    .digest('base64url')
    .slice(0, 16)}`;

const sorted = <T extends string>(list: readonly T[]) => [...new Set(list)].sort();

/**
 * Records a decision and sends it at once to every subscriber of the groups it names, on each of their channels,
 * in their language: exactly once per decision version (the alerts' outbox and claims). The same decision again
 * is the same decision (`unchanged`, nothing sent).
 */
export async function makeDecision(
  deps: DecisionDeps,
  principal: Principal,
  input: DecisionInput,
  publicUrl: string,
): Promise<{ decision: Decision; change: 'created' | 'unchanged'; sent: number; failed: number }> {
  authorise(principal, 'decisions.write');
  const content = {
    nights: sorted(input.nights),
    open: input.open,
    venueIds: sorted(input.venueIds ?? []),
    ...(input.reason ? { reason: input.reason } : {}),
    // A cold night is the default and unrecorded, so that a decision keeps the id it had before causes existed.
    ...(input.cause && input.cause !== 'cold' ? { cause: input.cause } : {}),
    groups: sorted(input.groups),
  };
  const venues = await deps.store.listActivities();
  problemsOf({ ...content, cancelled: false }, stockholmDate(deps.now()), venues);
  const id = idOf(content);
  const existing = (await deps.alerts.listDecisions()).find((d) => d.id === id);
  if (existing && !existing.cancelled) return { decision: existing, change: 'unchanged', sent: 0, failed: 0 };
  if (existing) {
    // Made again after it was cancelled: it stands again, as its next version.
    const changed = await changeDecision(deps, principal, id, content, publicUrl);
    return { decision: changed.decision, change: 'created', sent: changed.sent, failed: changed.failed };
  }
  const at = deps.now().toISOString();
  const decision: Decision = {
    id,
    ...content,
    cancelled: false,
    version: 1,
    decidedAt: at,
    decidedBy: principal.id,
    ...(principal.name ? { decidedByName: principal.name } : {}),
  };
  try {
    await deps.alerts.putDecision(decision, audit(principal, at, undefined, decision));
  } catch (e) {
    // Made at the same moment by another request: that one stands, and sends.
    if (e instanceof AppError && e.kind === 'conflict')
      return { decision, change: 'unchanged', sent: 0, failed: 0 };
    throw e;
  }
  return { decision, change: 'created', ...(await send(deps, decision, venues, publicUrl)) };
}

const audit = (principal: Principal, at: string, before: Decision | undefined, after: Decision) =>
  auditEntry(at, principal, {
    action: before
      ? after.cancelled
        ? 'cold-night-decision.cancelled'
        : 'cold-night-decision.changed'
      : 'cold-night-decision.made',
    entityType: 'cold-night-decision',
    entityId: after.id,
    ...(before ? { before } : {}),
    after,
  });

/**
 * Changes a decision (its nights, venues, groups, or opening at all) or cancels it: its next version, sent as a
 * change or a cancellation (a change of a cancelled decision makes it stand again). Two changes at once: one wins,
 * the other is a 409 and sends nothing.
 */
export async function changeDecision(
  deps: DecisionDeps,
  principal: Principal,
  id: string,
  patch: DecisionPatch,
  publicUrl: string,
): Promise<{ decision: Decision; sent: number; failed: number }> {
  authorise(principal, 'decisions.write');
  const before = (await deps.alerts.listDecisions()).find((d) => d.id === id);
  if (!before) throw notFound(`No decision ${id}.`);
  if (before.cancelled && patch.cancelled)
    throw conflict(`The decision ${id} is cancelled already.`, [
      { path: '/cancelled', code: 'already_cancelled' },
    ]);
  const at = deps.now().toISOString();
  const open = patch.open ?? before.open;
  const after: Decision = {
    ...before,
    ...(patch.nights ? { nights: sorted(patch.nights) } : {}),
    open,
    venueIds: open ? sorted(patch.venueIds ?? before.venueIds) : [],
    ...(patch.groups ? { groups: sorted(patch.groups) } : {}),
    cancelled: patch.cancelled === true,
    version: before.version + 1,
    decidedAt: at,
    decidedBy: principal.id,
    ...(principal.name ? { decidedByName: principal.name } : {}),
  };
  if (open) delete after.reason;
  else if (patch.reason !== undefined) after.reason = patch.reason;
  if (patch.cause === 'cold') delete after.cause;
  else if (patch.cause) after.cause = patch.cause;
  const venues = await deps.store.listActivities();
  if (!after.cancelled) problemsOf(after, stockholmDate(deps.now()), venues);
  await deps.alerts.putDecision(after, audit(principal, at, before, after));
  return { decision: after, ...(await send(deps, after, venues, publicUrl)) };
}

/** The decisions about nights from `from` to `to`, newest first. */
export async function listDecisions(deps: Core, principal: Principal, range: { from: string; to: string }) {
  authorise(principal, 'alerts.read');
  return (await deps.alerts.listDecisions())
    .filter((d) => d.nights.some((n) => n >= range.from && n <= range.to))
    .sort((a, b) => b.decidedAt.localeCompare(a.decidedAt));
}

/** What the public page shows: tonight and the next nights, from the decisions only. No sign-in. */
export async function publicColdNights(
  deps: Core,
  days = 7,
): Promise<{ updatedAt: string; nights: PublicNight[] }> {
  const today = stockholmDate(deps.now());
  const nights = Array.from({ length: days }, (_, i) => addDays(today, i));
  const [decisions, activities] = await Promise.all([
    deps.alerts.listDecisions(),
    deps.store.listActivities(),
  ]);
  const byId = new Map(activities.map((a) => [a.id, a]));
  const latest = decisions.reduce((at, d) => (d.decidedAt > at ? d.decidedAt : at), '');
  return {
    updatedAt: latest || deps.now().toISOString(),
    nights: publicNights(nights, decisions, (id, night) => {
      const venue = byId.get(id);
      return venue ? publicVenue(venue, night) : undefined;
    }),
  };
}

const groupsOf = (s: Subscriber): Group[] => s.groups ?? ['coordinators'];

/** The subscribers a decision reaches (any of its groups), each with the channels it can reach them on. */
const audienceOf = (subscribers: readonly Subscriber[], groups: readonly Group[]) =>
  subscribers
    .filter((s) => groupsOf(s).some((g) => groups.includes(g)))
    .map((s) => ({
      subscriber: s,
      groups: groupsOf(s).filter((g) => groups.includes(g)),
      channels: s.channels.filter((c) => (c === 'email' ? s.email : s.phone)),
    }))
    .filter((a) => a.channels.length > 0);

/**
 * Who would be told if a decision changed now, by name, group and channel: what a coordinator reads before
 * cancelling (the cancellation reaches each of them at once).
 */
export async function decisionAudience(deps: Core, principal: Principal, id: string) {
  authorise(principal, 'decisions.write');
  const [decisions, subscribers] = await Promise.all([
    deps.alerts.listDecisions(),
    deps.alerts.listSubscribers(),
  ]);
  const decision = decisions.find((d) => d.id === id);
  if (!decision) throw notFound(`No decision ${id}.`);
  const audience = audienceOf(subscribers, decision.groups)
    .map((a) => ({ name: a.subscriber.name, groups: a.groups, channels: a.channels }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return { decision, audience };
}

/** The version's deliveries into the outbox, then sent at once; what fails is retried by the hourly check. */
async function send(deps: DecisionDeps, decision: Decision, activities: Activity[], publicUrl: string) {
  const first = decision.nights[0] as string;
  const venues = decision.venueIds
    .map((id) => activities.find((a) => a.id === id))
    .map((a) => (a ? publicVenue(a, first) : undefined))
    .filter((v): v is PublicVenue => v !== undefined);
  const audience = audienceOf(await deps.alerts.listSubscribers(), decision.groups);
  const key = `decision:${decision.id}:v${decision.version}`;
  const deliveries: Delivery[] = audience.flatMap(({ subscriber: s, groups, channels }) =>
    channels.map((channel) => {
      const input = { decision, venues, publicUrl };
      return {
        id: `${key}|${channel}|${s.id}`,
        alertKey: key,
        kind: messageKindOf(decision),
        nights: decision.nights,
        channel,
        subscriberId: s.id,
        recipient: (channel === 'email' ? s.email : s.phone) as string,
        status: 'pending' as const,
        attempts: 0,
        at: decision.decidedAt,
        forecastCreatedTime: decision.decidedAt,
        message:
          channel === 'email'
            ? deps.wording.decisionEmail(input, groups, s.language)
            : { text: deps.wording.decisionSms(input, s.language) },
      };
    }),
  );
  for (const d of deliveries) await deps.alerts.enqueueDelivery(d);
  // Sent at once by the courier (on AWS the cold-night function, the only one that may send SMS). Should it fail,
  // the messages wait in the outbox, and the hourly check sends them.
  let outcomes: DeliveryOutcome[];
  try {
    outcomes = await (deps.courier ?? directCourier(deps)).deliver(deliveries);
  } catch (error) {
    deps.logger.error('decision not sent at once; the hourly check sends it', {
      decision: decision.id,
      error: String(error),
    });
    outcomes = deliveries.map(() => 'failed' as const);
  }
  const sent = outcomes.filter((o) => o === 'sent').length;
  const failed = outcomes.filter((o) => o === 'failed').length;
  deps.logger.info('cold-night decision sent', {
    decision: decision.id,
    version: decision.version,
    sent,
    failed,
  });
  return { sent, failed };
}
