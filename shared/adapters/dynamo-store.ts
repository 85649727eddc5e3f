import type {
  Activity,
  ApiKeyRecord,
  AuditEntry,
  FigureChange,
  MonthGranularity,
  Organisation,
  StoredFigures,
  SubmissionReceipt,
} from '../app/model';
import type { AuditQuery, FigureContext, FigureKey, Store } from '../app/ports';
import type { Agreement } from '../domain/agreements';
import { conflict } from '../domain/errors';
import type { FinanceYear, FinancialOutcome } from '../domain/finances';
import { monthsApart } from '../domain/periods';
import { DynamoTable, type TransactItem } from './dynamo-table';
import { expiresAt, KEYS, monthCounts, PK, PREFIX, strip, TABLE } from './table';

const { figuresPk } = KEYS;

/** The store on one DynamoDB table (see table.ts for the keys). */
export class DynamoStore extends DynamoTable implements Store {
  // --- keys -------------------------------------------------------------------------------------------

  async getKey(id: string) {
    // Strongly consistent, so that a revoked key stops working at once.
    return this.get<ApiKeyRecord>(PK.key, id, true);
  }

  listKeys() {
    return this.query<ApiKeyRecord>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PK.key },
    });
  }

  async createKey(key: ApiKeyRecord, audit: AuditEntry) {
    await this.transact([this.putNew({ pk: PK.key, sk: key.id, ...key }), this.auditPut(audit)]);
  }

  async revokeKey(key: ApiKeyRecord, audit: AuditEntry) {
    await this.transact([
      {
        Put: {
          TableName: this.tableName,
          Item: { pk: PK.key, sk: key.id, ...key },
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
        },
      },
      this.auditPut(audit),
    ]);
  }

  // --- organisations and activities --------------------------------------------------------------------

  getOrganisation(id: string) {
    return this.get<Organisation>(PK.organisation, id);
  }

  listAgreements() {
    return this.query<Agreement>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PK.agreement },
    });
  }

  async createAgreement(agreement: Agreement, audit: AuditEntry) {
    await this.transact([
      this.putNew({ pk: PK.agreement, sk: agreement.id, ...agreement }),
      this.auditPut(audit),
    ]);
  }

  async updateAgreement(agreement: Agreement, audit: AuditEntry) {
    await this.transact([
      {
        Put: {
          TableName: this.tableName,
          Item: { pk: PK.agreement, sk: agreement.id, ...agreement },
          ConditionExpression: 'version = :previous',
          ExpressionAttributeValues: { ':previous': agreement.version - 1 },
        },
      },
      this.auditPut(audit),
    ]);
  }

  // --- the yearly financial outcome ----------------------------------------------------------------------

  getFinanceYear(year: number) {
    return this.get<FinanceYear>(PK.financeYear, String(year));
  }

  async putFinanceYear(year: FinanceYear, audit: AuditEntry) {
    await this.transact([
      this.putVersioned({ pk: PK.financeYear, sk: String(year.year), ...year }),
      this.auditPut(audit),
    ]);
  }

  listOutcomes(year: number) {
    return this.query<FinancialOutcome>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': KEYS.outcomesPk(year) },
    });
  }

  async putOutcome(outcome: FinancialOutcome, audit: AuditEntry) {
    await this.transact([
      this.putVersioned({ pk: KEYS.outcomesPk(outcome.year), sk: outcome.organisationId, ...outcome }),
      this.auditPut(audit),
    ]);
  }

  listOrganisations() {
    return this.query<Organisation>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PK.organisation },
    });
  }

  async createOrganisation(organisation: Organisation, audit: AuditEntry) {
    const items = [
      this.putNew({ pk: PK.organisation, sk: organisation.id, ...organisation }),
      this.auditPut(audit),
    ];
    if (organisation.orgNumber) {
      items.push(
        this.putNew({ pk: PK.orgNumber, sk: organisation.orgNumber, organisationId: organisation.id }),
      );
    }
    await this.transact(items, () =>
      conflict(
        `An organisation with number ${organisation.orgNumber} or id ${organisation.id} already exists.`,
        [{ path: '/orgNumber', code: 'taken' }],
      ),
    );
  }

  async getActivities(ids: readonly string[]) {
    return this.batchGet<Activity>(ids.map((id) => ({ pk: PK.activity, sk: id })));
  }

  listActivities() {
    return this.query<Activity>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PK.activity },
    });
  }

  async createActivity(activity: Activity, audit: AuditEntry) {
    await this.transact([
      this.putNew({ pk: PK.activity, sk: activity.id, ...activity }),
      this.auditPut(audit),
    ]);
  }

  async updateActivity(activity: Activity, audit: AuditEntry) {
    await this.transact([
      {
        Put: {
          TableName: this.tableName,
          Item: { pk: PK.activity, sk: activity.id, ...activity },
          ConditionExpression: 'version = :previous',
          ExpressionAttributeValues: { ':previous': activity.version - 1 },
        },
      },
      this.auditPut(audit),
    ]);
  }

  // --- figures ----------------------------------------------------------------------------------------

  async getFigures(keys: readonly FigureKey[]) {
    return this.batchGet<StoredFigures>(
      keys.map((k) => ({ pk: figuresPk(k.activityId), sk: KEYS.figureSk(k.period) })),
    );
  }

  async getMonthGranularities(keys: readonly { activityId: string; month: string }[]) {
    return this.batchGet<MonthGranularity>(
      keys.map((k) => ({ pk: figuresPk(k.activityId), sk: KEYS.granularitySk(k.month) })),
    );
  }

  async getFigureContext(activityId: string, period: string): Promise<FigureContext> {
    const pk = figuresPk(activityId);
    const items = await this.batchGetItems([
      { pk: PK.activity, sk: activityId },
      { pk, sk: KEYS.figureSk(period) },
      { pk, sk: KEYS.granularitySk(period.slice(0, 7)) },
    ]);
    const of = <T>(prefix: string) =>
      items.filter((i) => String(i.sk).startsWith(prefix)).map((i) => strip<T>(i));
    return {
      activities: items.filter((i) => i.pk === PK.activity).map((i) => strip<Activity>(i)),
      figures: of<StoredFigures>(PREFIX.figure),
      granularities: of<MonthGranularity>(PREFIX.granularity),
    };
  }

  listFigures(activityId: string, from: string, to: string, max?: number) {
    return this.query<StoredFigures>(
      {
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': figuresPk(activityId),
          ':from': KEYS.figureSk(from),
          ':to': `${KEYS.figureSk(to)}~`,
        },
      },
      max,
    );
  }

  getReceipt(principalId: string, key: string) {
    const { pk, sk } = KEYS.receipt(principalId, key);
    return this.get<SubmissionReceipt>(pk, sk, true);
  }

  async commitFigures(changes: readonly FigureChange[], receipt?: SubmissionReceipt) {
    const items: TransactItem[] = [];
    if (receipt) {
      const key = KEYS.receipt(receipt.principalId, receipt.key);
      items.push(this.putNew({ ...key, ...receipt, ttl: expiresAt(receipt.expiresAt) }));
    }
    for (const change of changes) {
      const { activityId, period } = change.figures;
      const key = { pk: figuresPk(activityId), sk: KEYS.figureSk(period) };
      if (change.op === 'put') {
        items.push({
          Put: {
            TableName: this.tableName,
            Item: { ...key, ...change.figures },
            ...(change.previousVersion === undefined
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : {
                  ConditionExpression: 'version = :previous',
                  ExpressionAttributeValues: { ':previous': change.previousVersion },
                }),
          },
        });
      } else {
        items.push({
          Delete: {
            TableName: this.tableName,
            Key: key,
            ConditionExpression: 'version = :previous',
            ExpressionAttributeValues: { ':previous': change.figures.version },
          },
        });
      }
      items.push(this.auditPut(change.audit));
    }
    for (const m of monthCounts(changes)) {
      items.push({
        Update: {
          TableName: this.tableName,
          Key: { pk: figuresPk(m.activityId), sk: KEYS.granularitySk(m.month) },
          UpdateExpression: 'SET activityId = :a, #month = :m, granularity = :g ADD #count :d',
          // A month is kept one way: days or a total. It may change way only when nothing holds it.
          ConditionExpression: 'attribute_not_exists(granularity) OR granularity = :g OR #count = :zero',
          ExpressionAttributeNames: { '#count': 'count', '#month': 'month' },
          ExpressionAttributeValues: {
            ':a': m.activityId,
            ':m': m.month,
            ':g': m.granularity,
            ':d': m.delta,
            ':zero': 0,
          },
        },
      });
    }
    await this.transact(items);
  }

  // --- audit ------------------------------------------------------------------------------------------

  async listAudit({ activityId, from, to, max }: AuditQuery) {
    const range = { ':from': from, ':to': `${to}~` };
    if (activityId) {
      return this.query<AuditEntry>(
        {
          IndexName: TABLE.auditByActivityIndex.name,
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': KEYS.auditPk(activityId), ...range },
        },
        max,
      );
    }
    // One partition per UTC month: the months are read at once, then joined in order.
    const months = await Promise.all(
      utcMonths(from, to).map((month) =>
        this.query<AuditEntry>(
          {
            KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
            ExpressionAttributeValues: { ':pk': KEYS.auditPk(month), ...range },
          },
          max,
        ),
      ),
    );
    return months.flat();
  }
}

/** The UTC months `YYYY-MM` that the instants from..to touch (the caller bounds the range: 13 at most). */
function utcMonths(from: string, to: string): string[] {
  const first = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  return Array.from({ length: Math.max(0, monthsApart(from.slice(0, 7), to.slice(0, 7)) + 1) }, (_, i) =>
    new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1)).toISOString().slice(0, 7),
  );
}
