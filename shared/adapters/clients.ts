import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Deps } from '../app/ports';
import type { Config } from '../config';
import { DynamoStore } from './dynamo-store';

/** Emulators accept any credentials; real AWS uses the Lambda role's. */
const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

export function dynamoClient(config: Config): DynamoDBClient {
  return new DynamoDBClient({
    region: config.AWS_REGION,
    ...(config.DYNAMODB_ENDPOINT
      ? { endpoint: config.DYNAMODB_ENDPOINT, credentials: localCredentials }
      : {}),
  });
}

/** The production wiring of the use cases' dependencies. */
export function depsFromConfig(config: Config): Deps {
  return { store: new DynamoStore(dynamoClient(config), config.TABLE_NAME), now: () => new Date() };
}
