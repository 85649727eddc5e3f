import { describe, expect, it } from 'vitest';
import { isValidOrgNumber, luhnValid } from '../../shared/domain/org-number';

describe('organisation numbers', () => {
  it('accepts the four partners and the city', () => {
    for (const n of ['802012-1581', '802006-1688', '802006-1019', '802003-1954', '212000-0142']) {
      expect(isValidOrgNumber(n), n).toBe(true);
    }
  });

  it('refuses a wrong check digit, a wrong shape, or a personal-number look-alike', () => {
    expect(isValidOrgNumber('802012-1582')).toBe(false);
    expect(isValidOrgNumber('8020121581')).toBe(false);
    expect(isValidOrgNumber('802012-158')).toBe(false);
    expect(isValidOrgNumber('19802012-1581')).toBe(false);
    expect(isValidOrgNumber(' 802012-1581')).toBe(false);
  });

  it('implements Luhn', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
});
