import type { AuditEntry } from '../app/model';
import { type AppError, concurrentChange, unauthenticated } from '../domain/errors';
import { isStoredKeyId, KEYS, PK, PREFIX, strip } from './table';

/** An item as the table keeps it: its keys and its fields. */
export type Item = Record<string, unknown> & { pk: string; sk: string };
type Key = { pk: string; sk: string };
type When = (existing: Item | undefined) => boolean;

/** One write of a transaction: its item (or key), and the condition on what is stored that must hold. */
export type Write =
  | { put: Item; when?: When }
  | { update: Key; set: (existing: Item | undefined) => Record<string, unknown>; when?: When }
  | { delete: Key; when?: When }
  | { check: Key; when: When };

const id = (k: Key) => `${k.pk}\u0000${k.sk}`;
/** Kept and handed out as DynamoDB would: a copy, without undefined fields. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const keyOf = (w: Write): Key =>
  'put' in w ? w.put : 'update' in w ? w.update : 'delete' in w ? w.delete : w.check;

export const absent: When = (existing) => existing === undefined;

/**
 * The single table in memory, with DynamoDB's guarantees that the stores rely on: conditional writes, all-or-
 * nothing transactions (a failed condition is a 409, a revoked key auditing a write a 401), queries in sort-key
 * order with a limit, and copies in and out. The in-memory stores are built on it, so use cases can be unit
 * tested in milliseconds; the contract test runs the same cases on it and on DynamoDB Local.
 */
export class MemoryTable {
  private readonly items = new Map<string, Item>();

  /** Every item, each as JSON, in a stable order: what tests compare to show that nothing was stored. */
  dump(): string {
    return JSON.stringify([...this.items.values()].map((i) => JSON.stringify(i)).sort());
  }

  get<T>(pk: string, sk: string): T | undefined {
    const item = this.items.get(id({ pk, sk }));
    return item ? strip<T>(copy(item)) : undefined;
  }

  /** Items of `pk` whose sort key lies in [from, to] (or starts with `prefix`), in order; at most `max` + 1. */
  query<T>(pk: string, range: { from?: string; to?: string; prefix?: string } = {}, max?: number): T[] {
    return this.select(
      (item) =>
        item.pk === pk &&
        (range.prefix === undefined || item.sk.startsWith(range.prefix)) &&
        (range.from === undefined || item.sk >= range.from) &&
        (range.to === undefined || item.sk <= range.to),
      (item) => item.sk,
      max,
    );
  }

  /** The same on the audit-by-activity index. */
  queryIndex<T>(gsi1pk: string, from: string, to: string, max?: number): T[] {
    return this.select(
      (item) => item.gsi1pk === gsi1pk && String(item.gsi1sk) >= from && String(item.gsi1sk) <= to,
      (item) => String(item.gsi1sk),
      max,
    );
  }

  private select<T>(match: (item: Item) => boolean, sortKey: (item: Item) => string, max?: number): T[] {
    const found: Item[] = [];
    for (const item of this.items.values()) if (match(item)) found.push(item);
    found.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    const limited = max === undefined ? found : found.slice(0, max + 1);
    return limited.map((item) => strip<T>(copy(item)));
  }

  /**
   * All of `writes` or none: every condition is checked before anything is written. A write audited with a
   * stored key also needs that key to be there and not revoked, as in DynamoDB (dynamo-table.ts).
   */
  transact(writes: readonly Write[], onConflict: () => AppError = concurrentChange): void {
    const touched = new Set(writes.map((w) => id(keyOf(w))));
    const keyChecks: Write[] = [];
    for (const w of writes) {
      const keyId = 'put' in w && w.put.pk.startsWith(PREFIX.audit) ? w.put.keyId : undefined;
      if (isStoredKeyId(keyId) && !touched.has(id({ pk: PK.key, sk: keyId })))
        keyChecks.push({ check: { pk: PK.key, sk: keyId }, when: (key) => !!key && !key.revokedAt });
    }
    if (keyChecks.some((w) => !this.holds(w))) throw unauthenticated('The API key is unknown or revoked.');
    if (writes.some((w) => !this.holds(w))) throw onConflict();
    for (const w of writes) this.apply(w);
  }

  /** One conditional write: true when its condition held and it was written. */
  writeIf(write: Write): boolean {
    if (!this.holds(write)) return false;
    this.apply(write);
    return true;
  }

  /** Puts without conditions (records the system derives). */
  putAll(items: readonly Item[]): void {
    for (const item of items) this.apply({ put: item });
  }

  putNew(item: Item): Write {
    return { put: item, when: absent };
  }

  auditPut(audit: AuditEntry): Write {
    return this.putNew({ ...KEYS.audit(audit), ...audit });
  }

  claimUnique(kind: string, values: readonly string[], ownerId: string): Write[] {
    return values.map((value) => this.putNew({ ...KEYS.unique(kind, value), ownerId }));
  }

  releaseUnique(kind: string, values: readonly string[]): Write[] {
    return values.map((value) => ({ delete: KEYS.unique(kind, value) }));
  }

  /** The outbox claim of dynamo-table.ts: pending, failed with tries left, or sending past its lease. */
  claim(
    key: Key,
    claim: { at: string; leaseMs: number; maxAttempts: number; fields?: Record<string, unknown> },
  ) {
    const staleBefore = new Date(Date.parse(claim.at) - claim.leaseMs).toISOString();
    return this.writeIf({
      update: key,
      when: (item) =>
        !!item &&
        (item.status === 'pending' ||
          (item.status === 'failed' && Number(item.attempts) < claim.maxAttempts) ||
          (item.status === 'sending' && String(item.claimedAt) < staleBefore)),
      set: (item) => ({
        ...claim.fields,
        status: 'sending',
        claimedAt: claim.at,
        attempts: Number(item?.attempts ?? 0) + 1,
      }),
    });
  }

  private holds(write: Write): boolean {
    return write.when ? write.when(this.items.get(id(keyOf(write)))) : true;
  }

  private apply(write: Write): void {
    if ('check' in write) return;
    if ('delete' in write) {
      this.items.delete(id(write.delete));
      return;
    }
    if ('put' in write) {
      this.items.set(id(write.put), copy(write.put));
      return;
    }
    const existing = this.items.get(id(write.update));
    this.items.set(id(write.update), copy({ ...existing, ...write.set(existing), ...write.update }));
  }
}
