import type { Role } from '../domain/access';
import type { CapacityEntry } from '../domain/capacity';
import type { ActivityKind, Figures } from '../domain/figures';
import type { Language } from '../domain/language';
import type { Period } from '../domain/periods';

export interface Organisation {
  id: string;
  name: string;
  /** Null only for a former partner whose number is not on record. */
  orgNumber: string | null;
  createdAt: string;
}

export interface Activity {
  id: string;
  organisationId: string;
  name: string;
  kind: ActivityKind;
  /** The places-in-force history, sorted by `from`. Kept on the activity so one read gives a report all it needs. */
  capacity: CapacityEntry[];
  /** A cold-night venue's public face: where it is and when it is open (shown on the public page when opened). */
  publicInfo?: { address: string; hours: string };
  /**
   * The first and last day the activity runs, where known (an outreach team that joined in 2025): nothing is
   * expected of it outside them, and no figures are taken for a period wholly outside (shared/domain/rules.ts).
   */
  startsOn?: string;
  endsOn?: string;
  version: number;
  createdAt: string;
}

export interface ApiKeyRecord {
  id: string;
  /** SHA-256 of the key, hex. The key itself is never stored. */
  hash: string;
  role: Role;
  organisationId?: string;
  label: string;
  createdAt: string;
  createdBy: string;
  revokedAt?: string;
}

export interface StoredFigures {
  activityId: string;
  period: string;
  figures: Figures;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export type FigureResult = 'created' | 'updated' | 'unchanged';

/**
 * What a submission sent with an idempotency key answered, stored in the transaction of its write: the same key sent
 * again (a resend after a lost answer, a phone's queue sending twice) gets this answer and writes nothing. Kept
 * SUBMISSION_DAYS; aggregate figures only, as the figures themselves.
 */
export interface SubmissionReceipt {
  principalId: string;
  key: string;
  /** The rows sent, canonical: the same key sent with other figures is refused, never answered as the first. */
  request: string;
  at: string;
  expiresAt: string;
  outcomes: { row: number; result: FigureResult; stored: StoredFigures; before?: StoredFigures }[];
}

/** Whether an activity's month is kept as days or as one month total, and how many figures hold it so. */
export interface MonthGranularity {
  activityId: string;
  month: string;
  granularity: Period['granularity'];
  count: number;
}

/**
 * A person who signs in: staff of a partner, a coordinator, an administrator. Name and e-mail only — staff data is
 * personal data too. `authVersion` moves whenever what the person may do changes (role, organisation, disabled):
 * a session made under an older one is over.
 */
export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** A partner's one organisation. */
  organisationId?: string;
  language: Language;
  disabled: boolean;
  /** False: the person has asked for no reminders of missing figures (absent: they get them). */
  reminders?: boolean;
  authVersion: number;
  version: number;
  createdAt: string;
}

/** A signed-in person's session: kept by the hash of its token (the token is only in the cookie). */
export interface Session {
  /** SHA-256 of the token, hex. */
  id: string;
  userId: string;
  /** The person's authVersion when signed in: a change since ends the session. */
  authVersion: number;
  createdAt: string;
  lastSeenAt: string;
  /** When the session ends whatever happens (12 h after it began). */
  expiresAt: string;
}

/** A passkey of a person (WebAuthn): its public key only; the private key never leaves the person's device. */
export interface Passkey {
  /** The credential id, base64url. */
  id: string;
  userId: string;
  /** The COSE public key, base64url. */
  publicKey: string;
  /** The signature counter last seen (0 for authenticators that do not count). */
  counter: number;
  transports?: string[];
  createdAt: string;
  lastUsedAt?: string;
}

/** A one-time code sent to sign in: kept by the hash of its challenge (in the person's cookie only). */
export interface SignInCode {
  /** SHA-256 of the challenge, hex. */
  id: string;
  userId: string;
  /** SHA-256 of challenge and code: without the challenge, the stored hash says nothing of the code. */
  codeHash: string;
  expiresAt: string;
  wrongTries: number;
  usedAt?: string;
}

/**
 * An address SES said cannot be mailed: a permanent bounce (no such mailbox) or a complaint (marked as spam). Nothing
 * is mailed to it until an administrator confirms it again.
 */
export interface UndeliverableAddress {
  /** Lower-case. */
  address: string;
  reason: 'bounce' | 'complaint';
  /** The first such notice since the address was last confirmed, and the latest. */
  since: string;
  lastAt: string;
  notices: number;
  /** SES's words for it ("General", "NoEmail", "abuse"), at most 100 characters. */
  detail?: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  /** Who: a key's id, a person's id (`usr_…`), or `system:<name>`. */
  keyId: string;
  /** A person's name at the time (entries made by a person). */
  actorName?: string;
  /** As shown: the person who made it, or the person it is about, has since been deleted (their name unsaid). */
  actorDeleted?: true;
  entityDeleted?: true;
  action: string;
  entityType:
    | 'figures'
    | 'capacity'
    | 'organisation'
    | 'activity'
    | 'key'
    | 'subscriber'
    | 'alert-settings'
    | 'report-recipient'
    | 'agreement'
    | 'financial-year'
    | 'cold-night-decision'
    | 'financial-outcome'
    | 'report'
    | 'survey'
    | 'user'
    | 'email-address';
  entityId: string;
  activityId?: string;
  before?: unknown;
  after?: unknown;
}

export type FigureChange =
  | {
      op: 'put';
      figures: StoredFigures;
      previousVersion?: number;
      granularity: Period['granularity'];
      audit: AuditEntry;
    }
  | { op: 'delete'; figures: StoredFigures; granularity: Period['granularity']; audit: AuditEntry };
