import type { WritableSection } from '../app/report-texts';
import type { ReportDocument } from '../app/reports-model';
import { addMonths } from '../domain/periods';
import { type HalfYearCounts, type NationalityUnit, percent } from '../domain/report';
import type { PublishedChange } from '../domain/report-history';
import { capitalised, paragraphsOf } from '../domain/text';
import { type Catalogue, type Language, wordsFor } from '../i18n';
import { dayInWords, monthInWords } from '../i18n/period-words';
import { type ColumnKind, dateTime, type Format, formatFor, periodLabel, type Value } from './format';
import type { Block, ChartId, Column, Layout, Table } from './layout';
import type { TableId } from './tables';

/**
 * The report's sections, one builder each, in the order the report shows them. Each says what its part of the
 * report holds, in blocks; the words come from the catalogue, the numbers from the language's format.
 */
export interface SectionContext {
  language: Language;
  w: Catalogue['report'];
  f: Format;
}
type Section = (report: ReportDocument, ctx: SectionContext) => Block[];

const col = (label: string, kind: ColumnKind, dataOnly = false): Column => ({ label, kind, dataOnly });
const heading = (text: string): Block => ({ type: 'heading', text });
const paragraph = (text: string, tone?: 'warning' | 'note'): Block => ({ type: 'paragraph', text, tone });
/** A section's opening drafted from its figures, which a person may write over (`WRITABLE_SECTIONS`). */
const lead = (section: WritableSection, text: string): Block => ({ type: 'paragraph', text, lead: section });
/** A table of the half-year report: its id is one of the report's (TableId), its sheet named by the catalogue. */
type ReportTable = Omit<Table, 'sheet' | 'id'> & { id: TableId };
const table = (w: SectionContext['w'], t: ReportTable): Block => ({
  type: 'table',
  table: { ...t, sheet: w.sheets[t.id] },
});
const chart = (w: SectionContext['w'], id: ChartId): Block => ({
  type: 'chart',
  chart: id,
  alt: w.charts[id],
});
/** A word by a key that comes from data (a published field or table): the key itself where there is none. */
const wordOf = (words: Record<string, string>, key: string): string =>
  (Object.hasOwn(words, key) ? words[key] : undefined) ?? key;

const gapsOf = (report: ReportDocument) => report.completeness.activities.filter((a) => a.missing.length > 0);

/** What the reader must know first: figures missing, and what changed since the report was last sent. */
const notices: Section = (report, { w, f, language }) => {
  const blocks: Block[] = [];
  // A half-year's report is a document the chairs approve: it says which version it is, and whether approved.
  const { status, version, signatures, halfYear } = report.document;
  const approvedOn = signatures
    .map((s) => s.at)
    .sort()
    .at(-1);
  if (halfYear)
    blocks.push(
      status === 'approved' || status === 'sent'
        ? paragraph(w.document.approved(version, dateTime(approvedOn ?? report.dataReadAt, language)), 'note')
        : paragraph(w.document.draft(version), 'warning'),
    );
  const gaps = gapsOf(report);
  if (gaps.length > 0) blocks.push(paragraph(w.gaps(gaps.length), 'warning'));
  const since = report.sinceLastSent;
  if (since) {
    blocks.push(paragraph(w.changes(dateTime(since.sentAt, language), since.changes.length), 'warning'));
    if (since.changes.length > 0) blocks.push(table(w, changesTable(since.changes, w, f)));
  }
  return blocks;
};

function changesTable(changes: readonly PublishedChange[], w: SectionContext['w'], f: Format): ReportTable {
  return {
    id: 'changes',
    title: w.changesTitle,
    columns: [
      col(w.cols.table, 'text'),
      col(w.cols.row, 'month'),
      col(w.cols.field, 'text'),
      col(w.cols.before, 'count'),
      col(w.cols.after, 'count'),
    ],
    rows: changes.map((c) => [
      wordOf(w.tables, c.table),
      c.row === 'total' ? w.total : /^\d{4}-\d{2}$/.test(c.row) ? f.month(c.row) : c.row,
      wordOf(w.fields, c.field),
      c.before,
      c.after,
    ]),
  };
}

