import { beforeAll, describe, expect, it } from 'vitest';
import { coreFromConfig } from '../../shared/adapters/clients';
import { SILENT } from '../../shared/app/ports';
import { expectProblem, useTestSystem } from '../support/system';

// Its own DynamoDB Local: the emulator runs every table's transactions one at a time, and the 200 of 5,000 rows
// should neither wait behind the other files' nor hold theirs up.
const t = useTestSystem({ ownDynamo: true });

let key: string;
let shelter: string;
let centre: string;
let foreign: string;

beforeAll(async () => {
  const ng = await t.api.organisation('Ny Gemenskap', '802006-1019');
  const sm = await t.api.organisation('Stockholms Stadsmission', '802003-1954');
  shelter = await t.api.activity(ng, 'night_shelter');
  centre = await t.api.activity(ng, 'day_centre');
  foreign = await t.api.activity(sm, 'day_centre');
  key = await t.api.key('partner', ng);
});

// A guard against a hang, not a speed goal: on a busy two-core machine DynamoDB Local takes 5,000 rows in 10-40 s.
const importJson = (rows: unknown[], dryRun?: boolean) =>
  t.api.call('POST', `/v1/imports${dryRun === undefined ? '' : `?dryRun=${dryRun}`}`, {
    key,
    json: { rows },
    timeoutMs: 120_000,
  });

describe('bulk import', () => {
  it('checks without storing on a dry run, then stores, then converges on a retry', async () => {
    const rows = [
      { activityId: shelter, period: '2018-01-01', women: 10, men: 20 },
      { activityId: shelter, period: '2018-01-02', women: 11, men: 21, turnedAway: 3 },
      { activityId: centre, period: '2018-01', women: 100, men: 500, nationalities: { RO: 300, BG: 100 } },
    ];
    const before = await t.api.snapshot(shelter);
    const dry = await importJson(rows, true);
    expect(dry.body).toEqual({
      dryRun: true,
      created: 3,
      updated: 0,
      unchanged: 0,
      conflicts: [],
      warnings: expect.any(Array),
    });
    expect(await t.api.snapshot(shelter)).toEqual(before);

    expect((await importJson(rows, false)).body).toMatchObject({
      dryRun: false,
      created: 3,
      updated: 0,
      unchanged: 0,
    });
    const afterFirst = await t.api.snapshot(shelter);
    expect((await importJson(rows)).body).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await t.api.snapshot(shelter)).toEqual(afterFirst);
    const changed = [{ ...rows[0], women: 12 }, ...rows.slice(1)];
    expect((await importJson(changed)).body).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
  });

  it('stores nothing when one row is bad, and lists every bad row', async () => {
    const rows = [
      { activityId: shelter, period: '2018-02-01', women: 1, men: 2 },
      { activityId: shelter, period: '2018-02-30', women: 1, men: 2 },
      { activityId: shelter, period: '2018-02-02', women: -4, men: 2, name: 'X' },
      { activityId: foreign, period: '2018-02', women: 1, men: 2 },
      { activityId: shelter, period: '2018-02-01', women: 1, men: 2 },
      { activityId: centre, period: '2018-02', women: 1, men: 2 },
      { activityId: centre, period: '2018-02-05', women: 1, men: 2 },
    ];
    const before = await t.api.snapshot(shelter);
    const problem = expectProblem(await importJson(rows), 422);
    const conflicts = (problem as unknown as { conflicts: { row: number; path: string }[] }).conflicts;
    expect(conflicts.map((c) => [c.row, c.path])).toEqual([
      [1, '/period'],
      [2, '/women'],
      [2, '/name'],
      [3, '/activityId'],
      [4, '/period'],
      [6, '/period'],
    ]);
    expect(problem.errors?.[0]?.path).toBe('/rows/1/period');
    expect(problem).toMatchObject({ dryRun: false, created: 0, updated: 0, unchanged: 0 });
    expect(await t.api.snapshot(shelter)).toEqual(before);
    expect(
      (await t.api.call('GET', `/v1/activities/${centre}/figures?from=2018-02&to=2018-02`, { key })).body,
    ).toEqual([]);
  });

  it('reads CSV with a header row of the same names', async () => {
    const csv = [
      'activityId,period,women,men,turnedAway,nationalities.RO,nationalities.PL',
      `${shelter},2018-03-01,9,30,,20,4`,
      `${shelter},2018-03-02,8,31,2,,`,
    ].join('\n');
    const reply = await t.api.call('POST', '/v1/imports', { key, body: csv, contentType: 'text/csv' });
    expect(reply.status, reply.text).toBe(200);
    expect(reply.body).toMatchObject({ created: 2, conflicts: [] });
    const stored = await t.api.call(
      'GET',
      `/v1/activities/${shelter}/figures?from=2018-03-01&to=2018-03-02`,
      {
        key,
      },
    );
    expect(stored.body.map((f: { figures: unknown }) => f.figures)).toEqual([
      { women: 9, men: 30, nationalities: { RO: 20, PL: 4 } },
      { women: 8, men: 31, turnedAway: 2 },
    ]);
    const bad = await t.api.call('POST', '/v1/imports', {
      key,
      body: `activityId,period,women,men,notes\n${shelter},2018-03-03,1,2,slept badly`,
      contentType: 'text/csv',
    });
    expect(expectProblem(bad, 422).errors?.map((e) => e.path)).toEqual(['/rows/0/notes']);
    expectProblem(
      await t.api.call('POST', '/v1/imports', { key, body: 'a,b\n1,2,3', contentType: 'text/csv' }),
      400,
    );
  });

  it('takes 5,000 rows in one import (every row checked) and refuses 5,001; lists stay bounded', async () => {
    const dates: string[] = [];
    for (let d = new Date('2000-01-01T00:00:00Z'); dates.length < 5001; d.setUTCDate(d.getUTCDate() + 1)) {
      dates.push(d.toISOString().slice(0, 10));
    }
    const rows = dates.map((period, i) => ({
      activityId: shelter,
      period,
      women: i % 7,
      men: 20 + (i % 11),
    }));
    const tooMany = expectProblem(await importJson(rows), 422);
    expect(tooMany.errors?.[0]?.path).toBe('/rows');
    // 5,000 rows are read and checked whole (a dry run: storing them is the bench's `import` row, since DynamoDB
    // Local runs every transaction of every test one at a time) …
    const checked = await importJson(rows.slice(0, 5000), true);
    expect(checked.status, checked.text.slice(0, 300)).toBe(200);
    expect(checked.body).toMatchObject({ dryRun: true, created: 5000 });
    // … and hundreds stored in one import, over many transactions.
    const reply = await importJson(rows.slice(0, 300));
    expect(reply.status, reply.text.slice(0, 300)).toBe(200);
    expect(reply.body).toMatchObject({ created: 300 });
    const stored = await t.api.call(
      'GET',
      `/v1/activities/${shelter}/figures?from=2000-01-01&to=2014-12-31`,
      {
        key,
      },
    );
    expect(stored.body.filter((f: { period: string }) => f.period <= dates[299]!)).toHaveLength(300);

    // Lists stay bounded however much is stored: the store reads at most one more than asked for.
    const store = coreFromConfig(t.system.config, SILENT).store;
    expect(await store.listFigures(shelter, '2000', '2099', 100)).toHaveLength(101);
  }, 180_000);
});
