import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../app/model';
import {
  latestReached,
  type RecipientDelivery,
  type ReportRecipient,
  type ReportSend,
  type ReportStore,
  type ReportText,
} from '../app/reports-model';
import { conflict } from '../domain/errors';
import type { Appendix, JointReportState, ReportChairs } from '../domain/joint-report';
import type { MonthRange } from '../domain/periods';
import type { PublishedFigure } from '../domain/report-history';
import type { SurveyTally, SurveyTemplate } from '../domain/survey';
import { DynamoTable } from './dynamo-table';
import { chunkJson, chunkText, KEYS, PK, PREFIX } from './table';

const {
  sentPk,
  reportMailsPk: deliveriesPk,
  reportTextPk,
  jointReport,
  appendix: appendixKey,
  frozenPk,
} = KEYS;
/** The state of a joint report and its appendices share a partition; an appendix names its organisation. */
const isAppendix = (item: JointReportState | Appendix): item is Appendix => 'organisationId' in item;

/**
 * Report recipients (`REPORT_RECIPIENT`), each send of a period (`SENTREPORT#<from>_<to>` / `SEND#<id>`) with the
 * figures it published in chunks (`FIGS#<id>#<n>`), and each send's mails (`REPORTSEND#<id>` / recipient id).
 */
export class DynamoReportStore extends DynamoTable implements ReportStore {
  listTexts(period: MonthRange) {
    return this.query<ReportText>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': reportTextPk(period) },
    });
  }

  async putText(text: ReportText, audit: AuditEntry) {
    await this.transact([
      this.putVersioned({ pk: reportTextPk(text.period), sk: text.section, ...text }),
      this.auditPut(audit),
    ]);
  }

  async getJointReport(period: MonthRange) {
    const items = await this.query<JointReportState | Appendix>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': jointReport(period).pk },
      ConsistentRead: true,
    });
    const state = items.find((i): i is JointReportState => !isAppendix(i));
    return { ...(state ? { state } : {}), appendices: items.filter(isAppendix) };
  }

  async putJointReport(state: JointReportState, audit: AuditEntry) {
    await this.transact([
      this.putVersioned({ ...jointReport(state.period), ...state }),
      this.auditPut(audit),
    ]);
  }

  async putAppendix(appendix: Appendix, audit: AuditEntry) {
    await this.transact([this.putVersioned({ ...appendixKey(appendix), ...appendix }), this.auditPut(audit)]);
  }

  async freezeVersion(state: JointReportState, document: string, audit: AuditEntry) {
    const version = state.approved.at(-1)?.number as number;
    // The document first, in pieces of any number (a transaction holds 4 MB; a national report is more): until the
    // state names the version it is read by no one, and a version whose state write lost is written again whole.
    await this.batchPut(
      chunkText(document).map((json, n) => ({
        pk: frozenPk(state.period, version),
        sk: String(n).padStart(4, '0'),
        json,
      })),
    );
    await this.transact([
      this.putVersioned({ ...jointReport(state.period), ...state }),
      this.auditPut(audit),
    ]);
  }

  async getFrozen(period: MonthRange, version: number) {
    const chunks = await this.query<{ json: string }>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': frozenPk(period, version) },
    });
    return chunks.length === 0 ? undefined : chunks.map((c) => c.json).join('');
  }

  getSurveyTemplate() {
    return this.get<SurveyTemplate>(KEYS.surveyTemplate.pk, KEYS.surveyTemplate.sk, true);
  }

  async putSurveyTemplate(template: SurveyTemplate, audit: AuditEntry) {
    await this.transact([this.putVersioned({ ...KEYS.surveyTemplate, ...template }), this.auditPut(audit)]);
  }

  listSurveyTallies(period: MonthRange) {
    return this.query<SurveyTally>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': KEYS.surveyPk(period) },
    });
  }

  async putSurveyTally(tally: SurveyTally, audit: AuditEntry) {
    await this.transact([
      this.putVersioned({ pk: KEYS.surveyPk(tally.period), sk: tally.activityId, ...tally }),
      this.auditPut(audit),
    ]);
  }

  getReportChairs() {
    return this.get<ReportChairs>(KEYS.reportChairs.pk, KEYS.reportChairs.sk, true);
  }

  async putReportChairs(chairs: ReportChairs, audit: AuditEntry) {
    await this.transact([this.putVersioned({ ...KEYS.reportChairs, ...chairs }), this.auditPut(audit)]);
  }

  listRecipients() {
    return this.query<ReportRecipient>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PK.reportRecipient },
    });
  }

  async createRecipient(recipient: ReportRecipient, audit: AuditEntry) {
    await this.transact(
      [
        this.putNew({ pk: PK.reportRecipient, sk: recipient.id, ...recipient }),
        ...this.claimUnique(PK.reportRecipient, [recipient.email], recipient.id),
        this.auditPut(audit),
      ],
      () =>
        conflict('This e-mail address already receives the report: each gets one.', [
          { path: '/email', code: 'taken' },
        ]),
    );
  }

  async deleteRecipient(recipient: ReportRecipient, audit: AuditEntry) {
    await this.transact([
      { Delete: { TableName: this.tableName, Key: { pk: PK.reportRecipient, sk: recipient.id } } },
      ...this.releaseUnique(PK.reportRecipient, [recipient.email]),
      this.auditPut(audit),
    ]);
  }

  async lastSend(period: MonthRange) {
    const sends = await this.query<ReportSend>({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :send)',
      ExpressionAttributeValues: { ':pk': sentPk(period), ':send': PREFIX.send },
    });
    return latestReached(sends);
  }

  async lastSent(period: MonthRange) {
    const send = await this.lastSend(period);
    if (!send) return undefined;
    const chunks = await this.query<{ json: string }>({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :figs)',
      ExpressionAttributeValues: { ':pk': sentPk(period), ':figs': KEYS.publishedPrefix(send.id) },
    });
    const figures = JSON.parse(`[${chunks.map((c) => c.json).join(',')}]`).flat() as PublishedFigure[];
    return { send, figures };
  }

  async startSend(send: ReportSend) {
    const key = { pk: sentPk(send.period), sk: KEYS.sendSk(send.id) };
    const created = await this.sendIf(
      this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...key, ...send },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
    if (created) return { send, created };
    const existing = await this.get<ReportSend>(key.pk, key.sk, true);
    if (!existing) throw new Error(`The send ${send.id} exists and cannot be read.`);
    return { send: existing, created };
  }

  claimSend(send: ReportSend, at: string, leaseMs: number) {
    return this.sendIf(
      this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: sentPk(send.period), sk: KEYS.sendSk(send.id) },
          UpdateExpression: 'SET claimedAt = :now',
          ConditionExpression: '#status = :preparing AND claimedAt < :staleBefore',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':now': at,
            ':preparing': 'preparing',
            ':staleBefore': new Date(Date.parse(at) - leaseMs).toISOString(),
          },
        }),
      ),
    );
  }

  async readySend(send: ReportSend, figures: readonly PublishedFigure[]) {
    const chunks = chunkJson(figures);
    await this.batchPut([
      ...chunks.map((json, n) => ({
        pk: sentPk(send.period),
        sk: KEYS.publishedSk(send.id, n),
        json,
      })),
      ...send.recipients.map((r) => ({
        pk: deliveriesPk(send.id),
        sk: r.id,
        recipientId: r.id,
        status: 'pending',
        attempts: 0,
      })),
    ]);
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: sentPk(send.period), sk: KEYS.sendSk(send.id), ...send, status: 'delivering' },
        ConditionExpression: '#status = :preparing AND claimedAt = :claimedAt',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':preparing': 'preparing', ':claimedAt': send.claimedAt },
      }),
    );
  }

  claimRecipient(sendId: string, recipientId: string, at: string, leaseMs: number, maxAttempts: number) {
    return this.claim({ pk: deliveriesPk(sendId), sk: recipientId }, { at, leaseMs, maxAttempts });
  }

  async finishRecipient(
    sendId: string,
    delivery: Pick<RecipientDelivery, 'recipientId' | 'status' | 'error'>,
  ) {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: deliveriesPk(sendId), sk: delivery.recipientId },
        UpdateExpression: 'SET #status = :status, #error = :error',
        ExpressionAttributeNames: { '#status': 'status', '#error': 'error' },
        ExpressionAttributeValues: { ':status': delivery.status, ':error': delivery.error ?? null },
      }),
    );
  }

  listRecipientDeliveries(sendId: string) {
    return this.query<RecipientDelivery>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': deliveriesPk(sendId) },
      ConsistentRead: true,
    });
  }

  async completeSend(send: ReportSend, audit: AuditEntry) {
    await this.transact([
      {
        Put: {
          TableName: this.tableName,
          Item: { pk: sentPk(send.period), sk: KEYS.sendSk(send.id), ...send },
        },
      },
      this.auditPut(audit),
    ]);
  }
}
