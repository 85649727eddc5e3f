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
