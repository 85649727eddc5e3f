import type { AlertedState, AlertKind } from '../domain/alert-plan';
import type { Forecast, NightAssessment, WarningArea } from '../domain/cold-nights';
import type { Decision, DecisionMessageKind, Group } from '../domain/decisions';
import type { VenueDemand } from '../domain/demand';
import type { Language } from '../domain/language';
import type { Observation, ObservedNight } from '../domain/observations';
import type { AuditEntry } from './model';

export type Channel = 'email' | 'sms';

/** A coordinator (staff) who receives cold-night alerts. */
export interface Subscriber {
  id: string;
  name: string;
  email?: string;
  /** E.164, e.g. +46701234567. */
  phone?: string;
  channels: Channel[];
  language: Language;
  /** Who must act on decisions to open; absent (subscribed before groups): coordinators. */
  groups?: Group[];
  createdAt: string;
}

export interface AlertSettings {
  location: { lat: number; lon: number };
  thresholdC: number;
  night: { startHour: number; endHour: number };
  warningLevels: string[];
  warningEvents: string[];
  warningAreaId: number;
  /** A night is firm when at least this share of its hours lie in SMHI's hourly steps (default 0.5). */
  firmShare?: number;
  /** A night this much colder than told sends an update (°C). */
  muchColderC: number;
  /** Outlook nights further ahead than this alert on no run of their own (default 5). */
  outlookAloneDays?: number;
  /** A forecast older than this is stale: the check fails loudly instead of deciding on it. */
  maxForecastAgeHours: number;
  /** Who gets one e-mail per SMHI outage; empty: nobody (the alarm still fires). */
  outageEmails: string[];
}

/** One night as the last check saw it, and what subscribers were told of it. */
export interface ColdNightRecord extends NightAssessment {
  told?: AlertedState;
  alertedAt?: string;
}

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** One alert to one recipient on one channel: claimed once, sent once, logged. */
export interface Delivery {
  id: string;
  alertKey: string;
  /** An alert's kind, or what a decision's message tells (made, changed, cancelled). */
  kind: AlertKind | DecisionMessageKind;
  nights: string[];
  channel: Channel;
  subscriberId: string;
  recipient: string;
  status: DeliveryStatus;
  attempts: number;
  /** When a run last took it (a run that dies leaves it `sending`; after a lease another run takes it). */
  claimedAt?: string;
  at: string;
  forecastCreatedTime: string;
  message: { subject?: string; text: string; html?: string };
  error?: string;
}

export type DeliveryOutcome = 'sent' | 'failed' | 'skipped';

/**
 * Who sends the deliveries already in the outbox: this function itself, or (on AWS) the cold-night function, the
 * only one allowed to send SMS. Each delivery is claimed before it is sent, so a second courier sends nothing twice.
 */
export interface Courier {
  deliver(deliveries: readonly Delivery[]): Promise<DeliveryOutcome[]>;
}

/** What the check keeps between runs: SMHI's last run (to fetch only newer ones) and the outage state. */
export interface CheckState {
  forecast?: Forecast;
  lastSuccessAt?: string;
  outageSince?: string;
  outageNotifiedAt?: string;
  /** The Stockholm date the observations were last read (once a day). */
  observationsReadOn?: string;
}

export interface AlertStore {
  getAlertSettings(): Promise<AlertSettings | undefined>;
  putAlertSettings(settings: AlertSettings, audit: AuditEntry): Promise<void>;

  listSubscribers(): Promise<Subscriber[]>;
  createSubscriber(subscriber: Subscriber, audit: AuditEntry): Promise<void>;
  deleteSubscriber(subscriber: Subscriber, audit: AuditEntry): Promise<void>;

  listNights(from: string, to: string): Promise<ColdNightRecord[]>;
  saveNights(records: readonly ColdNightRecord[]): Promise<void>;

  /** Puts a delivery in the outbox as `pending`, unless it is there already (false). */
  enqueueDelivery(delivery: Delivery): Promise<boolean>;
  /**
   * Takes a delivery for this run: true if it is pending, failed with attempts left, or left `sending` by a run that
   * died more than `leaseMs` ago. Conditional, so two runs at once never both take it.
   */
  claimDelivery(delivery: Delivery, leaseMs: number, maxAttempts: number): Promise<boolean>;
  completeDelivery(delivery: Delivery): Promise<void>;
  listDeliveries(fromNight: string, toNight: string): Promise<Delivery[]>;

  /** Each night as SMHI observed it. */
  saveObservedNights(records: readonly ObservedNight[]): Promise<void>;
  listObservedNights(from: string, to: string): Promise<ObservedNight[]>;
  /** The venues' demand fits, as the nightly fit left them (one item per venue). */
  saveDemand(venues: readonly VenueDemand[]): Promise<void>;
  listDemand(): Promise<VenueDemand[]>;

  listDecisions(): Promise<Decision[]>;
  /** Saves the decision if the stored one still has `decision.version - 1` (none, for version 1). */
  putDecision(decision: Decision, audit: AuditEntry): Promise<void>;

  getCheckState(): Promise<CheckState>;
  putCheckState(state: CheckState): Promise<void>;
}

/** What the check reads from SMHI. */
export interface WeatherSource {
  /** The creation time of SMHI's latest forecast run (cheap: poll it, fetch the forecast only when it changes). */
  latestForecastRun(): Promise<string>;
  /** With SMHI's document as it came, when there is one (it is kept for replays). */
  forecast(lon: number, lat: number): Promise<Forecast & { document?: string }>;
  warnings(): Promise<WarningArea[]>;
  /** The hourly air temperature observed in Stockholm, the last months. */
  observations(): Promise<Observation[]>;
}

/** A file sent with an e-mail; with `inlineId`, an image the HTML shows as `cid:<inlineId>`. */
export interface EmailAttachment {
  name: string;
  contentType: string;
  body: Uint8Array;
  inlineId?: string;
}

export interface EmailSender {
  send(message: {
    to: string;
    subject: string;
    text: string;
    html?: string;
    attachments?: readonly EmailAttachment[];
  }): Promise<void>;
}

export interface SmsSender {
  send(message: { to: string; text: string }): Promise<void>;
}
