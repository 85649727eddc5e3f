import type { Principal } from '../domain/access';
import type { Language } from '../domain/alert-messages';
import { conflict, notFound } from '../domain/errors';
import { datesOfMonth, monthsBetween } from '../domain/periods';
import { compileReport, type ReportFigures } from '../domain/report';
import {
  changesSince,
  keyFigures,
  type MonthRange,
  previousPeriods,
  publishedFigures,
} from '../domain/report-history';
import type { EmailSender } from './alerts-model';
import { auditEntry, requireAdmin } from './audit';
import { newId } from './ids';
import type { Deps } from './ports';
import type { RenderedReport, ReportArchive, ReportRecipient, SentReport } from './reports-model';

/** How many earlier periods of the same length the trends go back (two years for a half-year). */
export const TREND_PERIODS = 3;

const within = (range: MonthRange) => (f: ReportFigures) => {
  const month = f.period.slice(0, 7);
  return month >= range.from && month <= range.to;
};

/**
 * The report for whole months `from`–`to`, with the same key figures for the periods before it and what changed
 * since a report for the period was last sent: one Query for the activities, one Query per activity for its
 * figures from the first trend period to `to` (days and month totals alike), one for the cold-night check's nights,
 * one for the sends of the period; no Scan. Records when the data was read.
 */
export async function buildReport(deps: Deps, range: MonthRange) {
  const dataReadAt = deps.now().toISOString();
  const earlier = previousPeriods(range, TREND_PERIODS);
  const readFrom = earlier[0]?.from ?? range.from;
  const activities = (await deps.store.listActivities()).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const figures = new Map<string, ReportFigures[]>(
    await Promise.all(
      activities.map(async (a) => [a.id, await deps.store.listFigures(a.id, readFrom, range.to)] as const),
    ),
  );
  const [firstDay] = datesOfMonth(range.from);
  const lastDay = datesOfMonth(range.to).at(-1);
  const [nights, previous] = await Promise.all([
    deps.alerts.listNights(firstDay ?? range.from, lastDay ?? range.to),
    deps.reports.lastSent(range),
  ]);
  const minima = new Map(nights.map((n) => [n.night, n.minTemperature]));
  const compile = (period: MonthRange) => {
    // Each activity's figures of the period, filtered once: the compilation asks for them several times.
    const inPeriod = new Map(activities.map((a) => [a.id, (figures.get(a.id) ?? []).filter(within(period))]));
    return compileReport(monthsBetween(period.from, period.to), activities, (id) => inPeriod.get(id) ?? [], {
      smallCellBelow: deps.reportSmallCellBelow ?? 5,
      forecastMinimum: (night) => minima.get(night),
    });
  };
  const report = compile(range);
  // Earlier periods count only where something was reported: an empty half-year is no trend, just no data.
  const history = earlier
    .filter((period) => [...figures.values()].some((list) => list.some(within(period))))
    .map((period) => ({ period, report: compile(period) }));
  const trend = [...history, { period: range, report }];
  return {
    period: range,
    dataReadAt,
    ...report,
    trends: {
      periods: trend.map(({ period, report: r }) => ({ ...period, ...keyFigures(r) })),
      months: trend.flatMap(({ report: r }) =>
        r.nightShelters.months.map((m) => ({
          month: m.month,
          guestNights: m.guestNights,
          capacityNights: m.capacityNights,
          occupancyPct: m.occupancyPct,
        })),
      ),
    },
    /** Where a report for this period was sent before: what differs from it now (corrections since). */
    sinceLastSent: previous
      ? {
          sentAt: previous.sentAt,
          dataReadAt: previous.dataReadAt,
          changes: changesSince(previous.figures, publishedFigures(report)),
        }
      : null,
  };
}

/** The compiled report with its period, trends and the time its data was read. */
export type ReportDocument = Awaited<ReturnType<typeof buildReport>>;

// --- recipients -----------------------------------------------------------------------------------------

