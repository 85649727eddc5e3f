import { gzipSync } from 'node:zlib';
import { DateTime } from 'luxon';
import { alertsToSend, type PlannedAlert, planAlerts, toldAfter } from '../domain/alert-plan';
import {
  assessNights,
  type ColdRules,
  currentNight,
  DEFAULT_COLD_RULES,
  type NightAssessment,
} from '../domain/cold-nights';
import { AppError, upstreamUnavailable } from '../domain/errors';
import { observedNights } from '../domain/observations';
import { addDays, stockholmDate, TIME_ZONE } from '../domain/periods';
import type {
  AlertSettings,
  AlertStore,
  CheckState,
  ColdNightRecord,
  Courier,
  Delivery,
  DeliveryOutcome,
  Subscriber,
  WeatherSource,
} from './alerts-model';
import { withDemand } from './demand';
import { sendEmail } from './mail';
import type { Store, Uses, Wording } from './ports';
import type { ReportArchive } from './reports-model';

export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  location: { lat: 59.3293, lon: 18.0686 }, // Stockholm city centre
  thresholdC: DEFAULT_COLD_RULES.thresholdC,
  night: DEFAULT_COLD_RULES.window,
  warningLevels: DEFAULT_COLD_RULES.warningLevels,
  warningEvents: DEFAULT_COLD_RULES.warningEvents,
  warningAreaId: DEFAULT_COLD_RULES.warningAreaId,
  firmShare: DEFAULT_COLD_RULES.firmShare,
  muchColderC: 3,
  maxForecastAgeHours: 6,
  outageEmails: [],
};

/** What the check takes of the world; with an archive, every forecast it fetches is kept there. */
export type CheckDeps = Uses<
  'alerts' | 'weather' | 'email' | 'sms' | 'now' | 'logger' | 'people' | 'wording'
> & {
  forecastArchive?: Pick<ReportArchive, 'put'>;
  /** The figures, for the guests to expect each night (issue 27); without it the alerts tell the weather only. */
  store?: Store;
};

/** The nights with the guests to expect where the venues have fits: never a reason for an alert to fail. */
async function withExpectedGuests(deps: CheckDeps, nights: NightAssessment[]): Promise<NightAssessment[]> {
  if (!deps.store) return nights;
  try {
    return await withDemand({ store: deps.store, alerts: deps.alerts, now: deps.now }, nights);
  } catch (error) {
    deps.logger.error('expected guests not computed', { error: error as Error });
    return nights;
  }
}

/** Where a forecast is kept: under its date, named by its run, gzipped JSON as SMHI sent it. */
export const forecastKey = (createdTime: string) =>
  `forecasts/${createdTime.slice(0, 10)}/${createdTime}.json.gz`;

/** Keeps SMHI's forecast as it came, for replays and backtests. A failure is logged: it never stops an alert. */
async function recordForecast(deps: CheckDeps, createdTime: string, document: string) {
  if (!deps.forecastArchive) return;
  try {
    await deps.forecastArchive.put(forecastKey(createdTime), {
      name: `${createdTime}.json.gz`,
      contentType: 'application/gzip',
      body: gzipSync(document),
    });
  } catch (error) {
    deps.logger.error('the forecast could not be recorded', { createdTime, error: String(error) });
  }
}

/** A delivery left `sending` this long by a run that died is taken again; a failed one is tried this often. */
const LEASE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 5;
/** Unsent deliveries about nights this many days back are still sent or retried. */
const OUTBOX_DAYS = 2;

export interface CheckResult {
  forecastCreatedTime: string;
  fetchedForecast: boolean;
  nights: ColdNightRecord[];
  alerts: PlannedAlert[];
  sent: number;
  failed: number;
}

/** The rules a night is decided by, from the alert settings. */
export const rulesOf = (s: AlertSettings): ColdRules => ({
  thresholdC: s.thresholdC,
  window: s.night,
  warningLevels: s.warningLevels,
  warningEvents: s.warningEvents,
  warningAreaId: s.warningAreaId,
  // Settings stored before the cut was a setting have none: the default.
  firmShare: s.firmShare ?? DEFAULT_COLD_RULES.firmShare,
});

/**
 * One run of the scheduled check: read SMHI (the forecast only when a newer run exists), decide each night,
 * tell subscribers what changed — once per alert, channel and recipient, whatever runs at the same time or
 * again — retry what failed, and keep the nights and the delivery log. SMHI unreadable or stale: a loud failure.
 */
