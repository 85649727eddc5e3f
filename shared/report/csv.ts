import { stringify } from 'csv-stringify/sync';
import { type Layout, layoutTables } from './layout';

/**
 * One table of the report as CSV for a spreadsheet: every column, raw numbers (a decimal comma) and `YYYY-MM`
 * months, semicolons and a UTF-8 BOM, which Excel set to Swedish opens as columns with å, ä, ö intact. Suppressed counts stay
 * suppressed; a table the report does not hold (no women's places, say) is just its header.
 */
/**
 * A text cell as a spreadsheet will read it: one that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * would be taken as a formula (`=HYPERLINK(…)` in an activity's name), so it gets a leading apostrophe, as OWASP
 * advises. Numbers stay numbers.
 */
export const safeCell = (value: string | number | null): string | number =>
  typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : (value ?? '');

/** A number as Excel set to Swedish reads it beside semicolons: a decimal comma ("57,1"), never a date or text. */
const swedishNumber = (value: string | number): string | number =>
  typeof value === 'number' && !Number.isInteger(value) ? String(value).replace('.', ',') : value;

export function reportCsv(layout: Layout, id: string): string {
  const table = layoutTables(layout).find((t) => t.id === id);
  const rows = table ? [...table.rows, ...(table.total ? [table.total] : [])] : [];
  const head = table?.columns.map((c) =>
    c.kind === 'percent' && !c.label.endsWith('%') ? `${c.label} %` : c.label,
  );
  return `\ufeff${stringify([head ?? [id], ...rows.map((r) => r.map((cell) => swedishNumber(safeCell(cell))))], { delimiter: ';', record_delimiter: 'windows' })}`;
}
