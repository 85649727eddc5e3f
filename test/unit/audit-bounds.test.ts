import { describe, expect, it } from 'vitest';
import { memoryCore } from '../../shared/adapters/memory-stores';
import { listAudit, MAX_AUDIT_ENTRIES } from '../../shared/app/audit';
import { importFigures } from '../../shared/app/figures';
import { createActivity } from '../../shared/app/registry';
import { systemPrincipal } from '../../shared/domain/access';
import { organisationWithShelter } from '../support/registry';

const admin = systemPrincipal('unit');

describe('the audit trail, bounded', () => {
  it(`asks for more than ${MAX_AUDIT_ENTRIES} entries in parts, not in one answer; one activity's part is answered`, async () => {
    const deps = memoryCore({ now: () => new Date('2026-12-07T12:00:00Z') });
    const { org, shelter: busy } = await organisationWithShelter(deps, admin, {
      organisation: 'Frälsningsarmén',
      orgNumber: '802006-1688',
      shelter: 'Bromma',
    });
    const quiet = await createActivity(deps, admin, {
      organisationId: org.id,
      name: 'Mötesplats',
      kind: 'day_centre',
    });
    const nights = Array.from({ length: MAX_AUDIT_ENTRIES + 1 }, (_, i) =>
      new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
    );
    for (const part of [nights.slice(0, 2600), nights.slice(2600)])
      await importFigures(
        deps,
        admin,
        part.map((period) => ({ activityId: busy.id, period, women: 1, men: 2 })),
      );
    await importFigures(deps, admin, [{ activityId: quiet.id, period: '2026-11', women: 3, men: 4 }]);
    const whole = { from: new Date('2026-12-01T00:00:00Z'), to: new Date('2026-12-08T00:00:00Z') };
    await expect(listAudit(deps, admin, whole)).rejects.toMatchObject({
      kind: 'invalid',
      detail: expect.stringMatching(`more than ${MAX_AUDIT_ENTRIES} audit entries`),
    });
    const part = await listAudit(deps, admin, { ...whole, activityId: quiet.id });
    expect(part.map((e) => e.action).sort()).toEqual(['activity.created', 'figures.created']);
  });
});
