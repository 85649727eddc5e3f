import type {
  AlertSettings,
  AlertStore,
  CheckState,
  ColdNightRecord,
  Delivery,
  Subscriber,
} from '../app/alerts-model';
import type {
  Activity,
  ApiKeyRecord,
  AuditEntry,
  FigureChange,
  MonthGranularity,
  Organisation,
  Passkey,
  Session,
  SignInCode,
  StoredFigures,
  SubmissionReceipt,
  UndeliverableAddress,
  User,
} from '../app/model';
import type {
  AuditQuery,
  Core,
  FigureContext,
  FigureKey,
  PeopleStore,
  Store,
  UndeliverableNotice,
} from '../app/ports';
import type { ReminderMail, ReminderStore } from '../app/reminders-model';
import {
  latestReached,
  type RecipientDelivery,
  type ReportRecipient,
  type ReportSend,
  type ReportStore,
  type ReportText,
} from '../app/reports-model';
import type { Agreement } from '../domain/agreements';
import type { Decision } from '../domain/decisions';
import type { VenueDemand } from '../domain/demand';
import { conflict } from '../domain/errors';
import type { FinanceYear, FinancialOutcome } from '../domain/finances';
import type { Appendix, JointReportState, ReportChairs } from '../domain/joint-report';
import type { ObservedNight } from '../domain/observations';
import type { MonthRange } from '../domain/periods';
import type { PublishedFigure } from '../domain/report-history';
import type { SurveyTally, SurveyTemplate } from '../domain/survey';
import { WORDING } from '../i18n/wording';
import { absent, type Item, MemoryTable, type Write } from './memory-table';
import { chunkText, KEYS, monthCounts, PK, PREFIX } from './table';

/**
 * The stores of dynamo-*.ts in memory, item for item on the same keys (table.ts), with the same conditions: what
 * a use case sees of them is what it sees of DynamoDB, and the contract test (test/unit/store-contract.test.ts)
 * holds both to it. For unit tests of use cases, which then run in milliseconds.
 */
const { figuresPk, deliverySk, sentPk, reportMailsPk, reportTextPk } = KEYS;
const versionIs = (previous: number) => (item: Item | undefined) => item?.version === previous;
/** DynamoTable's putVersioned: new at version 1, else over the version before. */
const versioned = (table: MemoryTable, item: Item & { version: number }): Write =>
  item.version === 1 ? table.putNew(item) : { put: item, when: versionIs(item.version - 1) };
const defined = <T>(list: (T | undefined)[]) => list.filter((x): x is T => x !== undefined);

export class MemoryStore implements Store {
  constructor(private readonly table: MemoryTable) {}

  async getKey(id: string) {
    return this.table.get<ApiKeyRecord>(PK.key, id);
  }

  async listKeys() {
    return this.table.query<ApiKeyRecord>(PK.key);
  }

  async createKey(key: ApiKeyRecord, audit: AuditEntry) {
    this.table.transact([this.table.putNew({ pk: PK.key, sk: key.id, ...key }), this.table.auditPut(audit)]);
  }

  async revokeKey(key: ApiKeyRecord, audit: AuditEntry) {
    this.table.transact([
      { put: { pk: PK.key, sk: key.id, ...key }, when: (item) => !!item && !item.revokedAt },
      this.table.auditPut(audit),
    ]);
  }

  async getOrganisation(id: string) {
    return this.table.get<Organisation>(PK.organisation, id);
  }

  async listAgreements() {
    return this.table.query<Agreement>(PK.agreement);
  }

  async createAgreement(agreement: Agreement, audit: AuditEntry) {
    this.table.transact([
      this.table.putNew({ pk: PK.agreement, sk: agreement.id, ...agreement }),
      this.table.auditPut(audit),
    ]);
  }

  async updateAgreement(agreement: Agreement, audit: AuditEntry) {
    this.table.transact([
      { put: { pk: PK.agreement, sk: agreement.id, ...agreement }, when: versionIs(agreement.version - 1) },
      this.table.auditPut(audit),
    ]);
  }

  async getFinanceYear(year: number) {
    return this.table.get<FinanceYear>(PK.financeYear, String(year));
  }