/** The agreement in force and its parties; who joined or left within the period, and when. */
const agreement: Section = (report, { w, language }) =>
  report.agreements.flatMap((a) => {
    const day = (d: string) => dayInWords(d, language);
    const inPeriod = (d: string) => d >= `${report.period.from}-01` && d <= `${report.period.to}-31`;
    const moved = a.parties.filter(
      (p) => (p.joined > a.start && inPeriod(p.joined)) || (p.left && inPeriod(p.left)),
    );
    return [
      paragraph(
        w.agreementInForce(
          a.name,
          day(a.start),
          day(a.end),
          a.parties.map((p) => p.name),
        ),
      ),
      ...moved.map((p) =>
        paragraph(p.left ? w.partyLeft(p.name, day(p.left)) : w.partyJoined(p.name, day(p.joined)), 'note'),
      ),
    ];
  });

/** The period in two sentences, against the period before where there is one. */
const summary: Section = (report, { w, f, language }) => {
  const nights = report.nightShelters.total;
  const days = report.dayCentres;
  const previous = report.trends.periods.at(-2);
  const sentences = [
    w.nightsSummary({
      guestNights: f.n(nights.guestNights),
      womenPct: f.pct(nights.womenPct),
      menPct: f.pct(nights.menPct),
      occupancyPct: f.pct(nights.occupancyPct),
    }),
  ];
  if (days.centres.length > 0)
    sentences.push(
      w.visitsSummary({
        visits: f.n(days.total.visits),
        womenPct: f.pct(days.total.womenPct),
        menPct: f.pct(days.total.menPct),
      }),
    );
  if (previous)
    sentences.push(
      w.trendSentence(
        periodLabel(previous, language),
        f.pct(previous.occupancyPct),
        f.pct(nights.occupancyPct),
      ),
    );
  return [lead('summary', sentences.join(' '))];
};

/** The first month with the most of `count` (none when every month has none): what a section names as its busiest. */
const busiestOf = <M>(months: readonly M[], count: (m: M) => number) =>
  months.reduce<M | undefined>(
    (top, m) => (count(m) > (top === undefined ? 0 : count(top)) ? m : top),
    undefined,
  );

/** Occupancy against the same half-year a year before, where the system has its figures (seed 004's trend). */
function sameHalfYearBefore(report: ReportDocument, w: SectionContext['w'], f: Format, language: Language) {
  const yearBefore = addMonths(report.period.from, -12);
  const before = report.trends.periods.find((p) => p.from === yearBefore);
  if (!before || before.occupancyPct === null) return '';
  return w.sameHalfYearBefore(
    periodLabel(before, language),
    f.pct(before.occupancyPct),
    f.pct(report.nightShelters.total.occupancyPct),
  );
}

