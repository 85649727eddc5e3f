import type { AuditEntry } from '../app/model';
import type { ReportRecipient, ReportStore, SentReport } from '../app/reports-model';
import type { MonthRange } from '../domain/report-history';
import { DynamoTable } from './dynamo-table';

const sentPk = (period: MonthRange) => `SENTREPORT#${period.from}_${period.to}`;

/** Report recipients (`REPORT_RECIPIENT`) and the record of every report sent (`SENTREPORT#<from>_<to>` / time). */
export class DynamoReportStore extends DynamoTable implements ReportStore {
  listRecipients() {
    return this.query<ReportRecipient>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'REPORT_RECIPIENT' },
    });
  }

  async createRecipient(recipient: ReportRecipient, audit: AuditEntry) {
    await this.transact([
      this.putNew({ pk: 'REPORT_RECIPIENT', sk: recipient.id, ...recipient }),
      this.auditPut(audit),
    ]);
  }

  async deleteRecipient(recipient: ReportRecipient, audit: AuditEntry) {
    await this.transact([
      { Delete: { TableName: this.tableName, Key: { pk: 'REPORT_RECIPIENT', sk: recipient.id } } },
      this.auditPut(audit),
    ]);
  }

  async lastSent(period: MonthRange) {
    const sent = await this.query<SentReport>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': sentPk(period) },
    });
    // A send that reached no one is no baseline for "what changed".
    return sent.filter((s) => s.delivered > 0).at(-1);
  }

  async recordSent(sent: SentReport, audit: AuditEntry) {
    await this.transact([
      this.putNew({ pk: sentPk(sent.period), sk: sent.sentAt, ...sent }),
      this.auditPut(audit),
    ]);
  }
}