  async putFinanceYear(year: FinanceYear, audit: AuditEntry) {
    this.table.transact([
      versioned(this.table, { pk: PK.financeYear, sk: String(year.year), ...year }),
      this.table.auditPut(audit),
    ]);
  }

  async listOutcomes(year: number) {
    return this.table.query<FinancialOutcome>(KEYS.outcomesPk(year));
  }

  async putOutcome(outcome: FinancialOutcome, audit: AuditEntry) {
    this.table.transact([
      versioned(this.table, { pk: KEYS.outcomesPk(outcome.year), sk: outcome.organisationId, ...outcome }),
      this.table.auditPut(audit),
    ]);
  }

  async listOrganisations() {
    return this.table.query<Organisation>(PK.organisation);
  }

  async createOrganisation(organisation: Organisation, audit: AuditEntry) {
    const writes = [
      this.table.putNew({ pk: PK.organisation, sk: organisation.id, ...organisation }),
      this.table.auditPut(audit),
    ];
    if (organisation.orgNumber)
      writes.push(
        this.table.putNew({ pk: PK.orgNumber, sk: organisation.orgNumber, organisationId: organisation.id }),
      );
    this.table.transact(writes, () =>
      conflict(
        `An organisation with number ${organisation.orgNumber} or id ${organisation.id} already exists.`,
        [{ path: '/orgNumber', code: 'taken' }],
      ),
    );
  }

  async getActivities(ids: readonly string[]) {
    return defined([...new Set(ids)].map((id) => this.table.get<Activity>(PK.activity, id)));
  }

  async listActivities() {
    return this.table.query<Activity>(PK.activity);
  }

  async createActivity(activity: Activity, audit: AuditEntry) {
    this.table.transact([
      this.table.putNew({ pk: PK.activity, sk: activity.id, ...activity }),
      this.table.auditPut(audit),
    ]);
  }

  async updateActivity(activity: Activity, audit: AuditEntry) {
    this.table.transact([
      { put: { pk: PK.activity, sk: activity.id, ...activity }, when: versionIs(activity.version - 1) },
      this.table.auditPut(audit),
    ]);
  }

  async getFigures(keys: readonly FigureKey[]) {
    return defined(
      [...new Map(keys.map((k) => [`${k.activityId}|${k.period}`, k])).values()].map((k) =>
        this.table.get<StoredFigures>(figuresPk(k.activityId), KEYS.figureSk(k.period)),
      ),
    );
  }

  async getMonthGranularities(keys: readonly { activityId: string; month: string }[]) {
    return defined(
      [...new Map(keys.map((k) => [`${k.activityId}|${k.month}`, k])).values()].map((k) =>
        this.table.get<MonthGranularity>(figuresPk(k.activityId), KEYS.granularitySk(k.month)),
      ),
    );
  }

  async getFigureContext(activityId: string, period: string): Promise<FigureContext> {
    const pk = figuresPk(activityId);
    return {
      activities: defined([this.table.get<Activity>(PK.activity, activityId)]),
      figures: defined([this.table.get<StoredFigures>(pk, KEYS.figureSk(period))]),
      granularities: defined([this.table.get<MonthGranularity>(pk, KEYS.granularitySk(period.slice(0, 7)))]),
    };
  }

  async listFigures(activityId: string, from: string, to: string, max?: number) {
    return this.table.query<StoredFigures>(
      figuresPk(activityId),
      { from: KEYS.figureSk(from), to: `${KEYS.figureSk(to)}~` },
      max,
    );
  }

  async getReceipt(principalId: string, key: string) {
    const { pk, sk } = KEYS.receipt(principalId, key);
    return this.table.get<SubmissionReceipt>(pk, sk);
  }

