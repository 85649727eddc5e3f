import { describe, expect, it } from 'vitest';
import { normaliseText, textProblem } from '../../shared/domain/text';

describe('the one rule for text a person types', () => {
  it('takes names in any script, with the marks and joiners they need', () => {
    for (const name of [
      'Härbärget Vid Foten',
      'جمعية الخير',
      'Ștefan cel Mare',
      'Ελπίδα',
      '👩‍👩‍👧 Familjerum',
      "O'Brien",
    ])
      expect(textProblem(normaliseText(name)), name).toBeUndefined();
  });

  it('refuses what no report format can hold or a reader can see', () => {
    const refused: [string, RegExp][] = [
      ['Hem\uFFFE', /noncharacter/],
      ['Hem\uFDD0', /noncharacter/],
      ['Hem\u{1FFFF}', /noncharacter/],
      ['a\u0000b', /control/],
      ['a\u001Bb', /control/],
      ['ny\nrad', /control/],
      ['\uD800', /lone surrogate/],
      ['abc\u202Edef', /reorders/],
      ['abc\u2066def', /reorders/],
      ['\u200B\u200B', /visible/],
      ['\u3164', /visible/],
      ['', /visible/],
    ];
    for (const [text, why] of refused) expect(textProblem(text), JSON.stringify(text)).toMatch(why);
  });

  it('normalises to NFC and trims, so the same name is stored one way', () => {
    expect(normaliseText('  Ha\u0308rba\u0308rge ')).toBe('Härbärge');
  });
});
