import { stringify } from 'csv-stringify/sync';
import { type Layout, layoutTables, type TableId } from './layout';

/**
 * One table of the report as CSV for a spreadsheet: every column, raw numbers and `YYYY-MM` months, semicolons
 * and a UTF-8 BOM, which Excel set to Swedish opens as columns with å, ä, ö intact. Suppressed counts stay
 * suppressed; a table the report does not hold (no women's places, say) is just its header.
 */
export function reportCsv(layout: Layout, id: TableId): string {
  const table = layoutTables(layout).find((t) => t.id === id);
  const rows = table ? [...table.rows, ...(table.total ? [table.total] : [])] : [];
  const head = table?.columns.map((c) =>
    c.kind === 'percent' && !c.label.endsWith('%') ? `${c.label} %` : c.label,
  );
  return `\ufeff${stringify([head ?? [id], ...rows.map((r) => r.map((v) => v ?? ''))], { delimiter: ';', record_delimiter: 'windows' })}`;
}
