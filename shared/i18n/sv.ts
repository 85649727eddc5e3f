import type { ProblemCode, ProblemParams } from '../domain/errors';
import { capitalised } from '../domain/text';
/**
 * Every word a person reads, in Swedish: the alerts, the report and its e-mail, the errors. The English catalogue
 * (`en.ts`) has the type of this one, so a word missing there fails `tsc`. Numbers, dates and temperatures come in
 * already formatted (shared/report/format.ts, alert-messages.ts); the words only place them.
 */
/** A rule's two sides as the figures had them, and their period in words. */
export interface RuleSides {
  left: number;
  right: number;
  when: string;
  /** The day the rule compares with, in words ('' where it names none). */
  on: string;
}

/** A team's half-year in words: numbers already formatted; null where the team gave none. */
export interface HalfYearWords {
  people: string;
  split: { women: string; men: string } | null;
  largest: { country: string; pct: string; majority: boolean } | null;
  sites: string | null;
  sleepers: string | null;
  homeTrips: string | null;
  lvm: string | null;
}
/** Each problem's words, from its parameters. */
type ProblemWords = { [C in ProblemCode]: (p: ProblemParams<C>) => string };

/** A number in a problem, the Swedish way (1 000). */
const num = (value: number | string | undefined) =>
  typeof value === 'number' ? new Intl.NumberFormat('sv-SE').format(value) : String(value ?? '');
/** What a `no_such` problem names, in Swedish. */
const THINGS_SV: Record<string, string> = {
  organisation: 'organisationen',
  activity: 'verksamheten',
  venue: 'köldplatsen',
  person: 'personen',
  question: 'frågan',
  line: 'kostnadsraden',
};
/** The date a `before_other` problem must not precede, in Swedish. */
const dateField = (field: string) =>
  ({
    start: 'startdatumet',
    end: 'slutdatumet',
    latestEnd: 'det senaste slutdatumet',
    joined: 'inträdesdatumet',
    startsOn: 'första dagen',
    from: 'från-datumet',
  })[String(field)] ?? String(field);

const splitSaid = (v: HalfYearWords) =>
  v.split ? ` ${v.split.women} har varit kvinnor och ${v.split.men} män.` : '';
const largestSaid = (v: HalfYearWords) =>
  !v.largest
    ? ''
    : v.largest.majority
      ? ` Majoriteten har varit medborgare i ${v.largest.country} (${v.largest.pct}).`
      : ` Flest har varit medborgare i ${v.largest.country} (${v.largest.pct}).`;

