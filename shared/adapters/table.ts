/**
 * The single table's shape, used by the CDK stack and by the local runtime so both create the same table.
 *
 * | item                | pk                  | sk                      | gsi1pk           | gsi1sk   |
 * | ------------------- | ------------------- | ----------------------- | ---------------- | -------- |
 * | API key             | `KEY`               | key id                  |                  |          |
 * | organisation        | `ORG`               | organisation id         |                  |          |
 * | org-number guard    | `ORGNUMBER`         | `NNNNNN-NNNN`           |                  |          |
 * | activity (+capacity)| `ACTIVITY`          | activity id             |                  |          |
 * | figures             | `ACT#<activity>`    | `FIG#<period>`          |                  |          |
 * | month granularity   | `ACT#<activity>`    | `GRAN#<YYYY-MM>`        |                  |          |
 * | audit entry         | `AUDIT#<YYYY-MM>`   | `<ISO time>#<id>`       | `AUDIT#<activity>` | = sk   |
 * | alert settings      | `SETTINGS`          | `alerts`                |                  |          |
 * | check state         | `CHECK`             | `state`                 |                  |          |
 * | subscriber          | `SUBSCRIBER`        | subscriber id           |                  |          |
 * | night as checked    | `COLDNIGHT`         | `YYYY-MM-DD`            |                  |          |
 * | alert delivery      | `DELIVERY`          | `<night>#<alert>#<channel>#<subscriber>` |  |          |
 * | report recipient    | `REPORT_RECIPIENT`  | recipient id            |                  |          |
 * | report send         | `SENTREPORT#<from>_<to>` | `SEND#<send id>`   |                  |          |
 * | its published figures | `SENTREPORT#<from>_<to>` | `FIGS#<send id>#<n>` (≤ 300 KB of JSON each) | |   |
 * | a send's mail       | `REPORTSEND#<send id>` | recipient id         |                  |          |
 * | a report's text     | `REPORTTEXT#<from>_<to>` | section id         |                  |          |
 * | joint report state  | `REPORTDOC#<from>_<to>` | `STATE`            |                  |          |
 * | a party's appendix  | `REPORTDOC#<from>_<to>` | `APPENDIX#<organisation>` |           |          |
 * | an approved version | `REPORTDOC#<from>_<to>#V<n>` | `<n>` chunk (≤ 300 KB of JSON each) |  |      |
 * | the report's chairs | `SETTINGS`          | `reportChairs`          |                  |          |
 * | survey template     | `SETTINGS`          | `surveyTemplate`        |                  |          |
 * | a survey's tally    | `SURVEY#<from>_<to>` | activity id            |                  |          |
 * | submission receipt  | `RECEIPT#<principal>` | the idempotency key  |                  |          |
 * | demand fit          | `DEMAND`            | venue (activity) id     |                  |          |
 * | uniqueness guard    | `UNIQUE#<kind>`     | the value, lower-case (a subscriber's e-mail or phone, a recipient's e-mail) | | |
 *
 * A report reads the activities (one Query) and each activity's figures for a period (one Query each);
 * days and months of `FIG#` sort together, so `between FIG#2017-11 and FIG#2018-04~` takes both.
 */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  auditByActivityIndex: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
} as const;

/** The partitions of a fixed name: one kind of item in each, by its id (or night, or address) as the sort key. */
export const PK = {
  key: 'KEY',
  organisation: 'ORG',
  orgNumber: 'ORGNUMBER',
  agreement: 'AGREEMENT',
  financeYear: 'FINYEAR',
  activity: 'ACTIVITY',
  settings: 'SETTINGS',
  subscriber: 'SUBSCRIBER',
  coldNight: 'COLDNIGHT',
  observed: 'OBSERVED',
  demand: 'DEMAND',
  decision: 'DECISION',
  check: 'CHECK',
  delivery: 'DELIVERY',
  user: 'USER',
  session: 'SESSION',
  signInCode: 'SIGNINCODE',
  challenge: 'CHALLENGE',
  limit: 'LIMIT',
  undeliverable: 'UNDELIVERABLE',
  reminder: 'REMINDER',
  reportRecipient: 'REPORT_RECIPIENT',
} as const;

/** The sort-key (or partition) prefixes a query reads by. */
export const PREFIX = {
  figure: 'FIG#',
  granularity: 'GRAN#',
  audit: 'AUDIT#',
  send: 'SEND#',
  appendix: 'APPENDIX#',
} as const;

