import { performance } from 'node:perf_hooks';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export const median = (xs: readonly number[]) => percentile(xs, 50);

export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export interface Load {
  latencies: number[];
  elapsedMs: number;
  perSecond: number;
}

/**
 * Runs `call(i)` `count` times with `concurrency` at once, stopping early after `maxMs`: bounded by count and time.
 * Every call must succeed; the first failure stops the run.
 */
export async function load(
  call: (i: number) => Promise<void>,
  { count, concurrency, maxMs = 30_000 }: { count: number; concurrency: number; maxMs?: number },
): Promise<Load> {
  const latencies: number[] = [];
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count && performance.now() - started < maxMs) {
      const i = next++;
      const t = performance.now();
      await call(i);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedMs = performance.now() - started;
  return { latencies, elapsedMs, perSecond: (latencies.length / elapsedMs) * 1000 };
}

/** Counts the DynamoDB requests a client makes, by command, and the time they take, with an SDK middleware. */
export function countRequests(client: DynamoDBClient) {
  const counts = new Map<string, number>();
  const time = { ms: 0 };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = (context.commandName ?? '?').replace('Command', '');
      counts.set(name, (counts.get(name) ?? 0) + 1);
      const started = performance.now();
      try {
        return await next(args);
      } finally {
        time.ms += performance.now() - started;
      }
    },
    { step: 'initialize', name: 'benchCountRequests' },
  );
  return {
    counts,
    /** Time spent waiting for DynamoDB (summed; the callers here make one request at a time). */
    time,
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    describe: () => [...counts].map(([c, n]) => `${n} ${c}`).join(', '),
  };
}

export const ms = (x: number) => (Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(0));
export const ratio = (x: number, floor: number) => `${(x / floor).toFixed(1)}x`;
