import { beforeAll, describe, expect, it } from 'vitest';
import { useTestSystem } from '../support/system';

const t = useTestSystem();

let key: string;
let shelter: string;
let centre: string;

beforeAll(async () => {
  const org = await t.api.organisation('Frälsningsarmén', '802006-1688');
  shelter = await t.api.activity(org, 'night_shelter');
  centre = await t.api.activity(org, 'day_centre');
  key = await t.api.key('partner', org);
});

describe('concurrent writers', () => {
  it('converge on one period: every answer is 200 or a 409 to resend, the version counts the updates', async () => {
    const bodies = Array.from({ length: 12 }, (_, i) => ({ women: i, men: 30 }));
    const replies = await Promise.all(
      bodies.map((json) => t.api.call('PUT', `/v1/activities/${shelter}/figures/2018-01-10`, { key, json })),
    );
    expect(
      replies.every((r) => r.status === 200 || r.status === 409),
      replies.map((r) => r.status).join(),
    ).toBe(true);
    const stored = await t.api.call(
      'GET',
      `/v1/activities/${shelter}/figures?from=2018-01-10&to=2018-01-10`,
      {
        key,
      },
    );
    const ok = replies.filter((r) => r.status === 200);
    expect(ok.filter((r) => r.body.result === 'created')).toHaveLength(1);
    expect(stored.body[0].version).toBe(ok.length);
    // The audit trail has exactly one entry per stored change.
    const audit = await t.api.call('GET', `/v1/audit?activityId=${shelter}`, { key: t.api.admin });
    expect(
      audit.body.filter((e: { entityId: string }) => e.entityId === `${shelter}/2018-01-10`),
    ).toHaveLength(ok.length);
  });

  it('keep the month-granularity count exact when many days of one month arrive at once', async () => {
    const days = Array.from({ length: 20 }, (_, i) => `2018-02-${String(i + 1).padStart(2, '0')}`);
    const replies = await Promise.all(
      days.map((day) =>
        t.api.call('PUT', `/v1/activities/${centre}/figures/${day}`, { key, json: { women: 1, men: 2 } }),
      ),
    );
    expect(replies.map((r) => r.status).filter((s) => s !== 200 && s !== 409)).toEqual([]);
    const stored = (
      await t.api.call('GET', `/v1/activities/${centre}/figures?from=2018-02&to=2018-02`, { key })
    ).body;
    expect(stored).toHaveLength(replies.filter((r) => r.status === 200).length);
    // Every stored day holds the month as days: a month total is refused until all of them are deleted.
    expect(
      (
        await t.api.call('PUT', `/v1/activities/${centre}/figures/2018-02`, {
          key,
          json: { women: 1, men: 1 },
        })
      ).status,
    ).toBe(409);
    await Promise.all(
      stored.map((f: { period: string }) =>
        t.api.call('DELETE', `/v1/activities/${centre}/figures/${f.period}`, { key }),
      ),
    );
    const remaining = (
      await t.api.call('GET', `/v1/activities/${centre}/figures?from=2018-02&to=2018-02`, { key })
    ).body;
    const total = await t.api.call('PUT', `/v1/activities/${centre}/figures/2018-02`, {
      key,
      json: { women: 1, men: 1 },
    });
    expect(total.status).toBe(remaining.length === 0 ? 200 : 409);
  });

  it('never answer 500 to concurrent capacity changes', async () => {
    const replies = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.api.call('PUT', `/v1/activities/${shelter}/capacity/2019-0${(i % 8) + 1}-01`, {
          key: t.api.admin,
          json: { places: 40 + i },
        }),
      ),
    );
    expect(replies.map((r) => r.status).filter((s) => s !== 200 && s !== 409)).toEqual([]);
  });
});
