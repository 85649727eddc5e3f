import { describe, expect, it } from 'vitest';
import { changedFields } from '../../functions/web/pages/audit/controller';

describe('the audit trail in words (issue 29, 9)', () => {
  const names = new Map([
    ['org_fralsningsarmen', 'Frälsningsarmén'],
    ['usr_1', 'Åsa Admin'],
  ]);

  it('names periods, instants, groups, organisations and yes or no as a person says them', () => {
    const lines = changedFields(
      {
        before: { groups: ['venues'], disabled: false },
        after: {
          period: { from: '2017-11', to: '2018-04' },
          sentAt: '2026-12-01T16:12:48.075Z',
          groups: ['outreach', 'venues'],
          organisationId: 'org_fralsningsarmen',
          disabled: true,
          nights: ['2027-02-08', '2027-02-09'],
        },
      },
      'sv',
      names,
    );
    expect(lines).toEqual([
      'Grupper: lokaler → uppsökare, lokaler',
      'Avstängd: Nej → Ja',
      'Period: – → november 2017 – april 2018',
      'Skickad: – → 1 december 2026 kl. 17:12',
      'Organisation: – → Frälsningsarmén',
      'Nätter: – → nätterna mot tisdag 9 februari – onsdag 10 februari (mån 8/2–tis 9/2)',
    ]);
  });

  it('leaves out the entity’s own id, and says an empty list as nothing', () => {
    expect(changedFields({ after: { id: 'act_x', name: 'Västberga gård', capacity: [] } }, 'sv')).toEqual([
      'Namn: – → Västberga gård',
    ]);
    expect(changedFields({ before: { groups: ['venues'] }, after: { groups: [] } }, 'sv')).toEqual([
      'Grupper: lokaler → –',
    ]);
  });

  it('keeps a long or nested value to one short line', () => {
    const [line] = changedFields({ after: { label: 'x'.repeat(500) } }, 'en');
    expect(line?.length).toBeLessThan(140);
    const [deep] = changedFields({ after: { publicInfo: { a: { b: { c: 1 } } } } }, 'en');
    expect(deep).toBe('Address and hours: – → a: b: …');
  });
});
