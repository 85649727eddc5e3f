import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type {
  AlertSettings,
  AlertStore,
  CheckState,
  ColdNightRecord,
  Delivery,
  Subscriber,
} from '../app/alerts-model';
import type { AuditEntry } from '../app/model';
import type { Decision } from '../domain/decisions';
import type { VenueDemand } from '../domain/demand';
import { conflict } from '../domain/errors';
import type { ObservedNight } from '../domain/observations';
import { DynamoTable } from './dynamo-table';
import { KEYS, PK } from './table';

const { deliverySk } = KEYS;

/**
 * Cold-night alerts on the same table: settings and check state (one item each), subscribers (`SUBSCRIBER`),
 * nights (`COLDNIGHT` / date) and deliveries (`DELIVERY` / `<first night>#<alert>#<channel>#<subscriber>`).
 */
export class DynamoAlertStore extends DynamoTable implements AlertStore {
  getAlertSettings() {
    return this.get<AlertSettings>(PK.settings, 'alerts', true);
  }

  async putAlertSettings(settings: AlertSettings, audit: AuditEntry) {
    await this.transact([
      { Put: { TableName: this.tableName, Item: { pk: PK.settings, sk: 'alerts', ...settings } } },
      this.auditPut(audit),
    ]);
  }

  listSubscribers() {
    return this.query<Subscriber>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PK.subscriber },
    });
  }

  async createSubscriber(subscriber: Subscriber, audit: AuditEntry) {
    await this.transact(
      [
        this.putNew({ pk: PK.subscriber, sk: subscriber.id, ...subscriber }),
        ...this.claimUnique(PK.subscriber, contactsOf(subscriber), subscriber.id),
        this.auditPut(audit),
      ],
      () =>
        conflict(
          'Someone is already subscribed with this e-mail address or phone number: each gets one alert.',
          [{ path: '/email', code: 'taken' }],
        ),
    );
  }

  async deleteSubscriber(subscriber: Subscriber, audit: AuditEntry) {
    await this.transact([
      { Delete: { TableName: this.tableName, Key: { pk: PK.subscriber, sk: subscriber.id } } },
      ...this.releaseUnique(PK.subscriber, contactsOf(subscriber)),
      this.auditPut(audit),
    ]);
  }

  listNights(from: string, to: string) {
    return this.query<ColdNightRecord>({
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': PK.coldNight, ':from': from, ':to': to },
    });
  }

  async saveNights(records: readonly ColdNightRecord[]) {
    await this.batchPut(records.map((r) => ({ pk: PK.coldNight, sk: r.night, ...r })));
  }

  enqueueDelivery(delivery: Delivery) {
    return this.sendIf(
      this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: PK.delivery, sk: deliverySk(delivery), ...delivery, status: 'pending', attempts: 0 },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
  }

  async claimDelivery(delivery: Delivery, leaseMs: number, maxAttempts: number) {
    const { status: _s, attempts: _a, claimedAt: _c, ...fields } = delivery;
    return this.claim(
      { pk: PK.delivery, sk: deliverySk(delivery) },
      { at: delivery.at, leaseMs, maxAttempts, fields },
    );
  }

  async completeDelivery(delivery: Delivery) {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: PK.delivery, sk: deliverySk(delivery) },
        UpdateExpression: 'SET #status = :status, #error = :error, #at = :at',
        ExpressionAttributeNames: { '#status': 'status', '#error': 'error', '#at': 'at' },
        ExpressionAttributeValues: {
          ':status': delivery.status,
          ':error': delivery.error ?? null,
          ':at': delivery.at,
        },
      }),
    );
  }

  listDeliveries(fromNight: string, toNight: string) {
    return this.query<Delivery>({
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': PK.delivery, ':from': fromNight, ':to': `${toNight}~` },
    });
  }

  async saveObservedNights(records: readonly ObservedNight[]) {
    await this.batchPut(records.map((r) => ({ pk: PK.observed, sk: r.night, ...r })));
  }

  listObservedNights(from: string, to: string) {
    return this.query<ObservedNight>({
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': PK.observed, ':from': from, ':to': to },
    });
  }

  async saveDemand(venues: readonly VenueDemand[]) {
    await this.batchPut(venues.map((v) => ({ pk: PK.demand, sk: v.venueId, ...v })));
  }

  listDemand() {
    return this.query<VenueDemand>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PK.demand },
    });
  }

  listDecisions() {
    return this.query<Decision>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PK.decision },
    });
  }

  async putDecision(decision: Decision, audit: AuditEntry) {
    await this.transact([
      this.putVersioned({ pk: PK.decision, sk: decision.id, ...decision }),
      this.auditPut(audit),
    ]);
  }

  async getCheckState() {
    return (await this.get<CheckState>(PK.check, 'state', true)) ?? {};
  }

  async putCheckState(state: CheckState) {
    await this.doc.send(
      new PutCommand({ TableName: this.tableName, Item: { pk: PK.check, sk: 'state', ...state } }),
    );
  }
}

/** The addresses a subscriber is reached at: each may belong to one subscriber only. */
const contactsOf = (s: Subscriber) => [s.email, s.phone].filter((c): c is string => c !== undefined);