const nightShelters: Section = (report, { w, f, language }) => {
  const ns = report.nightShelters;
  const fl = w.fields;
  const columns = [
    col(w.cols.month, 'month'),
    col(fl.women, 'count'),
    col(fl.men, 'count'),
    col(fl.womenPct, 'percent'),
    col(fl.menPct, 'percent'),
    col(fl.guestNights, 'count'),
    col(fl.capacityNights, 'count', true),
    col(fl.occupancyPct, 'percent'),
  ];
  const cells = (r: typeof ns.total): Value[] => [
    r.women,
    r.men,
    r.womenPct,
    r.menPct,
    r.guestNights,
    r.capacityNights,
    r.occupancyPct,
  ];
  // Shelters closed all period (no places, no guests) are left out of the printed table.
  const inUse = ns.shelters.filter((s) => s.total.capacityNights > 0 || s.total.guestNights > 0);
  // What the seed reports open with: the shelters and their places, and the month with the most guests.
  const busiest = busiestOf(ns.months, (m) => m.guestNights);
  const opening = [
    ns.places.shelters.length > 0
      ? w.placesSentence(
          ns.places.shelters.map((s) => ({ name: s.name, places: f.n(s.places) })),
          f.n(ns.places.total),
          dayInWords(ns.places.night, language),
        )
      : w.noPlaces,
    ns.total.guestNights > 0
      ? w.occupancySentence({
          occupancyPct: f.pct(ns.total.occupancyPct),
          womenPct: f.pct(ns.total.womenPct),
          menPct: f.pct(ns.total.menPct),
        })
      : '',
    busiest ? w.busiestMonth(monthInWords(busiest.month, language), f.n(busiest.guestNights)) : '',
    sameHalfYearBefore(report, w, f, language),
  ].filter(Boolean);
  const blocks: Block[] = [
    heading(w.nightTitle),
    lead('nightShelters', opening.join(' ')),
    table(w, {
      id: 'nightShelters',
      title: w.nightTitle,
      columns,
      rows: ns.months.map((m) => [m.month, ...cells(m)]),
      total: [w.total, ...cells(ns.total)],
    }),
    chart(w, 'occupancy'),
    chart(w, 'shares'),
    heading(w.perShelter),
    table(w, {
      id: 'shelters',
      title: w.perShelter,
      columns: [
        col(w.cols.name, 'text'),
        col(fl.guestNights, 'count'),
        col(fl.capacityNights, 'count'),
        col(fl.occupancyPct, 'percent'),
        col(fl.womenPct, 'percent'),
      ],
      rows: inUse.map((s) => [
        s.name,
        s.total.guestNights,
        s.total.capacityNights,
        s.total.occupancyPct,
        s.total.womenPct,
      ]),
    }),
    table(w, {
      id: 'shelterMonths',
      title: w.perShelter,
      columns: [col(w.cols.name, 'text'), ...columns],
      rows: inUse.flatMap((s) => [
        ...s.months.map((m) => [s.name, m.month, ...cells(m)]),
        [s.name, w.total, ...cells(s.total)],
      ]),
      dataOnly: true,
    }),
  ];
  const wp = ns.womenPlaces;
  if (wp) {
    blocks.push(
      heading(w.womenPlacesTitle),
      table(w, {
        id: 'womenPlaces',
        title: w.womenPlacesTitle,
        columns: [
          col(w.cols.month, 'month'),
          col(w.cols.womenPlaceNights, 'count'),
          col(w.cols.womenNights, 'count'),
          col(fl.occupancyPct, 'percent'),
        ],
        rows: wp.months.map((m) => [m.month, m.womenPlaceNights, m.women, m.occupancyPct]),
        total: [w.total, wp.total.womenPlaceNights, wp.total.women, wp.total.occupancyPct],
      }),
    );
  }
  return blocks;
};

const dayCentres: Section = (report, { w, f, language }) => {
  const dc = report.dayCentres;
  const fl = w.fields;
  const cells = (r: typeof dc.total): Value[] => [r.women, r.men, r.visits, r.womenPct, r.menPct];
  const busiest = busiestOf(dc.months, (m) => m.visits);
  const blocks: Block[] = [
    heading(w.dayTitle),
    ...(busiest
      ? [
          lead(
            'dayCentres',
            w.visitsLead({
              visits: f.n(dc.total.visits),
              womenPct: f.pct(dc.total.womenPct),
              menPct: f.pct(dc.total.menPct),
              month: monthInWords(busiest.month, language),
              busiest: f.n(busiest.visits),
            }),
          ),
        ]
      : []),
    table(w, {
      id: 'dayCentres',
      title: w.dayTitle,
      columns: [
        col(w.cols.month, 'month'),
        col(fl.women, 'count'),
        col(fl.men, 'count'),
        col(w.total, 'count'),
        col(fl.womenPct, 'percent'),
        col(fl.menPct, 'percent'),
      ],
      rows: dc.months.map((m) => [m.month, ...cells(m)]),
      total: [w.total, ...cells(dc.total)],
    }),
  ];
  if (dc.centres.length > 0) {
    blocks.push(
      heading(w.perCentre),
      table(w, {
        id: 'centres',
        title: w.perCentre,
        columns: [col(w.cols.name, 'text'), col(fl.visits, 'count'), col(fl.womenPct, 'percent')],
        rows: dc.centres.map((s) => [s.name, s.total.visits, s.total.womenPct]),
      }),
    );
  }
  return blocks;
};

type Service = ReportDocument['services'][number];
const servicesOf = (report: ReportDocument, kind: Service['kind']) =>
  report.services.filter((s) => s.kind === kind);
const people = (s: Service) =>
  s.sums.women === null && s.sums.men === null ? null : (s.sums.women ?? 0) + (s.sums.men ?? 0);

