import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_DAY_CENTRES, SEED_NIGHT_SHELTERS } from '../../infra/local/demo/seed-report-2017-18';
import type { LocalSystem } from '../../infra/local/runtime';
import { capacityNights, capacityOn } from '../../shared/domain/capacity';
import { datesOfMonth } from '../../shared/domain/periods';
import { client, startTestSystem } from '../support/system';

const dataDir = mkdtempSync(join(tmpdir(), 'iop-demo-'));
let system: LocalSystem | undefined;
afterAll(() => system?.stop());

interface Activity {
  id: string;
  kind: string;
  capacity: { from: string; places: number }[];
}
interface Stored {
  period: string;
  figures: { women: number; men: number };
}

describe('demo data on first start', () => {
  it("reproduces the seed report's monthly tables from nightly and monthly figures", async () => {
    system = await startTestSystem({ demo: true, dataDir, ownDynamo: true });
    expect(system.demoRows).toBeGreaterThan(500);
    const api = client(system);
    const organisations = (await api.call('GET', '/v1/organisations', { key: api.admin })).body;
    expect(organisations.map((o: { orgNumber: string }) => o.orgNumber)).toEqual(
      expect.arrayContaining(['802012-1581', '802006-1688', '802006-1019', '802003-1954']),
    );
    const activities: Activity[] = (await api.call('GET', '/v1/activities', { key: api.admin })).body;
    const figuresOf = async (kind: string) => {
      const all: Stored[] = [];
      for (const a of activities.filter((x) => x.kind === kind)) {
        const reply = await api.call('GET', `/v1/activities/${a.id}/figures?from=2017-11&to=2018-04`, {
          key: api.admin,
        });
        for (const item of reply.body) all.push(item);
      }
      return all;
    };
    const shelters = activities.filter((a) => a.kind === 'night_shelter');
    const nights = await figuresOf('night_shelter');
    expect(nights.every((f) => f.period.length === 10)).toBe(true);
    const occupancy: number[] = [];
    for (const seed of SEED_NIGHT_SHELTERS) {
      const month = nights.filter((f) => f.period.startsWith(seed.month));
      const women = month.reduce((s, f) => s + f.figures.women, 0);
      const men = month.reduce((s, f) => s + f.figures.men, 0);
      expect({ month: seed.month, women, men }).toEqual(seed);
      const capacity = shelters.reduce((s, a) => s + capacityNights(a.capacity, datesOfMonth(seed.month)), 0);
      occupancy.push(Math.round((100 * (women + men)) / capacity));
    }
    // The seed's occupancy column, from the capacity history in force (115 places).
    expect(occupancy).toEqual([87, 61, 81, 91, 86, 76]);
    const centres = await figuresOf('day_centre');
    for (const seed of SEED_DAY_CENTRES) {
      const month = centres.filter((f) => f.period === seed.month);
      expect({
        month: seed.month,
        women: month.reduce((s, f) => s + f.figures.women, 0),
        men: month.reduce((s, f) => s + f.figures.men, 0),
      }).toEqual(seed);
    }
    // The teams' half-year counts as the seed gives them: people over the period, not a month's peak or a sum.
    const seedReport = (await api.call('GET', '/v1/reports?from=2017-11&to=2018-04', { key: api.admin }))
      .body;
    const teams = Object.fromEntries(
      seedReport.services.map((s: { name: string; halfYear: unknown; periodsReported: number }) => [
        s.name,
        { halfYear: s.halfYear, months: s.periodsReported },
      ]),
    );
    expect(teams['EU-teamet']).toMatchObject({
      halfYear: { people: 42, womenPct: 50, sleepingSites: 60, estimatedRoughSleepers: 750 },
      months: 0,
    });
    expect(teams.Socialjouren).toMatchObject({
      halfYear: {
        people: 81,
        womenPct: null,
        largestNationality: { code: 'RO', sharePct: 51 },
        lvmReports: 8,
      },
      months: 0,
    });
    // Every demo night stays within its shelter's places in force.
    for (const shelter of shelters) {
      const reply = await api.call('GET', `/v1/activities/${shelter.id}/figures?from=2017-11&to=2018-04`, {
        key: api.admin,
      });
      for (const f of reply.body as Stored[]) {
        expect(f.figures.women + f.figures.men).toBeLessThanOrEqual(
          capacityOn(shelter.capacity, f.period)?.places ?? 0,
        );
      }
    }
    // Loaded through the use cases, so the demo is in the audit trail like any other change.
    const audit = await api.call('GET', '/v1/audit?activityId=act_fa_natt', { key: api.admin });
    expect(audit.body.filter((e: { keyId: string }) => e.keyId === 'system:demo').length).toBeGreaterThan(
      181,
    );
  });

  it('keeps the data and the admin key across a restart, and loads the demo only once', async () => {
    const firstKey = system?.adminKey;
    await system?.stop();
    system = await startTestSystem({ demo: true, dataDir, ownDynamo: true });
    expect(system.demoRows).toBeUndefined();
    expect(system.adminKey).toBe(firstKey);
    const api = client(system);
    const organisations = (await api.call('GET', '/v1/organisations', { key: api.admin })).body;
    expect(organisations).toHaveLength(6);
  });
});