export async function runColdNightCheck(deps: CheckDeps): Promise<CheckResult> {
  const now = deps.now();
  const settings = (await deps.alerts.getAlertSettings()) ?? DEFAULT_ALERT_SETTINGS;
  const state = await deps.alerts.getCheckState();
  let forecast = state.forecast;
  let fetchedForecast = false;
  let warnings: Awaited<ReturnType<WeatherSource['warnings']>>;
  try {
    const latest = await deps.weather.latestForecastRun();
    if (!forecast || latest !== forecast.createdTime) {
      const { document, ...fetched } = await deps.weather.forecast(
        settings.location.lon,
        settings.location.lat,
      );
      forecast = fetched;
      fetchedForecast = true;
      if (document !== undefined) await recordForecast(deps, fetched.createdTime, document);
    }
    const ageHours = (now.getTime() - Date.parse(forecast.createdTime)) / 3_600_000;
    if (ageHours > settings.maxForecastAgeHours) {
      throw upstreamUnavailable(
        `SMHI's forecast is stale: the newest is from ${forecast.createdTime}, ${ageHours.toFixed(1)} h old.`,
        'smhi_stale',
      );
    }
    warnings = await deps.weather.warnings();
  } catch (error) {
    await reportOutage(deps, settings, state, error, now);
    throw error;
  }

  const nights = await withExpectedGuests(deps, assessNights(forecast, warnings, rulesOf(settings), now));
  const first = currentNight(now, settings.night);
  const last = nights.at(-1)?.night ?? first;
  const stored = await deps.alerts.listNights(first, last);
  const told = stored.flatMap((r) => (r.told ? [r.told] : []));
  const planned = planAlerts(nights, told, { muchColderC: settings.muchColderC });
  const alerts = alertsToSend(planned, first, settings.outlookAloneDays);
  const held = planned.filter((a) => !alerts.includes(a));
  const subscribers = await deps.alerts.listSubscribers();

  // Outbox: what is to be sent and what subscribers will then have been told are written first; sending follows
  // from the outbox, so a run that dies half-way leaves nothing that the next run does not finish.
  // One message per subscriber and channel for the whole run, telling every spell, the nearest first.
  if (alerts.length > 0)
    for (const subscriber of subscribers)
      for (const delivery of deliveriesFor(deps.wording, alerts, subscriber, nights, now))
        await deps.alerts.enqueueDelivery(delivery);
  const toldNow = new Map(toldAfter(nights, alerts, told).map((t) => [t.night, t]));
  const alertedNights = new Set(alerts.flatMap((a) => a.nights.map((n) => n.night)));
  const previous = new Map(stored.map((r) => [r.night, r]));
  const records: ColdNightRecord[] = nights.map((n) => ({
    ...n,
    told: toldNow.get(n.night),
    alertedAt: alertedNights.has(n.night) ? now.toISOString() : previous.get(n.night)?.alertedAt,
  }));
  await deps.alerts.saveNights(records);

  const outbox = (await deps.alerts.listDeliveries(addDays(first, -OUTBOX_DAYS), last)).filter(
    (d) => d.status !== 'sent',
  );
  let sent = 0;
  let failed = 0;
  for (const delivery of outbox) {
    const outcome = await deliver(deps, { ...delivery, at: now.toISOString() });
    if (outcome === 'sent') sent++;
    if (outcome === 'failed') failed++;
  }

  const observationsReadOn = await readObservations(deps, settings, state, now);
  await deps.alerts.putCheckState({
    forecast,
    lastSuccessAt: now.toISOString(),
    ...(observationsReadOn ? { observationsReadOn } : {}),
  });
  if (state.outageSince) deps.logger.info('SMHI readable again', { outageSince: state.outageSince });
  deps.logger.info('cold-night check done', {
    forecastCreatedTime: forecast.createdTime,
    fetchedForecast,
    coldNights: nights.filter((n) => n.cold).map((n) => n.night),
    alerts: alerts.map((a) => a.key),
    heldOutlook: held.map((a) => a.key),
    sent,
    failed,
  });
  return {
    forecastCreatedTime: forecast.createdTime,
    fetchedForecast,
    nights: records,
    alerts,
    sent,
    failed,
  };
}

/** A run's one message to a subscriber on each channel: its key names every alert it tells. */
function deliveriesFor(
  wording: Wording,
  alerts: readonly PlannedAlert[],
  subscriber: Subscriber,
  nights: ColdNightRecord[],
  now: Date,
): Delivery[] {
  const upcoming = nights.slice(0, 10);
  const [alert] = alerts as [PlannedAlert];
  const key = alerts.map((a) => a.key).join('+');
  const told = [...new Set(alerts.flatMap((a) => a.nights.map((n) => n.night)))].sort();
  return subscriber.channels.flatMap((channel) => {
    const recipient = channel === 'email' ? subscriber.email : subscriber.phone;
    if (!recipient) return [];
    const message =
      channel === 'email'
        ? wording.alertEmail(alerts, upcoming, subscriber.language)
        : { text: wording.alertSms(alerts, subscriber.language) };
    return [
      {
        id: `${key}|${channel}|${subscriber.id}`,
        alertKey: key,
        kind: alert.kind,
        nights: told,
        channel,
        subscriberId: subscriber.id,
        recipient,
        status: 'pending' as const,
        attempts: 0,
        at: now.toISOString(),
        forecastCreatedTime: alert.forecastCreatedTime,
        message,
      },
    ];
  });
}