/** The keys of the items more than one store, or more than one adapter (DynamoDB, memory), writes. */
export const KEYS = {
  figuresPk: (activityId: string) => `ACT#${activityId}`,
  /** A night's or a month's figures, and how a month is kept (nightly or as a total), beside them. */
  figureSk: (period: string) => `${PREFIX.figure}${period}`,
  granularitySk: (month: string) => `${PREFIX.granularity}${month}`,
  outcomesPk: (year: number) => `OUTCOME#${year}`,
  /** The trail by UTC month (`YYYY-MM`), and by activity on the index. */
  auditPk: (monthOrActivityId: string) => `${PREFIX.audit}${monthOrActivityId}`,
  audit: (audit: { at: string; id: string; activityId?: string }) => {
    const sk = `${audit.at}#${audit.id}`;
    return {
      pk: KEYS.auditPk(audit.at.slice(0, 7)),
      sk,
      ...(audit.activityId ? { gsi1pk: KEYS.auditPk(audit.activityId), gsi1sk: sk } : {}),
    };
  },
  passkeysPk: (userId: string) => `PASSKEY#${userId}`,
  remindedPk: (activityId: string) => `REMINDED#${activityId}`,
  sendSk: (sendId: string) => `${PREFIX.send}${sendId}`,
  /** A send's published figures, in numbered pieces under one prefix. */
  publishedPrefix: (sendId: string) => `FIGS#${sendId}#`,
  publishedSk: (sendId: string, n: number) => `FIGS#${sendId}#${String(n).padStart(4, '0')}`,
  receipt: (principalId: string, key: string) => ({ pk: `RECEIPT#${principalId}`, sk: key }),
  unique: (kind: string, value: string) => ({ pk: `UNIQUE#${kind}`, sk: value.toLowerCase() }),
  deliverySk: (d: { nights: readonly string[]; alertKey: string; channel: string; subscriberId: string }) =>
    `${d.nights[0]}#${d.alertKey}#${d.channel}#${d.subscriberId}`,
  sentPk: (period: { from: string; to: string }) => `SENTREPORT#${period.from}_${period.to}`,
  reportMailsPk: (sendId: string) => `REPORTSEND#${sendId}`,
  reportTextPk: (period: { from: string; to: string }) => `REPORTTEXT#${period.from}_${period.to}`,
  jointReport: (period: { from: string; to: string }) => ({
    pk: `REPORTDOC#${period.from}_${period.to}`,
    sk: 'STATE',
  }),
  appendix: (appendix: { period: { from: string; to: string }; organisationId: string }) => ({
    pk: `REPORTDOC#${appendix.period.from}_${appendix.period.to}`,
    sk: `${PREFIX.appendix}${appendix.organisationId}`,
  }),
  frozenPk: (period: { from: string; to: string }, version: number) =>
    `REPORTDOC#${period.from}_${period.to}#V${version}`,
  reportChairs: { pk: PK.settings, sk: 'reportChairs' },
  surveyTemplate: { pk: PK.settings, sk: 'surveyTemplate' },
  surveyPk: (period: { from: string; to: string }) => `SURVEY#${period.from}_${period.to}`,
} as const;

/** Ids of keys kept in the table (`key_…`); `system:…` and `anonymous` principals have none. */
export const isStoredKeyId = (id: unknown): id is string => typeof id === 'string' && id.startsWith('key_');

/** The published figures are kept in items of at most this many characters of JSON (an item holds 400 KB). */
export const CHUNK_CHARS = 300_000;

/** Published figures as JSON chunks of at most CHUNK_CHARS each (at least one chunk, `[]` when none). */
export function chunkJson(values: readonly unknown[]): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const value of values) {
    const json = JSON.stringify(value);
    if (size + json.length > CHUNK_CHARS && current.length > 0) {
      chunks.push(`[${current.join(',')}]`);
      current = [];
      size = 0;
    }
    current.push(json);
    size += json.length + 1;
  }
  chunks.push(`[${current.join(',')}]`);
  return chunks;
}

/**
 * A long text in pieces of at most TEXT_CHUNK_CHARS characters, each an item's `json` (at least one): 4 bytes a
 * character at worst in UTF-8, a piece stays under an item's 400 KB (a report's frozen document: about 40 KB of JSON
 * for the seed half-year, a piece; a national one, many).
 */
export const TEXT_CHUNK_CHARS = 90_000;
export function chunkText(text: string): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length || chunks.length === 0; ) {
    let end = Math.min(text.length, start + TEXT_CHUNK_CHARS);
    // Never between the two halves of a character outside the BMP: a piece must be valid text on its own.
    if (end < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(end))) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/** An item's fields without its table keys and TTL. */
export const strip = <T>({
  pk: _pk,
  sk: _sk,
  gsi1pk: _g,
  gsi1sk: _s,
  ttl: _t,
  ...rest
}: Record<string, unknown>) => rest as T;

/**
 * How each month's granularity counter moves with a set of figure changes: one entry per activity and month (a
 * transaction may not touch an item twice), +1 for a period created, −1 for one deleted; months that do not move
 * are left out.
 */
export function monthCounts(
  changes: readonly {
    op: 'put' | 'delete';
    figures: { activityId: string; period: string };
    previousVersion?: number;
    granularity: string;
  }[],
): { activityId: string; month: string; granularity: string; delta: number }[] {
  const months = new Map<string, { activityId: string; month: string; granularity: string; delta: number }>();
  for (const change of changes) {
    const { activityId, period } = change.figures;
    const month = period.slice(0, 7);
    const entry = months.get(`${activityId}|${month}`) ?? {
      activityId,
      month,
      granularity: change.granularity,
      delta: 0,
    };
    entry.delta += change.op === 'delete' ? -1 : change.previousVersion === undefined ? 1 : 0;
    months.set(`${activityId}|${month}`, entry);
  }
  return [...months.values()].filter((m) => m.delta !== 0);
}

/** The attribute DynamoDB's TTL deletes by (epoch seconds); the application checks every expiry itself. */
export const TTL_ATTRIBUTE = 'ttl';
export const expiresAt = (iso: string) => Math.ceil(Date.parse(iso) / 1000);
