import { DateTime } from 'luxon';
import type { ReportDocument } from '../app/reports';
import type { Language } from '../domain/alert-messages';
import { TIME_ZONE } from '../domain/periods';
import type { PublishedChange } from '../domain/report-history';
import type { TableId } from './tables';

/**
 * The report as its readers see it, once for every format: headings, paragraphs, tables and charts in order.
 * HTML, PDF, XLSX and CSV each render this; none decides on its own what the report says.
 */
export type ColumnKind = 'text' | 'month' | 'count' | 'percent' | 'decimal' | 'temperature';
export interface Column {
  label: string;
  kind: ColumnKind;
  /** Shown in the data formats (CSV, XLSX) only; the printed tables keep the seed report's layout. */
  dataOnly?: boolean;
}
/** A cell: a number, a text, or null where there is nothing to show (a share of zero, no forecast). */
export type Value = string | number | null;
export interface Table {
  /** The table's name in CSV and XLSX. */
  id: TableId;
  title: string;
  /** A worksheet's name: at most 31 characters. */
  sheet: string;
  columns: Column[];
  rows: Value[][];
  total?: Value[];
  /** Detail for the data formats (CSV, XLSX) only. */
  dataOnly?: boolean;
}
export type ChartId = 'occupancy' | 'shares' | 'trend' | 'occupancyOverTime';
export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string; tone?: 'warning' | 'note' }
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

