import type { Role } from '../domain/access';
import type { CapacityEntry } from '../domain/capacity';
import type { ActivityKind, Figures } from '../domain/figures';

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

/** Whether an activity's month is kept as days or as one month total, and how many figures hold it so. */
export interface MonthGranularity {
  activityId: string;
  month: string;
  granularity: 'day' | 'month';
  count: number;
}

export interface AuditEntry {
  id: string;
  at: string;
  keyId: string;
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
    | 'report';
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
      granularity: 'day' | 'month';
      audit: AuditEntry;
    }
  | { op: 'delete'; figures: StoredFigures; granularity: 'day' | 'month'; audit: AuditEntry };
