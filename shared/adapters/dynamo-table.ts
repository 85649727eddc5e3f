import { type DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  type QueryCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../app/model';
import { type AppError, concurrentChange } from '../domain/errors';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
export type Item = Record<string, unknown>;

const strip = <T>({ pk: _pk, sk: _sk, gsi1pk: _g, gsi1sk: _s, ...rest }: Item) => rest as T;

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
    const sk = `${audit.at}#${audit.id}`;
    return this.putNew({
      pk: `AUDIT#${audit.at.slice(0, 7)}`,
      sk,
      ...(audit.activityId ? { gsi1pk: `AUDIT#${audit.activityId}`, gsi1sk: sk } : {}),
      ...audit,
    });
  }

  protected putNew(item: Item): TransactItem {
    return {
      Put: { TableName: this.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' },
    };
  }

  /** One atomic write; a failed condition or a conflicting transaction becomes a 409 AppError, never a 500. */
  protected async transact(items: TransactItem[], onConflict: () => AppError = concurrentChange) {
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      throw isConditionFailure(error) ? onConflict() : error;
    }
  }

  protected async get<T>(pk: string, sk: string, consistent = false): Promise<T | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk, sk }, ConsistentRead: consistent }),
    );
    return Item ? strip<T>(Item) : undefined;
  }

  protected async query<T>(input: Omit<QueryCommandInput, 'TableName'>): Promise<T[]> {
    const items: T[] = [];
    for await (const page of paginateQuery({ client: this.doc }, { TableName: this.tableName, ...input })) {
      for (const item of page.Items ?? []) items.push(strip<T>(item));
    }
    return items;
  }

  /** BatchGetItem in pages of 100 keys, retrying what DynamoDB left unprocessed. Order is not kept. */
  protected async batchGet<T>(keys: readonly { pk: string; sk: string }[]): Promise<T[]> {
    const unique = [...new Map(keys.map((k) => [`${k.pk}|${k.sk}`, k])).values()];
    const found: T[] = [];
    for (let i = 0; i < unique.length; i += 100) {
      await untilProcessed({ [this.tableName]: { Keys: unique.slice(i, i + 100) } }, async (request) => {
        const result = await this.doc.send(new BatchGetCommand({ RequestItems: request }));
        for (const item of result.Responses?.[this.tableName] ?? []) found.push(strip<T>(item));
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