const WORDS = {
  sv: {
    title: 'Verksamhetsrapport – IOP för utsatta EU-medborgare',
    sheets: {
      nightShelters: 'Nattverksamhet',
      shelters: 'Per natthärbärge',
      shelterMonths: 'Per härbärge och månad',
      womenPlaces: 'Platser för kvinnor',
      dayCentres: 'Dagverksamhet',
      centres: 'Per dagverksamhet',
      outreach: 'Uppsökande',
      socialEmergency: 'Socialjouren',
      intake: 'Inskrivning',
      extraColdNights: 'Extra kalla nätter',
      nationalities: 'Nationalitet',
      trends: 'Utveckling',
      changes: 'Ändringar',
      completeness: 'Saknade uppgifter',
    } satisfies Record<TableId, string>,
    summary: (r: ReportDocument, f: Format) =>
      `Under perioden hade nattverksamheterna ${f.n(r.nightShelters.total.guestNights)} övernattningar ` +
      `(${f.pct(r.nightShelters.total.womenPct)} kvinnor, ${f.pct(r.nightShelters.total.menPct)} män) och en ` +
      `beläggning på ${f.pct(r.nightShelters.total.occupancyPct)}.` +
      (r.dayCentres.centres.length === 0
        ? ''
        : ` Dagverksamheterna hade ${f.n(r.dayCentres.total.visits)} besök (${f.pct(r.dayCentres.total.womenPct)} kvinnor, ${f.pct(r.dayCentres.total.menPct)} män).`),
    trendSentence: (before: string, pct: string, now: string) =>
      `Beläggningen var ${now}, mot ${pct} perioden ${before}.`,
    gaps: (n: number) =>
      `Observera: ${n} verksamhet${n === 1 ? '' : 'er'} har inte rapporterat alla nätter eller månader (se sist). Summorna är ofullständiga.`,
    changesTitle: 'Ändrat sedan förra utskicket',
    changes: (sentAt: string, n: number) =>
      n === 0
        ? `Rapporten för perioden skickades ${sentAt}. Inga siffror har ändrats sedan dess.`
        : `Rapporten för perioden skickades ${sentAt}. Sedan dess har ${n} uppgift${n === 1 ? '' : 'er'} rättats:`,
    nightTitle: 'Nattverksamhet – antal övernattningar och beläggning',
    perShelter: 'Beläggning per natthärbärge',
    womenPlacesTitle: 'Platser för kvinnor',
    dayTitle: 'Dagverksamhet – antal besök',
    perCentre: 'Besök per dagverksamhet',
    outreachTitle: 'Uppsökande verksamhet',
    outreachNote:
      'Kontakter är summan av rapporterna. Personer i särskilt utsatta situationer, sovplatser och uppskattat antal sovande är antal vid ett tillfälle: högsta och senast rapporterade visas, inte en summa.',
    socialTitle: 'Socialjouren',
    intakeTitle: 'Inskrivning till natthärbärgen',
    coldTitle: 'Extra kalla nätter',
    cold: (r: ReportDocument['extraColdNights'], f: Format) =>
      r.nightsOpened === 0
        ? 'Inga extra kalla nätter öppnades under perioden.'
        : `Extra kalla nätter öppnades ${f.n(r.nightsOpened)} gånger för sammanlagt ${f.n(r.guests)} gäster, i genomsnitt ${f.decimal(r.guestsPerNight ?? 0)} per natt. Längsta följd: ${f.n(r.longestRun)} nätter i rad.`,
    nationalityTitle: 'Nationalitet (alla verksamheter)',
    nationalityNote: (below: number) =>
      `Antal gästnätter, besök och kontakter med uppgift om nationalitet. Tal under ${below} är dolda (liksom ett till där det behövs) så att ingen enskild kan pekas ut.`,
    noNationality: 'Inga uppgifter om nationalitet under perioden.',
    trendsTitle: 'Utveckling över tid',
    trendsNote: 'Samma nyckeltal för tidigare perioder av samma längd, ur de siffror som finns i systemet.',
    missingTitle: 'Saknade uppgifter',
    complete: 'Alla verksamheter har rapporterat för hela perioden.',
    hidden: 'dolt',
    unknown: 'Okänd',
    total: 'Totalt',
    charts: {
      occupancy: 'Beläggning per månad',
      shares: 'Andel kvinnor och män per månad (övernattningar)',
      trend: 'Beläggning och övernattningar per period',
      occupancyOverTime: 'Beläggning mot platser över tid',
    },
    fields: {
      women: 'Kvinnor',
      men: 'Män',
      guestNights: 'Nätter',
      womenPct: 'Kvinnor %',
      menPct: 'Män %',
      capacityNights: 'Platsnätter',
      occupancyPct: 'Beläggning',
      visits: 'Besök',
      visitsWomenPct: 'Besök kvinnor %',
      nightsOpened: 'Öppnade nätter',
      guests: 'Gäster',
      longestRun: 'Längsta följd',
    } as Record<string, string>,
    tables: {
      nightShelters: 'Nattverksamhet',
      shelters: 'Natthärbärgen',
      dayCentres: 'Dagverksamhet',
      centres: 'Dagverksamheter',
      extraColdNights: 'Extra kalla nätter',
    } as Record<string, string>,
    cols: {
      month: 'Månad',
      name: 'Verksamhet',
      country: 'Land',
      count: 'Antal',
      period: 'Period',
      missing: 'Saknas',
      womenPlaceNights: 'Platsnätter för kvinnor',
      womenNights: 'Kvinnors nätter',
      reports: 'Rapporter',
      contacts: 'Kontakter',
      vulnerableHigh: 'Särskilt utsatta, högst',
      vulnerableLatest: 'Särskilt utsatta, senast',
      sitesHigh: 'Sovplatser, högst',
      sleepersHigh: 'Uppskattat antal sovande, högst',
      sleepersLatest: 'Uppskattat antal sovande, senast',
      homeTrips: 'Hemresor (ansökningar)',
      lvm: 'LVM-anmälningar',
      applicants: 'Sökande',
      tickets: 'Utdelade biljetter',
      placed: 'Andel som fick plats',
      night: 'Natt',
      forecast: 'Prognos lägsta °C',
      table: 'Tabell',
      row: 'Rad',
      field: 'Uppgift',
      before: 'Förut',
      after: 'Nu',
    },
    footer: (at: string) =>
      `Sammanställd ur partnernas inrapporterade siffror, lästa ${at}. Andelar avrundade till hela procent, halvor uppåt.`,
  },
  en: {
    title: 'Activity report – IOP for EU citizens in vulnerable situations',
    sheets: {
      nightShelters: 'Night shelters',
      shelters: 'Per night shelter',
      shelterMonths: 'Per shelter and month',
      womenPlaces: "Women's places",
      dayCentres: 'Day centres',
      centres: 'Per day centre',
      outreach: 'Outreach',
      socialEmergency: 'Social emergency',
      intake: 'Intake',
      extraColdNights: 'Extra cold nights',
      nationalities: 'Nationality',
      trends: 'Over time',
      changes: 'Changes',
      completeness: 'Missing figures',
    } satisfies Record<TableId, string>,
    summary: (r: ReportDocument, f: Format) =>
      `In the period the night shelters had ${f.n(r.nightShelters.total.guestNights)} guest nights ` +
      `(${f.pct(r.nightShelters.total.womenPct)} women, ${f.pct(r.nightShelters.total.menPct)} men) and an occupancy of ` +
      `${f.pct(r.nightShelters.total.occupancyPct)}.` +
      (r.dayCentres.centres.length === 0
        ? ''
        : ` The day centres had ${f.n(r.dayCentres.total.visits)} visits (${f.pct(r.dayCentres.total.womenPct)} women, ${f.pct(r.dayCentres.total.menPct)} men).`),
    trendSentence: (before: string, pct: string, now: string) =>
      `Occupancy was ${now}, against ${pct} in ${before}.`,
    gaps: (n: number) =>
      `Note: ${n} activit${n === 1 ? 'y has' : 'ies have'} not reported every night or month (see the end). The sums are incomplete.`,
    changesTitle: 'Changed since the last report sent',
    changes: (sentAt: string, n: number) =>
      n === 0
        ? `The report for this period was sent ${sentAt}. No figure has changed since.`
        : `The report for this period was sent ${sentAt}. Since then ${n} figure${n === 1 ? ' has' : 's have'} been corrected:`,
    nightTitle: 'Night shelters – guest nights and occupancy',
    perShelter: 'Occupancy per night shelter',
    womenPlacesTitle: "Women's places",
    dayTitle: 'Day centres – visits',
    perCentre: 'Visits per day centre',
    outreachTitle: 'Outreach',
    outreachNote:
      'Contacts are the sum of the reports. People in extra vulnerable situations, sleeping sites and estimated rough sleepers are counts at one time: the highest and the latest reported are shown, not a sum.',
    socialTitle: 'Social emergency service',
    intakeTitle: 'Intake to the night shelters',
    coldTitle: 'Extra cold nights',
    cold: (r: ReportDocument['extraColdNights'], f: Format) =>
      r.nightsOpened === 0
        ? 'No extra cold nights were opened in the period.'
        : `Extra cold nights were opened ${f.n(r.nightsOpened)} times for ${f.n(r.guests)} guests in all, ${f.decimal(r.guestsPerNight ?? 0)} a night on average. Longest run: ${f.n(r.longestRun)} nights in a row.`,
    nationalityTitle: 'Nationality (all activities)',
    nationalityNote: (below: number) =>
      `Guest nights, visits and contacts with a nationality reported. Counts below ${below} are hidden (and one more where needed) so that no individual can be singled out.`,
    noNationality: 'No nationality reported in the period.',
    trendsTitle: 'Over time',
    trendsNote:
      'The same key figures for earlier periods of the same length, from the figures in the system.',
    missingTitle: 'Missing figures',
    complete: 'Every activity has reported for the whole period.',
    hidden: 'hidden',
    unknown: 'Unknown',
    total: 'Total',
    charts: {
      occupancy: 'Occupancy per month',
      shares: 'Women and men per month (guest nights)',
      trend: 'Occupancy and guest nights per period',
      occupancyOverTime: 'Occupancy against places over time',
    },
    fields: {
      women: 'Women',
      men: 'Men',
      guestNights: 'Nights',
      womenPct: 'Women %',
      menPct: 'Men %',
      capacityNights: 'Place-nights',
      occupancyPct: 'Occupancy',
      visits: 'Visits',
      visitsWomenPct: 'Visits women %',
      nightsOpened: 'Nights opened',
      guests: 'Guests',
      longestRun: 'Longest run',
    } as Record<string, string>,
    tables: {
      nightShelters: 'Night shelters',
      shelters: 'Night shelters',
      dayCentres: 'Day centres',
      centres: 'Day centres',
      extraColdNights: 'Extra cold nights',
    } as Record<string, string>,
    cols: {
      month: 'Month',
      name: 'Activity',
      country: 'Country',
      count: 'Count',
      period: 'Period',
      missing: 'Missing',
      womenPlaceNights: "Women's place-nights",
      womenNights: "Women's nights",
      reports: 'Reports',
      contacts: 'Contacts',
      vulnerableHigh: 'Extra vulnerable, highest',
      vulnerableLatest: 'Extra vulnerable, latest',
      sitesHigh: 'Sleeping sites, highest',
      sleepersHigh: 'Estimated rough sleepers, highest',
      sleepersLatest: 'Estimated rough sleepers, latest',
      homeTrips: 'Home-trip applications',
      lvm: 'LVM reports',
      applicants: 'Applicants',
      tickets: 'Tickets issued',
      placed: 'Share given a place',
      night: 'Night',
      forecast: 'Forecast low °C',
      table: 'Table',
      row: 'Row',
      field: 'Figure',
      before: 'Before',
      after: 'Now',
    },
    footer: (at: string) =>
      `Compiled from the partners' reported figures, read ${at}. Shares rounded to whole percent, halves up.`,
  },
} as const;

