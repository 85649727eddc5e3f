import { describe, expect, it } from 'vitest';
import { suppress } from '../../shared/domain/suppression';

const shown = (cells: ReturnType<typeof suppress>) => cells.map((c) => c.count);

describe('small-cell suppression', () => {
  it('hides counts below the threshold, shows zeros and larger counts', () => {
    expect(shown(suppress([120, 3, 2, 0, 40], 5))).toEqual([120, null, null, 0, 40]);
    expect(shown(suppress([5, 6], 5))).toEqual([5, 6]);
  });

  it('hides a second cell when only one would be hidden, so it cannot be worked out from the total', () => {
    expect(shown(suppress([120, 4, 40, 9], 5))).toEqual([120, null, 40, null]);
  });

  it('takes the threshold as configured', () => {
    expect(shown(suppress([10, 3, 3], 3))).toEqual([10, 3, 3]);
    expect(shown(suppress([10, 9, 9], 10))).toEqual([10, null, null]);
  });
});
