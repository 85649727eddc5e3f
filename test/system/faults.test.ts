import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureTable, freePort, startDynamoDbLocal } from '../../infra/local/dynamodb';
import { coreFromConfig, dynamoClient } from '../../shared/adapters/clients';
import { DynamoStore } from '../../shared/adapters/dynamo-store';
import { listAudit } from '../../shared/app/audit';
import { submitFigures } from '../../shared/app/figures';
import { SILENT } from '../../shared/app/ports';
import { loadConfig } from '../../shared/config';
import { systemPrincipal } from '../../shared/domain/access';
import { datesBetween } from '../../shared/domain/periods';
import { organisationWithShelter } from '../support/registry';

let dynamo: ChildProcess | undefined;
const stop = (child: ChildProcess | undefined, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
afterAll(() => stop(dynamo, 'SIGTERM'));

describe('faults', () => {
  it('DynamoDB killed in the middle of an import: what was stored is whole, and the same import again completes it exactly once', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'iop-fault-'));
    dynamo = await startDynamoDbLocal({ port, dataDir });
    const config = loadConfig({ TABLE_NAME: 'iop-fault', DYNAMODB_ENDPOINT: `http://127.0.0.1:${port}` });
    await ensureTable(dynamoClient(config), config.TABLE_NAME);
    // Kill DynamoDB Local (SIGKILL, as a crash) once ten transactions of the import have gone through.
    let transactions = 0;
    let armed = false;
    const client = dynamoClient(config);
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        if (armed && /TransactWrite/.test(context.commandName ?? '') && ++transactions === 10)
          void stop(dynamo, 'SIGKILL');
        return result;
      },
      { step: 'initialize', name: 'killAfterTenTransactions' },
    );
    const deps = { ...coreFromConfig(config, SILENT), store: new DynamoStore(client, config.TABLE_NAME) };
    const admin = systemPrincipal('fault-test');
    const { shelter } = await organisationWithShelter(deps, admin, {
      organisation: 'Stadsmissionen',
      orgNumber: '802003-1954',
      shelter: 'Härbärget',
    });
    const rows = datesBetween('2019-01-01', '2020-02-05').map((period, i) => ({
      activityId: shelter.id,
      period,
      figures: { women: i % 7, men: 20 + (i % 11) },
    }));
    expect(rows.length).toBe(401);

    armed = true;
    await expect(submitFigures(deps, admin, rows)).rejects.toThrow();
    expect(transactions).toBeGreaterThanOrEqual(10);

    // Back up on the same data; the partner sends the same import again.
    dynamo = await startDynamoDbLocal({ port, dataDir });
    const again = coreFromConfig(config, SILENT);
    const { outcomes, problems } = await submitFigures(again, admin, rows);
    expect(problems).toEqual([]);
    const results = outcomes.map((o) => o.result);
    const unchanged = results.filter((r) => r === 'unchanged').length;
    // Whole transactions of 25 survived the crash; none half: the rest were created now.
    expect(unchanged % 25).toBe(0);
    // (DynamoDB Local may lose the last write it acknowledged when killed; DynamoDB itself does not. Either way,
    // whole transactions only.)
    expect(unchanged).toBeGreaterThanOrEqual(9 * 25);
    expect(unchanged + results.filter((r) => r === 'created').length).toBe(rows.length);

    const stored = await again.store.listFigures(shelter.id, '2019-01', '2021-09');
    expect(stored).toHaveLength(rows.length);
    expect(stored.every((f) => f.version === 1)).toBe(true);
    const sent = new Map(rows.map((r) => [r.period, r.figures]));
    expect(stored.every((f) => JSON.stringify(f.figures) === JSON.stringify(sent.get(f.period)))).toBe(true);
    const audit = await listAudit(again, admin, {
      activityId: shelter.id,
      from: new Date('2000-01-01'),
      to: new Date('2100-01-01'),
    });
    // One audit entry per stored figure: nothing written twice, nothing without its trail.
    expect(audit.filter((e) => e.entityType === 'figures')).toHaveLength(rows.length);
  }, 120_000);
});