/** A table of only the columns that hold something: a figure nobody keeps is no column of zeros or blanks. */
const filled = (columns: readonly [Column, (s: Service) => Value][], services: readonly Service[]) => {
  const kept = columns.filter(([, value], i) => i === 0 || services.some((s) => value(s) !== null));
  return { columns: kept.map(([c]) => c), rows: services.map((s) => kept.map(([, value]) => value(s))) };
};

/** What a team counted for the whole half-year, in the seeds' sentences, and its table; none where none counted. */
const halfYearBlocks = (
  services: readonly Service[],
  id: 'outreachHalfYear' | 'socialEmergencyHalfYear',
  extra: readonly [Column, (h: HalfYearCounts) => number | null][],
  { w, f, language }: SectionContext,
): Block[] => {
  const counted = services.flatMap((s) => (s.halfYear ? [{ s, h: s.halfYear }] : []));
  if (counted.length === 0) return [];
  const c = w.cols;
  const country = new Intl.DisplayNames([language], { type: 'region' });
  const said = (h: HalfYearCounts) => ({
    people: f.n(h.people),
    split:
      h.womenPct === null || h.menPct === null ? null : { women: f.pct(h.womenPct), men: f.pct(h.menPct) },
    largest: h.largestNationality && {
      country: country.of(h.largestNationality.code) ?? h.largestNationality.code,
      pct: f.pct(h.largestNationality.sharePct),
      majority: (h.largestNationality.sharePct ?? 0) > 50,
    },
    sites: h.sleepingSites === null ? null : f.n(h.sleepingSites),
    sleepers: h.estimatedRoughSleepers === null ? null : f.n(h.estimatedRoughSleepers),
    homeTrips: h.homeTripApplications === null ? null : f.n(h.homeTripApplications),
    lvm: h.lvmReports === null ? null : f.n(h.lvmReports),
  });
  const shown = filled(
    [
      [col(c.name, 'text'), (s) => s.name],
      [col(c.people, 'count'), (s) => s.halfYear?.people ?? null],
      [col(w.fields.womenPct, 'percent'), (s) => s.halfYear?.womenPct ?? null],
      [col(w.fields.menPct, 'percent'), (s) => s.halfYear?.menPct ?? null],
      ...extra.map(([column, value]): [Column, (s: Service) => Value] => [
        column,
        (s) => (s.halfYear ? value(s.halfYear) : null),
      ]),
    ],
    counted.map(({ s }) => s),
  );
  // One opening for the section, each team's sentences in turn: what a person may write over.
  const kind = id === 'outreachHalfYear' ? 'outreach' : 'socialEmergency';
  return [
    lead(kind, counted.map(({ s, h }) => w.halfYearSentence[kind](s.name, said(h))).join(' ')),
    table(w, { id, title: w.sheets[id], ...shown }),
  ];
};

/** The months' figures of those teams that keep them, with only the columns that hold something. */
const monthsBlocks = (
  services: readonly Service[],
  id: 'outreach' | 'socialEmergency',
  columns: readonly [Column, (s: Service) => Value][],
  w: SectionContext['w'],
): Block[] => {
  const reporting = services.filter((s) => s.periodsReported > 0);
  if (reporting.length === 0) return [];
  return [
    { type: 'heading', text: w.monthsTitle, level: 3 },
    table(w, { id, title: w.sheets[id], ...filled(columns, reporting) }),
  ];
};

const outreach: Section = (report, ctx) => {
  const services = servicesOf(report, 'outreach');
  if (services.length === 0) return [];
  const { w } = ctx;
  const c = w.cols;
  const months = monthsBlocks(
    services,
    'outreach',
    [
      [col(c.name, 'text'), (s) => s.name],
      [col(c.contacts, 'count'), people],
      [col(c.vulnerableHigh, 'count'), (s) => s.levels.vulnerablePeople?.highest ?? null],
      [col(c.vulnerableLatest, 'count'), (s) => s.levels.vulnerablePeople?.latest ?? null],
      [col(c.sitesHigh, 'count'), (s) => s.levels.sleepingSites?.highest ?? null],
      [col(c.sleepersHigh, 'count'), (s) => s.levels.estimatedRoughSleepers?.highest ?? null],
      [col(c.sleepersLatest, 'count'), (s) => s.levels.estimatedRoughSleepers?.latest ?? null],
    ],
    w,
  );
  return [
    heading(w.outreachTitle),
    ...halfYearBlocks(
      services,
      'outreachHalfYear',
      [
        [col(c.sites, 'count'), (h) => h.sleepingSites],
        [col(c.sleepers, 'count'), (h) => h.estimatedRoughSleepers],
      ],
      ctx,
    ),
    ...months,
    ...(months.length > 0 ? [paragraph(w.outreachNote, 'note')] : []),
  ];
};

