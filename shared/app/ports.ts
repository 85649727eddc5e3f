import type { AlertStore } from './alerts-model';
import type {
  Activity,
  ApiKeyRecord,
  AuditEntry,
  FigureChange,
  MonthGranularity,
  Organisation,
  StoredFigures,
} from './model';
import type { ReportStore } from './reports-model';

export interface FigureKey {
  activityId: string;
  period: string;
}

/** What a write of one activity's figures for one period needs to know, read at once. */
export interface FigureContext {
  activities: Activity[];
  figures: StoredFigures[];
  granularities: MonthGranularity[];
}

/**
 * Everything the use cases keep. Each write carries its audit entry and is stored atomically with it.
 * Writes that lose an optimistic-concurrency race throw `concurrentChange()`.
 */
export interface Store {
  getKey(id: string): Promise<ApiKeyRecord | undefined>;
  listKeys(): Promise<ApiKeyRecord[]>;
  createKey(key: ApiKeyRecord, audit: AuditEntry): Promise<void>;
  revokeKey(key: ApiKeyRecord, audit: AuditEntry): Promise<void>;

  getOrganisation(id: string): Promise<Organisation | undefined>;
  listOrganisations(): Promise<Organisation[]>;
  /** Throws a 409 AppError when another organisation has the same number. */
  createOrganisation(organisation: Organisation, audit: AuditEntry): Promise<void>;

  getActivities(ids: readonly string[]): Promise<Activity[]>;
  listActivities(): Promise<Activity[]>;
  createActivity(activity: Activity, audit: AuditEntry): Promise<void>;
  /** Saves `activity` if the stored one still has `activity.version - 1`. */
  updateActivity(activity: Activity, audit: AuditEntry): Promise<void>;

  getFigures(keys: readonly FigureKey[]): Promise<StoredFigures[]>;
  /** The activity, its figures for `period` and the month's way of reporting: one BatchGetItem. */
  getFigureContext(activityId: string, period: string): Promise<FigureContext>;
  getMonthGranularities(keys: readonly { activityId: string; month: string }[]): Promise<MonthGranularity[]>;
  /**
   * Figures of one activity whose period sorts between `from` and `to` (prefixes included). One Query. With
   * `max`, at most `max` + 1 are read (so that the caller can tell there were more).
   */
  listFigures(activityId: string, from: string, to: string, max?: number): Promise<StoredFigures[]>;
  /** Applies up to 25 changes in one transaction, with their audit entries and month granularities. */
  commitFigures(changes: readonly FigureChange[]): Promise<void>;

  /** With `max`, at least `max` + 1 when there are more (per month partition), never all of a busy year. */
  listAudit(query: { activityId?: string; from: string; to: string; max?: number }): Promise<AuditEntry[]>;
}

/** What a use case needs from the world. */
export interface Deps {
  store: Store;
  alerts: AlertStore;
  reports: ReportStore;
  now: () => Date;
  /** Published counts below this are suppressed (nationality); default 5. */
  reportSmallCellBelow?: number;
}
