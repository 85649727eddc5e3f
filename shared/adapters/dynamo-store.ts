import { type DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  type QueryCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type {
  Activity,
  ApiKeyRecord,
  AuditEntry,
  FigureChange,
  MonthGranularity,
  Organisation,
  StoredFigures,
} from '../app/model';
import type { FigureKey, Store } from '../app/ports';
import { type AppError, concurrentChange, conflict } from '../domain/errors';
import { TABLE } from './table';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type Item = Record<string, unknown>;

const figuresPk = (activityId: string) => `ACT#${activityId}`;
const strip = <T>({ pk: _pk, sk: _sk, gsi1pk: _g, gsi1sk: _s, ...rest }: Item) => rest as T;

/** The store on one DynamoDB table (see table.ts for the keys). */
export class DynamoStore implements Store {
  private readonly doc: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }

  // --- keys -------------------------------------------------------------------------------------------

  async getKey(id: string) {
    // Strongly consistent, so that a revoked key stops working at once.
    return this.get<ApiKeyRecord>('KEY', id, true);
  }

  listKeys() {
    return this.query<ApiKeyRecord>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'KEY' },
    });
  }

  async createKey(key: ApiKeyRecord, audit: AuditEntry) {
    await this.transact([this.putNew({ pk: 'KEY', sk: key.id, ...key }), this.auditPut(audit)]);
  }

  async revokeKey(key: ApiKeyRecord, audit: AuditEntry) {
    await this.transact([
      {
        Put: {
          TableName: this.tableName,
          Item: { pk: 'KEY', sk: key.id, ...key },
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
        },
      },
      this.auditPut(audit),
    ]);
  }

  // --- organisations and activities --------------------------------------------------------------------

  getOrganisation(id: string) {
    return this.get<Organisation>('ORG', id);
  }

  listOrganisations() {
    return this.query<Organisation>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'ORG' },
    });
  }

  async createOrganisation(organisation: Organisation, audit: AuditEntry) {
    const items = [this.putNew({ pk: 'ORG', sk: organisation.id, ...organisation }), this.auditPut(audit)];
    if (organisation.orgNumber) {
      items.push(
        this.putNew({ pk: 'ORGNUMBER', sk: organisation.orgNumber, organisationId: organisation.id }),
      );
    }
    await this.transact(items, () =>
      conflict(
        `An organisation with number ${organisation.orgNumber} or id ${organisation.id} already exists.`,
        [{ path: '/orgNumber', message: 'Already registered.' }],
      ),
    );
  }

  async getActivities(ids: readonly string[]) {
    return this.batchGet<Activity>(ids.map((id) => ({ pk: 'ACTIVITY', sk: id })));
  }

  listActivities() {
    return this.query<Activity>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'ACTIVITY' },
    });
  }

  async createActivity(activity: Activity, audit: AuditEntry) {
    await this.transact([
      this.putNew({ pk: 'ACTIVITY', sk: activity.id, ...activity }),
      this.auditPut(audit),
    ]);
  }

  async updateActivity(activity: Activity, audit: AuditEntry) {
    await this.transact([
      {
        Put: {
          TableName: this.tableName,
          Item: { pk: 'ACTIVITY', sk: activity.id, ...activity },
          ConditionExpression: 'version = :previous',
          ExpressionAttributeValues: { ':previous': activity.version - 1 },
        },
      },
      this.auditPut(audit),
    ]);
  }

  // --- figures ----------------------------------------------------------------------------------------

  async getFigures(keys: readonly FigureKey[]) {
    return this.batchGet<StoredFigures>(
      keys.map((k) => ({ pk: figuresPk(k.activityId), sk: `FIG#${k.period}` })),
    );
  }

  async getMonthGranularities(keys: readonly { activityId: string; month: string }[]) {
    return this.batchGet<MonthGranularity>(
      keys.map((k) => ({ pk: figuresPk(k.activityId), sk: `GRAN#${k.month}` })),
    );
  }

  listFigures(activityId: string, from: string, to: string) {
    return this.query<StoredFigures>({
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': figuresPk(activityId),
        ':from': `FIG#${from}`,
        ':to': `FIG#${to}~`,
      },
    });
  }

  async commitFigures(changes: readonly FigureChange[]) {
    const items: TransactItem[] = [];
    // One update per month item: a transaction may not touch an item twice.
    const months = new Map<
      string,
      { activityId: string; month: string; granularity: string; delta: number }
    >();
    for (const change of changes) {
      const { activityId, period } = change.figures;
      const key = { pk: figuresPk(activityId), sk: `FIG#${period}` };
      if (change.op === 'put') {
        items.push({
          Put: {
            TableName: this.tableName,
            Item: { ...key, ...change.figures },
            ...(change.previousVersion === undefined
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : {
                  ConditionExpression: 'version = :previous',
                  ExpressionAttributeValues: { ':previous': change.previousVersion },
                }),
          },
        });
      } else {
        items.push({
          Delete: {
            TableName: this.tableName,
            Key: key,
            ConditionExpression: 'version = :previous',
            ExpressionAttributeValues: { ':previous': change.figures.version },
          },
        });
      }
      items.push(this.auditPut(change.audit));
      const month = period.slice(0, 7);
      const delta = change.op === 'delete' ? -1 : change.previousVersion === undefined ? 1 : 0;
      const entry = months.get(`${activityId}|${month}`) ?? {
        activityId,
        month,
        granularity: change.granularity,
        delta: 0,
      };
      entry.delta += delta;
      months.set(`${activityId}|${month}`, entry);
    }
    for (const m of months.values()) {
      if (m.delta === 0) continue;
      items.push({
        Update: {
          TableName: this.tableName,
          Key: { pk: figuresPk(m.activityId), sk: `GRAN#${m.month}` },
          UpdateExpression: 'SET activityId = :a, #month = :m, granularity = :g ADD #count :d',
          // A month is kept one way: days or a total. It may change way only when nothing holds it.
          ConditionExpression: 'attribute_not_exists(granularity) OR granularity = :g OR #count = :zero',
          ExpressionAttributeNames: { '#count': 'count', '#month': 'month' },
          ExpressionAttributeValues: {
            ':a': m.activityId,
            ':m': m.month,
            ':g': m.granularity,
            ':d': m.delta,
            ':zero': 0,
          },
        },
      });
    }
    await this.transact(items);
  }

  // --- audit ------------------------------------------------------------------------------------------

  async listAudit({ activityId, from, to }: { activityId?: string; from: string; to: string }) {
    const range = { ':from': from, ':to': `${to}~` };
    if (activityId) {
      return this.query<AuditEntry>({
        IndexName: TABLE.auditByActivityIndex.name,
        KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': `AUDIT#${activityId}`, ...range },
      });
    }
    const entries: AuditEntry[] = [];
    for (const month of utcMonths(from, to)) {
      entries.push(
        ...(await this.query<AuditEntry>({
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': `AUDIT#${month}`, ...range },
        })),
      );
    }
    return entries;
  }

  // --- helpers ----------------------------------------------------------------------------------------

  private auditPut(audit: AuditEntry): TransactItem {
    const sk = `${audit.at}#${audit.id}`;
    return this.putNew({
      pk: `AUDIT#${audit.at.slice(0, 7)}`,
      sk,
      ...(audit.activityId ? { gsi1pk: `AUDIT#${audit.activityId}`, gsi1sk: sk } : {}),
      ...audit,
    });
  }

  private putNew(item: Item): TransactItem {
    return {
      Put: { TableName: this.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' },
    };
  }

  /** One atomic write; a failed condition or a conflicting transaction becomes a 409 AppError, never a 500. */
  private async transact(items: TransactItem[], onConflict: () => AppError = concurrentChange) {
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      throw isConditionFailure(error) ? onConflict() : error;
    }
  }

  private async get<T>(pk: string, sk: string, consistent = false): Promise<T | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk, sk }, ConsistentRead: consistent }),
    );
    return Item ? strip<T>(Item) : undefined;
  }

  private async query<T>(input: Omit<QueryCommandInput, 'TableName'>): Promise<T[]> {
    const items: T[] = [];
    for await (const page of paginateQuery({ client: this.doc }, { TableName: this.tableName, ...input })) {
      for (const item of page.Items ?? []) items.push(strip<T>(item));
    }
    return items;
  }

  /** BatchGetItem in pages of 100 keys, retrying what DynamoDB left unprocessed. Order is not kept. */
  private async batchGet<T>(keys: readonly { pk: string; sk: string }[]): Promise<T[]> {
    const unique = [...new Map(keys.map((k) => [`${k.pk}|${k.sk}`, k])).values()];
    const found: T[] = [];
    for (let i = 0; i < unique.length; i += 100) {
      let request: Record<string, { Keys: Item[] }> | undefined = {
        [this.tableName]: { Keys: unique.slice(i, i + 100) },
      };
      for (let attempt = 0; request && Object.keys(request).length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
        const result = await this.doc.send(new BatchGetCommand({ RequestItems: request }));
        for (const item of result.Responses?.[this.tableName] ?? []) found.push(strip<T>(item));
        request = result.UnprocessedKeys as typeof request;
      }
    }
    return found;
  }
}

/**
 * A transaction cancelled because a condition failed, or because another transaction was touching the same
 * item at once (DynamoDB's `TransactionConflict`): both mean "re-read and try again", never a server error.
 */
function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some(
      (r) => r.Code === 'ConditionalCheckFailed' || r.Code === 'TransactionConflict',
    )
  );
}

/** The UTC months `YYYY-MM` that the instants from..to touch. */
function utcMonths(from: string, to: string): string[] {
  const months: string[] = [];
  const end = to.slice(0, 7);
  for (let m = new Date(`${from.slice(0, 7)}-01T00:00:00Z`); ; m.setUTCMonth(m.getUTCMonth() + 1)) {
    const month = m.toISOString().slice(0, 7);
    if (month > end) break;
    months.push(month);
  }
  return months;
}