const socialEmergency: Section = (report, ctx) => {
  const services = servicesOf(report, 'social_emergency');
  if (services.length === 0) return [];
  const { w } = ctx;
  const c = w.cols;
  return [
    heading(w.socialTitle),
    ...halfYearBlocks(
      services,
      'socialEmergencyHalfYear',
      [
        [col(c.homeTrips, 'count'), (h) => h.homeTripApplications],
        [col(c.lvm, 'count'), (h) => h.lvmReports],
      ],
      ctx,
    ),
    ...monthsBlocks(
      services,
      'socialEmergency',
      [
        [col(c.name, 'text'), (s) => s.name],
        [col(c.contacts, 'count'), people],
        [col(w.fields.women, 'count'), (s) => s.sums.women ?? null],
        [col(w.fields.men, 'count'), (s) => s.sums.men ?? null],
        [col(c.homeTrips, 'count'), (s) => s.sums.homeTripApplications ?? null],
        [col(c.lvm, 'count'), (s) => s.sums.lvmReports ?? null],
      ],
      w,
    ),
  ];
};

const intake: Section = (report, { w, f }) => {
  const services = servicesOf(report, 'intake');
  if (services.length === 0) return [];
  const c = w.cols;
  const [tickets, applicants] = [
    services.reduce((n, s) => n + (s.sums.ticketsIssued ?? 0), 0),
    services.reduce((n, s) => n + (s.sums.applicants ?? 0), 0),
  ];
  return [
    heading(w.intakeTitle),
    ...(applicants > 0
      ? [
          lead(
            'intake',
            w.intakeLead({
              tickets: f.n(tickets),
              applicants: f.n(applicants),
              placedPct: f.pct(percent(tickets, applicants)),
            }),
          ),
        ]
      : []),
    table(w, {
      id: 'intake',
      title: w.intakeTitle,
      columns: [
        col(c.name, 'text'),
        col(c.applicants, 'count'),
        col(c.tickets, 'count'),
        col(c.placed, 'percent'),
      ],
      rows: services.map((s) => [
        s.name,
        s.sums.applicants ?? null,
        s.sums.ticketsIssued ?? null,
        s.placedPct,
      ]),
    }),
  ];
};

const extraColdNights: Section = (report, { w, f }) => {
  const cold = report.extraColdNights;
  const blocks: Block[] = [
    heading(w.coldTitle),
    lead(
      'extraColdNights',
      cold.nightsOpened === 0
        ? w.coldNone
        : w.coldOpened({
            times: f.n(cold.nightsOpened),
            guests: f.n(cold.guests),
            perNight: f.decimal(cold.guestsPerNight ?? 0),
            longestRun: f.n(cold.longestRun),
          }),
    ),
  ];
  if (cold.nightsOpened > 0) {
    blocks.push(
      table(w, {
        id: 'extraColdNights',
        title: w.coldTitle,
        columns: [
          col(w.cols.night, 'text'),
          col(w.fields.guests, 'count'),
          col(w.cols.forecast, 'temperature'),
        ],
        rows: cold.nights.map((n) => [n.night, n.guests, n.forecastMinimum]),
      }),
    );
  }
  // What the nights really were, and how well the alerts did: from SMHI's observations, once they are read.
  const v = report.coldNights;
  if (v.observedNights === 0) blocks.push(paragraph(w.coldNoObservations, 'note'));
  else
    blocks.push(
      paragraph(
        w.coldVerified({
          cold: f.n(v.coldNights),
          early: f.n(v.alertedEarly),
          late: f.n(v.alertedLate),
          missed: f.n(v.missed),
          falseAlarms: f.n(v.falseAlarms),
          median: v.medianLeadHours === null ? null : f.n(Math.round(v.medianLeadHours)),
        }),
      ),
      chart(w, 'coldNights'),
    );
  // The expected guests against those that came (issue 27, 4): once the check has given any for the period.
  if (v.demand)
    blocks.push(
      paragraph(
        w.demandVerified({
          nights: f.n(v.demand.nights),
          error: f.decimal(v.demand.meanAbsError),
          inside: f.pct(Math.round(v.demand.inside * 100)),
          over: f.n(v.demand.overPlaces),
          warned: f.n(v.demand.warned),
        }),
      ),
    );
  return blocks;
};

