import { DateTime } from 'luxon';
import type { Language } from '../domain/alert-messages';
import { TIME_ZONE } from '../domain/periods';
import type { Report } from '../domain/report';

/** The compiled report with its period and the time its data was read (what `buildReport` returns). */
export type ReportDocument = Report & { period: { from: string; to: string }; dataReadAt: string };

const WORDS = {
  sv: {
    title: 'Verksamhetsrapport – IOP för utsatta EU-medborgare',
    summary: (r: ReportDocument, f: Format) =>
      `Under perioden hade nattverksamheterna ${f.n(r.nightShelters.total.guestNights)} övernattningar ` +
      `(${f.pct(r.nightShelters.total.womenPct)} kvinnor, ${f.pct(r.nightShelters.total.menPct)} män) och en ` +
      `beläggning på ${f.pct(r.nightShelters.total.occupancyPct)}.` +
      (r.dayCentres.centres.length === 0
        ? ''
        : ` Dagverksamheterna hade ${f.n(r.dayCentres.total.visits)} besök (${f.pct(r.dayCentres.total.womenPct)} kvinnor, ${f.pct(r.dayCentres.total.menPct)} män).`),
    gaps: (n: number) =>
      `Observera: ${n} verksamhet${n === 1 ? '' : 'er'} har inte rapporterat alla nätter eller månader (se sist). Summorna är ofullständiga.`,
    nightTitle: 'Nattverksamhet – antal övernattningar och beläggning',
    dayTitle: 'Dagverksamhet – antal besök',
    perShelter: 'Beläggning per natthärbärge',
    missingTitle: 'Saknade uppgifter',
    coldTitle: 'Extra kalla nätter',
    cold: (r: ReportDocument['extraColdNights'], f: Format) =>
      r.nightsOpened === 0
        ? 'Inga extra kalla nätter öppnades under perioden.'
        : `Extra kalla nätter öppnades ${f.n(r.nightsOpened)} gånger för sammanlagt ${f.n(r.guests)} gäster, i genomsnitt ${f.n(r.guestsPerNight ?? 0)} per natt. Längsta följd: ${f.n(r.longestRun)} nätter i rad.`,
    coldCols: ['Natt', 'Gäster', 'Prognos lägsta'],
    nationalityTitle: 'Nationalitet (alla verksamheter)',
    nationalityNote: (below: number) =>
      `Antal gästnätter, besök och kontakter med uppgift om nationalitet. Tal under ${below} är dolda (liksom ett till där det behövs) så att ingen enskild kan pekas ut.`,
    hidden: 'dolt',
    unknown: 'Okänd',
    noNationality: 'Inga uppgifter om nationalitet under perioden.',
    complete: 'Alla verksamheter har rapporterat för hela perioden.',
    cols: {
      country: 'Land',
      count: 'Antal',
      month: 'Månad',
      women: 'Kvinnor',
      men: 'Män',
      nights: 'Nätter',
      occupancy: 'Beläggning',
      total: 'Totalt',
      visits: 'Besök',
      places: 'Platsnätter',
      name: 'Verksamhet',
      missing: 'Saknas',
    },
    total: 'Totalt:',
    footer: (at: string) =>
      `Sammanställd ${at} ur partnernas inrapporterade siffror. Andelar avrundade till hela procent.`,
  },
  en: {
    title: 'Activity report – IOP for EU citizens in vulnerable situations',
    summary: (r: ReportDocument, f: Format) =>
      `In the period the night shelters had ${f.n(r.nightShelters.total.guestNights)} guest nights ` +
      `(${f.pct(r.nightShelters.total.womenPct)} women, ${f.pct(r.nightShelters.total.menPct)} men) and an occupancy of ` +
      `${f.pct(r.nightShelters.total.occupancyPct)}.` +
      (r.dayCentres.centres.length === 0
        ? ''
        : ` The day centres had ${f.n(r.dayCentres.total.visits)} visits (${f.pct(r.dayCentres.total.womenPct)} women, ${f.pct(r.dayCentres.total.menPct)} men).`),
    gaps: (n: number) =>
      `Note: ${n} activit${n === 1 ? 'y has' : 'ies have'} not reported every night or month (see the end). The sums are incomplete.`,
    nightTitle: 'Night shelters – guest nights and occupancy',
    dayTitle: 'Day centres – visits',
    perShelter: 'Occupancy per night shelter',
    missingTitle: 'Missing figures',
    coldTitle: 'Extra cold nights',
    cold: (r: ReportDocument['extraColdNights'], f: Format) =>
      r.nightsOpened === 0
        ? 'No extra cold nights were opened in the period.'
        : `Extra cold nights were opened ${f.n(r.nightsOpened)} times for ${f.n(r.guests)} guests in all, ${f.n(r.guestsPerNight ?? 0)} a night on average. Longest run: ${f.n(r.longestRun)} nights in a row.`,
    coldCols: ['Night', 'Guests', 'Forecast low'],
    nationalityTitle: 'Nationality (all activities)',
    nationalityNote: (below: number) =>
      `Guest nights, visits and contacts with a nationality reported. Counts below ${below} are hidden (and one more where needed) so that no individual can be singled out.`,
    hidden: 'hidden',
    unknown: 'Unknown',
    noNationality: 'No nationality reported in the period.',
    complete: 'Every activity has reported for the whole period.',
    cols: {
      country: 'Country',
      count: 'Count',
      month: 'Month',
      women: 'Women',
      men: 'Men',
      nights: 'Nights',
      occupancy: 'Occupancy',
      total: 'Total',
      visits: 'Visits',
      places: 'Place-nights',
      name: 'Activity',
      missing: 'Missing',
    },
    total: 'Total:',
    footer: (at: string) =>
      `Compiled ${at} from the partners' reported figures. Shares rounded to whole percent.`,
  },
} as const;