export async function createReportRecipient(
  deps: Deps,
  principal: Principal,
  input: Omit<ReportRecipient, 'id' | 'createdAt'>,
): Promise<ReportRecipient> {
  requireAdmin(principal);
  const at = deps.now().toISOString();
  const recipient: ReportRecipient = { id: newId('rcp'), ...input, createdAt: at };
  await deps.reports.createRecipient(
    recipient,
    auditEntry(at, principal, {
      action: 'report-recipient.created',
      entityType: 'report-recipient',
      entityId: recipient.id,
      after: recipient,
    }),
  );
  return recipient;
}

export async function listReportRecipients(deps: Deps, principal: Principal) {
  requireAdmin(principal);
  return deps.reports.listRecipients();
}

export async function deleteReportRecipient(deps: Deps, principal: Principal, id: string) {
  requireAdmin(principal);
  const recipient = (await deps.reports.listRecipients()).find((r) => r.id === id);
  if (!recipient) throw notFound(`No report recipient ${id}.`);
  await deps.reports.deleteRecipient(
    recipient,
    auditEntry(deps.now().toISOString(), principal, {
      action: 'report-recipient.deleted',
      entityType: 'report-recipient',
      entityId: id,
      before: recipient,
    }),
  );
}

// --- sending --------------------------------------------------------------------------------------------

export interface ReportDelivery {
  archive: ReportArchive;
  email: EmailSender;
  render(report: ReportDocument, language: Language): Promise<RenderedReport>;
  /** Told of a recipient the e-mail could not reach (after retries); the others still get theirs. */
  onFailure?(recipient: ReportRecipient, error: unknown): void;
}

const ATTEMPTS = 3;

async function withRetries(send: () => Promise<void>, pauseMs: number) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs * attempt));
    }
  }
}

/**
 * Compiles the report, keeps every format in the archive, and e-mails it to each recipient in their language
 * with the PDF and XLSX attached. A report sent before for the same period is compared with this one, and what
 * changed is said on its first page. One recipient's failure does not stop the others; it is retried, reported,
 * and recorded.
 */
export async function sendReport(
  deps: Deps,
  delivery: ReportDelivery,
  principal: Principal,
  range: MonthRange,
  options: { retryPauseMs?: number } = {},
) {
  requireAdmin(principal);
  const recipients = await deps.reports.listRecipients();
  if (recipients.length === 0) {
    throw conflict(
      'There is no one to send the report to: add an administrator with POST /v1/report-recipients first.',
      [],
      'no_recipients',
    );
  }
  const report = await buildReport(deps, range);
  const sentAt = deps.now().toISOString();
  const folder = `reports/${range.from}_${range.to}/${sentAt.replace(/[:.]/g, '-')}`;
  const languages = [...new Set(recipients.map((r) => r.language))];
  const rendered = new Map<Language, RenderedReport>();
  for (const language of languages) rendered.set(language, await delivery.render(report, language));
  const files = [...rendered.values()].flatMap((r) => r.files);
  await Promise.all(files.map((file) => delivery.archive.put(`${folder}/${file.name}`, file)));

  const failed: string[] = [];
  for (const recipient of recipients) {
    const { email, attachments } = rendered.get(recipient.language) as RenderedReport;
    try {
      await withRetries(
        () =>
          delivery.email.send({
            to: recipient.email,
            subject: email.subject,
            text: email.text,
            html: email.html,
            attachments: [
              ...attachments,
              ...email.inline.map(({ id, ...file }) => ({ ...file, inlineId: id })),
            ],
          }),
        options.retryPauseMs ?? 1000,
      );
    } catch (error) {
      failed.push(recipient.id);
      delivery.onFailure?.(recipient, error);
    }
  }
  const sent: SentReport = {
    period: range,
    sentAt,
    dataReadAt: report.dataReadAt,
    sentBy: principal.keyId,
    files: files.map((f) => `${folder}/${f.name}`),
    delivered: recipients.length - failed.length,
    failed,
    figures: publishedFigures(report),
  };
  await deps.reports.recordSent(
    sent,
    auditEntry(sentAt, principal, {
      action: 'report.sent',
      entityType: 'report',
      entityId: `${range.from}_${range.to}`,
      after: { ...sent, figures: undefined },
    }),
  );
  return { ...sent, figures: undefined, changes: report.sinceLastSent?.changes ?? null };
}
