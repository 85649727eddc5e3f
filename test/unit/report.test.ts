import { describe, expect, it } from 'vitest';
import { percent } from '../../shared/domain/report';

describe('percent', () => {
  it('rounds half up from the exact fraction, as the seed report does', () => {
    expect(percent(2985, 115 * 30)).toBe(87); // 86.52 %
    expect(percent(16658, 115 * 181)).toBe(80); // 80.03 %
    expect(percent(1, 8)).toBe(13); // 12.5 % → 13
    expect(percent(1, 200)).toBe(1); // 0.5 % → 1
    expect(percent(3, 1000)).toBe(0); // 0.3 %
    expect(percent(0, 0)).toBeNull();
  });

  it('does not drift where floating point would: 29 of 200 is 14.5 %, so 15', () => {
    expect((29 / 200) * 100).toBe(14.499999999999998); // the trap
    expect(percent(29, 200)).toBe(15);
  });
});