  async commitFigures(changes: readonly FigureChange[], receipt?: SubmissionReceipt) {
    const writes: Write[] = [];
    if (receipt)
      writes.push({ put: { ...KEYS.receipt(receipt.principalId, receipt.key), ...receipt }, when: absent });
    for (const change of changes) {
      const { activityId, period } = change.figures;
      const key = { pk: figuresPk(activityId), sk: KEYS.figureSk(period) };
      if (change.op === 'put') {
        writes.push({
          put: { ...key, ...change.figures },
          when: change.previousVersion === undefined ? absent : versionIs(change.previousVersion),
        });
      } else {
        writes.push({ delete: key, when: versionIs(change.figures.version) });
      }
      writes.push(this.table.auditPut(change.audit));
    }
    for (const m of monthCounts(changes)) {
      writes.push({
        update: { pk: figuresPk(m.activityId), sk: KEYS.granularitySk(m.month) },
        // A month is kept one way: days or a total. It may change way only when nothing holds it.
        when: (item) => !item || item.granularity === m.granularity || item.count === 0,
        set: (item) => ({
          activityId: m.activityId,
          month: m.month,
          granularity: m.granularity,
          count: Number(item?.count ?? 0) + m.delta,
        }),
      });
    }
    this.table.transact(writes);
  }

  async listAudit({ activityId, from, to, max }: AuditQuery) {
    if (activityId) return this.table.queryIndex<AuditEntry>(KEYS.auditPk(activityId), from, `${to}~`, max);
    // One partition per UTC month, as in DynamoDB: each month read up to `max` + 1, then joined in order.
    const months = new Set<string>();
    for (let m = from.slice(0, 7); m <= to.slice(0, 7); ) {
      months.add(m);
      const next = new Date(`${m}-01T00:00:00Z`);
      next.setUTCMonth(next.getUTCMonth() + 1);
      m = next.toISOString().slice(0, 7);
    }
    return [...months].flatMap((month) =>
      this.table.query<AuditEntry>(KEYS.auditPk(month), { from, to: `${to}~` }, max),
    );
  }
}

const contactsOf = (s: Subscriber) => [s.email, s.phone].filter((c): c is string => c !== undefined);

export class MemoryAlertStore implements AlertStore {
  constructor(private readonly table: MemoryTable) {}

  async getAlertSettings() {
    return this.table.get<AlertSettings>(PK.settings, 'alerts');
  }

  async putAlertSettings(settings: AlertSettings, audit: AuditEntry) {
    this.table.transact([
      { put: { pk: PK.settings, sk: 'alerts', ...settings } },
      this.table.auditPut(audit),
    ]);
  }

  async listSubscribers() {
    return this.table.query<Subscriber>(PK.subscriber);
  }

  async createSubscriber(subscriber: Subscriber, audit: AuditEntry) {
    this.table.transact(
      [
        this.table.putNew({ pk: PK.subscriber, sk: subscriber.id, ...subscriber }),
        ...this.table.claimUnique(PK.subscriber, contactsOf(subscriber), subscriber.id),
        this.table.auditPut(audit),
      ],
      () =>
        conflict(
          'Someone is already subscribed with this e-mail address or phone number: each gets one alert.',
          [{ path: '/email', code: 'taken' }],
        ),
    );
  }

  async deleteSubscriber(subscriber: Subscriber, audit: AuditEntry) {
    this.table.transact([
      { delete: { pk: PK.subscriber, sk: subscriber.id } },
      ...this.table.releaseUnique(PK.subscriber, contactsOf(subscriber)),
      this.table.auditPut(audit),
    ]);
  }

  async listNights(from: string, to: string) {
    return this.table.query<ColdNightRecord>(PK.coldNight, { from, to });
  }

  async saveNights(records: readonly ColdNightRecord[]) {
    this.table.putAll(records.map((r) => ({ pk: PK.coldNight, sk: r.night, ...r })));
  }

  async saveObservedNights(records: readonly ObservedNight[]) {
    this.table.putAll(records.map((r) => ({ pk: PK.observed, sk: r.night, ...r })));
  }

  async listObservedNights(from: string, to: string) {
    return this.table.query<ObservedNight>(PK.observed, { from, to });
  }

  async saveDemand(venues: readonly VenueDemand[]) {
    this.table.putAll(venues.map((v) => ({ pk: PK.demand, sk: v.venueId, ...v })));
  }

  async listDemand() {
    return this.table.query<VenueDemand>(PK.demand, {});
  }

  async enqueueDelivery(delivery: Delivery) {
    return this.table.writeIf(
      this.table.putNew({
        pk: PK.delivery,
        sk: deliverySk(delivery),
        ...delivery,
        status: 'pending',
        attempts: 0,
      }),
    );
  }

