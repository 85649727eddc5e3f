import type { Language } from '../i18n';
import type { ColumnKind, Value } from './format';

/**
 * The report as its readers see it, once for every format: headings, paragraphs, tables and charts in order.
 * HTML, PDF, XLSX and CSV each render this; none decides on its own what the report says. The sections are built,
 * and laid out (`reportLayout`), in sections.ts; the words are the catalogue's (shared/i18n), the numbers format.ts's.
 */
export interface Column {
  label: string;
  kind: ColumnKind;
  /** Shown in the data formats (CSV, XLSX) only; the printed tables keep the seed report's layout. */
  dataOnly?: boolean;
}
export interface Table {
  /** The table's name in CSV and XLSX (the report's are TableIds; the financial outcome's is `finances`). */
  id: string;
  title: string;
  /** A worksheet's name: at most 31 characters. */
  sheet: string;
  columns: Column[];
  rows: Value[][];
  total?: Value[];
  /** Detail for the data formats (CSV, XLSX) only. */
  dataOnly?: boolean;
}
export type ChartId = 'occupancy' | 'shares' | 'trend' | 'occupancyOverTime' | 'coldNights';
export type Block =
  /** A section's heading, or (level 3) one of its parts': a table's name where a section has several. */
  | { type: 'heading'; text: string; level?: 3; newPage?: boolean }
  /** `lead`: the section whose opening, drafted from its figures, this is (a person may write it over). */
  | { type: 'paragraph'; text: string; tone?: 'warning' | 'note'; lead?: string }
  | { type: 'table'; table: Table }
  | { type: 'chart'; chart: ChartId; alt: string };

export interface Layout {
  language: Language;
  title: string;
  period: string;
  blocks: Block[];
  footer: string;
  /** Words the renderers need: the hidden cell, the total row. */
  words: { hidden: string; total: string };
}

/** The tables of a layout, in order: what the data formats (CSV, XLSX) hold. */
export const layoutTables = (layout: Layout) =>
  layout.blocks.flatMap((b) => (b.type === 'table' ? [b.table] : []));
