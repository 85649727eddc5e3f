import ExcelJS from 'exceljs';
import { wordsFor } from '../i18n';
import { formatFor } from './format';
import { type Layout, layoutTables } from './layout';

/**
 * The report as a workbook: a summary sheet, then one sheet per table with every column. Counts and shares are
 * numbers (so they can be summed and charted); shares are whole percents shown with a percent sign.
 */
/**
 * Text as XML 1.0 can hold it. What people type is checked on the way in (shared/domain/text.ts); this keeps a
 * workbook well-formed whatever is already stored: one U+FFFE in one name would break every sheet.
 */
const xmlSafe = <T>(value: T): T =>
  (typeof value === 'string'
    ? value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    : value) as T;

export async function reportXlsx(layout: Layout): Promise<Uint8Array> {
  const f = formatFor(layout.language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'IOP EU-medborgare Stockholm';
  const summary = workbook.addWorksheet(wordsFor(layout.language).report.summarySheet);
  summary.getColumn(1).width = 110;
  summary.addRow([xmlSafe(layout.title)]).font = { bold: true, size: 14 };
  summary.addRow([xmlSafe(layout.period)]).font = { bold: true };
  for (const block of layout.blocks) {
    if (block.type === 'paragraph' && block.tone !== 'note') {
      const row = summary.addRow([xmlSafe(block.text)]);
      row.alignment = { wrapText: true };
      if (block.tone === 'warning') row.font = { bold: true, color: { argb: 'FF9A6700' } };
    }
  }
  summary.addRow([xmlSafe(layout.footer)]).font = { italic: true, color: { argb: 'FF555555' } };

  for (const table of layoutTables(layout)) {
    const sheet = workbook.addWorksheet(table.sheet);
    sheet.addRow([xmlSafe(table.title)]).font = { bold: true, size: 12 };
    sheet.addRow(table.columns.map((c) => xmlSafe(c.label))).font = { bold: true };
    const write = (values: readonly (string | number | null)[]) =>
      sheet.addRow(
        table.columns.map((column, i) => {
          const value = values[i] ?? null;
          return xmlSafe(
            column.kind === 'month' && typeof value === 'string' ? f.value(value, 'month') : value,
          );
        }),
      );
    for (const row of table.rows) write(row);
    if (table.total) write(table.total).font = { bold: true };
    table.columns.forEach((column, i) => {
      const col = sheet.getColumn(i + 1);
      col.width = i === 0 ? 28 : Math.max(12, column.label.length + 2);
      if (column.kind === 'percent') col.numFmt = '0" %"';
      if (column.kind === 'count') col.numFmt = '#,##0';
      if (column.kind === 'temperature' || column.kind === 'decimal') col.numFmt = '0.0';
      if (column.kind === 'change') col.numFmt = '+0;-0;0';
    });
    sheet.views = [{ state: 'frozen', ySplit: 2 }];
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
