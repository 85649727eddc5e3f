import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ERROR_KINDS,
  type ErrorKind,
  type ErrorReason,
  PROBLEM_CODES,
  type ProblemFault,
} from '../../shared/domain/errors';
import { fieldProblemText, LANGUAGES, wordsFor } from '../../shared/i18n';
import { TABLE_IDS, type TableId } from '../../shared/report/tables';

/**
 * The catalogues import the domain (its codes) and the use cases' types, which import them never: that they name every error kind,
 * reason and report table is checked here, in both languages, by type and by key.
 */
describe('the catalogues', () => {
  it('name every error kind and reason and every report table, nothing more', () => {
    const sv = wordsFor('sv');
    expectTypeOf(sv.errors).toEqualTypeOf<Record<ErrorKind, string>>();
    expectTypeOf(sv.reasons).toEqualTypeOf<Record<ErrorReason, string>>();
    expectTypeOf(sv.report.sheets).toEqualTypeOf<Record<TableId, string>>();
    for (const language of LANGUAGES) {
      const w = wordsFor(language);
      expect(Object.keys(w.errors).sort(), language).toEqual([...ERROR_KINDS].sort());
      expect(Object.keys(w.report.sheets).sort(), language).toEqual([...TABLE_IDS].sort());
      for (const sheet of Object.values(w.report.sheets)) expect(sheet.length, sheet).toBeLessThanOrEqual(31);
    }
  });

  it('word every field problem in each language from its code and parameters: Swedish pages never show English', () => {
    // Every parameter a code may place, as the use cases give them.
    const params = {
      max: 1000,
      min: 1,
      count: 1002,
      value: 21,
      year: 2025,
      id: 'org_x',
      what: 'organisation',
      other: 'start',
      date: '2026-11-01',
      from: '2026-11-30',
      to: '2026-12-14',
      name: 'Vinterkyrkan',
      kind: 'day_centre',
      role: 'coordinator',
      allowed: ['agree5', 'yesNo'],
    };
    for (const code of PROBLEM_CODES) {
      // The type holds each code to its parameters; here every code is given them all.
      const problem = { code, params } as unknown as ProblemFault;
      const sv = fieldProblemText(problem, 'sv');
      const en = fieldProblemText(problem, 'en');
      for (const said of [sv, en]) {
        expect(said, code).toMatch(/^\S.*[.)]$/s);
        expect(said, code).not.toMatch(/undefined|NaN|\[object/);
      }
      expect(sv, code).not.toBe(en);
    }
    // Numbers the Swedish way, and what a rule names in Swedish.
    expect(fieldProblemText({ code: 'too_many_fields', params: { max: 1000 } }, 'sv')).toBe(
      'Högst 1\u00a0000 fält.',
    );
    expect(fieldProblemText({ code: 'no_such', params: { what: 'organisation' } }, 'sv')).toBe(
      'Organisationen finns inte.',
    );
    expect(
      fieldProblemText({ code: 'before_other', params: { other: 'start', date: '2026-11-01' } }, 'sv'),
    ).toBe('Får inte vara före startdatumet (2026-11-01).');
    // What the use cases give, not words: the row, the versions, the period sent, each worded here.
    expect(fieldProblemText({ code: 'period_twice', params: { row: 3 } }, 'en')).toBe(
      'Row 3 already has the same activity and period.',
    );
    expect(fieldProblemText({ code: 'changed_meanwhile', params: { now: 4, shown: 3 } }, 'sv')).toBe(
      'Någon annan har ändrat det här (nu version 4) sedan det visades (version 3).',
    );
    expect(fieldProblemText({ code: 'changed_meanwhile' }, 'sv')).toBe(
      'Någon annan har ändrat det här sedan sidan visades.',
    );
    expect(
      fieldProblemText({ code: 'not_allowed', params: { role: 'partner', kind: 'night_shelter' } }, 'en'),
    ).toBe('A partner may not write figures of a night_shelter.');
  });
});
