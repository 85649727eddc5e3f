import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoStore } from '../../shared/adapters/dynamo-store';
import { AppError, CONCURRENT_CHANGE } from '../../shared/domain/errors';
import { statusOf } from '../../shared/http/problem';

/**
 * DynamoDB Local runs transactions one at a time, so it never cancels one for `TransactionConflict` as AWS does
 * under contention. This client answers every call with that cancellation, exactly as the SDK would raise it.
 */
function clientThatCancels(code: string) {
  const client = new DynamoDBClient({
    region: 'eu-north-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  client.middlewareStack.add(
    () => async () => {
      throw new TransactionCanceledException({
        message: 'Transaction cancelled',
        $metadata: {},
        CancellationReasons: [{ Code: 'None' }, { Code: code }],
      });
    },
    { step: 'initialize', name: 'cancelLikeAws' },
  );
  return client;
}

const audit = {
  id: 'aud_1',
  at: '2026-01-01T00:00:00Z',
  keyId: 'k',
  action: 'x',
  entityType: 'figures' as const,
  entityId: 'e',
};
const change = {
  op: 'put' as const,
  figures: {
    activityId: 'a',
    period: '2018-01-01',
    figures: { women: 1, men: 1 },
    version: 1,
    updatedAt: '',
    updatedBy: 'k',
  },
  granularity: 'day' as const,
  audit,
};

describe('DynamoStore under contention', () => {
  for (const code of ['TransactionConflict', 'ConditionalCheckFailed']) {
    it(`turns a transaction cancelled for ${code} into a 409 to retry, not a 500`, async () => {
      const store = new DynamoStore(clientThatCancels(code), 'table');
      const error = await store.commitFigures([change]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ kind: 'conflict', reason: CONCURRENT_CHANGE });
      expect(statusOf(error)).toBe(409);
    });
  }

  it('lets any other failure through as a server error', async () => {
    const store = new DynamoStore(clientThatCancels('ValidationError'), 'table');
    const error = await store.commitFigures([change]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionCanceledException);
  });
});
