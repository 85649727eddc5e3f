import type { TestProject } from 'vitest/node';
import { freePort, startDynamoDbLocal, stopChild } from '../../infra/local/dynamodb';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's DynamoDB Local: every test system makes its own table in it. */
    dynamoEndpoint: string;
  }
}

/**
 * Starts DynamoDB Local once for the whole run (a JVM takes seconds to start, and a file needs only a table of its
 * own), and stops it after the last file.
 */
export default async function startEmulators(project: TestProject) {
  const port = await freePort();
  const dynamo = await startDynamoDbLocal({ port });
  project.provide('dynamoEndpoint', `http://127.0.0.1:${port}`);
  return () => stopChild(dynamo);
}
