import { describe, expect, it } from 'vitest';
import type { ProblemCode } from '../../shared/domain/errors';
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
    const refused: [string, ProblemCode][] = [
      ['Hem\uFFFE', 'text_noncharacter'],
      ['Hem\uFDD0', 'text_noncharacter'],
      ['Hem\u{1FFFF}', 'text_noncharacter'],
      ['a\u0000b', 'text_control'],
      ['a\u001Bb', 'text_control'],
      ['ny\nrad', 'text_control'],
      ['\uD800', 'text_broken'],
      ['abc\u202Edef', 'text_reordering'],
      ['abc\u2066def', 'text_reordering'],
      ['\u200B\u200B', 'text_invisible'],
      ['\u3164', 'text_invisible'],
      ['', 'text_invisible'],
    ];
    for (const [text, code] of refused) expect(textProblem(text), JSON.stringify(text)).toEqual({ code });
  });

  it('normalises to NFC and trims, so the same name is stored one way', () => {
    expect(normaliseText('  Ha\u0308rba\u0308rge ')).toBe('Härbärge');
  });
});