  async claimDelivery(delivery: Delivery, leaseMs: number, maxAttempts: number) {
    const { status: _s, attempts: _a, claimedAt: _c, ...fields } = delivery;
    return this.table.claim(
      { pk: PK.delivery, sk: deliverySk(delivery) },
      { at: delivery.at, leaseMs, maxAttempts, fields },
    );
  }

  async completeDelivery(delivery: Delivery) {
    this.table.writeIf({
      update: { pk: PK.delivery, sk: deliverySk(delivery) },
      set: () => ({ status: delivery.status, error: delivery.error ?? null, at: delivery.at }),
    });
  }

  async listDeliveries(fromNight: string, toNight: string) {
    return this.table.query<Delivery>(PK.delivery, { from: fromNight, to: `${toNight}~` });
  }

  async listDecisions() {
    return this.table.query<Decision>(PK.decision);
  }

  async putDecision(decision: Decision, audit: AuditEntry) {
    this.table.transact([
      versioned(this.table, { pk: PK.decision, sk: decision.id, ...decision }),
      this.table.auditPut(audit),
    ]);
  }

  async getCheckState() {
    return this.table.get<CheckState>(PK.check, 'state') ?? {};
  }

  async putCheckState(state: CheckState) {
    this.table.putAll([{ pk: PK.check, sk: 'state', ...state }]);
  }
}

export class MemoryReminderStore implements ReminderStore {
  constructor(private readonly table: MemoryTable) {}

  async remindedOn(activityIds: readonly string[]) {
    return new Map(
      activityIds.flatMap((id) =>
        this.table
          .query<{ period: string; on: string }>(KEYS.remindedPk(id))
          .map((item) => [`${id}|${item.period}`, item.on] as const),
      ),
    );
  }

  async enqueueReminder(mail: ReminderMail, on: string) {
    const created = this.table.writeIf(
      this.table.putNew({ pk: PK.reminder, sk: mail.id, ...mail, status: 'pending', attempts: 0 }),
    );
    const told = created ? mail : (this.table.get<ReminderMail>(PK.reminder, mail.id) ?? mail);
    this.table.putAll(
      told.gaps.map((g) => ({ pk: KEYS.remindedPk(g.activityId), sk: g.period, period: g.period, on })),
    );
    return created;
  }

  async claimReminder(mail: ReminderMail, leaseMs: number, maxAttempts: number) {
    return this.table.claim({ pk: PK.reminder, sk: mail.id }, { at: mail.at, leaseMs, maxAttempts });
  }

  async completeReminder(mail: ReminderMail) {
    this.table.writeIf({
      update: { pk: PK.reminder, sk: mail.id },
      set: () => ({ status: mail.status, error: mail.error ?? null }),
    });
  }

  async listReminders(from: string, to: string) {
    return this.table.query<ReminderMail>(PK.reminder, { from, to: `${to}~` });
  }
}

export class MemoryReportStore implements ReportStore {
  constructor(private readonly table: MemoryTable) {}

  async listTexts(period: MonthRange) {
    return this.table.query<ReportText>(reportTextPk(period));
  }

  async putText(text: ReportText, audit: AuditEntry) {
    this.table.transact([
      versioned(this.table, { pk: reportTextPk(text.period), sk: text.section, ...text }),
      this.table.auditPut(audit),
    ]);
  }

  async getJointReport(period: MonthRange) {
    const { pk, sk } = KEYS.jointReport(period);
    const state = this.table.get<JointReportState>(pk, sk);
    const appendices = this.table.query<Appendix>(pk, { prefix: PREFIX.appendix });
    return { ...(state ? { state } : {}), appendices };
  }

  async putJointReport(state: JointReportState, audit: AuditEntry) {
    this.table.transact([
      versioned(this.table, { ...KEYS.jointReport(state.period), ...state }),
      this.table.auditPut(audit),
    ]);
  }

  async putAppendix(appendix: Appendix, audit: AuditEntry) {
    this.table.transact([
      versioned(this.table, { ...KEYS.appendix(appendix), ...appendix }),
      this.table.auditPut(audit),
    ]);
  }