/** Extra readiness (issue 25, 6): the decisions to open, per cause — winter's cold nights and warnings, summer's evictions. */
const readiness: Section = (report, { w, f, language }) => {
  const lines = report.readiness;
  if (lines.length === 0) return [heading(w.readinessTitle), paragraph(w.readinessNone)];
  const causes = wordsFor(language).decision.causes;
  return [
    heading(w.readinessTitle),
    paragraph(
      w.readinessLead({
        nights: f.n(lines.reduce((n, l) => n + l.nights, 0)),
        placeNights: f.n(lines.reduce((n, l) => n + l.placeNights, 0)),
      }),
    ),
    table(w, {
      id: 'readiness',
      title: w.readinessTitle,
      columns: [
        col(w.readinessCols.cause, 'text'),
        col(w.readinessCols.decisions, 'count'),
        col(w.readinessCols.nights, 'count'),
        col(w.readinessCols.placeNights, 'count'),
      ],
      rows: lines.map((l) => [capitalised(causes[l.cause]), l.decisions, l.nights, l.placeNights]),
    }),
  ];
};

/** Each unit's table id (a CSV and a sheet of its own). */
const NATIONALITY_TABLES: Record<NationalityUnit, TableId> = {
  night: 'nationalitiesNight',
  day: 'nationalitiesDay',
  outreach: 'nationalitiesOutreach',
  socialEmergency: 'nationalitiesSocialEmergency',
  intake: 'nationalitiesIntake',
  outreachPeople: 'nationalitiesOutreachPeople',
  socialEmergencyPeople: 'nationalitiesSocialEmergencyPeople',
};

/** Nationality per unit, never added across units: a table each, counts and shares, and what it says in words. */
const nationalities: Section = (report, { w, f, language }) => {
  const nat = report.nationalities;
  const known = nat.units.filter((u) => u.rows.length > 0);
  if (known.length === 0) return [heading(w.nationalityTitle), paragraph(w.noNationality)];
  const country = new Intl.DisplayNames([language], { type: 'region' });
  return [
    heading(w.nationalityTitle),
    ...known.flatMap((u) => {
      const shown = u.rows.filter((r) => !r.suppressed);
      const said = shown.slice(0, 2).map((r) => ({
        country: country.of(r.code) ?? r.code,
        pct: f.pct(r.sharePct),
        share: r.sharePct ?? 0,
      }));
      const unknown =
        u.unknown.sharePct === null ? null : { pct: f.pct(u.unknown.sharePct), share: u.unknown.sharePct };
      return [
        { type: 'heading' as const, text: w.nationalityTables[u.unit], level: 3 as const },
        paragraph(w.nationalitySentence(w.nationalityUnits[u.unit], said, unknown)),
        table(w, {
          id: NATIONALITY_TABLES[u.unit],
          title: w.nationalityTables[u.unit],
          columns: [col(w.cols.country, 'text'), col(w.cols.count, 'count'), col(w.cols.share, 'percent')],
          rows: [
            ...u.rows.map((r) => [country.of(r.code) ?? r.code, r.count ?? w.hidden, r.sharePct]),
            [w.unknown, u.unknown.count ?? w.hidden, u.unknown.sharePct],
            [w.total, u.total, 100],
          ],
        }),
      ];
    }),
    paragraph(w.nationalityNote(nat.smallCellBelow), 'note'),
  ];
};

