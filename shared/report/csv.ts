import { stringify } from 'csv-stringify/sync';
import type { Language } from '../domain/alert-messages';
import type { ReportDocument } from './html';

export const CSV_TABLES = [
  'nightShelters',
  'dayCentres',
  'shelters',
  'nationalities',
  'completeness',
] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const HEAD = {
  sv: {
    nightShelters: ['Månad', 'Kvinnor', 'Män', 'Kvinnor %', 'Män %', 'Nätter', 'Platsnätter', 'Beläggning %'],
    dayCentres: ['Månad', 'Kvinnor', 'Män', 'Besök', 'Kvinnor %', 'Män %'],
    shelters: ['Verksamhet', 'Månad', 'Kvinnor', 'Män', 'Nätter', 'Platsnätter', 'Beläggning %'],
    nationalities: ['Landkod', 'Antal'],
    completeness: ['Verksamhet', 'Saknas'],
    total: 'Totalt',
    hidden: 'dolt',
    unknown: 'okänd',
  },
  en: {
    nightShelters: ['Month', 'Women', 'Men', 'Women %', 'Men %', 'Nights', 'Place-nights', 'Occupancy %'],
    dayCentres: ['Month', 'Women', 'Men', 'Visits', 'Women %', 'Men %'],
    shelters: ['Activity', 'Month', 'Women', 'Men', 'Nights', 'Place-nights', 'Occupancy %'],
    nationalities: ['Country code', 'Count'],
    completeness: ['Activity', 'Missing'],
    total: 'Total',
    hidden: 'hidden',
    unknown: 'unknown',
  },
} as const;

/**
 * One table of the report as CSV for a spreadsheet: semicolons and a UTF-8 BOM, which Excel set to Swedish opens as
 * columns with å, ä, ö intact. Suppressed counts stay suppressed.
 */
export function reportCsv(report: ReportDocument, table: CsvTable, language: Language = 'sv'): string {
  const h = HEAD[language];
  const pct = (v: number | null) => (v === null ? '' : v);
  const ns = report.nightShelters;
  const rows: (string | number)[][] = {
    nightShelters: () =>
      [...ns.months, { month: h.total, ...ns.total }].map((m) => [
        m.month,
        m.women,
        m.men,
        pct(m.womenPct),
        pct(m.menPct),
        m.guestNights,
        m.capacityNights,
        pct(m.occupancyPct),
      ]),
    dayCentres: () =>
      [...report.dayCentres.months, { month: h.total, ...report.dayCentres.total }].map((m) => [
        m.month,
        m.women,
        m.men,
        m.visits,
        pct(m.womenPct),
        pct(m.menPct),
      ]),
    shelters: () =>
      ns.shelters.flatMap((s) =>
        [...s.months, { month: h.total, ...s.total }].map((m) => [
          s.name,
          m.month,
          m.women,
          m.men,
          m.guestNights,
          m.capacityNights,
          pct(m.occupancyPct),
        ]),
      ),
    nationalities: () => [
      ...report.nationalities.rows.map((r) => [r.code, r.count ?? h.hidden]),
      [h.unknown, report.nationalities.unknown.count ?? h.hidden],
    ],
    completeness: () => report.completeness.activities.flatMap((a) => a.missing.map((m) => [a.name, m])),
  }[table]();
  return `\ufeff${stringify([[...h[table]], ...rows], { delimiter: ';', record_delimiter: 'windows' })}`;
}
