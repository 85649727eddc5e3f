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
