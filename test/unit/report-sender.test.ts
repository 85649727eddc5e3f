import { Logger } from '@aws-lambda-powertools/logger';
import type { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { createReports } from '../../functions/reports/handler';
import { memoryCore } from '../../shared/adapters/memory-stores';
import { LambdaReportSender } from '../../shared/adapters/report-sender-lambda';
import { sendReport } from '../../shared/app/reports';
import type { ReportSender } from '../../shared/app/reports-model';
import type { Principal } from '../../shared/domain/access';
import { AppError } from '../../shared/domain/errors';

const quiet = new Logger({ logLevel: 'SILENT' });
const admin: Principal = { id: 'usr_admin', via: 'session', role: 'admin', name: 'Ada' };
const partner: Principal = { id: 'usr_p', via: 'session', role: 'partner', organisationId: 'org_x' };
const period = { from: '2017-11', to: '2018-04' };

/** Lambda cannot run here: a client that invokes the reports function's own handler in process, as Lambda would. */
function loopback(handed: (event: unknown) => Promise<unknown>, invoked: unknown[]) {
  return {
    send: async (command: InvokeCommand) => {
      const event = JSON.parse(Buffer.from(command.input.Payload as Uint8Array).toString('utf8'));
      invoked.push(event);
      try {
        return { Payload: new TextEncoder().encode(JSON.stringify(await handed(event))) };
      } catch {
        return { FunctionError: 'Unhandled', Payload: new TextEncoder().encode('{}') };
      }
    },
  } as unknown as LambdaClient;
}

describe("the web app's report send, handed to the reports function (where the renderers are)", () => {
  const deps = memoryCore();
  const reports = createReports(
    {
      ...deps,
      email: { send: async () => {} },
      archive: { put: async () => {}, get: async () => new Uint8Array() },
    },
    quiet,
  );
  const invoked: unknown[] = [];
  const sender: ReportSender = new LambdaReportSender(loopback(reports.handed, invoked), 'reports');

  it('hands over who asks, the half-year and the form’s key, and brings back the use case’s refusal as its own', async () => {
    // No recipients yet: the reports function's use case refuses, and the web's page hears the same reason.
    const refused = await sendReport({ reportSender: sender }, admin, period, { requestKey: 'web:k1' }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ kind: 'conflict', reason: 'no_recipients' });
    expect(invoked).toEqual([
      { action: 'send-report', principal: admin, from: '2017-11', to: '2018-04', requestKey: 'web:k1' },
    ]);
  });

  it('refuses, before anything is handed over, a person who may not send it', async () => {
    invoked.length = 0;
    await expect(sendReport({ reportSender: sender }, partner, period)).rejects.toMatchObject({
      kind: 'forbidden',
    });
    expect(invoked).toEqual([]);
    // Handed over anyway (another caller of the function): refused there too, by the same rule.
    expect(await reports.handed({ action: 'send-report', principal: partner, ...period })).toMatchObject({
      refused: { kind: 'forbidden' },
    });
  });

  it('takes no event it cannot read: a stranger field, a bad month, a role that does not exist', async () => {
    for (const event of [
      { action: 'send-report', principal: admin, ...period, extra: 1 },
      { action: 'send-report', principal: admin, from: '2017-13', to: '2018-04' },
      { action: 'send-report', principal: { ...admin, role: 'root' }, ...period },
    ])
      await expect(reports.handed(event)).rejects.toThrow();
    // Through the sender, a failed function is a failure of ours (a 500 for the page to log), never a send.
    const failing = new LambdaReportSender(
      loopback(async () => {
        throw new Error('boom');
      }, []),
      'reports',
    );
    await expect(failing.send(admin, period, {})).rejects.toThrow('did not send: Unhandled');
  });

  it('says a send that takes longer than the page may wait is being sent (it goes on in the reports function)', async () => {
    // A client as slow as a send to a hundred recipients: it answers only when the wait is given up.
    const slow = {
      send: (_command: InvokeCommand, options: { abortSignal: AbortSignal }) =>
        new Promise((_, reject) =>
          options.abortSignal.addEventListener('abort', () => reject(options.abortSignal.reason)),
        ),
    } as unknown as LambdaClient;
    await expect(new LambdaReportSender(slow, 'reports', 20).send(admin, period, {})).rejects.toMatchObject({
      kind: 'conflict',
      reason: 'in_progress',
    });
  });
});