export interface Format {
  n(value: number): string;
  decimal(value: number): string;
  pct(value: number | null): string;
  month(month: string): string;
  value(value: Value, kind: ColumnKind): string;
}

/** Numbers the Swedish way (`1 032`, `35 %`, `−8,6`) or the English way. */
export function formatFor(language: Language): Format {
  const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const pct = (value: number | null) =>
    // Swedish writes a space before the percent sign; a no-break one keeps "35 %" together.
    value === null ? '–' : language === 'sv' ? `${value}\u00a0%` : `${value}%`;
  const month = (m: string) =>
    DateTime.fromISO(`${m}-01`, { zone: TIME_ZONE })
      .setLocale(language)
      .toFormat('LLL yyyy')
      .replace('.', '')
      .toUpperCase();
  return {
    n: (value) => whole.format(value),
    decimal: (value) => decimal.format(value),
    pct,
    month,
    value(value, kind) {
      if (value === null) return '–';
      if (typeof value === 'string')
        return kind === 'month' && /^\d{4}-\d{2}$/.test(value) ? month(value) : value;
      if (kind === 'percent') return pct(value);
      if (kind === 'temperature') return decimal.format(value).replace('-', '−');
      return kind === 'decimal' ? decimal.format(value) : whole.format(value);
    },
  };
}

