import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import * as z from 'zod';
import type { ReportSender, SendResult } from '../app/reports-model';
import type { Principal } from '../domain/access';
import { AppError, ERROR_KINDS, type ErrorReason } from '../domain/errors';
import type { MonthRange } from '../domain/periods';

/**
 * What the reports function answers a `send-report` event: what the send did, or why the use case refused it
 * (its error, rebuilt here so that the page answers as if it had sent the report itself).
 */
const Answer = z.union([
  z.object({ sent: z.custom<SendResult>((v) => typeof v === 'object' && v !== null && 'delivered' in v) }),
  z.object({
    refused: z.object({ kind: z.enum(ERROR_KINDS), detail: z.string(), reason: z.string().optional() }),
  }),
]);

/** The web app's "send now" handed to the reports function, the one that carries the renderers. */
export class LambdaReportSender implements ReportSender {
  constructor(
    private readonly client: LambdaClient,
    private readonly functionName: string,
  ) {}

  async send(principal: Principal, range: MonthRange, options: { requestKey?: string }) {
    const answer = await this.client.send(
      new InvokeCommand({
        FunctionName: this.functionName,
        InvocationType: 'RequestResponse',
        Payload: Buffer.from(
          JSON.stringify({ action: 'send-report', principal, ...range, requestKey: options.requestKey }),
        ),
      }),
    );
    if (answer.FunctionError) throw new Error(`The reports function did not send: ${answer.FunctionError}`);
    const parsed = Answer.parse(JSON.parse(Buffer.from(answer.Payload ?? []).toString('utf8')));
    if ('refused' in parsed) {
      const { kind, detail, reason } = parsed.refused;
      throw new AppError(kind, detail, reason ? { reason: reason as ErrorReason } : {});
    }
    return parsed.sent;
  }
}