const trends: Section = (report, { w, language }) => {
  const periods = report.trends.periods;
  const fl = w.fields;
  const blocks: Block[] = [
    heading(w.trendsTitle),
    table(w, {
      id: 'trends',
      title: w.trendsTitle,
      columns: [
        col(w.cols.period, 'text'),
        col(fl.guestNights, 'count'),
        col(fl.capacityNights, 'count'),
        col(fl.occupancyPct, 'percent'),
        col(fl.womenPct, 'percent'),
        col(fl.visits, 'count'),
        col(fl.visitsWomenPct, 'percent'),
      ],
      rows: periods.map((p) => [
        periodLabel(p, language),
        p.guestNights,
        p.capacityNights,
        p.occupancyPct,
        p.womenPct,
        p.visits,
        p.visitsWomenPct,
      ]),
    }),
    paragraph(w.trendsNote, 'note'),
  ];
  if (periods.length > 1) blocks.push(chart(w, 'trend'));
  blocks.push(chart(w, 'occupancyOverTime'));
  return blocks;
};

const completeness: Section = (report, { w }) => {
  const gaps = gapsOf(report);
  if (gaps.length === 0) return [heading(w.missingTitle), paragraph(w.complete)];
  return [
    heading(w.missingTitle),
    table(w, {
      id: 'completeness',
      title: w.missingTitle,
      columns: [col(w.cols.name, 'text'), col(w.cols.missing, 'text')],
      rows: gaps.map((a) => [
        a.name,
        a.missing.length > 6
          ? `${a.missing.slice(0, 6).join(', ')} … (${a.missing.length})`
          : a.missing.join(', '),
      ]),
    }),
  ];
};

/** A section only people write (no figures draft it): shown once written, with its heading. */
const written =
  (section: 'cooperation' | 'nextPeriod'): Section =>
  (report, { w, language }) => {
    const text = language === 'sv' ? report.texts.find((t) => t.section === section) : undefined;
    return text
      ? [heading(w.writtenTitles[section]), ...paragraphsOf(text.text).map((p) => paragraph(p))]
      : [];
  };

/**
 * The user survey (issue 26, 4): who answered and in which languages, then each question with its n, and per answer
 * the count and share (small counts hidden) and the change since the survey of the half-year before.
 */
const survey: Section = (report, { w, f, language }) => {
  const s = report.survey;
  if (!s) return [];
  const ws = w.survey;
  const names = new Intl.DisplayNames([wordsFor(language).locale], { type: 'language' });
  const languages = s.languages.map((code) => names.of(code) ?? code).join(', ');
  return [
    heading(ws.title),
    paragraph(ws.lead(f.n(s.respondents), s.activities, languages)),
    ...s.questions.flatMap((q, i): Block[] => [
      sub(ws.question(q.text, f.n(q.n))),
      {
        type: 'table',
        table: {
          id: `survey${i + 1}`,
          sheet: `${ws.title} ${i + 1}`.slice(0, 31),
          title: q.text,
          columns: [
            col(ws.cols.answer, 'text'),
            col(ws.cols.count, 'count'),
            col(ws.cols.share, 'percent'),
            col(ws.cols.change, 'change'),
          ],
          rows: q.answers.map((a) => [ws.answers[a.option], a.count, a.pct, a.changePts]),
        },
      },
    ]),
    paragraph(ws.note(report.nationalities.smallCellBelow), 'note'),
  ];
};

/** The seeds' signature block: for each group its chair, named with title and organisation, and when they signed. */
const signatures: Section = (report, { w, language }) => {
  const { chairs, signatures: signed, halfYear } = report.document;
  const d = w.document;
  if (!halfYear) return [];
  return [
    heading(d.signaturesTitle),
    ...(['cooperation', 'steering'] as const).map((group) => {
      const signature = signed.find((s) => s.group === group);
      const chair = chairs.find((c) => c.group === group);
      const who = signature ?? (chair ? { ...chair, name: chair.name ?? '' } : undefined);
      const named = who
        ? [`${who.name}, ${who.title}`, who.organisation].filter(Boolean).join(', ')
        : d.noChair;
      const when = signature ? d.signed(dateTime(signature.at, language)) : d.notSigned;
      return paragraph(`${d.forGroup[group]}: ${named}. ${when}.`);
    }),
  ];
};

/**
 * Each party's appendix, its own verksamhetsrapport on the partnership's template (seeds 002/004: "Bilaga 1
 * Verksamhetsrapport Convictus" …): the list first, then each on a page of its own, with its figures and its share
 * of the administration's funds filled in by the system.
 */
