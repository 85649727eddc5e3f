import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, Passkey, Session, SignInCode, UndeliverableAddress, User } from '../app/model';
import type { PeopleStore, UndeliverableNotice } from '../app/ports';
import { conflict } from '../domain/errors';
import { DynamoTable } from './dynamo-table';
import { KEYS, PK, expiresAt as ttlOf } from './table';

/**
 * People (`USER` / id, their addresses unique by guard items), sessions (`SESSION` / token hash), sign-in codes
 * (`SIGNINCODE` / challenge hash) and counted limits (`LIMIT#<what>` / window), the last three with a TTL.
 */
export class DynamoPeopleStore extends DynamoTable implements PeopleStore {
  getUser(id: string) {
    return this.get<User>(PK.user, id, true);
  }

  async findUserByEmail(email: string) {
    const { pk, sk } = KEYS.unique(PK.user, email);
    const guard = await this.get<{ ownerId: string }>(pk, sk, true);
    return guard ? this.getUser(guard.ownerId) : undefined;
  }

  listUsers() {
    return this.query<User>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PK.user },
    });
  }

  async createUser(user: User, audit: AuditEntry) {
    await this.transact(
      [
        this.putNew({ pk: PK.user, sk: user.id, ...user }),
        ...this.claimUnique(PK.user, [user.email], user.id),
        this.auditPut(audit),
      ],
      () => conflict('Someone has this e-mail address already.', [{ path: '/email', code: 'taken' }]),
    );
  }

  async updateUser(user: User, audit: AuditEntry) {
    await this.transact([
      {
        Put: {
          TableName: this.tableName,
          Item: { pk: PK.user, sk: user.id, ...user },
          ConditionExpression: 'version = :previous',
          ExpressionAttributeValues: { ':previous': user.version - 1 },
        },
      },
      this.auditPut(audit),
    ]);
  }

  async deleteUser(user: User, audit: AuditEntry) {
    await this.transact([
      { Delete: { TableName: this.tableName, Key: { pk: PK.user, sk: user.id } } },
      ...this.releaseUnique(PK.user, [user.email]),
      this.auditPut(audit),
    ]);
  }

  async createSession(session: Session) {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: PK.session, sk: session.id, ...session, ttl: ttlOf(session.expiresAt) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  getSession(id: string) {
    return this.get<Session>(PK.session, id, true);
  }

  async touchSession(id: string, at: string) {
    await this.sendIf(
      this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: PK.session, sk: id },
          UpdateExpression: 'SET lastSeenAt = :at',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at },
        }),
      ),
    );
  }

  async deleteSession(id: string) {
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: PK.session, sk: id } }));
  }

  async createSignInCode(code: SignInCode) {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: PK.signInCode, sk: code.id, ...code, ttl: ttlOf(code.expiresAt) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  getSignInCode(id: string) {
    return this.get<SignInCode>(PK.signInCode, id, true);
  }

  useSignInCode(id: string, at: string, maxTries: number) {
    return this.sendIf(
      this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: PK.signInCode, sk: id },
          UpdateExpression: 'SET usedAt = :at',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND wrongTries < :max',
          ExpressionAttributeValues: { ':at': at, ':max': maxTries },
        }),
      ),
    );
  }

  countWrongTry(id: string, maxTries: number) {
    return this.sendIf(
      this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: PK.signInCode, sk: id },
          UpdateExpression: 'ADD wrongTries :one',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND wrongTries < :max',
          ExpressionAttributeValues: { ':one': 1, ':max': maxTries },
        }),
      ),
    );
  }

  async addPasskey(passkey: Passkey, audit: AuditEntry) {
    await this.transact([
      this.putNew({ pk: KEYS.passkeysPk(passkey.userId), sk: passkey.id, ...passkey }),
      this.auditPut(audit),
    ]);
  }

  listPasskeys(userId: string) {
    return this.query<Passkey>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': KEYS.passkeysPk(userId) },
      ConsistentRead: true,
    });
  }

  getPasskey(userId: string, id: string) {
    return this.get<Passkey>(KEYS.passkeysPk(userId), id, true);
  }

  usePasskey(passkey: Passkey, previous: number) {
    return this.sendIf(
      this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: KEYS.passkeysPk(passkey.userId), sk: passkey.id },
          UpdateExpression: 'SET #counter = :counter, lastUsedAt = :at',
          ConditionExpression: '#counter = :previous',
          ExpressionAttributeNames: { '#counter': 'counter' },
          ExpressionAttributeValues: {
            ':counter': passkey.counter,
            ':at': passkey.lastUsedAt,
            ':previous': previous,
          },
        }),
      ),
    );
  }

  async deletePasskey(passkey: Passkey, audit: AuditEntry) {
    await this.transact([
      { Delete: { TableName: this.tableName, Key: { pk: KEYS.passkeysPk(passkey.userId), sk: passkey.id } } },
      this.auditPut(audit),
    ]);
  }

  async putChallenge(id: string, challenge: string, expiresAt: string) {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: PK.challenge, sk: id, challenge, expiresAt, ttl: ttlOf(expiresAt) },
      }),
    );
  }

  async takeChallenge(id: string) {
    const { Attributes } = await this.doc.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: { pk: PK.challenge, sk: id },
        ReturnValues: 'ALL_OLD',
      }),
    );
    return Attributes
      ? { challenge: String(Attributes.challenge), expiresAt: String(Attributes.expiresAt) }
      : undefined;
  }

  countUse(key: string, limit: number, expiresAt: string) {
    return this.sendIf(
      this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: PK.limit, sk: key },
          UpdateExpression: 'ADD #count :one SET #ttl = :ttl',
          ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
          ExpressionAttributeNames: { '#count': 'count', '#ttl': 'ttl' },
          ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':ttl': ttlOf(expiresAt) },
        }),
      ),
    );
  }

  async markUndeliverable(notice: UndeliverableNotice) {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: PK.undeliverable, sk: notice.address.toLowerCase() },
        UpdateExpression: `SET address = :address, reason = :reason, since = if_not_exists(since, :at), lastAt = :at${
          notice.detail === undefined ? '' : ', detail = :detail'
        } ADD notices :one${notice.detail === undefined ? ' REMOVE detail' : ''}`,
        ExpressionAttributeValues: {
          ':address': notice.address.toLowerCase(),
          ':reason': notice.reason,
          ':at': notice.at,
          ':one': 1,
          ...(notice.detail === undefined ? {} : { ':detail': notice.detail }),
        },
      }),
    );
  }

  async getUndeliverable(address: string) {
    return this.get<UndeliverableAddress>(PK.undeliverable, address.toLowerCase(), true);
  }

  async listUndeliverable() {
    return this.query<UndeliverableAddress>({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PK.undeliverable },
    });
  }

  async clearUndeliverable(address: string, audit: AuditEntry) {
    await this.transact([
      { Delete: { TableName: this.tableName, Key: { pk: PK.undeliverable, sk: address.toLowerCase() } } },
      this.auditPut(audit),
    ]);
  }
}
