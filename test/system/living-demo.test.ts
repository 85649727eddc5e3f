import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { RecordingSmsSink } from '../../shared/adapters/sms-sink';
import { useTestSystem } from '../support/system';
import { signIn } from '../support/web';

/** `npm start`'s demo on an ordinary evening: Sunday 6 December 2026, 21:00 in Stockholm (issue 29, 10). */
describe('the living demo', () => {
  const t = useTestSystem({ demo: true, living: true, now: () => new Date('2026-12-06T20:00:00Z') });

  it('has figures up to last night with a few gaps, and an agreement in force', async () => {
    const nights = async (id: string) =>
      (
        await t.api.call('GET', `/v1/activities/${id}/figures?from=2026-11-20&to=2026-12-06`, {
          key: t.api.admin,
        })
      ).body.map((f: { period: string }) => f.period);
    // Frälsningsarmén's shelter (the one with places since May 2025) forgot the night of the 25th and has not
    // entered last night (the 5th) yet; every other night is there.
    const stored = await nights('act_fa_natt');
    expect(stored).toHaveLength(14);
    expect([stored[0], stored.at(-1)]).toEqual(['2026-11-20', '2026-12-04']);
    expect(stored).not.toContain('2026-11-25');
    const partner = await signIn(t.system, 'fralsningsarmen@iop.local');
    expect(parse((await partner.get('/')).html).querySelector('main')?.text).toMatch(
      /Saknas:.*natten mot söndag 6 december \(lör 5\/12\)/s,
    );
    // The monthly activities have every month up to the last one over.
    const months = (
      await t.api.call('GET', '/v1/activities/act_eu_teamet/figures?from=2026-08&to=2026-12', {
        key: t.api.admin,
      })
    ).body.map((f: { period: string }) => f.period);
    expect(months).toEqual(['2026-09', '2026-10', '2026-11']);
    const agreements = (await t.api.call('GET', '/v1/agreements', { key: t.api.admin })).body as {
      start: string;
      end: string;
    }[];
    expect(agreements.some((a) => a.start <= '2026-12-06' && a.end >= '2026-12-06')).toBe(true);
    // True to seed 001: 55–60 % of the 56 places lately (the months' ups and downs as in the seed half-year).
    const { body: autumn } = await t.api.call('GET', '/v1/reports?from=2026-09&to=2026-11', {
      key: t.api.admin,
    });
    expect(autumn.nightShelters.total.occupancyPct).toBeGreaterThanOrEqual(50);
    expect(autumn.nightShelters.total.occupancyPct).toBeLessThanOrEqual(65);
  });

  it('replays a cold spell two evenings ahead: alerted, decided, and on the public page at once', async () => {
    expect(t.system.coldFrom).toBe('2026-12-08');
    const alerts = (await t.api.call('GET', '/v1/alerts', { key: t.api.admin })).body as {
      kind: string;
      nights: string[];
      status: string;
    }[];
    expect(alerts.filter((a) => a.kind === 'cold' && a.status === 'sent').length).toBeGreaterThan(0);
    expect(alerts[0]?.nights[0]).toBe('2026-12-08');
    const sms = (await new RecordingSmsSink(t.system.smsOutbox).read()).map((m) => m.text);
    expect(sms.some((text) => text.startsWith('KALLA NÄTTER: Vi öppnar extra nätterna mot ons 9/12'))).toBe(
      true,
    );
    const statuses = (await t.api.call('GET', '/v1/public/cold-nights')).body.nights.map(
      (n: { night: string; status: string }) => `${n.night} ${n.status}`,
    );
    expect(statuses.slice(0, 4)).toEqual([
      '2026-12-06 undecided',
      '2026-12-07 undecided',
      '2026-12-08 open',
      '2026-12-09 open',
    ]);
  });
});
