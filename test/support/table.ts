import { DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import type { LocalSystem } from '../../infra/local/runtime';
import { dynamoClient } from '../../shared/adapters/clients';

/**
 * Every item of the local table, in a stable order: the strongest "nothing was stored" check there is. A Scan is
 * fine here (tests only, a small table); the application itself never scans.
 */
export async function tableDump(system: LocalSystem): Promise<string> {
  const doc = DynamoDBDocumentClient.from(dynamoClient(system.config));
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateScan(
    { client: doc },
    { TableName: system.config.TABLE_NAME, ConsistentRead: true },
  ))
    for (const item of page.Items ?? []) items.push(item);
  return JSON.stringify(items.map((i) => JSON.stringify(i)).sort());
}