  async freezeVersion(state: JointReportState, document: string, audit: AuditEntry) {
    const version = state.approved.at(-1)?.number as number;
    this.table.transact([
      versioned(this.table, { ...KEYS.jointReport(state.period), ...state }),
      ...chunkText(document).map((json, n) =>
        this.table.putNew({ pk: KEYS.frozenPk(state.period, version), sk: String(n).padStart(4, '0'), json }),
      ),
      this.table.auditPut(audit),
    ]);
  }

  async getFrozen(period: MonthRange, version: number) {
    const chunks = this.table.query<{ json: string }>(KEYS.frozenPk(period, version));
    return chunks.length === 0 ? undefined : chunks.map((c) => c.json).join('');
  }

  async getSurveyTemplate() {
    return this.table.get<SurveyTemplate>(KEYS.surveyTemplate.pk, KEYS.surveyTemplate.sk);
  }

  async putSurveyTemplate(template: SurveyTemplate, audit: AuditEntry) {
    this.table.transact([
      versioned(this.table, { ...KEYS.surveyTemplate, ...template }),
      this.table.auditPut(audit),
    ]);
  }

  async listSurveyTallies(period: MonthRange) {
    return this.table.query<SurveyTally>(KEYS.surveyPk(period));
  }

  async putSurveyTally(tally: SurveyTally, audit: AuditEntry) {
    this.table.transact([
      versioned(this.table, { pk: KEYS.surveyPk(tally.period), sk: tally.activityId, ...tally }),
      this.table.auditPut(audit),
    ]);
  }

  async getReportChairs() {
    return this.table.get<ReportChairs>(KEYS.reportChairs.pk, KEYS.reportChairs.sk);
  }

  async putReportChairs(chairs: ReportChairs, audit: AuditEntry) {
    this.table.transact([
      versioned(this.table, { ...KEYS.reportChairs, ...chairs }),
      this.table.auditPut(audit),
    ]);
  }

  async listRecipients() {
    return this.table.query<ReportRecipient>(PK.reportRecipient);
  }

  async createRecipient(recipient: ReportRecipient, audit: AuditEntry) {
    this.table.transact(
      [
        this.table.putNew({ pk: PK.reportRecipient, sk: recipient.id, ...recipient }),
        ...this.table.claimUnique(PK.reportRecipient, [recipient.email], recipient.id),
        this.table.auditPut(audit),
      ],
      () =>
        conflict('This e-mail address already receives the report: each gets one.', [
          { path: '/email', code: 'taken' },
        ]),
    );
  }

  async deleteRecipient(recipient: ReportRecipient, audit: AuditEntry) {
    this.table.transact([
      { delete: { pk: PK.reportRecipient, sk: recipient.id } },
      ...this.table.releaseUnique(PK.reportRecipient, [recipient.email]),
      this.table.auditPut(audit),
    ]);
  }

  async lastSend(period: MonthRange) {
    return latestReached(this.table.query<ReportSend>(sentPk(period), { prefix: PREFIX.send }));
  }

  async lastSent(period: MonthRange) {
    const send = await this.lastSend(period);
    if (!send) return undefined;
    const figures = this.table
      .query<{ figures: PublishedFigure[] }>(sentPk(period), { prefix: KEYS.publishedPrefix(send.id) })
      .flatMap((item) => item.figures);
    return { send, figures };
  }

  async startSend(send: ReportSend) {
    const key = { pk: sentPk(send.period), sk: KEYS.sendSk(send.id) };
    const created = this.table.writeIf(this.table.putNew({ ...key, ...send }));
    return { send: created ? send : (this.table.get<ReportSend>(key.pk, key.sk) as ReportSend), created };
  }

  async claimSend(send: ReportSend, at: string, leaseMs: number) {
    const staleBefore = new Date(Date.parse(at) - leaseMs).toISOString();
    return this.table.writeIf({
      update: { pk: sentPk(send.period), sk: KEYS.sendSk(send.id) },
      when: (item) => item?.status === 'preparing' && String(item.claimedAt) < staleBefore,
      set: () => ({ claimedAt: at }),
    });
  }

