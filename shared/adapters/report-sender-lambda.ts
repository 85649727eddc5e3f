import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import * as z from 'zod';
import type { ReportSender, SendResult } from '../app/reports-model';
import type { Principal } from '../domain/access';
import { AppError, conflict, ERROR_KINDS, type ErrorReason } from '../domain/errors';
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

/**
 * The web app's "send now" handed to the reports function, the one that carries the renderers. Waited for at most
 * `waitMs` (the page must answer within API Gateway's 30 s): a send to many takes longer, and goes on there; the
 * page then says it is being sent, and the same form sent again resumes that send (its request key).
 */
export class LambdaReportSender implements ReportSender {
  constructor(
    private readonly client: LambdaClient,
    private readonly functionName: string,
    private readonly waitMs = 25_000,
  ) {}

  async send(principal: Principal, range: MonthRange, options: { requestKey?: string }) {
    const invoke = new InvokeCommand({
      FunctionName: this.functionName,
      InvocationType: 'RequestResponse',
      Payload: Buffer.from(
        JSON.stringify({ action: 'send-report', principal, ...range, requestKey: options.requestKey }),
      ),
    });
    const answer = await this.client
      .send(invoke, { abortSignal: AbortSignal.timeout(this.waitMs) })
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError' && (error as Error).name !== 'TimeoutError') throw error;
        throw conflict(
          `The report ${range.from}–${range.to} is still being sent: ask again in a few minutes.`,
          [],
          'in_progress',
        );
      });
    if (answer.FunctionError) throw new Error(`The reports function did not send: ${answer.FunctionError}`);
    const parsed = Answer.parse(JSON.parse(Buffer.from(answer.Payload ?? []).toString('utf8')));
    if ('refused' in parsed) {
      const { kind, detail, reason } = parsed.refused;
      throw new AppError(kind, detail, reason ? { reason: reason as ErrorReason } : {});
    }
    return parsed.sent;
  }
}
