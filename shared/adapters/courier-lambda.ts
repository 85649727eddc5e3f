import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import * as z from 'zod';
import type { Courier, Delivery } from '../app/alerts-model';

/** What the cold-night function answers a `deliver` event: one outcome per delivery, in order. */
const Answer = z.object({ outcomes: z.array(z.enum(['sent', 'failed', 'skipped'])) });

/**
 * A decision's messages handed to the cold-night function, the only one that may send SMS: invoked and waited for,
 * so the coordinator's page says what was sent. The deliveries are in the outbox already; it claims each first.
 */
export class LambdaCourier implements Courier {
  constructor(
    private readonly client: LambdaClient,
    private readonly functionName: string,
  ) {}

  async deliver(deliveries: readonly Delivery[]) {
    const answer = await this.client.send(
      new InvokeCommand({
        FunctionName: this.functionName,
        InvocationType: 'RequestResponse',
        Payload: Buffer.from(JSON.stringify({ action: 'deliver', deliveries })),
      }),
    );
    if (answer.FunctionError)
      throw new Error(`The cold-night function did not deliver: ${answer.FunctionError}`);
    const { outcomes } = Answer.parse(JSON.parse(Buffer.from(answer.Payload ?? []).toString('utf8')));
    if (outcomes.length !== deliveries.length)
      throw new Error('The cold-night function answered for other deliveries.');
    return outcomes;
  }
}