export const sv = {
  /** BCP 47, for Intl and luxon. */
  locale: 'sv-SE',

  /** A night by the morning it ends and the evening it begins (shared/i18n/period-words.ts names it). */
  night: {
    one: (morning: string, evening: string) => `natten mot ${morning} (${evening})`,
    many: (mornings: string, evenings: string) => `nätterna mot ${mornings} (${evenings})`,
  },

  alert: {
    unknownTemperature: 'okänd temperatur',
    /** After the number in an SMS (GSM-7 has no degree sign). */
    smsDegrees: ' grader',
    warningLevels: { ORANGE: 'orange', RED: 'röd' } as Record<string, string>,
    warning: (level: string) => `SMHI varnar (${level})`,
    uncertain: 'osäker prognos',
    source: (createdAt: string) => `Prognos SMHI ${createdAt}`,
    oneNight: '1 natt.',
    /** The spell's length and its last night: the first is named before it. */
    spell: (nights: number, last: string) => `${nights} kalla nätter i rad, till och med ${last}.`,
    spellBrief: (nights: number) => `${nights} kalla nätter i rad.`,
    now: (temperature: string) => ` (nu ${temperature})`,
    noLongerCold: (nights: string, now: string) => `Inte längre extra kallt ${nights}${now}.`,
    alsoCold: 'Även kallt',
    alsoClear: 'Inte längre kallt',
    uncertainShort: 'osäker',
    alsoMore: (n: number) => (n === 1 ? 'Ytterligare 1 köldperiod.' : `Ytterligare ${n} köldperioder.`),
    subjectMore: (n: number) => (n === 1 ? ' (och 1 period till)' : ` (och ${n} perioder till)`),
    coldHead: 'Extra kall natt',
    changedHead: 'Ändrat',
    coldestIs: 'kallast blir ',
    subjectAllClear: (night: string) => `Inte längre extra kallt ${night}`,
    subjectSpell: (nights: number) => ` – ${nights} nätter i rad`,
    subjectCold: 'Extra kall natt',
    subjectChanged: 'Ändrad köldperiod',
    comingNights: 'Kommande nätter (lägsta temperatur 18–08):',
    comingNightsTitle: 'Kommande nätter',
    nightColumn: 'Natt',
    lowestColumn: 'Lägsta 18–08',
    statusColumn: 'Bedömning',
    coldCell: 'Extra kallt',
    notColdCell: '–',
    outlookCell: 'osäker prognos',
    coldMark: 'KALLT',
    outlookMark: ' (osäker)',
    credit: 'Prognosdata från SMHI, CC BY 4.0.',
    /** Issue 27: the guests to expect against the places; `range` is "64–72" (or one number). */
    demandShort: (range: string, places: string, short: string) =>
      `Väntat ${range} gäster, ${places} platser: ${short} för få.`,
    demandMaybeShort: (range: string, places: string, upTo: string) =>
      `Väntat ${range} gäster, ${places} platser: upp till ${upTo} för få.`,
    demandEnough: (range: string, places: string) => `Väntat ${range} gäster, ${places} platser räcker.`,
    expectedColumn: 'Väntade gäster',
    expectedCell: (range: string, places: string) => `${range} (${places} platser)`,
  },

  /** The one e-mail per SMHI outage to the administrators named in the alert settings. */
  outage: {
    subject: 'Köldlarmet kan inte läsa SMHI',
    text: (since: string, detail: string) =>
      `Köldlarmet kunde inte läsa SMHI:s prognos sedan ${since}: ${detail}\nInga larm om extra kalla nätter skickas förrän det fungerar igen. Kontrollera prognosen själv under tiden.`,
  },

  report: {
    title: 'Verksamhetsrapport – IOP för utsatta EU-medborgare',
    /** The files' names: `iop-rapport-2017-11--2018-04.pdf`. */
    fileWord: 'rapport',
    corrected: ' (rättad)',
    attached: 'Hela rapporten finns i bifogad PDF, och tabellerna i bifogad Excel-fil.',
    summarySheet: 'Sammanfattning',
    page: (page: number, pages: number) => `Sida ${page} av ${pages}`,
    sheets: {
      nightShelters: 'Nattverksamhet',
      shelters: 'Per natthärbärge',
      shelterMonths: 'Per härbärge och månad',
      womenPlaces: 'Platser för kvinnor',
      dayCentres: 'Dagverksamhet',
      centres: 'Per dagverksamhet',
      outreachHalfYear: 'Uppsökande under perioden',
      outreach: 'Uppsökande per månad',
      socialEmergencyHalfYear: 'Socialjouren under perioden',
      socialEmergency: 'Socialjouren per månad',
      intake: 'Inskrivning',
      extraColdNights: 'Extra kalla nätter',
      readiness: 'Extra beredskap',
      nationalitiesNight: 'Nationalitet natt',
      nationalitiesDay: 'Nationalitet dagverksamhet',
      nationalitiesOutreach: 'Nationalitet uppsökande',
      nationalitiesSocialEmergency: 'Nationalitet Socialjouren',
      nationalitiesIntake: 'Nationalitet inskrivning',
      nationalitiesOutreachPeople: 'Nationalitet uppsökta personer',
      nationalitiesSocialEmergencyPeople: 'Nationalitet Socialjouren pers.',
      trends: 'Utveckling',
      changes: 'Ändringar',
      completeness: 'Saknade uppgifter',
    },
    /** The night shelters as the seed reports open: each with its places, and the sum. */
    placesSentence: (shelters: readonly { name: string; places: string }[], total: string, night: string) =>
      `Den ${night} fanns ${shelters.length === 1 ? 'en nattverksamhet' : `${shelters.length} nattverksamheter`}: ${new Intl.ListFormat('sv', { type: 'conjunction' }).format(shelters.map((s) => `${s.name} med ${s.places} platser`))}. Sammanlagt ${total} platser.`,
    noPlaces: 'Inga nattverksamheter hade platser i slutet av perioden.',
    busiestMonth: (month: string, guestNights: string) =>
      `Flest övernattningar var det i ${month} (${guestNights}).`,
    nightsSummary: (v: { guestNights: string; womenPct: string; menPct: string; occupancyPct: string }) =>
      `Under perioden hade nattverksamheterna ${v.guestNights} övernattningar (${v.womenPct} kvinnor, ${v.menPct} män) och en beläggning på ${v.occupancyPct}.`,
    visitsSummary: (v: { visits: string; womenPct: string; menPct: string }) =>
      `Dagverksamheterna hade ${v.visits} besök (${v.womenPct} kvinnor, ${v.menPct} män).`,
    /** A section's written opening whose figures have changed since: said after it, with the draft they give now. */
    /** The user survey's section (issue 26, 4). */
    survey: {
      title: 'Brukarundersökning',
      lead: (respondents: string, activities: number, languages: string) =>
        `${respondents} personer svarade på brukarundersökningen i ${activities === 1 ? '1 verksamhet' : `${activities} verksamheter`}. Den ställdes på ${languages}.`,
      note: (below: number) =>
        `Andelarna är av dem som svarade på frågan. Antal under ${below} visas inte (–), så att ingen enskild kan pekas ut. Förändringen är i procentenheter mot undersökningen halvåret före.`,
      question: (text: string, n: string) => `${text} (n = ${n})`,
      cols: { answer: 'Svar', count: 'Antal', share: 'Andel', change: 'Förändring, procentenheter' },
      answers: {
        agree_fully: 'Instämmer helt',
        agree_partly: 'Instämmer delvis',
        disagree: 'Instämmer inte',
        dont_know: 'Vet inte',
        very_satisfied: 'Mycket nöjd',
        fairly_satisfied: 'Ganska nöjd',
        not_very_satisfied: 'Inte särskilt nöjd',
        not_satisfied: 'Inte alls nöjd',
        yes: 'Ja',
        no: 'Nej',
      },
      scales: {
        agreement: 'Instämmer helt, delvis, inte, vet inte',
        satisfaction: 'Mycket nöjd, ganska nöjd, inte särskilt nöjd, inte alls nöjd',
        yesNo: 'Ja, nej, vet inte',
      },
    },
    /** The report as a document (issue 26, 2): its version and approval, the signatures, the parties' appendices. */
    document: {
      draft: (version: number) =>
        `Utkast, version ${version}: rapporten är inte godkänd av ordförandena för samverkansgruppen och styrgruppen.`,
      approved: (version: number, date: string) =>
        `Version ${version}, godkänd ${date} av ordförandena för samverkansgruppen och styrgruppen.`,
      signaturesTitle: 'Underskrifter',
      forGroup: { cooperation: 'För samverkansgruppen', steering: 'För styrgruppen' },
      signed: (date: string) => `Signerad i webbappen ${date}`,
      notSigned: 'Inte signerad',
      noChair: 'Ingen ordförande utsedd',
      appendicesTitle: 'Bilagor',
      appendix: (n: number, name: string) => `Bilaga ${n} Verksamhetsrapport ${name}`,
      appendixMissing: 'Bilagan är inte inlämnad.',
      headings: {
        activities: 'Verksamheten under perioden',
        targetGroup: 'Målgruppen',
        results: 'Resultat och måluppfyllelse',
        cooperation: 'Samverkan',
        development: 'Utmaningar och utveckling',
      },
      figuresTitle: 'Verksamhetens siffror under perioden',
      fundsTitle: 'Förvaltningens tillförda medel',
      fundsLine: (year: number, amount: string, share: string) =>
        `${year}: ${amount} kr, ${share} av förvaltningens medel till partnerskapets organisationer.`,
      noFunds: 'Förvaltningens medel för året är inte inlagda.',
      units: {
        guestNights: 'Övernattningar',
        visits: 'Besök',
        people: 'Personer under perioden',
        ticketsIssued: 'Utdelade platsbiljetter',
      },
      cols: {
        activity: 'Verksamhet',
        unit: 'Mått',
        count: 'Antal',
        womenPct: 'Andel kvinnor',
        occupancyPct: 'Beläggning',
        year: 'År',
        granted: 'Beviljat, kr',
        share: 'Andel av beviljat',
      },
    },
    /** The sections only people write (seed 004). */
    writtenTitles: {
      cooperation: 'Samverkan',
      nextPeriod: 'Frågor att arbeta vidare med under nästkommande period',
    },
    textOutOfDate: (draft: string) =>
      `Obs: siffrorna har ändrats sedan texten ovan skrevs. Förslaget ur siffrorna nu: ${draft}`,
    trendSentence: (before: string, pct: string, now: string) =>
      `Beläggningen var ${now}, mot ${pct} perioden ${before}.`,
    /** The night shelters as seed 004 says them: occupancy of all of them, and the women's share of the guests. */
    occupancySentence: (v: { occupancyPct: string; womenPct: string; menPct: string }) =>
      `Den sammanlagda beläggningen under perioden har varit ${v.occupancyPct}. Av dem som övernattat har ${v.womenPct} varit kvinnor och ${v.menPct} män.`,
    sameHalfYearBefore: (before: string, pct: string, now: string) =>
      `Samma halvår året före (${before}) var beläggningen ${pct}, nu ${now}.`,
    visitsLead: (v: { visits: string; womenPct: string; menPct: string; month: string; busiest: string }) =>
      `Dagverksamheterna hade sammanlagt ${v.visits} besök under perioden, ${v.womenPct} av kvinnor och ${v.menPct} av män. Flest besök var det i ${v.month} (${v.busiest}).`,
    intakeLead: (v: { tickets: string; applicants: string; placedPct: string }) =>
      `Inskrivningen delade ut ${v.tickets} biljetter till ${v.applicants} sökande: ${v.placedPct} av de sökande fick en plats.`,
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
    monthsTitle: 'Månadsrapporterna',
    /** What a team counted for the half-year, as the seed report says it (seed 004). */
    halfYearSentence: {
      outreach: (name: string, v: HalfYearWords) =>
        `Under perioden har ${name} arbetat med ${v.people} personer.${splitSaid(v)}${largestSaid(v)}${v.sites === null ? (v.sleepers === null ? '' : ` Uppskattningsvis ${v.sleepers} personer sover på bo- och sovplatser.`) : ` ${v.sites} bo- och sovplatser har uppmärksammats${v.sleepers === null ? '' : `, där uppskattningsvis ${v.sleepers} personer sover`}.`}`,
      socialEmergency: (name: string, v: HalfYearWords) =>
        `Under perioden har ${name} haft kontakt med ${v.people} personer.${splitSaid(v)}${largestSaid(v)}${v.homeTrips === null ? '' : ` Ansökningar om hemresa: ${v.homeTrips}.`}${v.lvm === null ? '' : ` LVM-anmälningar: ${v.lvm}.`}`,
    },
    intakeTitle: 'Inskrivning till natthärbärgen',
    coldTitle: 'Extra kalla nätter',
    coldNoObservations:
      'SMHI:s observationer för perioden är inte inlästa: larmen kan inte jämföras med hur kalla nätterna blev.',
    coldVerified: (v: {
      cold: string;
      early: string;
      late: string;
      missed: string;
      falseAlarms: string;
      median: string | null;
    }) =>
      `SMHI uppmätte ${v.cold} nätter på −7 °C eller kallare vid Observatoriekullen. ${v.early} av dem larmades minst 36 timmar i förväg, ${v.late} senare och ${v.missed} inte alls. ${v.falseAlarms} larmade nätter blev inte så kalla.${v.median === null ? '' : ` Larmet kom i mitten ${v.median} timmar före natten (median).`}`,
    demandVerified: (v: { nights: string; error: string; inside: string; over: string; warned: string }) =>
      `Väntade gäster: för ${v.nights} nätter då alla natthärbärgen rapporterat låg prognosen i genomsnitt ${v.error} gäster fel, och antalet gäster låg inom det angivna intervallet ${v.inside} av nätterna. ${v.over === '0' ? 'Ingen natt kom fler gäster än det fanns platser.' : `${v.over} nätter kom fler gäster än det fanns platser; ${v.warned} av dem hade prognosen varnat för.`}`,
    coldNone: 'Inga extra kalla nätter öppnades under perioden.',
    readinessTitle: 'Extra beredskap',
    readinessCols: { cause: 'Orsak', decisions: 'Beslut', nights: 'Nätter', placeNights: 'Platsnätter' },
    readinessLead: (v: { nights: string; placeNights: string }) =>
      `Extra beredskap (beslut om att öppna extra platser) under perioden: ${v.nights} nätter med sammanlagt ${v.placeNights} platsnätter, per orsak nedan.`,
    readinessNone: 'Inga beslut om extra beredskap under perioden.',
    coldOpened: (v: { times: string; guests: string; perNight: string; longestRun: string }) =>
      `Extra kalla nätter öppnades ${v.times} gånger för sammanlagt ${v.guests} gäster, i genomsnitt ${v.perNight} per natt. Längsta följd: ${v.longestRun} nätter i rad.`,
    nationalityTitle: 'Nationalitet',
    nationalityNote: (below: number) =>
      `Varje tabell räknar i sin verksamhets enhet – gästnätter, besök, personer – och tabellerna läggs aldrig ihop. Andelen är av alla i tabellen, också dem vars nationalitet inte är känd. Tal under ${below} är dolda (liksom ett till där det behövs) så att ingen enskild kan pekas ut; deras andel visas inte heller.`,
    nationalityTables: {
      night: 'Gästnätter på natthärbärgen och extra kalla nätter, per nationalitet',
      day: 'Besök på dagverksamheterna, per nationalitet',
      outreach: 'Personer som nåtts av det uppsökande arbetet, per nationalitet',
      socialEmergency: 'Personer som Socialjouren mött, per nationalitet',
      intake: 'Sökande vid inskrivningen, per nationalitet',
      outreachPeople: 'Personer som det uppsökande arbetet arbetat med under perioden, per nationalitet',
      socialEmergencyPeople: 'Personer som Socialjouren haft kontakt med under perioden, per nationalitet',
    },
    nationalityUnits: {
      night: 'gästnätterna',
      day: 'besöken',
      outreach: 'de personer som nåtts',
      socialEmergency: 'de personer Socialjouren mött',
      intake: 'de sökande',
      outreachPeople: 'personerna',
      socialEmergencyPeople: 'personerna',
    },
    /** What a nationality table says: the largest groups, and that most are unknown when they are. */
    nationalitySentence: (
      what: string,
      largest: readonly { country: string; pct: string; share: number }[],
      unknown: { pct: string; share: number } | null,
    ) => {
      const [first, second] = largest;
      const then = second ? `, därefter ${second.country} (${second.pct})` : '';
      const told = !first
        ? ''
        : first.share > 50
          ? `Majoriteten av ${what} (${first.pct}) gällde medborgare i ${first.country}${then}.`
          : `Flest av ${what} gällde medborgare i ${first.country} (${first.pct})${then}.`;
      const unsaid =
        unknown && unknown.share >= 50 ? ` För ${unknown.pct} av ${what} är nationaliteten inte känd.` : '';
      return `${told}${unsaid}`.trim();
    },
    noNationality: 'Inga uppgifter om nationalitet under perioden.',
    trendsTitle: 'Utveckling över tid',
    trendsNote: 'Samma nyckeltal för tidigare perioder av samma längd, ur de siffror som finns i systemet.',
    missingTitle: 'Saknade uppgifter',
    agreementInForce: (name: string, start: string, end: string, parties: readonly string[]) =>
      `${name} gäller ${start} – ${end}. Parter: ${parties.join(', ')}.`,
    partyLeft: (name: string, day: string) => `${name} lämnade partnerskapet ${day}.`,
    partyJoined: (name: string, day: string) => `${name} gick med i partnerskapet ${day}.`,
    complete: 'Alla verksamheter har rapporterat för hela perioden.',
    hidden: 'dolt',
    unknown: 'Okänd',
    total: 'Totalt',
    charts: {
      occupancy: 'Beläggning per månad',
      shares: 'Andel kvinnor och män per månad (övernattningar)',
      trend: 'Beläggning och övernattningar per period',
      occupancyOverTime: 'Beläggning mot platser över tid',
      coldNights: 'Gästnätter och gäster på extra kalla nätter mot nattens lägsta uppmätta temperatur',
    },
    /** The charts' axes and legends. */
    axes: {
      occupancy: 'Beläggning (%)',
      share: 'Andel (%)',
      women: 'Kvinnor',
      men: 'Män',
      nights: 'Övernattningar',
      places: 'Platsnätter',
      guests: 'Gäster per natt',
      observed: 'Lägsta uppmätt (°C)',
      shelterGuests: 'Natthärbärgen',
      coldGuests: 'Extra kalla nätter',
      expectedBand: 'Väntade gäster (intervall)',
    },
    /** The figures' names, also in "what changed" (by the published figure's field). */
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
    },
    /** The published tables' names in "what changed". */
    tables: {
      nightShelters: 'Nattverksamhet',
      shelters: 'Natthärbärgen',
      dayCentres: 'Dagverksamhet',
      centres: 'Dagverksamheter',
      extraColdNights: 'Extra kalla nätter',
    },
    cols: {
      month: 'Månad',
      name: 'Verksamhet',
      country: 'Land',
      count: 'Antal',
      share: 'Andel',
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
      people: 'Personer under perioden',
      sites: 'Bo- och sovplatser',
      sleepers: 'Uppskattat antal sovande',
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
    footer: (readAt: string) =>
      `Sammanställd ur partnernas inrapporterade siffror, lästa ${readAt}. Andelar avrundade till hela procent, halvor uppåt.`,
  },

  /** Signing in, and the web app's pages. */
  decision: {
    open: (nights: string) => `Vi öppnar extra ${nights}.`,
    notOpening: (nights: string) => `Ingen extra öppning ${nights}.`,
    cancelled: (nights: string) => `Vi öppnar inte extra ${nights} som tidigare sagt.`,
    smsHead: {
      winter: {
        decided: 'KALLA NÄTTER',
        changed: 'KALLA NÄTTER, ÄNDRAT',
        cancelled: 'KALLA NÄTTER, INSTÄLLT',
      },
      summer: {
        decided: 'EXTRA BEREDSKAP',
        changed: 'EXTRA BEREDSKAP, ÄNDRAT',
        cancelled: 'EXTRA BEREDSKAP, INSTÄLLT',
      },
    },
    /** Why extra places open: the coordinator's choice, and what the e-mail, the board and the report say. */
    causes: {
      cold: 'extra kall natt',
      warning: 'varning från SMHI',
      eviction: 'avhysning från otillåtna boplatser',
    },
    cause: (what: string) => `Orsak: ${what}.`,
    subject: {
      decided: (nights: string, open: boolean) =>
        `Beslut: ${open ? 'extra öppet' : 'ingen extra öppning'} ${nights}`,
      changed: (nights: string, open: boolean) =>
        `Ändrat beslut: ${open ? 'extra öppet' : 'ingen extra öppning'} ${nights}`,
      cancelled: (nights: string) => `Inställt: extra öppet ${nights}`,
    },
    venue: (name: string, address: string, hours: string) => `${name}, ${address}, ${hours}`,
    places: (n: number) => `${n} platser`,
    venues: (names: readonly string[]) => `${names.length === 1 ? 'Lokal' : 'Lokaler'}: ${names.join(', ')}.`,
    reason: (reason: string) => `Skäl: ${reason}`,
    decidedBy: (who: string, at: string) => `Beslutat av ${who} ${at}.`,
    publicPage: 'Den offentliga sidan för gästerna:',
    why: (groups: string) => `Du får det här eftersom du är med i: ${groups}.`,
    groups: {
      coordinators: 'samordnare',
      venues: 'lokaler',
      outreach: 'uppsökare',
      socialjouren: 'Socialjouren',
      volunteers: 'volontärer',
    } as Record<string, string>,
  },
  finance: {
    title: (year: number) => `Ekonomiskt utfall ${year}`,
    period: (start: string, end: string) => `Verksamhetsåret ${start} – ${end}`,
    due: (day: string) => `Utfallet ska lämnas senast ${day}.`,
    missing: (names: readonly string[]) => `Har inte lämnat sitt utfall: ${names.join(', ')}.`,
    allReported: 'Alla organisationer har lämnat sitt utfall.',
    nobody: 'Inga organisationer rapporterar för det här året.',
    organisation: 'Organisation',
    grant: 'Bidrag enligt organisationen (kr)',
    granted: 'Beviljat av förvaltningen (kr)',
    usedPct: 'Andel använd',
    line: (name: string) => `${name} (kr)`,
    usedTotal: 'Använt totalt (kr)',
    unspent: 'Ej använt (kr)',
    ownMoney: 'Egna medel (kr)',
    volunteerHours: 'Ideella timmar',
    status: 'Status',
    reported: 'Lämnat',
    notReported: 'Saknas',
    comment: 'Kommentar',
    comments: 'Kommentarer',
    tableTitle: 'Bidrag, användning och egen insats per organisation',
    sheet: 'Ekonomiskt utfall',
    footer: (at: string) => `Sammanställt ${at} ur IOP EU-medborgares register. Belopp i hela kronor.`,
    /** The default lines' names where the year keeps them (the administration writes other lines' names). */
    lineNames: {} as Record<string, string>,
    reminderHeading: 'Ekonomiskt utfall',
    reminderItem: (year: number, due: string) => `Ekonomiskt utfall ${year} (skulle lämnas senast ${due})`,
    formLead: (organisation: string, period: string, due: string) =>
      `${organisation}: hur socialförvaltningens bidrag användes under ${period}. Lämnas senast ${due}.`,
    grantHint: 'Det bidrag ni fick från socialförvaltningen för året.',
    usedLegend: 'Använt per kostnadsslag (kr)',
    ownLegend: 'Organisationens egen insats',
    commentLabel: 'Kommentar (valfri)',
    commentHint:
      'Kort om organisationens ekonomi, till exempel varför något inte har använts. Aldrig om en person.',
    kronorHint: 'Hela kronor, 0 eller mer.',
    save: 'Spara utfallet',
    savedNew: (year: number) => `Sparat: ekonomiskt utfall ${year}.`,
    savedCorrected: (year: number) => `Rättat: ekonomiskt utfall ${year}. Ändringen är loggad.`,
    savedUnchanged: (year: number) => `Oförändrat: ekonomiskt utfall ${year} var redan sparat så.`,
    lastSaved: (at: string) => `Senast sparat ${at}.`,
    wholeKronor: 'Skriv ett helt antal kronor, 0 eller mer, utan decimaler.',
    commentInvalid:
      'Kommentaren får vara högst 500 tecken på en rad, om organisationens ekonomi: inga personnummer eller e-postadresser.',
    yearInvalid: 'Skriv ett år med fyra siffror, till exempel 2025.',
    tooLarge: 'Beloppet är för stort.',
    notReporting: (year: number) => `Din organisation lämnar inget ekonomiskt utfall för ${year}.`,
    yearLabel: 'År',
    show: 'Visa',
    download: 'Ladda ner',
    asDocument: 'Som dokument (HTML)',
    nav: 'Ekonomiskt utfall',
    yourOutcome: 'Ert utfall',
    /** The administration's funds against what the organisation says it received (issue 25, 4). */
    grantDisagrees: (name: string, reported: string, granted: string) =>
      `${name} anger ett bidrag på ${reported} kr; förvaltningen har beviljat ${granted} kr. Båda visas; ingen siffra skrivs över.`,
    linesExample:
      'Kostnadsslagen är ett exempel tills en administratör har bekräftat partnerskapets blankett (under årets inställningar).',
    grantedHint: (granted: string) => `Förvaltningen har beviljat ${granted} kr för året.`,
    grantedLegend: 'Beviljade medel (förvaltningens siffra, ur beslutet)',
    grantedLabel: 'Beviljat för året (kr)',
    grantedSave: 'Spara beviljade medel',
    grantedSaved: (year: number) => `Sparat: beviljade medel ${year}. Ändringen är loggad.`,
  },
  reminder: {
    subject: (organisation: string, n: number) =>
      `Saknade rapporter för ${organisation}: ${n === 1 ? '1 period' : `${n} perioder`}`,
    greeting: (name: string) => `Hej ${name}!`,
    lead: (organisation: string) =>
      `Det här saknas i rapporteringen för ${organisation}. Följ länken för att fylla i det.`,
    monthLink: (month: string) => `Hela ${month} på en gång`,
    more: (n: number) => `… och ${n} till`,
    why: (organisation: string, days: number) =>
      `Du får påminnelsen eftersom du rapporterar för ${organisation}. Samma period påminns om högst en gång på ${days} dagar, och aldrig när den är ifylld.`,
    optOut: 'Vill du inte ha påminnelser? Stäng av dem under Mitt konto:',
    summarySubject: (month: string) => `Saknade rapporter i ${month}`,
    summaryLead: (month: string) => `Så här ser rapporteringen för ${month} ut, per organisation.`,
    summaryNone: 'Allt är rapporterat.',
    summaryLine: (activity: string, n: number) =>
      `${activity}: ${n === 1 ? '1 period saknas' : `${n} perioder saknas`}`,
    summaryLink: 'Se allt som saknas:',
    appendixHeading: 'Bilaga till den gemensamma verksamhetsrapporten',
    appendixItem: (period: string, due: string) => `Er bilaga för ${period}, senast ${due}`,
    notApprovedSubject: (period: string) => `Halvårsrapporten ${period} skickades inte: den är inte godkänd`,
    notApprovedLead: (period: string) =>
      `I dag skulle halvårsrapporten för ${period} skickas till socialnämndens mottagare, men ingen version är godkänd av båda ordförandena. Ingenting har skickats till mottagarna.`,
    notApprovedStatus: (status: string, version: number) =>
      `Rapporten står nu som: ${status} (version ${version}).`,
    notApprovedAppendices: 'Bilagor som inte är inlämnade:',
    notApprovedChairs: 'Ordförande som inte har signerat:',
    notApprovedNoChairs: 'Inga ordförande är utsedda. En administratör utser dem på rapportens sida.',
    notApprovedThen:
      'När båda ordförandena har signerat kan en administratör skicka den godkända versionen från sidan Rapport.',
    notApprovedLink: 'Rapportens sida:',
    noticeSubject: (agreement: string, days: number, deadline: string) =>
      days === 0
        ? `Sista dagen i dag: beslut om förlängning av ${agreement}`
        : `Om ${days} dagar, ${deadline}: beslut om förlängning av ${agreement}`,
    noticeText: (agreement: string, end: string, deadline: string, next: string) =>
      `${agreement} gäller till och med ${end}. Beslut om att förlänga den till och med ${next} ska vara fattat senast ${deadline}. Inget beslut är registrerat än.`,
    noticeRecord:
      'Registrera beslutet med PATCH /v1/agreements/{id} {"extend": {"decidedOn": "ÅÅÅÅ-MM-DD"}}.',
  },
  signIn: {
    codeSubject: (code: string) => `Din inloggningskod: ${code}`,
    codeText: (code: string, minutes: number) =>
      `Din kod för att logga in i IOP EU-medborgare är ${code}.\n\nDen gäller i ${minutes} minuter och kan användas en gång. Om du inte bad om en kod kan du bortse från det här meddelandet.`,
  },
  web: {
    service: 'IOP EU-medborgare',
    skipToContent: 'Hoppa till innehållet',
    /** Said by the page's script (functions/web/offline-script.ts): {n} and {label} are filled in there. */
    offline: {
      kept: 'Sparat i telefonen – inte skickat än. Skickas när du har nät.',
      sending: 'Skickar …',
      waitingOne: '1 rapport väntar i telefonen på att skickas.',
      waitingMany: '{n} rapporter väntar i telefonen på att skickas.',
      sent: 'Skickat och sparat: {label}.',
      needsAnswer: '{label} är inte sparad än: den behöver ditt svar.',
      open: 'Öppna den',
      signOut:
        'Det finns siffror i telefonen som inte är skickade ({n} st). Loggar du ut nu försvinner de. Logga ut ändå?',
      noNetwork: 'Du har inget nät just nu, så en annan natt kan inte visas. Det du skrivit står kvar.',
      pageTitle: 'Inget nät just nu',
      pageText:
        'Sidan kan inte visas utan nät. Siffror du sparat i telefonen skickas när du har nät igen. Försök igen om en stund.',
    },
    otherLanguage: 'In English',
    otherLanguageCode: 'en',
    signInTitle: 'Logga in',
    signInLead: 'Skriv din e-postadress så skickar vi en kod som du loggar in med.',
    emailLabel: 'E-postadress',
    emailHint: 'Den adress som förvaltningen har lagt in för dig.',
    sendCode: 'Skicka kod',
    codeTitle: 'Skriv koden',
    codeLead: (minutes: number) =>
      `Om adressen finns hos oss har vi skickat en kod med sex siffror. Den gäller i ${minutes} minuter.`,
    codeLabel: 'Kod',
    codeHint: 'Sex siffror, till exempel 123456.',
    signInButton: 'Logga in',
    newCode: 'Be om en ny kod',
    errorSummaryTitle: 'Det finns ett problem',
    emailMissing: 'Skriv din e-postadress',
    emailInvalid: 'Skriv en e-postadress i rätt format, till exempel namn@exempel.se',
    codeMissing: 'Skriv koden från e-postmeddelandet',
    codeFormat: 'Koden har sex siffror',
    startTitle: 'Start',
    greeting: (name: string) => `Hej ${name}!`,
    startLead: 'Du är inloggad. Här följer du partnerskapets rapportering.',
    coldTitle: 'Kalla nätter',
    coldLink: 'Kalla nätter: kommande nätter och utskick',
    coldLead:
      'De kommande nätterna som den senaste kontrollen av SMHI:s prognos såg dem, och vad som skickats.',
    coldForecast: (created: string, checked: string) => `SMHI:s prognos från ${created}, hämtad ${checked}.`,
    coldNoCheck:
      'Ingen kontroll av SMHI:s prognos har körts än. Du kan ändå besluta om extra öppet nedan: alla nätter de närmaste två veckorna går att välja.',
    coldNextCheck: (at: string) =>
      `Nästa kontroll körs automatiskt den ${at}. Den som har hand om tekniken kan köra den direkt (npm run cold-night-check).`,
    coldNoForecast: 'Ingen prognos är läst än.',
    coldNightsTitle: 'Kommande nätter',
    coldLowest: 'Lägsta 18–08',
    coldAssessment: 'Bedömning',
    coldYes: 'Extra kallt',
    coldNo: 'Inte extra kallt',
    coldOutlook: 'osäker prognos',
    coldWarning: (level: string, event: string) => `SMHI varnar: ${level} (${event})`,
    coldAlerted: (at: string) => `Larmat ${at}`,
    /** Issue 27: what would cover the upper end of the guests expected, said before the decision. */
    venueShort: (name: string, expected: string) => `${name}: ${expected}`,
    pastTitle: 'Väntat och kom, de senaste nätterna',
    pastExpected: 'Väntat',
    pastReported: 'Kom',
    pastCame: (guests: string, venues: number, of: number) =>
      venues < of ? `${guests} (${venues} av ${of} härbärgen har rapporterat)` : guests,
    pastNone: 'inte rapporterat än',
    pastWithin: 'inom det väntade',
    pastMore: 'fler än väntat',
    pastFewer: 'färre än väntat',
    demandTitle: 'Väntade gäster: så räknas de',
    demandLead:
      'Varje natthärbärges gäster räknas fram ur dess egna nätter: medelvärdet av samma veckodag de senaste fyra veckorna och, där det har träffat bättre på tidigare säsonger, hur många fler som kommer per grad kallare. Räknas om varje natt.',
    demandWithCold: (name: string, perDegree: string, knee: string, model: string, baseline: string) =>
      `${name}: ${perDegree} gäster per grad kallare under ${knee}. Räknar med kylan: fel i snitt ${model} gäster mot ${baseline} med bara veckodagen.`,
    demandWeekday: (name: string, model: string, baseline: string) =>
      `${name}: räknar med bara veckodagen, som träffade lika bra eller bättre (fel i snitt ${baseline} gäster mot ${model} med kylan).`,
    demandYoung: (name: string) =>
      `${name}: räknar med bara veckodagen: för lite historik för att pröva kylan.`,
    decideNeed: (night: string, places: number) =>
      `${night}: ${places} ${places === 1 ? 'plats' : 'platser'} till behövs för att räcka även om det kommer så många som väntat som mest.`,
    coldGuests: 'Rapportera gäster',
    coldSpells: (n: number) =>
      n === 0
        ? 'Ingen extra kall natt i prognosen.'
        : n === 1
          ? '1 extra kall natt i prognosen.'
          : `${n} extra kalla nätter i prognosen.`,
    alertsTitle: 'Utskick de senaste två veckorna',
    alertsNone: 'Inga utskick.',
    alertWhen: 'När',
    alertWhat: 'Vad',
    alertTo: 'Till',
    alertStatus: 'Läge',
    alertKinds: {
      cold: 'Extra kallt',
      update: 'Ändrat',
      all_clear: 'Inte längre kallt',
      decided: 'Beslut om extra öppet',
      changed: 'Ändrat beslut',
      cancelled: 'Inställt beslut',
    } as Record<string, string>,
    alertStatuses: {
      pending: 'Väntar',
      sending: 'Skickas',
      sent: 'Skickat',
      failed: 'Misslyckades',
    } as Record<string, string>,
    channelEmail: 'e-post',
    alertAttempts: (n: number) => (n === 1 ? '1 försök' : `${n} försök`),
    venuesTitle: 'Gäster på extra kalla nätter',
    reportPageTitle: 'Halvårsrapporten',
    /** The user survey's pages (issue 26, 4). */
    survey: {
      title: 'Brukarundersökning',
      link: 'Brukarundersökning',
      lead: 'Partnerskapets brukarundersökning ställs i alla verksamheter. Varje verksamhet skriver in hur många som gav varje svar under halvåret – antal, aldrig en persons egna svar.',
      templateTitle: 'Frågorna',
      templateLead:
        'Skriv frågorna på svenska och välj svarsskala. Töm en fråga för att ta bort den. Nya frågor läggs till sist.',
      question: (n: number) => `Fråga ${n}`,
      questionText: 'Frågan',
      scaleLabel: 'Svarsskala',
      newQuestion: (n: number) => `Ny fråga ${n} (valfri)`,
      languagesTitle: 'Språk som undersökningen ställs på',
      saveTemplate: 'Spara frågorna',
      saved: 'Frågorna är sparade.',
      noTemplate: 'Det finns inga frågor än. En administratör skriver dem.',
      activitiesTitle: (period: string) => `Svar för ${period}`,
      enter: (name: string) => `Skriv in svaren för ${name}`,
      entered: (n: string) => `${n} svarade`,
      notEntered: 'inga svar inskrivna',
      tallyTitle: (name: string) => `Brukarundersökning: ${name}`,
      tallyLead: (period: string) =>
        `Skriv in hur många som svarade under ${period}, och för varje fråga hur många som gav varje svar. Lämna tomt för 0.`,
      respondents: 'Antal som svarade på undersökningen',
      respondentsMissing: 'Skriv hur många som svarade på undersökningen, 1 eller fler.',
      saveTally: 'Spara svaren',
      tallySaved: 'Svaren är sparade.',
      tooMany: (question: string) => `${question}: fler svar än antal som svarade på undersökningen.`,
      back: 'Tillbaka till brukarundersökningen',
      period: 'Halvår',
    },
    /** The joint report as a document: appendices, review, the chairs' signatures (issue 26, 2). */
    jointReport: {
      title: 'Gemensam verksamhetsrapport',
      link: 'Gemensam verksamhetsrapport: bilagor och godkännande',
      lead: (period: string) =>
        `Rapporten för ${period} skrivs tillsammans: varje part lämnar sin bilaga, samordnaren skriver de gemensamma avsnitten, och ordförandena för samverkansgruppen och styrgruppen godkänner den. Den godkända versionen skickas till socialnämnden den 15:e.`,
      statusTitle: 'Var rapporten står',
      statuses: {
        draft: 'Utkast',
        appendices_in: 'Alla bilagor inlämnade',
        review: 'Klar för granskning',
        approved: 'Godkänd',
        sent: 'Skickad',
      },
      current: 'nu',
      version: (n: number) => `Version ${n}`,
      deadline: (date: string) => `Bilagorna ska vara inlämnade senast ${date}.`,
      appendicesTitle: 'Parternas bilagor',
      appendixLine: (n: number, name: string) => `Bilaga ${n}: ${name}`,
      appendixStatus: { missing: 'Inte påbörjad', draft: 'Utkast', submitted: 'Inlämnad' },
      write: 'Skriv bilagan',
      writeOf: (name: string) => `Skriv bilagan för ${name}`,
      chairsTitle: 'Ordförandena som godkänner',
      signedOn: (date: string) => `Signerade ${date}`,
      notSigned: 'Har inte signerat',
      noChair: 'Ingen utsedd',
      read: (n: number) => `Läs rapporten, version ${n} (HTML)`,
      readPdf: (n: number) => `Ladda ner version ${n} som PDF`,
      approvedTitle: 'Godkända versioner',
      reviewTitle: 'Klar för granskning',
      reviewLead:
        'Alla bilagor är inlämnade. När du markerar rapporten som klar kan ordförandena läsa och signera den.',
      review: 'Markera som klar för granskning',
      signTitle: 'Godkänn och signera',
      signLead: (group: string) =>
        `Du är utsedd att signera ${group}. Läs hela rapporten först; signaturen gäller den version du läst.`,
      signConfirm: (n: number) => `Jag har läst rapporten, version ${n}, och godkänner den`,
      signConfirmMissing: 'Kryssa i att du har läst och godkänner rapporten.',
      sign: 'Signera',
      groups: { cooperation: 'för samverkansgruppen', steering: 'för styrgruppen' },
      groupTitles: { cooperation: 'Samverkansgruppen', steering: 'Styrgruppen' },
      chairsFormTitle: 'Utse ordförandena',
      chairsFormLead:
        'Den som utses signerar rapporten i webbappen, inloggad som sig själv. Två olika personer.',
      chairPerson: (group: string) => `${group}: person`,
      chairTitle: (group: string) => `${group}: titel i rapporten`,
      chairTitleHint: 'Till exempel ordförande eller tf ordförande.',
      choose: 'Välj person',
      saveChairs: 'Spara ordförandena',
      done: {
        review: 'Rapporten är markerad som klar för granskning. Ordförandena kan nu signera den.',
        signed: 'Din signatur är sparad. Rapporten godkänns när båda ordförandena har signerat.',
        approved: 'Rapporten är godkänd av båda ordförandena. Den här versionen skickas till socialnämnden.',
        chairs: 'Ordförandena är sparade.',
        appendix: 'Bilagan är sparad som utkast.',
        submitted: 'Bilagan är inlämnad.',
      },
      appendixTitle: (name: string) => `Bilaga: verksamhetsrapport för ${name}`,
      appendixLead: (period: string, date: string) =>
        `Skriv er verksamhetsrapport för ${period} under mallens rubriker. Skriv om verksamheten och gruppen, aldrig om en enskild person. Lämna in senast ${date}; siffrorna och förvaltningens medel fylls i av systemet.`,
      hints: {
        activities: 'Vad verksamheten har erbjudit under perioden: öppettider, platser, insatser.',
        targetGroup:
          'Vilka som kommit, i stort: kön, nationalitet, förändringar. Inga uppgifter om enskilda.',
        results: 'Vad ni har nått i förhållande till partnerskapets mål.',
        cooperation: 'Hur ni har samverkat med de andra parterna och förvaltningen.',
        development: 'Vad som har varit svårt, och vad ni vill utveckla nästa period.',
      },
      saveDraft: 'Spara utkast',
      submit: 'Lämna in bilagan',
      newVersion:
        'Rapporten är godkänd. Jag vill ändra ändå: det blir en ny version som behöver godkännas igen.',
      invalidText: (heading: string) => `${heading}: högst 3 000 tecken, utan kontrolltecken.`,
      missingText: (heading: string) => `${heading}: skriv något under rubriken innan du lämnar in.`,
      figureLine: (activity: string, count: string, womenPct?: string, occupancyPct?: string) =>
        [
          `${activity}: ${count}`,
          womenPct ? `${womenPct} kvinnor` : '',
          occupancyPct ? `beläggning ${occupancyPct}` : '',
        ]
          .filter(Boolean)
          .join(', '),
      back: 'Tillbaka till rapportens sida',
    },
    reportTexts: {
      title: 'Rapportens texter',
      link: 'Skriv rapportens texter',
      back: (period: string) => `Tillbaka till rapporten för ${period}`,
      lead: (period: string) =>
        `Varje avsnitt i rapporten för ${period} inleds med text ur siffrorna. Skriv om den här; den skrivna texten står i rapporten i stället. Ändras siffrorna efteråt markeras texten som inaktuell, med förslaget ur de nya siffrorna.`,
      asDrafted: 'Text (nu förslaget ur siffrorna)',
      written: 'Text (skriven)',
      draft: (draft: string) => `Förslaget ur siffrorna: ${draft}`,
      noDraft:
        'Skrivs av samverkansgruppen: inget förslag ur siffrorna. Avsnittet står i rapporten när det är skrivet.',
      outOfDate: 'Siffrorna har ändrats sedan texten skrevs: se över den mot förslaget.',
      save: 'Spara texten',
      saved: (section: string) => `Sparat: texten till ${section}.`,
      invalid: 'Texten får vara högst 3 000 tecken, utan kontrolltecken.',
      changedMeanwhile:
        'Någon annan sparade texten medan du skrev. Här är den sparade; skriv in din ändring igen om den ska stå kvar.',
    },
    reportPageLead:
      'Välj period. Halvåren är maj–oktober och november–april. Rapporten räknas fram ur siffrorna som de är sparade nu.',
    reportFrom: 'Från månad (ÅÅÅÅ-MM)',
    reportTo: 'Till och med månad (ÅÅÅÅ-MM)',
    reportHalfYears: 'Halvår',
    reportRangeInvalid: 'Skriv två månader som ÅÅÅÅ-MM, den första inte efter den andra, högst 36 månader.',
    reportFor: (period: string) => `Rapporten för ${period}`,
    sentReportCorrected: (period: string, sentOn: string) =>
      `Obs: halvårsrapporten för ${period} skickades redan ${sentOn}. Rättelsen finns nu i systemet, och nästa gång rapporten skickas säger den vad som ändrats sedan dess. Säg till samordnaren om rättelsen är viktig.`,
    reportEmpty: (period: string) =>
      `Det finns inga siffror för ${period}: rapporten blir tom. Välj ett annat halvår, eller se efter vad som saknas.`,
    reportAsHtml: 'Läs som dokument (HTML)',
    reportPdf: 'Ladda ner PDF',
    reportXlsx: 'Ladda ner XLSX',
    reportCsv: 'Ladda ner CSV (natthärbärgen per månad)',
    halfYearReportLink: 'Halvårsrapporten: läs och ladda ner',
    decideTitle: 'Beslut om extra öppet',
    decideLead:
      'Beslutet skickas genast till grupperna du väljer, och den offentliga sidan visar det. Du kan ändra eller ställa in det efteråt.',
    decideNights: 'Nätter',
    decideOpen: 'Vi öppnar extra',
    decideNotOpen: 'Vi öppnar inte extra',
    decideWhat: 'Beslut',
    decideCause: 'Orsak',
    statistics: {
      title: 'Statistik och beläggning',
      lead: (month: string) =>
        `Alla natthärbärgens och extra kalla nätters platser, gäster och beläggning i ${month}, natt för natt, och dagverksamheternas besök – samma siffror för alla parter.`,
      leadNone: 'Välj en månad.',
      totals: (guests: string, places: string, occupancy: string) =>
        `Sammanlagt ${guests} övernattningar och ${places} platsnätter; beläggningen ${occupancy} (de rapporterade nätterna med platser).`,
      venue: (guests: string, places: string, occupancy: string) =>
        `${guests} övernattningar, ${places} platsnätter, beläggning ${occupancy}.`,
      nightByNight: 'Natt för natt',
      night: 'Natt',
      places: 'Platser',
      guests: 'Gäster',
      occupancy: 'Beläggning',
      notReported: 'ej rapporterat',
      dayCentres: 'Dagverksamheter',
      visits: (name: string, visits: string) => `${name}: ${visits} besök`,
      link: 'Statistik och beläggning',
    },
    ruleCheck: {
      title: 'Kontroll av siffrorna',
      lead: (month: string) =>
        `Alla kontroller körs över de siffror som är sparade för ${month}: fel som inte borde ha gått att spara, och varningar att se över.`,
      leadNone: 'Välj en månad.',
      none: (month: string) => `Inga siffror för ${month} bryter mot någon kontroll.`,
      count: (errors: number, warnings: number) =>
        `${errors} fel och ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}.`,
      error: 'Fel',
      warning: 'Varning',
      open: 'Öppna perioden',
      link: 'Kontroll av siffrorna',
    },
    decideVenues: 'Lokaler som öppnar',
    decideNoVenues: 'Ingen lokal har en offentlig adress än (administratören lägger in den).',
    decideReason: 'Skäl, om vi inte öppnar',
    decideGroups: 'Skicka till',
    decideSend: 'Skicka beslutet',
    decisionsTitle: 'Beslut',
    decisionsNone: 'Inga beslut för de här nätterna.',
    decisionCancel: 'Ställ in …',
    decisionCancelledBy: (who: string, at: string) => `Inställt av ${who} ${at}.`,
    cancelTitle: 'Ställa in beslutet?',
    cancelTold: (n: number) =>
      n === 1
        ? 'Den här personen får genast besked om att det är inställt:'
        : `De här ${n} personerna får genast besked om att det är inställt:`,
    cancelNobody: 'Ingen får besked: ingen i beslutets grupper har e-post eller telefon.',
    cancelPerson: (name: string, groups: string, channels: string) => `${name} – ${groups} (${channels})`,
    cancelPublic: 'Den offentliga sidan visar sedan ”Inställt – inga extra platser” för de nätterna.',
    cancelConfirm: (n: number) =>
      n === 0 ? 'Ja, ställ in' : `Ja, ställ in och meddela ${n === 1 ? '1 person' : `${n} personer`}`,
    cancelBack: 'Nej, tillbaka till kalla nätter',
    decisionSent: (n: number) => `Beslutet är skickat: ${n === 1 ? '1 meddelande' : `${n} meddelanden`}.`,
    decisionSame: 'Samma beslut fanns redan. Inget skickades igen.',
    decisionWithdrawn: (n: number) =>
      `Beslutet är inställt: ${n === 1 ? '1 meddelande skickat' : `${n} meddelanden skickade`}.`,
    pickNights: 'Välj minst en natt.',
    pickVenues: 'Välj minst en lokal som öppnar.',
    giveReason: 'Skriv kort varför vi inte öppnar.',
    pickGroups: 'Välj vilka som ska få beslutet.',
    decideInvalid: 'Beslutet kunde inte sparas. Kontrollera nätterna och lokalerna.',
    publicPageLink: 'Den offentliga sidan (utan inloggning)',
    venuesLead: 'Rapportera gästerna för en natt då en lokal var öppen.',
    agreementsTitle: 'Överenskommelser',
    agreementsLink: 'Överenskommelser: perioder, parter och nästa beslut',
    agreementPeriod: (start: string, end: string) => `${start} – ${end}`,
    agreementNext: (deadline: string) => `Nästa beslut om förlängning senast ${deadline}.`,
    agreementNoNext: 'Kan inte förlängas mer.',
    agreementEnded: (end: string) => `Avslutades ${end}.`,
    agreementLatest: (end: string) => `Kan förlängas till och med ${end}.`,
    agreementExtension: (to: string, decided: string, late: boolean) =>
      `Förlängd till och med ${to}, beslutat ${decided}${late ? ' (för sent)' : ''}.`,
    agreementParty: (name: string, joined: string, left?: string) =>
      left ? `${name}, ${joined} – ${left}` : `${name}, från ${joined}`,
    agreementsNone: 'Inga överenskommelser är registrerade.',
    completenessTitle: 'Vad saknas',
    completenessLink: 'Vad saknas: alla verksamheters nätter och månader',
    completenessLatestGap: (month: string) => `Visar ${month}, den senaste månaden där något saknas.`,
    completenessLead: (month: string) =>
      `Vad varje verksamhet har rapporterat för ${month}, och vad som saknas.`,
    monthLabel: 'Månad (ÅÅÅÅ-MM)',
    monthInvalid: 'Skriv en månad som har börjat, till exempel 2026-11',
    activityColumn: 'Verksamhet',
    missingColumn: 'Saknas',
    missingCount: (n: number) => (n === 0 ? 'inget' : n === 1 ? '1 period' : `${n} perioder`),
    gridLegend: '✓ sparad, ! saknas, – stängt, · inte part i överenskommelsen, tomt: inte slut än.',
    gridScroll: 'Tabellen går att rulla i sidled.',
    monthTotal: 'Månadssumma',
    accountTitle: 'Mitt konto',
    nameLabel: 'Namn',
    roleLabel: 'Roll',
    organisationLabel: 'Organisation',
    roles: { admin: 'Administratör', coordinator: 'Samordnare', partner: 'Partner' } as Record<
      string,
      string
    >,
    signOut: 'Logga ut',
    signedOut: 'Du är utloggad.',
    sessionOver: 'Du har blivit utloggad. Logga in igen.',
    sessionOverKept:
      'Du hade blivit utloggad, så inget sparades. Siffrorna du skrev finns kvar: logga in, så kommer du tillbaka till formuläret med dem ifyllda.',
    keptAfterSignIn: 'Här är siffrorna du skrev innan du blev utloggad. Inget är sparat än: tryck Spara.',
    forbiddenTitle: 'Sidan går inte att använda',
    forbiddenText: 'Formuläret hade gått ut. Gå tillbaka och försök igen.',
    notFoundTitle: 'Sidan finns inte',
    notFoundText: 'Kontrollera adressen, eller gå till startsidan.',
    errorTitle: 'Något gick fel',
    errorText: 'Det är inte ditt fel. Försök igen om en stund.',
    toStart: 'Till startsidan',
    accessibility: 'Tillgänglighet',
    figuresTitle: 'Rapportera',
    yourActivities: 'Dina verksamheter',
    noActivities: 'Din organisation har inga verksamheter registrerade än.',
    figuresLink: (name: string) => `Rapportera för ${name}`,
    kinds: {
      night_shelter: 'Natthärbärge',
      day_centre: 'Dagverksamhet',
      outreach: 'Uppsökande verksamhet',
      intake: 'Inskrivning',
      social_emergency: 'Socialjouren',
      cold_night_venue: 'Extra kalla nätter',
    } as Record<string, string>,
    periodNight: 'Natt (det datum kvällen börjar)',
    periodMonth: 'Månad (ÅÅÅÅ-MM) eller dag (ÅÅÅÅ-MM-DD)',
    periodHalfYear: 'Halvår (ÅÅÅÅ-11--ÅÅÅÅ-04 eller ÅÅÅÅ-05--ÅÅÅÅ-10)',
    halfYearInstead: (halfYear: string) => `Rapportera personer under halvåret ${halfYear} i stället`,
    monthsInstead: 'Rapportera en månad i stället',
    periodMonthOrHalfYearInvalid: (example: string) =>
      `Skriv en månad som ÅÅÅÅ-MM, en dag som ÅÅÅÅ-MM-DD eller ett halvår som ÅÅÅÅ-11--ÅÅÅÅ-04 eller ÅÅÅÅ-05--ÅÅÅÅ-10, till exempel ${example}.`,
    periodHint: (example: string) => `Till exempel ${example}.`,
    periodShown: (period: string) =>
      `Visas nu: ${period}. Skriv ett annat datum och tryck Visa för att byta.`,
    periodNightInvalid: (example: string) =>
      `Skriv natten som ÅÅÅÅ-MM-DD, det datum kvällen börjar, till exempel ${example}.`,
    periodMonthInvalid: (example: string) =>
      `Skriv en månad som ÅÅÅÅ-MM eller en dag som ÅÅÅÅ-MM-DD, till exempel ${example}.`,
    showPeriod: 'Visa',
    placesInForce: (places: number) => `Platser denna natt: ${places}.`,
    figureLabels: {
      women: 'Kvinnor',
      men: 'Män',
      turnedAway: 'Avvisade',
      vulnerablePeople: 'Personer i särskilt utsatta situationer',
      sleepingSites: 'Sovplatser',
      estimatedRoughSleepers: 'Uppskattat antal sovande',
      applicants: 'Sökande',
      ticketsIssued: 'Utdelade biljetter',
      homeTripApplications: 'Ansökningar om hemresa',
      lvmReports: 'LVM-anmälningar',
      people: 'Personer under halvåret (var och en räknas en gång)',
    } as Record<string, string>,
    optional: '(frivilligt)',
    nationalitiesTitle: 'Nationalitet (frivilligt)',
    commonCountries: 'Vanligast',
    otherCountries: 'Alla andra länder',
    nationalitiesHint: 'Antal per land. Summan får inte vara större än antalet kvinnor och män.',
    countryLabel: (n: number) => `Land ${n}`,
    countLabel: (n: number) => `Antal ${n}`,
    noCountry: 'Välj land',
    save: 'Spara',
    confirmTitle: 'Stämmer siffrorna?',
    notSavedYet: 'Inget är sparat än. Kryssa i rutan och spara, eller ändra siffrorna.',
    confirmLabel: 'Ja, siffrorna stämmer. Spara ändå.',
    confirmMissing: 'Kryssa i att siffrorna stämmer, eller ändra dem',
    savedTitle: 'Sparat',
    savedWhat: (period: string, summary: string) => `Sparat: ${period} — ${summary}.`,
    resultCreated: 'En ny rapport.',
    resultUpdated: 'En rättelse av det som var sparat.',
    resultUnchanged: 'Samma siffror som redan var sparade: inget ändrades.',
    wasBefore: 'Förut',
    nightChanged: (period: string) =>
      `Du bytte till ${period}. Inget är sparat än: siffrorna du skrev står kvar, och det som redan är sparat för ${period} står vid varje fält. Tryck Spara för att spara dem där.`,
    storedThere: (value: string) => `Sparat nu: ${value}`,
    changedMeanwhile: (period: string, when: string) =>
      `Någon annan sparade siffror för ${period} den ${when}, efter att du öppnade sidan. Inget av ditt är sparat än: dina siffror står kvar, och det som är sparat nu står vid varje fält. Tryck Spara för att spara dina i stället, eller behåll det som är sparat.`,
    keepStored: 'Behåll det som är sparat',
    nowStored: 'Nu',
    figuresAnother: 'Rapportera en annan period',
    summaryPersons: (people: number) => (people === 1 ? '1 person' : `${people} personer`),
    summaryPeople: (women: number, men: number) =>
      `${women} ${women === 1 ? 'kvinna' : 'kvinnor'}, ${men} ${men === 1 ? 'man' : 'män'}`,
    notFoundActivity: 'Verksamheten finns inte, eller hör inte till din organisation.',
    lastReported: (period: string) => `Senast rapporterat: ${period}.`,
    nothingReported: 'Inget rapporterat förra eller denna månad.',
    missingTitle: 'Saknas:',
    allReported: 'Allt är rapporterat.',
    moreMissing: (n: number) => `och ${n} till`,
    monthLink: (month: string) => `Hela ${month} på en gång`,
    monthTitle: (month: string) => `Nätterna i ${month}`,
    monthLead:
      'Fyll i de nätter som saknas eller rätta de som är sparade, och spara alla på en gång. Tomma rader lämnas som de är.',
    nightColumn: 'Natt',
    placesColumn: 'Platser',
    statusColumn: 'Läge',
    statusWords: {
      reported: 'Sparad',
      missing: 'Saknas',
      not_expected: 'Stängt',
      not_over: 'Inte slut än',
      later: 'Senare',
      outside: 'Inte part',
    } as Record<string, string>,
    previousMonth: 'Föregående månad',
    nextMonth: 'Nästa månad',
    saveAll: 'Spara alla',
    monthSaved: (created: number, updated: number, unchanged: number) =>
      `Sparat: ${created} nya, ${updated} rättade, ${unchanged} oförändrade.`,
    rowProblem: (night: string, message: string) => `${night}: ${message}`,
    nationalitiesKept: 'Nationaliteter som redan är sparade för en natt behålls.',
    statementTitle: 'Tillgänglighetsredogörelse',
    statement: {
      intro:
        'Stockholms stad, socialförvaltningen, står bakom webbtjänsten IOP EU-medborgare, där partnerna i det idéburna offentliga partnerskapet rapporterar och följer verksamheten. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur den uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.',
      statusTitle: 'Hur tillgänglig är webbtjänsten?',
      status:
        'Webbtjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
      gapsTitle: 'Innehåll som inte är tillgängligt',
      gaps: [
        'Inloggning med passkey kräver JavaScript och en webbläsare eller enhet som stöder passkeys. Inloggning med kod via e-post fungerar utan och finns alltid kvar.',
        'Sidorna har testats automatiskt och med enbart tangentbord av oss som bygger dem, men ännu inte av personer som använder skärmläsare, förstoring eller andra hjälpmedel. En sådan granskning görs innan tjänsten tas i bruk.',
        'Rutnäten över en hel månad (vad som saknas, natt för natt) rullar i sidled i en egen ruta på en smal skärm, för att dagarna ska stå i rad. Sammanfattningen ovanför rutnätet säger samma sak per verksamhet.',
      ],
      methodTitle: 'Hur vi har testat webbtjänsten',
      method: (date: string) =>
        `Vi har granskat webbtjänsten själva. Varje gång koden ändras testas varje sida automatiskt mot WCAG 2.1 nivå A och AA med verktyget axe-core, tom, ifylld, med felmeddelanden och med bekräftelse, i en mobils bredd (360 px) och en datorskärms (1280 px), och en partner loggar in och rapporterar en natt med enbart tangentbord. Senaste bedömningen gjordes ${date}.`,
      reportTitle: 'Rapportera brister',
      report:
        'Om du inte kan använda något i webbtjänsten, eller hittar brister som inte står här, skriv till',
      reportAsk: 'Berätta vilken sida det gäller och vad som inte fungerar.',
      supervisionTitle: 'Tillsyn',
      supervision:
        'Myndigheten för digital förvaltning (Digg) har tillsyn över lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du anmäla det till Digg:',
      diggLink: 'Anmäl bristande tillgänglighet till Digg',
      updated: (date: string) => `Redogörelsen uppdaterades senast ${date}.`,
    },
    passkeysTitle: 'Passkeys',
    passkeysLead:
      'Med en passkey loggar du in med fingeravtryck, ansikte eller skärmlås på din telefon eller dator, utan kod. E-postkoden finns kvar som reserv.',
    noPasskeys: 'Du har ingen passkey än.',
    addPasskey: 'Lägg till en passkey',
    passkeyCreated: (date: string) => `Skapad ${date}`,
    passkeyUsed: (date: string) => `senast använd ${date}`,
    removePasskey: 'Ta bort',
    removePasskeyLabel: (date: string) => `Ta bort passkeyn som skapades ${date}`,
    passkeyAdded: 'Passkeyn är sparad. Nästa gång kan du logga in med den.',
    passkeyRemoved: 'Passkeyn är borttagen.',
    remindersTitle: 'Påminnelser',
    remindersLead:
      'Vi skickar ett e-postmeddelande när något saknas i rapporteringen för din organisation, eller (för administratörer) en sammanställning varje månad.',
    remindersOn: 'Du får påminnelser.',
    remindersOffNow: 'Du får inga påminnelser.',
    remindersTurnOff: 'Stäng av påminnelser',
    remindersTurnOn: 'Slå på påminnelser',
    remindersChanged: 'Ändringen är sparad.',
    passkeyFailed: 'Det gick inte att använda en passkey. Försök igen, eller logga in med en kod.',
    signInWithPasskey: 'Logga in med passkey',
    orWithCode: 'Eller få en kod med e-post:',
  },

  /** Figures taken, but worth a word (the places in force on the night). */
  /** The administrator's pages: the registry, capacity, people; and the partner's upload and history. */
  admin: {
    nav: 'Organisationer och verksamheter',
    peopleNav: 'Personer',
    auditNav: 'Granskningslogg',
    organisationsTitle: 'Organisationer och verksamheter',
    organisationsLead: 'Partnerskapets organisationer, deras verksamheter och platserna i kväll.',
    noOrganisations: 'Inga organisationer är registrerade än.',
    noActivities: 'Inga verksamheter än.',
    orgNumber: (n: string) => `Organisationsnummer ${n}`,
    placesTonight: (n: number) => (n === 1 ? '1 plats i kväll' : `${n} platser i kväll`),
    noPlaces: 'inga platser registrerade',
    addOrganisation: 'Lägg till en organisation',
    nameLabel: 'Namn',
    orgNumberLabel: 'Organisationsnummer (valfritt)',
    orgNumberHint: 'Tio siffror, till exempel 802002-4280.',
    nameInvalid: 'Skriv ett namn, högst 200 tecken.',
    orgNumberInvalid: 'Skriv organisationsnumret som NNNNNN-NNNN, med rätt kontrollsiffra.',
    addOrganisationButton: 'Lägg till organisationen',
    organisationAdded: 'Organisationen är tillagd. Lägg till dess verksamheter och personer här.',
    activitiesTitle: 'Verksamheter',
    peopleTitle: 'Personer',
    noPeople: 'Ingen person hör till organisationen än.',
    invitePersonTo: (org: string) => `Bjud in en person till ${org}`,
    addActivity: 'Lägg till en verksamhet',
    kindLabel: 'Slag av verksamhet',
    kindInvalid: 'Välj vilket slag av verksamhet det är.',
    placesLabel: 'Platser (valfritt)',
    placesHint: 'För natthärbärgen och extra kalla nätter: hur många som kan sova där.',
    fromLabel: 'Från och med natten',
    fromHint: (example: string) => `ÅÅÅÅ-MM-DD, till exempel ${example}.`,
    fromInvalid: 'Skriv ett datum som ÅÅÅÅ-MM-DD.',
    placesInvalid: 'Skriv antalet platser som ett heltal, 0 eller mer.',
    womenPlacesLabel: 'Varav platser för kvinnor (valfritt)',
    womenPlacesInvalid: 'Platserna för kvinnor kan inte vara fler än platserna.',
    addActivityButton: 'Lägg till verksamheten',
    activityAdded: 'Verksamheten är tillagd.',
    capacityTitle: 'Platser',
    capacityLead: 'Antalet platser gäller från natten som anges tills nästa ändring. 0 betyder stängt.',
    capacityFrom: 'Från natten',
    capacityPlaces: 'Platser',
    capacityWomen: 'Varav för kvinnor',
    noCapacity: 'Inga platser är registrerade: verksamheten väntas rapportera varje natt.',
    perNight: (month: string) => `Platser per natt i ${month}`,
    nightsRange: (from: string, to: string, places: number) =>
      from === to ? `${from}: ${places} platser` : `${from} – ${to}: ${places} platser`,
    nightsNone: (from: string, to: string) =>
      from === to ? `${from}: inga platser registrerade` : `${from} – ${to}: inga platser registrerade`,
    setCapacity: 'Ändra antalet platser från ett datum',
    setCapacityButton: 'Spara platserna',
    runsTitle: 'Verksamhetens dagar',
    runsLead:
      'Den första och sista dagen verksamheten bedrivs inom partnerskapet. Före och efter dem saknas inget, och inga siffror tas emot för perioder helt utanför.',
    startsOnLabel: 'Första dagen (ÅÅÅÅ-MM-DD, tomt: okänd)',
    endsOnLabel: 'Sista dagen (ÅÅÅÅ-MM-DD, tomt: pågår)',
    runsSave: 'Spara dagarna',
    runsSaved: 'Verksamhetens dagar är sparade.',
    dayInvalid: 'Skriv ett datum som ÅÅÅÅ-MM-DD, eller lämna tomt.',
    runsOrder: 'Sista dagen kan inte vara före den första.',
    capacitySaved: (from: string, places: number) => `Sparat: ${places} platser från natten ${from}.`,
    capacityUnchanged: 'Oförändrat: platserna var redan sparade så.',
    figuresFor: 'Rapportera för verksamheten',
    historyLink: 'Historik och ändringar',
    peopleLead: 'De som loggar in. Varje konto har ett namn och en e-postadress, inget mer.',
    roleLabel: 'Roll',
    organisationLabel: 'Organisation',
    organisationHint: 'En partner hör till en organisation; samordnare och administratörer till ingen.',
    noOrganisation: 'Ingen (samordnare eller administratör)',
    organisationMissing: 'Välj organisationen som partnern rapporterar för.',
    organisationNotAllowed: 'Bara en partner hör till en organisation. Välj "Ingen".',
    roleInvalid: 'Välj en roll.',
    roleHints: {
      partner: 'rapporterar för sin organisation',
      coordinator: 'läser allt, beslutar om extra kalla nätter',
      admin: 'sköter partnerskapet i systemet',
    } as Record<string, string>,
    emailLabel: 'E-postadress',
    emailInvalid: 'Skriv en e-postadress, till exempel namn@exempel.se.',
    emailTaken: 'Någon har redan den e-postadressen.',
    personNameInvalid: 'Skriv personens namn, högst 100 tecken.',
    languageLabel: 'Språk i e-post och på sidorna',
    languageNames: { sv: 'Svenska', en: 'English' } as Record<string, string>,
    invite: 'Bjud in en person',
    inviteButton: 'Bjud in',
    invited: (email: string) =>
      `Inbjuden: ett e-brev har skickats till ${email}. Personen loggar in med en kod.`,
    invitedNotSent: (email: string) =>
      `Personen är tillagd, men e-brevet till ${email} kunde inte skickas. Personen kan ändå logga in med sin adress.`,
    statusActive: 'Aktiv',
    statusDisabled: 'Avstängd',
    changePerson: 'Ändra roll eller stäng av',
    disabledLabel: 'Stäng av kontot',
    disabledHint: 'Personen loggas ut direkt och kan inte logga in förrän kontot slås på igen.',
    saveChanges: 'Spara ändringarna',
    personChanged: 'Sparat. Ändrades rollen, organisationen eller avstängningen loggades personen ut.',
    personUnchanged: 'Oförändrat.',
    notYourself: 'Din egen roll och ditt eget konto ändrar en annan administratör.',
    removePerson: 'Ta bort personen',
    removeLead: (name: string) =>
      `Kontot och dess nycklar tas bort. I granskningsloggen står ${name} sedan som "borttagen användare".`,
    removeConfirm: (name: string) => `Ja, ta bort ${name}`,
    removeConfirmMissing: 'Kryssa i rutan om du vill ta bort personen.',
    removeButton: 'Ta bort',
    removed: 'Personen är borttagen.',
    inviteSubject: 'Du har fått ett konto i IOP EU-medborgare',
    inviteText: (name: string, by: string, role: string, url: string) =>
      `Hej ${name}!\n\n${by} har lagt till dig i IOP EU-medborgare, partnerskapets rapportering, som ${role.toLowerCase()}.\n\nLogga in med din e-postadress här, så får du en kod i ett e-brev:\n${url}\n\nVäntade du dig inte det här kan du strunta i brevet.`,
    sendsApproved: (version: number) =>
      `Den version som båda ordförandena godkänt skickas: version ${version}, som den godkändes.`,
    sendsDraft:
      'Ingen version är godkänd av ordförandena: rapporten skickas som den ser ut nu, märkt som utkast.',
    sendTitle: 'Skicka rapporten nu',
    sendLead: (period: string) =>
      `Rapporten för ${period} e-postas med PDF och Excel till de här mottagarna, var och en på sitt språk:`,
    sendConfirm: (period: string, n: number) =>
      n === 1
        ? `Ja, skicka rapporten för ${period} till mottagaren`
        : `Ja, skicka rapporten för ${period} till alla ${n} mottagarna`,
    sendButton: 'Skicka rapporten',
    sendNoRecipients: 'Det finns ingen mottagare av rapporten än. Lägg till en först.',
    sendConfirmMissing: 'Kryssa i rutan om du vill skicka rapporten.',
    sendStale: 'Formuläret hann bli för gammalt. Försök igen.',
    sendFailed: 'Rapporten kunde inte skickas. Försök igen om en stund.',
    sent: (delivered: number, failed: number) =>
      failed === 0
        ? `Skickat till ${delivered} mottagare.`
        : `Skickat till ${delivered} mottagare. ${failed} kunde inte nås; skicka igen för att försöka nå dem.`,
    recipientsNav: 'Mottagare av rapporten',
    recipientsTitle: 'Mottagare av rapporten',
    recipientsLead:
      'Halvårsrapporten e-postas till dem den 15 maj och den 15 november, och när en administratör skickar den från rapportsidan.',
    noRecipients: 'Ingen mottagare än.',
    addRecipient: 'Lägg till en mottagare',
    recipientNameHint: 'Till exempel "Socialförvaltningen, enheten för hemlöshet".',
    recipientNameInvalid: 'Skriv vem mottagaren är, högst 100 tecken.',
    addRecipientButton: 'Lägg till mottagaren',
    recipientAdded: (email: string) => `Tillagd: ${email} får rapporten från nästa gång.`,
    recipientRemoved: 'Mottagaren är borttagen.',
    undeliverable: (reason: 'bounce' | 'complaint', since: string, detail?: string) =>
      `${reason === 'bounce' ? 'E-post dit studsar' : 'Mottagaren har markerat e-post från oss som skräppost'} sedan ${since}${detail ? ` (${detail})` : ''}: inget e-brev skickas dit – inte larm, rapporter, påminnelser eller inloggningskoder.`,
    /** SES's bounce subtypes a reader can use; the others say nothing more than "studsar". */
    bounceDetails: {
      NoEmail: 'adressen finns inte',
      Suppressed: 'SES spärrar adressen',
      OnAccountSuppressionList: 'SES spärrar adressen',
      MailboxFull: 'brevlådan är full',
    } as Record<string, string>,
    confirmAddress: (address: string) => `${address} fungerar igen`,
    confirmAddressHint:
      'Tryck när personen har rättat sin e-post eller bytt adress: då skickas e-post dit igen.',
    addressConfirmed: 'Adressen får e-post igen.',
    removeRecipient: (name: string) => `Ta bort ${name}`,
    tooManyRecipients: 'Det finns redan 100 mottagare. Ta bort någon först.',
    keysNav: 'API-nycklar',
    keysTitle: 'API-nycklar',
    keysLead:
      'Nycklar för system som skickar siffror till API:t. En nyckel visas en gång när den skapas; sedan finns bara dess id kvar här.',
    noKeys: 'Inga nycklar än.',
    keyLine: (role: string, organisation: string | undefined, created: string) =>
      `${role}${organisation ? `, ${organisation}` : ''}, skapad ${created}`,
    keyRevoked: (at: string) => `Återkallad ${at}`,
    newKey: 'Skapa en nyckel',
    keyLabel: 'Vad nyckeln är till för',
    keyLabelHint: 'Till exempel "Convictus verksamhetssystem".',
    keyLabelInvalid: 'Skriv vad nyckeln är till för, högst 100 tecken.',
    createKey: 'Skapa nyckeln',
    keyCreated: (label: string) => `Nyckeln "${label}" är skapad.`,
    keyShownOnce:
      'Kopiera nyckeln nu och lämna den till systemet som ska använda den. Den visas inte igen; tappas den bort, återkalla den och skapa en ny.',
    keyValue: 'Nyckeln',
    revokeKey: (label: string) => `Återkalla "${label}"`,
    revokeConfirm: 'Ja, återkalla nyckeln (system som använder den stängs ute direkt)',
    revokeButton: 'Återkalla',
    revokeConfirmMissing: 'Kryssa i rutan om du vill återkalla nyckeln.',
    keyRevokedNotice: 'Nyckeln är återkallad.',
    subscribersNav: 'Kalla nätter: mottagare och inställningar',
    subscribersTitle: 'Mottagare av kalla nätter',
    subscribersLead:
      'De får SMHI-larmen om extra kalla nätter och besluten om att öppna, de senare efter grupp: ett beslut går till de grupper det nämner.',
    noSubscribers: 'Inga mottagare än.',
    subscriberLine: (contact: string, channels: string, groups: string, language: string) =>
      `${contact} – ${channels} – ${groups} – ${language}`,
    addSubscriber: 'Lägg till en mottagare',
    subscriberNameHint: 'Till exempel "Anna, samordnare Ny Gemenskap".',
    phoneLabel: 'Mobilnummer (för sms)',
    phoneHint: 'Till exempel 070-123 45 67.',
    phoneInvalid: 'Skriv ett mobilnummer, till exempel 070-123 45 67.',
    channelsLabel: 'Hur larmen skickas',
    channelsInvalid: 'Välj minst ett sätt: e-post eller sms.',
    emailNeeded: 'Skriv en e-postadress för larm med e-post.',
    phoneNeeded: 'Skriv ett mobilnummer för larm med sms.',
    groupsLabel: 'Grupper (för besluten om att öppna)',
    groupsInvalid: 'Välj minst en grupp.',
    addSubscriberButton: 'Lägg till mottagaren',
    subscriberAdded: (name: string) => `Tillagd: ${name}.`,
    subscriberRemoved: 'Mottagaren är borttagen.',
    settingsTitle: 'Inställningar för larmen',
    settingsLead: (lat: string, lon: string, start: number, end: number) =>
      `Prognosen läses för ${lat}, ${lon}; natten räknas ${start}–${end}.`,
    thresholdLabel: 'Extra kallt vid (°C) eller kallare',
    thresholdHint: 'Partnerskapets gräns är −7. Till exempel -7 eller -7,5.',
    thresholdInvalid: 'Skriv en temperatur mellan −40 och 10, till exempel -7.',
    levelsLabel: 'SMHI-varningar som också ger larm',
    levelNames: { YELLOW: 'gul', ORANGE: 'orange', RED: 'röd' } as Record<string, string>,
    outlookLabel: 'Osäkra nätter längre fram än så här många dagar larmar inte ensamma',
    outlookHint: '0–10 dagar. De skickas med nästa larm som går ut.',
    outlookInvalid: 'Skriv ett heltal mellan 0 och 10.',
    saveSettings: 'Spara inställningarna',
    settingsSaved: 'Inställningarna är sparade. De gäller från nästa kontroll.',
    auditTitle: 'Granskningslogg',
    auditLead: 'Varje ändring i systemet: vem, när, före och efter. Det senaste först.',
    auditActivity: 'Verksamhet',
    auditAllActivities: 'Alla',
    auditPerson: 'Vem',
    auditEveryone: 'Alla',
    auditFrom: 'Från och med (ÅÅÅÅ-MM-DD)',
    auditTo: 'Till och med (ÅÅÅÅ-MM-DD)',
    auditShow: 'Visa',
    auditRangeInvalid:
      'Skriv två datum som ÅÅÅÅ-MM-DD, det första inte efter det andra och högst 366 dagar isär.',
    auditTooMany: 'Det är för många ändringar att visa på en gång. Välj en kortare tid eller en verksamhet.',
    auditCount: (n: number) => (n === 0 ? 'Inga ändringar.' : n === 1 ? '1 ändring.' : `${n} ändringar.`),
    yes: 'Ja',
    no: 'Nej',
    auditPage: (page: number, pages: number) => `Sida ${page} av ${pages}`,
    auditNewer: 'Nyare ändringar',
    auditOlder: 'Äldre ändringar',
    auditFields: {
      period: 'Period',
      capacity: 'Platser över tid',
      sentAt: 'Skickad',
      nights: 'Nätter',
      open: 'Öppnar',
      venueIds: 'Lokaler',
      reason: 'Skäl',
      cancelled: 'Inställt',
      decidedAt: 'Beslutat',
      decidedBy: 'Beslutat av',
      from: 'Från natten',
      places: 'Platser',
      womenPlaces: 'Varav för kvinnor',
      name: 'Namn',
      email: 'E-post',
      phone: 'Mobilnummer',
      role: 'Roll',
      organisationId: 'Organisation',
      disabled: 'Avstängd',
      language: 'Språk',
      reminders: 'Påminnelser',
      label: 'Till för',
      kind: 'Slag',
      channels: 'Kanaler',
      groups: 'Grupper',
      thresholdC: 'Extra kallt vid (°C)',
      warningLevels: 'SMHI-varningar',
      outlookAloneDays: 'Osäkra nätter, dagar',
      revokedAt: 'Återkallad',
      publicInfo: 'Adress och tider',
    } as Record<string, string>,
    auditActions: {
      'figures.created': 'Siffror sparade',
      'figures.updated': 'Siffror rättade',
      'figures.deleted': 'Siffror borttagna',
      'capacity.set': 'Platser ändrade',
      'organisation.created': 'Organisation tillagd',
      'activity.created': 'Verksamhet tillagd',
      'activity.updated': 'Verksamhet ändrad',
      'key.created': 'API-nyckel skapad',
      'key.revoked': 'API-nyckel återkallad',
      'user.created': 'Person tillagd',
      'user.updated': 'Person ändrad',
      'user.deleted': 'Person borttagen',
      'user.reminders': 'Påminnelser av eller på',
      'passkey.added': 'Nyckel för inloggning tillagd',
      'passkey.removed': 'Nyckel för inloggning borttagen',
      'subscriber.created': 'Mottagare av kalla nätter tillagd',
      'subscriber.deleted': 'Mottagare av kalla nätter borttagen',
      'alert-settings.set': 'Inställningar för larmen ändrade',
      'report-recipient.created': 'Mottagare av rapporten tillagd',
      'report-recipient.deleted': 'Mottagare av rapporten borttagen',
      'report.sent': 'Rapporten skickad',
      'agreement.created': 'Överenskommelse registrerad',
      'agreement.extended': 'Överenskommelse förlängd',
      'agreement.updated': 'Överenskommelse ändrad',
      'financial-year.set': 'Rapportår ändrat',
      'financial-year.granted': 'Beviljade medel ändrade',
      'report-appendix.saved': 'Bilaga till rapporten sparad som utkast',
      'report-appendix.submitted': 'Bilaga till rapporten inlämnad',
      'report-chairs.set': 'Ordförande som signerar rapporten utsedda',
      'report.ready-for-review': 'Rapporten klar för granskning',
      'report.signed': 'Rapporten signerad',
      'report.approved': 'Rapporten godkänd',
      'survey.template-set': 'Brukarundersökningens frågor ändrade',
      'survey.tallied': 'Brukarundersökningens svar sparade',
      'report-text.written': 'Rapporttext skriven',
      'report-text.corrected': 'Rapporttext ändrad',
      'financial-outcome.reported': 'Ekonomiskt utfall lämnat',
      'financial-outcome.corrected': 'Ekonomiskt utfall rättat',
      'cold-night-decision.made': 'Beslut om extra kalla nätter',
      'cold-night-decision.cancelled': 'Beslut om extra kalla nätter inställt',
      'cold-night-decision.changed': 'Beslut om extra kalla nätter ändrat',
      'email-address.confirmed': 'E-postadress bekräftad igen',
    } as Record<string, string>,
  },
  /** The partner's upload of a file of figures, and an activity's history. */
  upload: {
    nav: 'Ladda upp en fil',
    title: 'Ladda upp en fil',
    lead: 'Många nätter eller månader på en gång, från ett kalkylark sparat som CSV (eller en JSON-fil). Först visas vad som skulle sparas; inget sparas förrän du väljer "Spara".',
    columnsTitle: 'Kolumnerna',
    columnsLead:
      'Första raden namnger kolumnerna: activityId (verksamhetens id), period (natten ÅÅÅÅ-MM-DD, eller månaden ÅÅÅÅ-MM) och verksamhetens fält. Tomma celler är inga uppgifter. Komma eller semikolon mellan kolumnerna går båda bra.',
    columnsOf: (name: string, id: string, columns: string) => `${name} (${id}): ${columns}`,
    template: (name: string) => `Mall för ${name} (CSV)`,
    nationalitiesHint:
      'Nationaliteter som kolumner med landskoden: nationalities.RO för Rumänien, nationalities.BG för Bulgarien och så vidare.',
    fileLabel: 'Filen',
    fileHint: 'CSV eller JSON, högst 512 kB och 5 000 rader.',
    check: 'Kontrollera filen',
    fileMissing: 'Välj en fil att ladda upp.',
    fileTooLarge: 'Filen är större än 512 kB. Dela upp den i flera filer.',
    fileUnreadable: 'Filen kunde inte läsas som CSV eller JSON. Spara kalkylarket som CSV och försök igen.',
    fileEmpty: 'Filen har inga rader med siffror.',
    tooManyRows: 'Filen har fler än 5 000 rader. Dela upp den i flera filer.',
    previewTitle: (file: string) => `Kontroll av ${file}`,
    wouldSave: (created: number, updated: number, unchanged: number) =>
      `Filen skulle ge ${created} nya, ${updated} rättade och ${unchanged} oförändrade perioder.`,
    problemsTitle: (n: number) =>
      n === 1
        ? '1 rad har fel. Inget sparas förrän den är rättad.'
        : `${n} rader har fel. Inget sparas förrän de är rättade.`,
    problemsMore: (n: number) => `… och ${n} fel till.`,
    row: (line: number, period: string) => `Rad ${line}${period ? ` (${period})` : ''}`,
    warningsTitle: 'Kontrollera innan du sparar',
    save: 'Spara',
    chooseAnother: 'Välj en annan fil',
    saved: (created: number, updated: number, unchanged: number) =>
      `Sparat: ${created} nya, ${updated} rättade, ${unchanged} oförändrade.`,
    changedMeanwhile: 'Något ändrades sedan kontrollen. Kontrollera filen igen.',
    reasons: {
      noActivity: (id: string) => `Verksamheten "${id}" finns inte bland dem du rapporterar för.`,
      period:
        'Skriv perioden som en natt (ÅÅÅÅ-MM-DD), en månad (ÅÅÅÅ-MM) eller ett halvår (till exempel 2017-11--2018-04).',
      future: 'Perioden har inte börjat än.',
      twice: (line: number) => `Samma verksamhet och period finns redan på rad ${line}.`,
      otherWay: 'Månaden rapporteras redan på annat sätt: dag för dag eller som en månadssumma, inte båda.',
      nightly: 'Verksamheten rapporterar natt för natt (ÅÅÅÅ-MM-DD), inte en månadssumma.',
      unknownColumn: (column: string) => `Kolumnen "${column}" finns inte för den här verksamheten.`,
      count: (label: string) => `${label}: skriv ett heltal, 0 eller mer.`,
      missing: (label: string) => `${label}: värdet saknas.`,
      tooBig: (label: string) => `${label}: talet är för stort (högst 1 000 000).`,
      notValid: (label: string) => `${label}: värdet går inte att spara.`,
      countryMissing: (row: number) => `Land ${row}: välj landet som antalet gäller.`,
      nationalities: 'Antalet per land är större än antalet personer.',
      split: 'Kvinnor och män ska tillsammans vara lika många som personerna under perioden.',
      beforeStart: 'Verksamheten hade inte börjat då: perioden ligger före dess första dag.',
      afterEnd: 'Verksamheten hade upphört då: perioden ligger efter dess sista dag.',
      halfYear: 'Verksamheten rapporterar inte per halvår: skriv en månad (ÅÅÅÅ-MM) eller natt (ÅÅÅÅ-MM-DD).',
      country: (code: string) => `"${code}" är ingen landskod (två bokstäver, till exempel RO).`,
    },
  },
  history: {
    link: 'Historik',
    title: (name: string) => `Historik: ${name}`,
    monthsTitle: 'Per månad',
    monthsLead: 'De senaste tolv månaderna, som de är sparade nu.',
    month: 'Månad',
    periods: 'Perioder',
    changesTitle: 'Ändringar',
    changesLead: 'Vem som sparade vad och när, de senaste tolv månaderna, det senaste först.',
    noChanges: 'Inga ändringar de senaste tolv månaderna.',
    more: (n: number) => `… och ${n} äldre ändringar.`,
    actions: {
      'figures.created': 'Sparade',
      'figures.updated': 'Rättade',
      'figures.deleted': 'Tog bort',
      'capacity.set': 'Ändrade platserna från',
      'activity.created': 'Lade till verksamheten',
      'activity.updated': 'Ändrade verksamheten',
    } as Record<string, string>,
    change: (label: string, before: string, after: string) => `${label}: ${before} → ${after}`,
    places: 'Platser',
    viaKey: (id: string) => `API-nyckel ${id}`,
    bySystem: 'systemet',
    deletedPerson: 'borttagen användare',
  },
  /** Each rule figures are checked by (shared/domain/rules.ts): its two sides as they were, and the period. */
  rules: {
    nationalities_over_total: (v: RuleSides) =>
      `Antalen per land blir ${v.left}, fler än de ${v.right} som rapporterats ${v.when}.`,
    split_not_people: (v: RuleSides) =>
      `Kvinnor och män (${v.left}) stämmer inte med de ${v.right} personerna under ${v.when}.`,
    before_activity_start: (v: RuleSides) => `Verksamheten började ${v.on}: ${v.when} ligger före.`,
    after_activity_end: (v: RuleSides) => `Verksamheten upphörde ${v.on}: ${v.when} ligger efter.`,
    no_places: (v: RuleSides) =>
      `Inga platser är registrerade ${v.when}, men ${v.left} gäster är rapporterade.`,
    over_places: (v: RuleSides) => `${v.left} gäster är fler än de ${v.right} platserna ${v.when}.`,
    over_women_places: (v: RuleSides) =>
      `${v.left} kvinnor är fler än de ${v.right} platserna för kvinnor ${v.when}.`,
    tickets_over_applicants: (v: RuleSides) =>
      `${v.left} utdelade biljetter är fler än de ${v.right} sökande för ${v.when}. Har siffrorna hamnat i fel fält?`,
  },

  /** Each kind of error, as a person is told it (a page, a message): what happened. */
  errors: {
    unreadable: 'Det som skickades kunde inte läsas',
    unauthenticated: 'Du behöver logga in',
    forbidden: 'Du har inte behörighet till det här',
    not_found: 'Finns inte',
    conflict: 'Krockar med det som redan är sparat',
    too_large: 'Det som skickades är för stort',
    unsupported_media_type: 'Det formatet tas inte emot',
    invalid: 'Några uppgifter behöver rättas',
    rate_limited: 'För många försök',
    upstream_unavailable: 'En tjänst som systemet behöver svarar inte just nu',
  },
  /**
   * Why a field was refused, by its code (shared/domain/errors.ts `PROBLEM_CODES`) and parameters: said beside the
   * field on a page; the English is also the API's message.
   */
  problems: {
    unknown_field: () => 'Fältet hör inte till den här uppgiften (här sparas inga personuppgifter).',
    missing: () => 'Värdet saknas.',
    too_big: (p: ProblemParams<'too_big'>) =>
      p.max === undefined ? 'Värdet är för stort.' : `Högst ${num(p.max)}.`,
    not_valid: () => 'Värdet går inte att spara.',
    period_invalid: (p: ProblemParams<'period_invalid'>) =>
      p.value === undefined
        ? 'Perioden går inte att läsa.'
        : `”${p.value}” är inget datum (ÅÅÅÅ-MM-DD), ingen månad (ÅÅÅÅ-MM) och inget halvår (ÅÅÅÅ-05--ÅÅÅÅ-10, ÅÅÅÅ-11--ÅÅÅÅ-04)${p.first && p.last ? ` mellan ${p.first} och ${p.last}` : ''}.`,
    period_future: (p: ProblemParams<'period_future'>) =>
      p.value === undefined ? 'Perioden har inte börjat än.' : `${p.value} har inte börjat än.`,
    period_twice: (p: ProblemParams<'period_twice'>) =>
      p.row === undefined
        ? 'Samma verksamhet och period finns två gånger.'
        : `Rad ${p.row} har redan samma verksamhet och period.`,
    period_other_way: () => 'Månaden rapporteras redan på annat sätt: dag för dag eller som en månadssumma.',
    period_nightly: () => 'Verksamheten rapporterar natt för natt, inte en månadssumma.',
    nationalities_over_total: () => 'Antalet per land är större än antalet personer.',
    split_not_people: () => 'Kvinnor och män ska tillsammans vara lika många som personerna.',
    period_half_year: () => 'Verksamheten rapporterar inte per halvår.',
    before_activity_start: () => 'Verksamheten hade inte börjat då.',
    after_activity_end: () => 'Verksamheten hade upphört då.',
    changed_meanwhile: (p: ProblemParams<'changed_meanwhile'>) =>
      p.now === undefined || p.shown === undefined
        ? 'Någon annan har ändrat det här sedan sidan visades.'
        : `Någon annan har ändrat det här (nu version ${p.now}) sedan det visades (version ${p.shown}).`,
    key_reused: () => 'Nyckeln har redan använts för andra uppgifter.',
    key_invalid: (p: ProblemParams<'key_invalid'>) =>
      p.max === undefined
        ? 'En idempotensnyckel är 16–100 bokstäver, siffror, - eller _.'
        : `En idempotensnyckel gäller högst ${num(p.max)} rader.`,
    text_broken: () => 'Innehåller ett trasigt tecken.',
    text_control: () => 'Innehåller ett styrtecken (till exempel tabb eller radbrytning).',
    text_noncharacter: () => 'Innehåller ett tecken som inte är text.',
    text_reordering: () => 'Innehåller ett tecken som kastar om texten.',
    text_invisible: () => 'Skriv minst ett synligt tecken.',
    text_too_long: (p: ProblemParams<'text_too_long'>) => `Högst ${num(p.max)} tecken.`,
    looks_like_id_number: () => 'Ser ut som ett personnummer: kommentaren gäller ekonomin, aldrig en person.',
    looks_like_email: () => 'Ser ut som en e-postadress: kommentaren gäller ekonomin, aldrig en person.',
    taken: () => 'Används redan.',
    before_other: (p: ProblemParams<'before_other'>) =>
      `Får inte vara före ${dateField(p.other)}${p.date ? ` (${p.date})` : ''}.`,
    range_too_long: (p: ProblemParams<'range_too_long'>) =>
      `Högst ${num(p.max)} dagar åt gången: välj en kortare tid.`,
    answer_too_long: (p: ProblemParams<'answer_too_long'>) =>
      `Högst ${num(p.max)} i ett svar: välj en kortare tid.`,
    count_out_of_range: (p: ProblemParams<'count_out_of_range'>) =>
      `Ett heltal från ${num(p.min)} till ${num(p.max)}.`,
    no_such: (p: ProblemParams<'no_such'>) =>
      `${capitalised(THINGS_SV[String(p.what)] ?? String(p.what))} finns inte.`,
    not_one_of: (p: ProblemParams<'not_one_of'>) => `Välj bland: ${[p.allowed ?? []].flat().join(', ')}.`,
    twice: () => 'Finns redan en gång.',
    outside_agreement: () => 'Måste ligga inom överenskommelsens tid.',
    at_latest_end: () => 'Överenskommelsen är redan förlängd till sitt sista slutdatum.',
    venue_needed: () => 'Välj vilka platser som öppnar.',
    venue_not_wanted: () => 'Ett beslut att inte öppna har ingen plats.',
    reason_needed: () => 'Skriv kort varför inte.',
    night_out_of_reach: (p: ProblemParams<'night_out_of_reach'>) =>
      `Ett beslut gäller nätterna från ${p.from} till ${p.to}.`,
    no_public_info: (p: ProblemParams<'no_public_info'>) => `${p.name} har ingen adress för allmänheten än.`,
    already_cancelled: () => 'Beslutet är redan inställt.',
    wrong_kind: () => 'Gäller inte den här sortens verksamhet.',
    above_total: (p: ProblemParams<'above_total'>) =>
      p.max === undefined ? 'Fler än totalen.' : `${num(p.value)} är fler än ${num(p.max)}.`,
    wrong_year: (p: ProblemParams<'wrong_year'>) => `Året ${p.year} börjar under ${p.year}.`,
    not_allowed: () => 'Du kan inte spara uppgifter för den här verksamheten.',
    in_use: () => 'Raden används redan och kan inte tas bort.',
    not_reporting: () => 'Organisationen är inte med bland dem som redovisar det här året.',
    organisation_needed: () => 'Välj organisation.',
    organisation_not_wanted: () => 'Gäller alla organisationer: välj ingen.',
    frozen: () => 'Den godkända versionen är låst.',
    chair_each_group: () => 'En ordförande för varje grupp: samverkansgruppen och styrgruppen.',
    chairs_differ: () => 'Två olika personer signerar, en för varje grupp.',
    month_future: () => 'Välj en månad som har börjat.',
    not_writable: () => 'Det avsnittet skrivs inte här.',
    passkey_not_verified: () => 'Nyckeln kunde inte kontrolleras.',
    code_wrong: () => 'Koden stämmer inte.',
    code_expired: () => 'Koden gäller inte längre.',
    too_deep: (p: ProblemParams<'too_deep'>) => `Högst ${num(p.max)} nivåer.`,
    too_many_fields: (p: ProblemParams<'too_many_fields'>) => `Högst ${num(p.max)} fält.`,
  } satisfies ProblemWords as ProblemWords,
  /** The finer reasons, where there is more to say: what to do. */
  reasons: {
    concurrent_change: 'Någon annan ändrade samma uppgifter samtidigt. Skicka igen.',
    no_recipients: 'Det finns ingen mottagare av rapporten än. Lägg till en först.',
    in_progress: 'Rapporten skickas just nu. Försök igen om några minuter.',
    smhi_unavailable: 'SMHI:s prognos kunde inte läsas.',
    smhi_stale: 'SMHI:s senaste prognos är för gammal att lita på.',
    code_wrong: 'Koden stämmer inte. Kontrollera den och försök igen.',
    code_expired: 'Koden gäller inte längre. Be om en ny kod.',
    too_many_codes: 'Det har skickats för många koder. Vänta en stund och försök igen.',
    address_undeliverable:
      'E-postadressen studsar: inget skickas dit förrän en administratör bekräftar den igen.',
    approved_frozen:
      'Rapporten är godkänd och låst. Vill du ändra den blir det en ny version som behöver godkännas igen.',
    appendices_missing: 'Alla parters bilagor är inte inlämnade än.',
    not_approved: 'Ingen version av rapporten är godkänd av båda ordförandena än.',
    not_in_review: 'Rapporten är inte klar för granskning, så den kan inte signeras nu.',
    document_changed: 'Rapporten har ändrats sedan du läste den. Läs den nya versionen först.',
    not_a_chair: 'Bara den ordförande som är utsedd för gruppen kan signera för den.',
  },
};

/** The shape of every catalogue: the English one must have each of these words. */
export type Catalogue = typeof sv;
