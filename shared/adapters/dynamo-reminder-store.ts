import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ReminderMail, ReminderStore } from '../app/reminders-model';
import { DynamoTable } from './dynamo-table';
import { expiresAt, KEYS, PK } from './table';

/** How long a gap's reminder is remembered: longer than any reminder looks back. */
const REMEMBER_DAYS = 200;

/** Reminder mails (`REMINDER` / id) and when each gap was reminded (`REMINDED#<activity>` / period, with a TTL). */
export class DynamoReminderStore extends DynamoTable implements ReminderStore {
  async remindedOn(activityIds: readonly string[]) {
    const lists = await Promise.all(
      activityIds.map((id) =>
        this.query<{ period: string; on: string }>({
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': KEYS.remindedPk(id) },
        }).then((items) => items.map((item) => [`${id}|${item.period}`, item.on] as const)),
      ),
    );
    return new Map(lists.flat());
  }

  async enqueueReminder(mail: ReminderMail, on: string) {
    const created = await this.sendIf(
      this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: PK.reminder, sk: mail.id, ...mail, status: 'pending', attempts: 0 },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
    // The gaps of the mail as stored: a run that lost the race (or came later the same day) marks only what was
    // really told, and a run that died between the two writes is mended by the next.
    const told = created ? mail : ((await this.get<ReminderMail>(PK.reminder, mail.id, true)) ?? mail);
    const ttl = expiresAt(new Date(Date.parse(mail.at) + REMEMBER_DAYS * 86_400_000).toISOString());
    await this.batchPut(
      told.gaps.map((g) => ({ pk: KEYS.remindedPk(g.activityId), sk: g.period, period: g.period, on, ttl })),
    );
    return created;
  }

  claimReminder(mail: ReminderMail, leaseMs: number, maxAttempts: number) {
    return this.claim({ pk: PK.reminder, sk: mail.id }, { at: mail.at, leaseMs, maxAttempts });
  }

  async completeReminder(mail: ReminderMail) {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: PK.reminder, sk: mail.id },
        UpdateExpression: 'SET #status = :status, #error = :error',
        ExpressionAttributeNames: { '#status': 'status', '#error': 'error' },
        ExpressionAttributeValues: { ':status': mail.status, ':error': mail.error ?? null },
      }),
    );
  }

  listReminders(from: string, to: string) {
    return this.query<ReminderMail>({
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': PK.reminder, ':from': from, ':to': `${to}~` },
    });
  }
}
