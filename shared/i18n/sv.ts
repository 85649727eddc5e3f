import type { ErrorKind, ErrorReason } from '../domain/errors';
import type { TableId } from '../report/tables';

/**
 * Every word a person reads, in Swedish: the alerts, the report and its e-mail, the errors. The English catalogue
 * (`en.ts`) has the type of this one, so a word missing there fails `tsc`. Numbers, dates and temperatures come in
 * already formatted (shared/report/format.ts, alert-messages.ts); the words only place them.
 */
export const sv = {
  /** BCP 47, for Intl and luxon. */
  locale: 'sv-SE',

  alert: {
    /** A night is named by the morning it ends, as people say it: "natten mot tisdag 14 januari". */
    nightName: (morning: string) => `natten mot ${morning}`,
    unknownTemperature: 'okänd temperatur',
    /** After the number in an SMS (GSM-7 has no degree sign). */
    smsDegrees: ' grader',
    warningLevels: { ORANGE: 'orange', RED: 'röd' } as Record<string, string>,
    warning: (level: string) => `SMHI varnar (${level})`,
    uncertain: 'osäker prognos',
    source: (createdAt: string) => `Prognos SMHI ${createdAt}`,
    oneNight: '1 natt.',
    spell: (nights: number, range: string) => `${nights} kalla nätter i rad: ${range}.`,
    theNights: (range: string) => `nätterna ${range}`,
    now: (temperature: string) => ` (nu ${temperature})`,
    noLongerCold: (nights: string, now: string) => `Inte längre extra kallt ${nights}${now}.`,
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
      outreach: 'Uppsökande',
      socialEmergency: 'Socialjouren',
      intake: 'Inskrivning',
      extraColdNights: 'Extra kalla nätter',
      nationalities: 'Nationalitet',
      trends: 'Utveckling',
      changes: 'Ändringar',
      completeness: 'Saknade uppgifter',
    } satisfies Record<TableId, string>,
    nightsSummary: (v: { guestNights: string; womenPct: string; menPct: string; occupancyPct: string }) =>
      `Under perioden hade nattverksamheterna ${v.guestNights} övernattningar (${v.womenPct} kvinnor, ${v.menPct} män) och en beläggning på ${v.occupancyPct}.`,
    visitsSummary: (v: { visits: string; womenPct: string; menPct: string }) =>
      `Dagverksamheterna hade ${v.visits} besök (${v.womenPct} kvinnor, ${v.menPct} män).`,
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
    coldNone: 'Inga extra kalla nätter öppnades under perioden.',
    coldOpened: (v: { times: string; guests: string; perNight: string; longestRun: string }) =>
      `Extra kalla nätter öppnades ${v.times} gånger för sammanlagt ${v.guests} gäster, i genomsnitt ${v.perNight} per natt. Längsta följd: ${v.longestRun} nätter i rad.`,
    nationalityTitle: 'Nationalitet (alla verksamheter)',
    nationalityNote: (below: number) =>
      `Antal gästnätter, besök och kontakter med uppgift om nationalitet. Tal under ${below} är dolda (liksom ett till där det behövs) så att ingen enskild kan pekas ut.`,
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
    },
    /** The charts' axes and legends. */
    axes: {
      occupancy: 'Beläggning (%)',
      share: 'Andel (%)',
      women: 'Kvinnor',
      men: 'Män',
      nights: 'Övernattningar',
      places: 'Platsnätter',
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
    footer: (readAt: string) =>
      `Sammanställd ur partnernas inrapporterade siffror, lästa ${readAt}. Andelar avrundade till hela procent, halvor uppåt.`,
  },

  /** Signing in, and the web app's pages. */
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
    coldNoCheck: 'Ingen kontroll har körts än.',
    coldNightsTitle: 'Kommande nätter',
    coldLowest: 'Lägsta 18–08',
    coldAssessment: 'Bedömning',
    coldYes: 'Extra kallt',
    coldNo: 'Inte extra kallt',
    coldOutlook: 'osäker prognos',
    coldWarning: (level: string, event: string) => `SMHI varnar: ${level} (${event})`,
    coldAlerted: (at: string) => `Larmat ${at}`,
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
    alertKinds: { cold: 'Extra kallt', update: 'Ändrat', all_clear: 'Inte längre kallt' } as Record<
      string,
      string
    >,
    alertStatuses: {
      pending: 'Väntar',
      sending: 'Skickas',
      sent: 'Skickat',
      failed: 'Misslyckades',
    } as Record<string, string>,
    channelEmail: 'e-post',
    alertAttempts: (n: number) => (n === 1 ? '1 försök' : `${n} försök`),
    venuesTitle: 'Gäster på extra kalla nätter',
    venuesLead: 'Rapportera gästerna för en natt då en lokal var öppen.',
    agreementsTitle: 'Överenskommelser',
    agreementsLink: 'Överenskommelser: perioder, parter och nästa beslut',
    agreementPeriod: (start: string, end: string) => `${start} – ${end}`,
    agreementNext: (deadline: string) => `Nästa beslut om förlängning senast ${deadline}.`,
    agreementNoNext: 'Kan inte förlängas mer.',
    agreementLatest: (end: string) => `Kan förlängas till och med ${end}.`,
    agreementExtension: (to: string, decided: string, late: boolean) =>
      `Förlängd till och med ${to}, beslutat ${decided}${late ? ' (för sent)' : ''}.`,
    agreementParty: (name: string, joined: string, left?: string) =>
      left ? `${name}, ${joined} – ${left}` : `${name}, från ${joined}`,
    agreementsNone: 'Inga överenskommelser är registrerade.',
    completenessTitle: 'Vad saknas',
    completenessLink: 'Vad saknas: alla verksamheters nätter och månader',
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
    forbiddenTitle: 'Sidan går inte att använda',
    forbiddenText: 'Formuläret hade gått ut. Gå tillbaka och försök igen.',
    notFoundTitle: 'Sidan finns inte',
    notFoundText: 'Kontrollera adressen, eller gå till startsidan.',
    errorTitle: 'Något gick fel',
    errorText: 'Det är inte ditt fel. Försök igen om en stund.',
    toStart: 'Till startsidan',
    accessibility: 'Tillgänglighet',
    reportTitle: 'Rapportera',
    yourActivities: 'Dina verksamheter',
    noActivities: 'Din organisation har inga verksamheter registrerade än.',
    reportLink: (name: string) => `Rapportera för ${name}`,
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
    periodHint: (example: string) => `Till exempel ${example}.`,
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
    } as Record<string, string>,
    optional: '(frivilligt)',
    nationalitiesTitle: 'Nationalitet (frivilligt)',
    nationalitiesHint: 'Antal per land. Summan får inte vara större än antalet kvinnor och män.',
    countryLabel: (n: number) => `Land ${n}`,
    countLabel: (n: number) => `Antal ${n}`,
    noCountry: 'Välj land',
    save: 'Spara',
    confirmTitle: 'Stämmer siffrorna?',
    confirmLabel: 'Ja, siffrorna stämmer. Spara ändå.',
    confirmMissing: 'Kryssa i att siffrorna stämmer, eller ändra dem',
    countInvalid: 'Skriv ett heltal, 0 eller mer',
    savedTitle: 'Sparat',
    savedWhat: (period: string, summary: string) => `Sparat: ${period} — ${summary}.`,
    resultCreated: 'En ny rapport.',
    resultUpdated: 'En rättelse av det som var sparat.',
    resultUnchanged: 'Samma siffror som redan var sparade: inget ändrades.',
    wasBefore: 'Förut',
    nowStored: 'Nu',
    reportAnother: 'Rapportera en annan period',
    summaryPeople: (women: number, men: number) => `${women} kvinnor, ${men} män`,
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
    nationalitiesTooMany: 'Antalet per land är större än antalet kvinnor och män tillsammans',
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
        'Sidorna för att rapportera verksamheten, följa extra kalla nätter och administrera partnerskapet byggs nu och har inte granskats än. De granskas innan de tas i bruk.',
      ],
      methodTitle: 'Hur vi har testat webbtjänsten',
      method: (date: string) =>
        `Vi har granskat webbtjänsten själva. Varje gång koden ändras testas varje sida automatiskt mot WCAG 2.1 nivå A och AA med verktyget axe-core, med och utan felmeddelanden, och en inloggning görs med enbart tangentbord. Senaste bedömningen gjordes ${date}.`,
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
  figureWarnings: {
    no_places: (w: { date: string; guests: number }) =>
      `Inga platser är registrerade den ${w.date}, men ${w.guests} gäster är rapporterade.`,
    over_places: (w: { date: string; guests: number; places: number }) =>
      `${w.guests} gäster är fler än de ${w.places} platserna den ${w.date}.`,
    over_women_places: (w: { date: string; women: number; womenPlaces: number }) =>
      `${w.women} kvinnor är fler än de ${w.womenPlaces} platserna för kvinnor den ${w.date}.`,
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
  } satisfies Record<ErrorKind, string>,
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
  } satisfies Record<ErrorReason, string>,
};

/** The shape of every catalogue: the English one must have each of these words. */
export type Catalogue = typeof sv;