const appendices: Section = (report, { w, f }) => {
  const d = w.document;
  const list = report.document.appendices;
  if (list.length === 0) return [];
  const funds = (a: (typeof list)[number]) => a.funds.filter((x) => x.granted !== null);
  const figures = (a: (typeof list)[number]): Block[] =>
    a.figures.length === 0
      ? []
      : [
          sub(d.figuresTitle),
          {
            type: 'table',
            table: {
              id: `appendix${a.number}`,
              sheet: d.appendix(a.number, '').trim().slice(0, 31),
              title: `${d.appendix(a.number, a.name)}: ${d.figuresTitle}`,
              columns: [
                col(d.cols.activity, 'text'),
                col(d.cols.unit, 'text'),
                col(d.cols.count, 'count'),
                col(d.cols.womenPct, 'percent'),
                col(d.cols.occupancyPct, 'percent'),
              ],
              rows: a.figures.map((x) => [x.name, d.units[x.unit], x.count, x.womenPct, x.occupancyPct]),
            },
          },
        ];
  const blocks: Block[] = [
    heading(d.appendicesTitle),
    ...list.map((a) => paragraph(d.appendix(a.number, a.name))),
    ...list.flatMap((a): Block[] => [
      { type: 'heading', text: d.appendix(a.number, a.name), newPage: true },
      ...(a.status === 'submitted' ? [] : [paragraph(d.appendixMissing, 'warning')]),
      ...a.sections.flatMap((s) => [
        sub(d.headings[s.heading]),
        ...paragraphsOf(s.text).map((p) => paragraph(p)),
      ]),
      ...figures(a),
      sub(d.fundsTitle),
      ...(funds(a).length === 0
        ? [paragraph(d.noFunds, 'note')]
        : funds(a).map((x) => paragraph(d.fundsLine(x.year, f.n(x.granted ?? 0), f.pct(x.sharePct))))),
    ]),
  ];
  return blocks;
};
const sub = (text: string): Block => ({ type: 'heading', text, level: 3 });

/** Every section, in the report's order. */
export const SECTIONS: readonly Section[] = [
  notices,
  summary,
  agreement,
  nightShelters,
  dayCentres,
  outreach,
  socialEmergency,
  intake,
  extraColdNights,
  readiness,
  nationalities,
  survey,
  written('cooperation'),
  written('nextPeriod'),
  trends,
  completeness,
  signatures,
  appendices,
];

/**
 * The sections' openings as drafted from the figures (Swedish, the language people write the report in): what a
 * text written over one is tied to.
 */
export function reportDrafts(report: ReportDocument): Record<string, string> {
  const context = { language: 'sv' as const, w: wordsFor('sv').report, f: formatFor('sv') };
  const drafts: Record<string, string> = {};
  for (const section of SECTIONS)
    for (const block of section(report, context))
      if (block.type === 'paragraph' && block.lead) drafts[block.lead] = block.text;
  return drafts;
}

/**
 * The report laid out in `language`: what every format shows, in the order it shows it. In Swedish, an opening a
 * person wrote stands in for its draft — with a word of warning, and the draft now, when the figures have changed
 * since it was written.
 */
export function reportLayout(report: ReportDocument, language: Language = 'sv'): Layout {
  const w = wordsFor(language).report;
  const context = { language, w, f: formatFor(language) };
  const texts = new Map(language === 'sv' ? report.texts.map((t) => [t.section, t]) : []);
  const overWritten = (block: Block): Block[] => {
    const text = block.type === 'paragraph' && block.lead ? texts.get(block.lead) : undefined;
    if (!text || block.type !== 'paragraph') return [block];
    const [first = '', ...more] = paragraphsOf(text.text);
    const shown = [{ ...block, text: first }, ...more.map((p) => paragraph(p))];
    return text.draft === block.text ? shown : [...shown, paragraph(w.textOutOfDate(block.text), 'warning')];
  };
  const blocks = SECTIONS.flatMap((section) => section(report, context).flatMap(overWritten));
  return {
    language,
    title: w.title,
    period: periodLabel(report.period, language, 'long'),
    blocks,
    footer: w.footer(dateTime(report.dataReadAt, language)),
    words: { hidden: w.hidden, total: w.total },
  };
}
