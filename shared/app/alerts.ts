import { authorise, type Principal } from '../domain/access';
import { notFound } from '../domain/errors';
import type { ObservedNight } from '../domain/observations';
import { addDays } from '../domain/periods';
import { alertsSent, verify } from '../domain/verification';
import type { AlertSettings, ColdNightRecord, Delivery, Subscriber } from './alerts-model';
import { auditEntry } from './audit';
import { DEFAULT_ALERT_SETTINGS } from './cold-night-check';
import { newId } from './ids';
import type { Core } from './ports';

export async function createSubscriber(
  deps: Core,
  principal: Principal,
  input: Omit<Subscriber, 'id' | 'createdAt'>,
): Promise<Subscriber> {
  authorise(principal, 'alerts.manage');
  const at = deps.now().toISOString();
  const subscriber: Subscriber = { id: newId('sub'), ...input, createdAt: at };
  await deps.alerts.createSubscriber(
    subscriber,
    auditEntry(at, principal, {
      action: 'subscriber.created',
      entityType: 'subscriber',
      entityId: subscriber.id,
      after: subscriber,
    }),
  );
  return subscriber;
}

export async function listSubscribers(deps: Core, principal: Principal): Promise<Subscriber[]> {
  authorise(principal, 'alerts.manage');
  return deps.alerts.listSubscribers();
}

export async function deleteSubscriber(deps: Core, principal: Principal, id: string): Promise<void> {
  authorise(principal, 'alerts.manage');
  const subscriber = (await deps.alerts.listSubscribers()).find((s) => s.id === id);
  if (!subscriber) throw notFound(`No subscriber ${id}.`);
  await deps.alerts.deleteSubscriber(
    subscriber,
    auditEntry(deps.now().toISOString(), principal, {
      action: 'subscriber.deleted',
      entityType: 'subscriber',
      entityId: id,
      before: subscriber,
    }),
  );
}

export async function getAlertSettings(deps: Core, principal: Principal): Promise<AlertSettings> {
  authorise(principal, 'alerts.manage');
  return (await deps.alerts.getAlertSettings()) ?? DEFAULT_ALERT_SETTINGS;
}

export async function putAlertSettings(
  deps: Core,
  principal: Principal,
  settings: AlertSettings,
): Promise<AlertSettings> {
  authorise(principal, 'alerts.manage');
  const before = (await deps.alerts.getAlertSettings()) ?? DEFAULT_ALERT_SETTINGS;
  await deps.alerts.putAlertSettings(
    settings,
    auditEntry(deps.now().toISOString(), principal, {
      action: 'alert-settings.set',
      entityType: 'alert-settings',
      entityId: 'alerts',
      before,
      after: settings,
    }),
  );
  return settings;
}

/** The delivery log: every alert to every recipient, with its outcome. */
export async function listAlerts(deps: Core, principal: Principal, range: { from: string; to: string }) {
  authorise(principal, 'alerts.read');
  const [deliveries, subscribers]: [Delivery[], Subscriber[]] = await Promise.all([
    deps.alerts.listDeliveries(range.from, range.to),
    deps.alerts.listSubscribers(),
  ]);
  // Who it went to, by name: a log of phone numbers tells a coordinator nothing (a removed subscriber has none).
  const nameOf = new Map(subscribers.map((s) => [s.id, s.name]));
  return deliveries
    .map(
      ({
        id,
        nights,
        kind,
        channel,
        subscriberId,
        recipient,
        status,
        at,
        forecastCreatedTime,
        attempts,
        error,
      }) => ({
        id,
        nights,
        kind,
        channel,
        recipient,
        ...(nameOf.has(subscriberId) ? { recipientName: nameOf.get(subscriberId) as string } : {}),
        status,
        at,
        forecastCreatedTime,
        attempts,
        ...(error ? { error } : {}),
      }),
    )
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** What the last cold-night check read and when it last succeeded, for the coordinators' page. */
export async function checkState(deps: Core, principal: Principal) {
  authorise(principal, 'alerts.read');
  return deps.alerts.getCheckState();
}

/** Each night as the last check saw it, and, once it is over, as SMHI observed it. */
export async function listColdNights(deps: Core, principal: Principal, range: { from: string; to: string }) {
  authorise(principal, 'alerts.read');
  const [records, observed]: [ColdNightRecord[], ObservedNight[]] = await Promise.all([
    deps.alerts.listNights(range.from, range.to),
    deps.alerts.listObservedNights(range.from, range.to),
  ]);
  const byNight = new Map(observed.map((o) => [o.night, o]));
  // Each night as the check saw it (what subscribers were told stays inside), with what was observed.
  return records.map(({ told: _told, ...record }) => ({
    ...record,
    alertedAt: record.alertedAt ?? null,
    observed: observedOf(byNight.get(record.night)),
    demand: record.demand ?? null,
  }));
}

const observedOf = (o: ObservedNight | undefined) =>
  o
    ? { minTemperature: o.minTemperature, quality: o.quality, hours: o.hours, expectedHours: o.expectedHours }
    : null;

/**
 * The alerts checked against the nights SMHI observed, from–to: cold nights alerted early, late or never, false
 * alarms, the median lead time, and what was decided.
 */
export async function verifyAlerts(deps: Core, principal: Principal, range: { from: string; to: string }) {
  authorise(principal, 'alerts.read');
  const [observed, deliveries, decisions, settings] = await Promise.all([
    deps.alerts.listObservedNights(range.from, range.to),
    // A delivery is kept under its first night: an alert about a night may begin up to the forecast's ten days
    // before it.
    deps.alerts.listDeliveries(addDays(range.from, -11), range.to),
    deps.alerts.listDecisions(),
    deps.alerts.getAlertSettings(),
  ]);
  const s = settings ?? DEFAULT_ALERT_SETTINGS;
  return verify({
    ...range,
    thresholdC: s.thresholdC,
    window: s.night,
    observed,
    alerts: alertsSent(deliveries),
    decisions,
  });
}