const dateTime = (iso: string, language: Language) =>
  DateTime.fromISO(iso, { zone: TIME_ZONE }).setLocale(language).toFormat('d MMMM yyyy HH:mm');

/** The report laid out in `language`: what every format shows, in the order it shows it. */
export function reportLayout(report: ReportDocument, language: Language = 'sv'): Layout {
  const w = WORDS[language];
  const f = formatFor(language);
  const c = w.cols;
  const fl = w.fields;
  const blocks: Block[] = [];
  const heading = (text: string) => blocks.push({ type: 'heading', text });
  const paragraph = (text: string, tone?: 'warning' | 'note') =>
    blocks.push({ type: 'paragraph', text, tone });
  const table = (t: Omit<Table, 'sheet'>) =>
    blocks.push({ type: 'table', table: { ...t, sheet: w.sheets[t.id] } });
  const chart = (id: ChartId) => blocks.push({ type: 'chart', chart: id, alt: w.charts[id] });
  const col = (label: string, kind: ColumnKind, dataOnly = false): Column => ({ label, kind, dataOnly });

  const gaps = report.completeness.activities.filter((a) => a.missing.length > 0);
  if (gaps.length > 0) paragraph(w.gaps(gaps.length), 'warning');
  const since = report.sinceLastSent;
  if (since) {
    paragraph(w.changes(dateTime(since.sentAt, language), since.changes.length), 'warning');
    if (since.changes.length > 0) table(changesTable(since.changes, language));
  }
  const trendPeriods = report.trends.periods;
  const previous = trendPeriods.at(-2);
  paragraph(
    w.summary(report, f) +
      (previous
        ? ` ${w.trendSentence(periodLabel(previous, language), f.pct(previous.occupancyPct), f.pct(report.nightShelters.total.occupancyPct))}`
        : ''),
  );

  const ns = report.nightShelters;
  heading(w.nightTitle);
  const shelterColumns = [
    col(c.month, 'month'),
    col(fl.women as string, 'count'),
    col(fl.men as string, 'count'),
    col(fl.womenPct as string, 'percent'),
    col(fl.menPct as string, 'percent'),
    col(fl.guestNights as string, 'count'),
    col(fl.capacityNights as string, 'count', true),
    col(fl.occupancyPct as string, 'percent'),
  ];
  const shelterCells = (r: typeof ns.total): Value[] => [
    r.women,
    r.men,
    r.womenPct,
    r.menPct,
    r.guestNights,
    r.capacityNights,
    r.occupancyPct,
  ];
  table({
    id: 'nightShelters',
    title: w.nightTitle,
    columns: shelterColumns,
    rows: ns.months.map((m) => [m.month, ...shelterCells(m)]),
    total: [w.total, ...shelterCells(ns.total)],
  });
  chart('occupancy');
  chart('shares');
  // Shelters closed all period (no places, no guests) are left out of the printed table.
  const sheltersInUse = ns.shelters.filter((s) => s.total.capacityNights > 0 || s.total.guestNights > 0);
  heading(w.perShelter);
  table({
    id: 'shelters',
    title: w.perShelter,
    columns: [
      col(c.name, 'text'),
      col(fl.guestNights as string, 'count'),
      col(fl.capacityNights as string, 'count'),
      col(fl.occupancyPct as string, 'percent'),
      col(fl.womenPct as string, 'percent'),
    ],
    rows: sheltersInUse.map((s) => [
      s.name,
      s.total.guestNights,
      s.total.capacityNights,
      s.total.occupancyPct,
      s.total.womenPct,
    ]),
  });
  table({
    id: 'shelterMonths',
    title: w.perShelter,
    columns: [col(c.name, 'text'), ...shelterColumns],
    rows: sheltersInUse.flatMap((s) => [
      ...s.months.map((m) => [s.name, m.month, ...shelterCells(m)]),
      [s.name, w.total, ...shelterCells(s.total)],
    ]),
    dataOnly: true,
  });
  if (ns.womenPlaces) {
    heading(w.womenPlacesTitle);
    const wp = ns.womenPlaces;
    table({
      id: 'womenPlaces',
      title: w.womenPlacesTitle,
      columns: [
        col(c.month, 'month'),
        col(c.womenPlaceNights, 'count'),
        col(c.womenNights, 'count'),
        col(fl.occupancyPct as string, 'percent'),
      ],
      rows: wp.months.map((m) => [m.month, m.womenPlaceNights, m.women, m.occupancyPct]),
      total: [w.total, wp.total.womenPlaceNights, wp.total.women, wp.total.occupancyPct],
    });
  }

  const dc = report.dayCentres;
  heading(w.dayTitle);
  const visitColumns = [
    col(c.month, 'month'),
    col(fl.women as string, 'count'),
    col(fl.men as string, 'count'),
    col(w.total, 'count'),
    col(fl.womenPct as string, 'percent'),
    col(fl.menPct as string, 'percent'),
  ];
  const visitCells = (r: typeof dc.total): Value[] => [r.women, r.men, r.visits, r.womenPct, r.menPct];
  table({
    id: 'dayCentres',
    title: w.dayTitle,
    columns: visitColumns,
    rows: dc.months.map((m) => [m.month, ...visitCells(m)]),
    total: [w.total, ...visitCells(dc.total)],
  });
  if (dc.centres.length > 0) {
    heading(w.perCentre);
    table({
      id: 'centres',
      title: w.perCentre,
      columns: [
        col(c.name, 'text'),
        col(fl.visits as string, 'count'),
        col(fl.womenPct as string, 'percent'),
      ],
      rows: dc.centres.map((s) => [s.name, s.total.visits, s.total.womenPct]),
    });
  }

  const services = (kind: string) => report.services.filter((s) => s.kind === kind);
  const people = (s: (typeof report.services)[number]) =>
    s.sums.women === null && s.sums.men === null ? null : (s.sums.women ?? 0) + (s.sums.men ?? 0);
  const outreach = services('outreach');
  if (outreach.length > 0) {
    heading(w.outreachTitle);
    table({
      id: 'outreach',
      title: w.outreachTitle,
      columns: [
        col(c.name, 'text'),
        col(c.contacts, 'count'),
        col(c.vulnerableHigh, 'count'),
        col(c.vulnerableLatest, 'count'),
        col(c.sitesHigh, 'count'),
        col(c.sleepersHigh, 'count'),
        col(c.sleepersLatest, 'count'),
      ],
      rows: outreach.map((s) => [
        s.name,
        people(s),
        s.levels.vulnerablePeople?.highest ?? null,
        s.levels.vulnerablePeople?.latest ?? null,
        s.levels.sleepingSites?.highest ?? null,
        s.levels.estimatedRoughSleepers?.highest ?? null,
        s.levels.estimatedRoughSleepers?.latest ?? null,
      ]),
    });
    paragraph(w.outreachNote, 'note');
  }
  const social = services('social_emergency');
  if (social.length > 0) {
    heading(w.socialTitle);
    table({
      id: 'socialEmergency',
      title: w.socialTitle,
      columns: [
        col(c.name, 'text'),
        col(c.contacts, 'count'),
        col(fl.women as string, 'count'),
        col(fl.men as string, 'count'),
        col(c.homeTrips, 'count'),
        col(c.lvm, 'count'),
      ],
      rows: social.map((s) => [
        s.name,
        people(s),
        s.sums.women ?? null,
        s.sums.men ?? null,
        s.sums.homeTripApplications ?? null,
        s.sums.lvmReports ?? null,
      ]),
    });
  }
  const intake = services('intake');
  if (intake.length > 0) {
    heading(w.intakeTitle);
    table({
      id: 'intake',
      title: w.intakeTitle,
      columns: [
        col(c.name, 'text'),
        col(c.applicants, 'count'),
        col(c.tickets, 'count'),
        col(c.placed, 'percent'),
      ],
      rows: intake.map((s) => [s.name, s.sums.applicants ?? null, s.sums.ticketsIssued ?? null, s.placedPct]),
    });
  }

  const cold = report.extraColdNights;
  heading(w.coldTitle);
  paragraph(w.cold(cold, f));
  if (cold.nightsOpened > 0) {
    table({
      id: 'extraColdNights',
      title: w.coldTitle,
      columns: [col(c.night, 'text'), col(fl.guests as string, 'count'), col(c.forecast, 'temperature')],
      rows: cold.nights.map((n) => [n.night, n.guests, n.forecastMinimum]),
    });
  }

  const nat = report.nationalities;
  heading(w.nationalityTitle);
  if (nat.rows.length === 0) paragraph(w.noNationality);
  else {
    const country = new Intl.DisplayNames([language], { type: 'region' });
    table({
      id: 'nationalities',
      title: w.nationalityTitle,
      columns: [col(c.country, 'text'), col(c.count, 'count')],
      rows: [
        ...nat.rows.map((r) => [country.of(r.code) ?? r.code, r.count ?? w.hidden]),
        [w.unknown, nat.unknown.count ?? w.hidden],
      ],
    });
    paragraph(w.nationalityNote(nat.smallCellBelow), 'note');
  }

  heading(w.trendsTitle);
  table({
    id: 'trends',
    title: w.trendsTitle,
    columns: [
      col(c.period, 'text'),
      col(fl.guestNights as string, 'count'),
      col(fl.capacityNights as string, 'count'),
      col(fl.occupancyPct as string, 'percent'),
      col(fl.womenPct as string, 'percent'),
      col(fl.visits as string, 'count'),
      col(fl.visitsWomenPct as string, 'percent'),
    ],
    rows: trendPeriods.map((p) => [
      periodLabel(p, language),
      p.guestNights,
      p.capacityNights,
      p.occupancyPct,
      p.womenPct,
      p.visits,
      p.visitsWomenPct,
    ]),
  });
  paragraph(w.trendsNote, 'note');
  if (trendPeriods.length > 1) chart('trend');
  chart('occupancyOverTime');

  heading(w.missingTitle);
  if (gaps.length === 0) paragraph(w.complete);
  else {
    table({
      id: 'completeness',
      title: w.missingTitle,
      columns: [col(c.name, 'text'), col(c.missing, 'text')],
      rows: gaps.map((a) => [
        a.name,
        a.missing.length > 6
          ? `${a.missing.slice(0, 6).join(', ')} … (${a.missing.length})`
          : a.missing.join(', '),
      ]),
    });
  }

  return {
    language,
    title: w.title,
    period: periodLabel(report.period, language, 'long'),
    blocks,
    footer: w.footer(dateTime(report.dataReadAt, language)),
    words: { hidden: w.hidden, total: w.total },
  };
}