  async readySend(send: ReportSend, figures: readonly PublishedFigure[]) {
    // Memory has no item size limit: the figures are kept in one item, where DynamoDB needs chunks.
    this.table.putAll([
      { pk: sentPk(send.period), sk: KEYS.publishedSk(send.id, 0), figures },
      ...send.recipients.map((r) => ({
        pk: reportMailsPk(send.id),
        sk: r.id,
        recipientId: r.id,
        status: 'pending',
        attempts: 0,
      })),
    ]);
    const ready = this.table.writeIf({
      put: { pk: sentPk(send.period), sk: KEYS.sendSk(send.id), ...send, status: 'delivering' },
      when: (item) => item?.status === 'preparing' && item.claimedAt === send.claimedAt,
    });
    if (!ready) throw new Error(`The send ${send.id} was taken over by another run.`);
  }

  async claimRecipient(
    sendId: string,
    recipientId: string,
    at: string,
    leaseMs: number,
    maxAttempts: number,
  ) {
    return this.table.claim({ pk: reportMailsPk(sendId), sk: recipientId }, { at, leaseMs, maxAttempts });
  }

  async finishRecipient(
    sendId: string,
    outcome: Pick<RecipientDelivery, 'recipientId' | 'status' | 'error'>,
  ) {
    this.table.writeIf({
      update: { pk: reportMailsPk(sendId), sk: outcome.recipientId },
      set: () => ({ status: outcome.status, error: outcome.error ?? null }),
    });
  }

  async listRecipientDeliveries(sendId: string) {
    return this.table.query<RecipientDelivery>(reportMailsPk(sendId));
  }

  async completeSend(send: ReportSend, audit: AuditEntry) {
    this.table.transact([
      { put: { pk: sentPk(send.period), sk: KEYS.sendSk(send.id), ...send } },
      this.table.auditPut(audit),
    ]);
  }
}

export class MemoryPeopleStore implements PeopleStore {
  constructor(private readonly table: MemoryTable) {}

  async getUser(id: string) {
    return this.table.get<User>(PK.user, id);
  }

  async findUserByEmail(email: string) {
    const { pk, sk } = KEYS.unique(PK.user, email);
    const guard = this.table.get<{ ownerId: string }>(pk, sk);
    return guard ? this.table.get<User>(PK.user, guard.ownerId) : undefined;
  }

  async listUsers() {
    return this.table.query<User>(PK.user);
  }

  async createUser(user: User, audit: AuditEntry) {
    this.table.transact(
      [
        this.table.putNew({ pk: PK.user, sk: user.id, ...user }),
        ...this.table.claimUnique(PK.user, [user.email], user.id),
        this.table.auditPut(audit),
      ],
      () => conflict('Someone has this e-mail address already.', [{ path: '/email', code: 'taken' }]),
    );
  }

  async updateUser(user: User, audit: AuditEntry) {
    this.table.transact([
      { put: { pk: PK.user, sk: user.id, ...user }, when: versionIs(user.version - 1) },
      this.table.auditPut(audit),
    ]);
  }

  async deleteUser(user: User, audit: AuditEntry) {
    this.table.transact([
      { delete: { pk: PK.user, sk: user.id } },
      ...this.table.releaseUnique(PK.user, [user.email]),
      this.table.auditPut(audit),
    ]);
  }

  async createSession(session: Session) {
    if (!this.table.writeIf(this.table.putNew({ pk: PK.session, sk: session.id, ...session })))
      throw new Error('A session with this id exists.');
  }

  async getSession(id: string) {
    return this.table.get<Session>(PK.session, id);
  }

  async touchSession(id: string, at: string) {
    this.table.writeIf({
      update: { pk: PK.session, sk: id },
      when: (item) => !!item,
      set: () => ({ lastSeenAt: at }),
    });
  }

  async deleteSession(id: string) {
    this.table.writeIf({ delete: { pk: PK.session, sk: id } });
  }

  async createSignInCode(code: SignInCode) {
    if (!this.table.writeIf(this.table.putNew({ pk: PK.signInCode, sk: code.id, ...code })))
      throw new Error('A sign-in code with this id exists.');
  }

  async getSignInCode(id: string) {
    return this.table.get<SignInCode>(PK.signInCode, id);
  }

