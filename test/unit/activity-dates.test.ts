import { beforeAll, describe, expect, it } from 'vitest';
import { monthCompleteness } from '../../shared/domain/completeness';
import { expectProblem, useInProcessSystem } from '../support/system';

// Issue 25, 5 and 7: an activity's first and last day — nothing expected outside them, no figures taken there.
const t = useInProcessSystem({ now: () => new Date('2025-08-10T10:00:00Z') });

let convictus: string;
let outreach: string;
let key: string;

beforeAll(async () => {
  convictus = await t.api.organisation('Convictus', '802012-1581');
  outreach = await t.api.activity(convictus, 'outreach', 'Uppsökande verksamhet');
  key = await t.api.key('partner', convictus);
});

const patch = (json: unknown) =>
  t.api.call('PATCH', `/v1/activities/${outreach}`, { key: t.api.admin, json });

describe('the days an activity runs', () => {
  it('expects nothing before the first day or after the last', () => {
    const activity = {
      kind: 'outreach' as const,
      capacity: [],
      startsOn: '2025-05-01',
      endsOn: '2025-06-15',
    };
    const status = (month: string) =>
      monthCompleteness(activity, month, new Set(), '2025-08-10').periods.map((p) => p.status);
    expect([status('2025-04'), status('2025-05'), status('2025-06'), status('2025-07')]).toEqual([
      ['not_expected'],
      ['missing'],
      ['missing'],
      ['not_expected'],
    ]);
  });

  it('are set by an administrator, a last day before the first refused with nothing stored', async () => {
    const before = await t.api.snapshot(outreach);
    const wrong = expectProblem(await patch({ startsOn: '2025-05-01', endsOn: '2025-04-30' }), 422);
    expect(wrong.errors?.[0]?.path).toBe('/endsOn');
    expectProblem(await patch({ startsOn: '2025-02-30' }), 422);
    expect(await t.api.snapshot(outreach)).toEqual(before);
    const set = await patch({ startsOn: '2025-05-01' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ startsOn: '2025-05-01' });
    expect(set.body.endsOn).toBeUndefined();
  });

  it('refuse figures for a period wholly before the first day, in the reader’s words and with nothing stored', async () => {
    const put = (period: string) =>
      t.api.call('PUT', `/v1/activities/${outreach}/figures/${period}`, { key, json: { women: 3, men: 4 } });
    const refused = expectProblem(await put('2025-04'), 422);
    expect(refused.errors).toEqual([
      {
        path: '/period',
        code: 'before_activity_start',
        message: 'The activity began on 1 May 2025: April 2025 is before it.',
      },
    ]);
    expect((await put('2025-05')).status).toBe(200);
    const missing = (
      await t.api.call('GET', '/v1/completeness?month=2025-04', { key: t.api.admin })
    ).body.activities.find((a: { activityId: string }) => a.activityId === outreach);
    expect(missing.missing).toEqual([]);
  });

  it('find figures stored before the days were set when the rules are run over the month', async () => {
    expect((await patch({ startsOn: '2025-05-02' })).status).toBe(200);
    const found = (await t.api.call('GET', '/v1/rule-violations?month=2025-05', { key: t.api.admin })).body
      .violations;
    expect(found).toEqual([]);
    expect((await patch({ startsOn: '2025-06-01' })).status).toBe(200);
    const after = (await t.api.call('GET', '/v1/rule-violations?month=2025-05', { key: t.api.admin })).body
      .violations;
    expect(after.map((v: { code: string; severity: string }) => [v.code, v.severity])).toEqual([
      ['before_activity_start', 'error'],
    ]);
  });
});
