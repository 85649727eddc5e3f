import { describe, expect, it } from 'vitest';
import { figuresFromForm, summaryOf } from '../../functions/web/reporting';
import type { Activity } from '../../shared/app/model';

const shelter: Activity = {
  id: 'act_a',
  organisationId: 'org_a',
  name: 'Härbärget',
  kind: 'night_shelter',
  capacity: [{ from: '2017-05-01', places: 56 }],
  version: 1,
  createdAt: '2026-11-01T00:00:00Z',
};

describe('the report form as typed (issue 29, 8 and 11)', () => {
  it('reads "1 200" and Swedish no-break spaces as thousands, and refuses "1 2" instead of storing 12', () => {
    const sent = figuresFromForm(shelter, { women: '1 2', men: '1 200', turnedAway: '1\u202f000' }, 'sv');
    expect(sent.errors.women).toBe('Skriv ett heltal, 0 eller mer');
    expect(sent.figures).toEqual({ men: 1200, turnedAway: 1000 });
    expect(figuresFromForm(shelter, { women: ' 12 ', men: '12 00' }, 'sv').errors).toEqual({
      men: 'Skriv ett heltal, 0 eller mer',
    });
  });

  it('says one woman and one man in the singular', () => {
    expect(summaryOf(shelter, { women: 1, men: 1 }, 'sv')).toBe('1 kvinna, 1 man');
    expect(summaryOf(shelter, { women: 2, men: 0 }, 'sv')).toBe('2 kvinnor, 0 män');
    expect(summaryOf(shelter, { women: 1, men: 3 }, 'en')).toBe('1 woman, 3 men');
  });
});