  async useSignInCode(id: string, at: string, maxTries: number) {
    return this.table.writeIf({
      update: { pk: PK.signInCode, sk: id },
      when: (item) => !!item && item.usedAt === undefined && Number(item.wrongTries) < maxTries,
      set: () => ({ usedAt: at }),
    });
  }

  async countWrongTry(id: string, maxTries: number) {
    return this.table.writeIf({
      update: { pk: PK.signInCode, sk: id },
      when: (item) => !!item && item.usedAt === undefined && Number(item.wrongTries) < maxTries,
      set: (item) => ({ wrongTries: Number(item?.wrongTries ?? 0) + 1 }),
    });
  }

  async addPasskey(passkey: Passkey, audit: AuditEntry) {
    this.table.transact([
      this.table.putNew({ pk: KEYS.passkeysPk(passkey.userId), sk: passkey.id, ...passkey }),
      this.table.auditPut(audit),
    ]);
  }

  async listPasskeys(userId: string) {
    return this.table.query<Passkey>(KEYS.passkeysPk(userId));
  }

  async getPasskey(userId: string, id: string) {
    return this.table.get<Passkey>(KEYS.passkeysPk(userId), id);
  }

  async usePasskey(passkey: Passkey, previous: number) {
    return this.table.writeIf({
      update: { pk: KEYS.passkeysPk(passkey.userId), sk: passkey.id },
      when: (item) => item?.counter === previous,
      set: () => ({ counter: passkey.counter, lastUsedAt: passkey.lastUsedAt }),
    });
  }

  async deletePasskey(passkey: Passkey, audit: AuditEntry) {
    this.table.transact([
      { delete: { pk: KEYS.passkeysPk(passkey.userId), sk: passkey.id } },
      this.table.auditPut(audit),
    ]);
  }

  async putChallenge(id: string, challenge: string, expiresAt: string) {
    this.table.putAll([{ pk: PK.challenge, sk: id, challenge, expiresAt }]);
  }

  async takeChallenge(id: string) {
    const kept = this.table.get<{ challenge: string; expiresAt: string }>(PK.challenge, id);
    if (kept) this.table.writeIf({ delete: { pk: PK.challenge, sk: id } });
    return kept;
  }

  async countUse(key: string, limit: number, _expiresAt: string) {
    return this.table.writeIf({
      update: { pk: PK.limit, sk: key },
      when: (item) => item === undefined || Number(item.count) < limit,
      set: (item) => ({ count: Number(item?.count ?? 0) + 1 }),
    });
  }

  async markUndeliverable(notice: UndeliverableNotice) {
    const address = notice.address.toLowerCase();
    this.table.writeIf({
      update: { pk: PK.undeliverable, sk: address },
      // An undefined detail is dropped by the copy, as DynamoDB's REMOVE drops it.
      set: (item) => ({
        address,
        reason: notice.reason,
        since: item?.since ?? notice.at,
        lastAt: notice.at,
        notices: Number(item?.notices ?? 0) + 1,
        detail: notice.detail,
      }),
    });
  }

  async getUndeliverable(address: string) {
    return this.table.get<UndeliverableAddress>(PK.undeliverable, address.toLowerCase());
  }

  async listUndeliverable() {
    return this.table.query<UndeliverableAddress>(PK.undeliverable);
  }

  async clearUndeliverable(address: string, audit: AuditEntry) {
    this.table.transact([
      { delete: { pk: PK.undeliverable, sk: address.toLowerCase() } },
      this.table.auditPut(audit),
    ]);
  }
}

/** The stores, the clock and a logger, all in memory: what a unit test of a use case gives it. */
export function memoryCore(
  options: Partial<Pick<Core, 'now' | 'logger' | 'reportSmallCellBelow'>> = {},
): Core & {
  table: MemoryTable;
} {
  const table = new MemoryTable();
  return {
    table,
    store: new MemoryStore(table),
    alerts: new MemoryAlertStore(table),
    reports: new MemoryReportStore(table),
    people: new MemoryPeopleStore(table),
    reminders: new MemoryReminderStore(table),
    now: options.now ?? (() => new Date()),
    logger: options.logger ?? { info() {}, warn() {}, error() {} },
    wording: WORDING,
    reportSmallCellBelow: options.reportSmallCellBelow,
  };
}