/** "nov 2017 – apr 2018", or with days: "1 november 2017 – 30 april 2018". */
export function periodLabel(
  period: { from: string; to: string },
  language: Language,
  style: 'short' | 'long' = 'short',
) {
  const from = DateTime.fromISO(`${period.from}-01`, { zone: TIME_ZONE }).setLocale(language);
  const to = DateTime.fromISO(`${period.to}-01`, { zone: TIME_ZONE }).setLocale(language).endOf('month');
  return style === 'long'
    ? `${from.toFormat('d MMMM yyyy')} – ${to.toFormat('d MMMM yyyy')}`
    : `${from.toFormat('LLL yyyy').replace('.', '')} – ${to.toFormat('LLL yyyy').replace('.', '')}`;
}

function changesTable(changes: readonly PublishedChange[], language: Language): Omit<Table, 'sheet'> {
  const w = WORDS[language];
  const f = formatFor(language);
  return {
    id: 'changes',
    title: w.changesTitle,
    columns: [
      { label: w.cols.table, kind: 'text' },
      { label: w.cols.row, kind: 'month' },
      { label: w.cols.field, kind: 'text' },
      { label: w.cols.before, kind: 'count' },
      { label: w.cols.after, kind: 'count' },
    ],
    rows: changes.map((c) => [
      w.tables[c.table] ?? c.table,
      c.row === 'total' ? w.total : /^\d{4}-\d{2}$/.test(c.row) ? f.month(c.row) : c.row,
      w.fields[c.field] ?? c.field,
      c.before,
      c.after,
    ]),
  };
}
