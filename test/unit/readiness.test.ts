import { describe, expect, it } from 'vitest';
import { type Decision, readinessIn } from '../../shared/domain/decisions';

const decision = (id: string, nights: string[], more: Partial<Decision> = {}): Decision => ({
  id,
  nights,
  open: true,
  venueIds: ['a'],
  groups: ['venues'],
  cancelled: false,
  version: 1,
  decidedAt: '2027-06-01T08:00:00Z',
  decidedBy: 'usr_x',
  ...more,
});

describe('extra readiness per cause (issue 25, 6)', () => {
  it('counts each night once per cause, the places of the venues opened, and leaves out what did not stand', () => {
    const places = (venue: string) => (venue === 'a' ? 20 : 8);
    const lines = readinessIn(
      [
        decision('d1', ['2027-06-10', '2027-06-11'], { cause: 'eviction' }),
        // A second decision for the same night adds its venue, not the night.
        decision('d2', ['2027-06-11'], { cause: 'eviction', venueIds: ['b'] }),
        decision('d3', ['2027-01-09']),
        decision('d4', ['2027-01-10'], { cancelled: true }),
        decision('d5', ['2027-01-11'], { open: false, venueIds: [] }),
        decision('d6', ['2027-05-20'], { cause: 'warning' }),
        // Outside the period: not counted.
        decision('d7', ['2027-11-02'], { cause: 'warning' }),
      ],
      { from: '2026-11-01', to: '2027-10-31' },
      places,
    );
    expect(lines).toEqual([
      { cause: 'cold', decisions: 1, nights: 1, placeNights: 20 },
      { cause: 'warning', decisions: 1, nights: 1, placeNights: 20 },
      { cause: 'eviction', decisions: 2, nights: 2, placeNights: 20 + 20 + 8 },
    ]);
    expect(readinessIn([], { from: '2027-05-01', to: '2027-10-31' }, places)).toEqual([]);
  });
});
