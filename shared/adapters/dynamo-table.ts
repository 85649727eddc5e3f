import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  type QueryCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../app/model';
import { type AppError, concurrentChange, unauthenticated } from '../domain/errors';
import { isStoredKeyId, KEYS, PK, PREFIX, strip } from './table';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
export type Item = Record<string, unknown>;

/** The table and what every store on it needs: reads that page, audited atomic writes, 409s for lost races. */
export class DynamoTable {
  protected readonly doc: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    protected readonly tableName: string,
  ) {
    this.doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }

  protected auditPut(audit: AuditEntry): TransactItem {
    return this.putNew({ ...KEYS.audit(audit), ...audit });
  }

  /**
   * Guard items that keep `values` unique among things of `kind` (an e-mail address among subscribers, say): put
   * with the thing, in the same transaction, they make a second one with the same value fail its condition (409),
   * race-free. Compared case-insensitively.
   */
  protected claimUnique(kind: string, values: readonly string[], ownerId: string): TransactItem[] {
    return values.map((value) => this.putNew({ ...KEYS.unique(kind, value), ownerId }));
  }

  /** Frees what `claimUnique` held, with the thing's deletion. */
  protected releaseUnique(kind: string, values: readonly string[]): TransactItem[] {
    return values.map((value) => ({
      Delete: { TableName: this.tableName, Key: KEYS.unique(kind, value) },
    }));
  }

  /** Puts a versioned item: new at version 1, else only over the version before it (a lost race is a 409). */
  protected putVersioned(item: Item & { version: number }): TransactItem {
    if (item.version === 1) return this.putNew(item);
    return {
      Put: {
        TableName: this.tableName,
        Item: item,
        ConditionExpression: 'version = :previous',
        ExpressionAttributeValues: { ':previous': item.version - 1 },
      },
    };
  }

  protected putNew(item: Item): TransactItem {
    return {
      Put: { TableName: this.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' },
    };
  }

  /**
   * One atomic write; a failed condition or a conflicting transaction becomes a 409 AppError, never a 500. A
   * write audited as made with an API key also checks, inside the same transaction, that the key is still there
   * and not revoked: a write authenticated a moment before `DELETE /v1/keys/{id}` cannot commit after it (401).
   */
  protected async transact(items: TransactItem[], onConflict: () => AppError = concurrentChange) {
    const keyChecks = this.keyChecks(items);
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: [...items, ...keyChecks] }));
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const reasons = (error as TransactionCanceledException).CancellationReasons ?? [];
      const keyGone = keyChecks.some((_, i) => reasons[items.length + i]?.Code === 'ConditionalCheckFailed');
      throw keyGone ? unauthenticated('The API key is unknown or revoked.') : onConflict();
    }
  }

  /** A ConditionCheck on each stored key that audits a write in `items`, unless `items` writes that key itself. */
  private keyChecks(items: readonly TransactItem[]): TransactItem[] {
    const keyIds = new Set<string>();
    const touched = new Set<string>();
    for (const item of items) {
      const put = item.Put?.Item;
      if (put && typeof put.pk === 'string' && put.pk.startsWith(PREFIX.audit) && isStoredKeyId(put.keyId))
        keyIds.add(put.keyId);
      const key = put ?? item.Update?.Key ?? item.Delete?.Key ?? item.ConditionCheck?.Key;
      if (key?.pk === PK.key) touched.add(String(key.sk));
    }
    return [...keyIds]
      .filter((id) => !touched.has(id))
      .map((id) => ({
        ConditionCheck: {
          TableName: this.tableName,
          Key: { pk: PK.key, sk: id },
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
        },
      }));
  }

  /**
   * Takes one item of an outbox for this run, by a conditional update: when it is `pending`, `failed` with tries
   * left, or `sending` by a run whose lease ran out (it died). Sets `fields` with the claim. False: another run
   * has it, or it is done. The same claim serves cold-night deliveries and report mails.
   */
  protected async claim(
    key: { pk: string; sk: string },
    claim: { at: string; leaseMs: number; maxAttempts: number; fields?: Record<string, unknown> },
  ): Promise<boolean> {
    const names: Record<string, string> = {
      '#status': 'status',
      '#attempts': 'attempts',
      '#claimedAt': 'claimedAt',
    };
    const values: Record<string, unknown> = {
      ':pending': 'pending',
      ':sending': 'sending',
      ':failed': 'failed',
      ':max': claim.maxAttempts,
      ':one': 1,
      ':now': claim.at,
      ':staleBefore': new Date(Date.parse(claim.at) - claim.leaseMs).toISOString(),
    };
    const sets = Object.entries(claim.fields ?? {}).map(([field, value], i) => {
      names[`#f${i}`] = field;
      values[`:f${i}`] = value;
      return `, #f${i} = :f${i}`;
    });
    return this.sendIf(
      this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: `SET #status = :sending, #claimedAt = :now${sets.join('')} ADD #attempts :one`,
          ConditionExpression:
            '#status = :pending OR (#status = :failed AND #attempts < :max) OR (#status = :sending AND #claimedAt < :staleBefore)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      ),
    );
  }

  /** A conditional write on its own, as sent: true when its condition held and it was written, false when not. */
  protected async sendIf(write: Promise<unknown>): Promise<boolean> {
    try {
      await write;
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  protected async get<T>(pk: string, sk: string, consistent = false): Promise<T | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk, sk }, ConsistentRead: consistent }),
    );
    return Item ? strip<T>(Item) : undefined;
  }

  /** Every item the query matches, page after page; with `max`, no more than `max` + 1 are read. */
  protected async query<T>(input: Omit<QueryCommandInput, 'TableName'>, max?: number): Promise<T[]> {
    const items: T[] = [];
    const limit = max === undefined ? undefined : max + 1;
    for await (const page of paginateQuery(
      { client: this.doc },
      { TableName: this.tableName, ...input, ...(limit ? { Limit: limit } : {}) },
    )) {
      for (const item of page.Items ?? []) items.push(strip<T>(item));
      if (limit !== undefined && items.length >= limit) return items.slice(0, limit);
    }
    return items;
  }

  /** BatchGetItem in pages of 100 keys, retrying what DynamoDB left unprocessed. Order is not kept. */
  protected async batchGet<T>(keys: readonly { pk: string; sk: string }[]): Promise<T[]> {
    return (await this.batchGetItems(keys)).map((item) => strip<T>(item));
  }

  /** The same, with each item's keys (to tell items of different kinds apart). */
  protected async batchGetItems(keys: readonly { pk: string; sk: string }[]): Promise<Item[]> {
    const unique = [...new Map(keys.map((k) => [`${k.pk}|${k.sk}`, k])).values()];
    const found: Item[] = [];
    for (let i = 0; i < unique.length; i += 100) {
      await untilProcessed({ [this.tableName]: { Keys: unique.slice(i, i + 100) } }, async (request) => {
        const result = await this.doc.send(new BatchGetCommand({ RequestItems: request }));
        for (const item of result.Responses?.[this.tableName] ?? []) found.push(item);
        return result.UnprocessedKeys;
      });
    }
    return found;
  }

  /** Puts items 25 at a time (BatchWriteItem), without conditions or audit: for records the system derives. */
  protected async batchPut(items: readonly Item[]): Promise<void> {
    for (let i = 0; i < items.length; i += 25) {
      const puts = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
      await untilProcessed({ [this.tableName]: puts }, async (request) => {
        const result = await this.doc.send(new BatchWriteCommand({ RequestItems: request }));
        return result.UnprocessedItems;
      });
    }
  }
}

/** Sends a batch request again, with backoff, for as long as DynamoDB leaves part of it unprocessed. */
async function untilProcessed<R extends Record<string, unknown>>(
  request: R,
  send: (request: R) => Promise<Record<string, unknown> | undefined>,
): Promise<void> {
  let left: R | undefined = request;
  for (let attempt = 0; left && Object.keys(left).length > 0; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
    left = (await send(left)) as R | undefined;
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