interface Format {
  n(value: number): string;
  pct(value: number | null): string;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

function formatFor(language: Language): Format {
  const number = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB');
  return {
    n: (value) => number.format(value),
    // Swedish writes a space before the percent sign; a no-break one keeps "35 %" together.
    pct: (value) => (value === null ? '–' : language === 'sv' ? `${value}\u00a0%` : `${value}%`),
  };
}

const monthLabel = (month: string, language: Language) =>
  DateTime.fromISO(`${month}-01`, { zone: TIME_ZONE })
    .setLocale(language)
    .toFormat('LLL yyyy')
    .replace('.', '')
    .toUpperCase();

function htmlTable(headers: string[], rows: string[][], totalRow?: string[]) {
  const cell = (tag: 'td' | 'th', value: string, i: number) =>
    `<${tag} style="padding:4px 8px;border-bottom:1px solid #ccc;text-align:${i === 0 ? 'left' : 'right'}">${value}</${tag}>`;
  const line = (values: string[], tag: 'td' | 'th' = 'td', bold = false) =>
    `<tr${bold ? ' style="font-weight:bold"' : ''}>${values.map((v, i) => cell(tag, v, i)).join('')}</tr>`;
  return [
    '<table style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:14px;margin:8px 0 24px">',
    `<thead>${line(headers, 'th')}</thead>`,
    `<tbody>${rows.map((r) => line(r)).join('')}${totalRow ? line(totalRow, 'td', true) : ''}</tbody>`,
    '</table>',
  ].join('');
}

/** The report as an HTML document (and e-mail body): summary first, then the tables in the seed report's layout. */
export function reportHtml(report: ReportDocument, language: Language = 'sv'): string {
  const w = WORDS[language];
  const f = formatFor(language);
  const c = w.cols;
  const from = DateTime.fromISO(`${report.period.from}-01`, { zone: TIME_ZONE }).setLocale(language);
  const to = DateTime.fromISO(`${report.period.to}-01`, { zone: TIME_ZONE })
    .setLocale(language)
    .endOf('month');
  const gaps = report.completeness.activities.filter((a) => a.missing.length > 0);
  const shelterRow = (label: string, r: ReportDocument['nightShelters']['total']) => [
    label,
    f.n(r.women),
    f.n(r.men),
    f.pct(r.womenPct),
    f.pct(r.menPct),
    f.n(r.guestNights),
    f.pct(r.occupancyPct),
  ];
  const visitRow = (label: string, r: ReportDocument['dayCentres']['total']) => [
    label,
    f.n(r.women),
    f.n(r.men),
    f.n(r.visits),
    f.pct(r.womenPct),
    f.pct(r.menPct),
  ];
  const readAt = DateTime.fromISO(report.dataReadAt, { zone: TIME_ZONE })
    .setLocale(language)
    .toFormat('d MMMM yyyy HH:mm');
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(w.title)}</title></head>
<body style="font-family:Arial,sans-serif;color:#222;max-width:760px">
<h1 style="font-size:22px">${escapeHtml(w.title)}</h1>
<p><strong>${escapeHtml(from.toFormat('d MMMM yyyy'))} – ${escapeHtml(to.toFormat('d MMMM yyyy'))}</strong></p>
${gaps.length > 0 ? `<p style="background:#fff3cd;border:1px solid #e0b000;padding:8px"><strong>${escapeHtml(w.gaps(gaps.length))}</strong></p>` : ''}
<p>${escapeHtml(w.summary(report, f))}</p>
<h2 style="font-size:18px">${escapeHtml(w.nightTitle)}</h2>
${htmlTable(
  [c.month, c.women, c.men, `${c.women} %`, `${c.men} %`, c.nights, c.occupancy],
  report.nightShelters.months.map((m) => shelterRow(monthLabel(m.month, language), m)),
  shelterRow(w.total, report.nightShelters.total),
)}
<h2 style="font-size:18px">${escapeHtml(w.dayTitle)}</h2>
${htmlTable(
  [c.month, c.women, c.men, c.total, `${c.women} %`, `${c.men} %`],
  report.dayCentres.months.map((m) => visitRow(monthLabel(m.month, language), m)),
  visitRow(w.total, report.dayCentres.total),
)}
<h2 style="font-size:18px">${escapeHtml(w.perShelter)}</h2>
${htmlTable(
  [c.name, c.nights, c.places, c.occupancy],
  report.nightShelters.shelters.map((s) => [
    escapeHtml(s.name),
    f.n(s.total.guestNights),
    f.n(s.total.capacityNights),
    f.pct(s.total.occupancyPct),
  ]),
)}
<h2 style="font-size:18px">${escapeHtml(w.coldTitle)}</h2>
<p>${escapeHtml(w.cold(report.extraColdNights, f))}</p>
${
  report.extraColdNights.nightsOpened === 0
    ? ''
    : htmlTable(
        [...w.coldCols],
        report.extraColdNights.nights.map((n) => [
          n.night,
          f.n(n.guests),
          n.forecastMinimum === null ? '–' : `${f.n(n.forecastMinimum).replace('-', '−')}\u00a0°C`,
        ]),
      )
}
<h2 style="font-size:18px">${escapeHtml(w.nationalityTitle)}</h2>
${nationalitySection(report, language)}
<h2 style="font-size:18px">${escapeHtml(w.missingTitle)}</h2>
${
  gaps.length === 0
    ? `<p>${escapeHtml(w.complete)}</p>`
    : htmlTable(
        [c.name, c.missing],
        gaps.map((a) => [
          escapeHtml(a.name),
          escapeHtml(
            a.missing.length > 6
              ? `${a.missing.slice(0, 6).join(', ')} … (${a.missing.length})`
              : a.missing.join(', '),
          ),
        ]),
      )
}
<p style="color:#666;font-size:12px">${escapeHtml(w.footer(readAt))}</p>
</body></html>
`;
}

function nationalitySection(report: ReportDocument, language: Language): string {
  const w = WORDS[language];
  const f = formatFor(language);
  const { rows, unknown, smallCellBelow } = report.nationalities;
  if (rows.length === 0) return `<p>${escapeHtml(w.noNationality)}</p>`;
  const country = new Intl.DisplayNames([language], { type: 'region' });
  const count = (cell: { count: number | null }) => (cell.count === null ? w.hidden : f.n(cell.count));
  return `${htmlTable(
    [w.cols.country, w.cols.count],
    [...rows.map((r) => [escapeHtml(country.of(r.code) ?? r.code), count(r)]), [w.unknown, count(unknown)]],
  )}<p style="color:#666;font-size:12px">${escapeHtml(w.nationalityNote(smallCellBelow))}</p>`;
}
