import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import * as z from 'zod';
import { coreFromConfig, reportChannelsFromConfig } from '../../shared/adapters/clients';
import { tellNotApproved } from '../../shared/app/joint-report';
import { type SendDeps, sendReport } from '../../shared/app/reports';
import type { ReportSender } from '../../shared/app/reports-model';
import { loadConfig } from '../../shared/config';
import { ROLES, systemPrincipal } from '../../shared/domain/access';
import { AppError } from '../../shared/domain/errors';
import { halfYearEndedBefore, stockholmDate } from '../../shared/domain/periods';
import { createApi } from '../../shared/http/api';
import { statusOf } from '../../shared/http/problem';
import { Month } from '../../shared/http/schemas';
import { renderReport } from '../../shared/report/render';
import { renderAnswer, renderFinanceAnswer } from './rendering';
import { reportRoutes } from './routes';

/** What EventBridge Scheduler sends: the half-year that just ended, unless a period is given. */
const ScheduledEvent = z.strictObject({
  action: z.literal('send-half-year-report'),
  from: Month.optional(),
  to: Month.optional(),
});

/**
 * What the web app hands over (`LambdaReportSender`): a send its use case authorised for the person signed in,
 * sent here where the renderers are, as that person (authorised again). Only the web function may invoke this one.
 */
const HandedSend = z.strictObject({
  action: z.literal('send-report'),
  principal: z.strictObject({
    id: z.string().max(200),
    via: z.enum(['key', 'session', 'system', 'anonymous']),
    role: z.enum(ROLES),
    organisationId: z.string().max(64).optional(),
    name: z.string().max(200).optional(),
  }),
  from: Month,
  to: Month,
  requestKey: z.string().max(200).optional(),
});

/**
 * The reports function: GET /v1/reports and POST /v1/reports/send through API Gateway, the half-year report on its
 * schedule, and the web app's "send now" handed over by it. It carries the renderers (charts, PDF, XLSX), which the partner API does not need to load.
 */
export function createReports(
  deps: Omit<SendDeps, 'render' | 'logger'> & {
    /** The web app's origin, for links in mails. */ origin?: string;
  },
  logger: Logger,
) {
  const wired: SendDeps = { ...deps, logger, render: renderReport };
  const api = createApi(
    reportRoutes(wired, { report: renderAnswer, finance: renderFinanceAnswer }),
    deps,
    logger,
  );
  const scheduled = async (event: unknown) => {
    const { from, to } = ScheduledEvent.parse(event);
    const period = from && to ? { from, to } : halfYearEndedBefore(stockholmDate(deps.now()));
    // One send per half-year, of the version both chairs approved: a retried run resumes it, nobody is mailed twice.
    // None approved: nothing goes to the committee, and the coordinators and administrators are told what is missing.
    const sent = await sendReport(wired, systemPrincipal('schedule'), period, {
      requestKey: 'schedule',
      approvedOnly: true,
    }).catch(async (error: unknown) => {
      if (!(error instanceof AppError && error.reason === 'not_approved')) throw error;
      return { notApproved: await tellNotApproved(wired, period, deps.origin) };
    });
    if ('notApproved' in sent) return { period, sent: false, ...sent.notApproved };
    logger.info('half-year report sent', { period, delivered: sent.delivered, failed: sent.failed.length });
    // Nobody reached is a failed run (retried, alarmed); some reached is logged per recipient.
    if (sent.delivered === 0) throw new Error(`The report ${period.from}–${period.to} reached no recipient.`);
    return { period, delivered: sent.delivered, failed: sent.failed.length, files: sent.files.length };
  };
  const sender: ReportSender = {
    send: (principal, range, options) => sendReport(wired, principal, range, options),
  };
  /** A send handed over by the web app: what it did, or why the use case refused it (a client's mistake). */
  const handed = async (event: unknown) => {
    const { principal, from, to, requestKey } = HandedSend.parse(event);
    try {
      const sent = await sender.send(principal, { from, to }, requestKey ? { requestKey } : {});
      logger.info('report sent for the web app', { period: { from, to }, delivered: sent.delivered });
      return { sent };
    } catch (e) {
      if (e instanceof AppError && statusOf(e) < 500)
        return { refused: { kind: e.kind, detail: e.detail, ...(e.reason ? { reason: e.reason } : {}) } };
      throw e;
    }
  };
  return { api, scheduled, sender, handed };
}

let reports: ReturnType<typeof createReports> | undefined;

export const handler = (event: APIGatewayProxyEventV2 | Record<string, unknown>, context: Context) => {
  if (!reports) {
    const config = loadConfig(process.env, ['MAIL_FROM', 'REPORT_BUCKET']);
    const logger = new Logger({ serviceName: 'iop-reports' });
    reports = createReports(
      { ...coreFromConfig(config, logger), ...reportChannelsFromConfig(config), origin: config.WEB_ORIGIN },
      logger,
    );
  }
  if ('requestContext' in event) return reports.api(event as APIGatewayProxyEventV2, context);
  return event.action === 'send-report' ? reports.handed(event) : reports.scheduled(event);
};