/** Claims, sends and records one delivery; a failure is logged and left for the next run to retry. */
export async function deliver(
  deps: Uses<'alerts' | 'email' | 'sms' | 'logger' | 'people'>,
  delivery: Delivery,
): Promise<DeliveryOutcome> {
  if (!(await deps.alerts.claimDelivery(delivery, LEASE_MS, MAX_ATTEMPTS))) return 'skipped';
  try {
    if (delivery.channel === 'email') {
      await sendEmail(deps, {
        to: delivery.recipient,
        subject: delivery.message.subject ?? '',
        text: delivery.message.text,
        html: delivery.message.html,
      });
    } else {
      await deps.sms.send({ to: delivery.recipient, text: delivery.message.text });
    }
    await deps.alerts.completeDelivery({ ...delivery, status: 'sent', error: undefined });
    // Counted per channel on the operations dashboard (a metric filter on this line).
    deps.logger.info('alert delivered', {
      delivery: delivery.id,
      channel: delivery.channel,
      kind: delivery.kind,
    });
    return 'sent';
  } catch (error) {
    deps.logger.error('alert delivery failed', {
      delivery: delivery.id,
      channel: delivery.channel,
      error: String(error),
    });
    await deps.alerts.completeDelivery({ ...delivery, status: 'failed', error: String(error).slice(0, 500) });
    return 'failed';
  }
}

/** How many messages are sent at the same time. */
const SEND_AT_ONCE = 8;

/**
 * Sends deliveries already in the outbox, eight at a time (a decision to a few hundred people well within API
 * Gateway's 30 s; each claim still makes each message once): the courier every function has in itself.
 */
export const directCourier = (deps: Uses<'alerts' | 'email' | 'sms' | 'logger' | 'people'>): Courier => ({
  async deliver(deliveries) {
    const outcomes: DeliveryOutcome[] = [];
    for (let i = 0; i < deliveries.length; i += SEND_AT_ONCE)
      for (const outcome of await Promise.all(
        deliveries.slice(i, i + SEND_AT_ONCE).map((d) => deliver(deps, d)),
      ))
        outcomes.push(outcome);
    return outcomes;
  },
});

/** The hour (Stockholm) after which the night just ended is read from the observations. */
const OBSERVE_AFTER_HOUR = 9;

/**
 * Once a day, after the night is over, what SMHI observed: each night's minimum over the same window as the
 * forecasts, kept beside them. A failure here is logged and tried again on the next run; it never stops an alert.
 */
async function readObservations(
  deps: CheckDeps,
  settings: AlertSettings,
  state: CheckState,
  now: Date,
): Promise<string | undefined> {
  const today = stockholmDate(now);
  const hour = Number(DateTime.fromJSDate(now, { zone: TIME_ZONE }).toFormat('H'));
  if (state.observationsReadOn === today || hour < OBSERVE_AFTER_HOUR) return state.observationsReadOn;
  try {
    const nights = observedNights(await deps.weather.observations(), settings.night);
    await deps.alerts.saveObservedNights(nights);
    deps.logger.info('observations read', { nights: nights.length, last: nights.at(-1)?.night });
    return today;
  } catch (error) {
    deps.logger.error('SMHI observations could not be read; tried again on the next run', {
      error: error instanceof AppError ? error.detail : String(error),
    });
    return state.observationsReadOn;
  }
}

/** Logs the outage loudly and, once per outage, e-mails the admins named in the settings. */
async function reportOutage(
  deps: CheckDeps,
  settings: AlertSettings,
  state: Awaited<ReturnType<AlertStore['getCheckState']>>,
  error: unknown,
  now: Date,
) {
  const detail = error instanceof AppError ? error.detail : String(error);
  deps.logger.error('cold-night check failed: SMHI could not be read; no night was decided', {
    error: detail,
  });
  const outageSince = state.outageSince ?? now.toISOString();
  let outageNotifiedAt = state.outageNotifiedAt;
  if (!outageNotifiedAt && settings.outageEmails.length > 0) {
    for (const to of settings.outageEmails) {
      await deps.email
        .send({
          to,
          // The addresses have no language of their own: Swedish, then English.
          ...deps.wording.outageEmail(outageSince, detail),
        })
        .catch((e) => deps.logger.error('outage e-mail failed', { to, error: String(e) }));
    }
    outageNotifiedAt = now.toISOString();
  }
  await deps.alerts.putCheckState({ ...state, outageSince, outageNotifiedAt });
}
