import { describe, expect, expectTypeOf, it } from 'vitest';
import { ERROR_KINDS, type ErrorKind, type ErrorReason } from '../../shared/domain/errors';
import { LANGUAGES, wordsFor } from '../../shared/i18n';
import { TABLE_IDS, type TableId } from '../../shared/report/tables';

/**
 * The catalogues import nothing of the layers above them (they are the lowest): that they name every error kind,
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
});
