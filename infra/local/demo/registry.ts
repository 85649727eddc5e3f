import type { CapacityEntry } from '../../../shared/domain/capacity';
import type { ActivityKind } from '../../../shared/domain/figures';

/**
 * The partnership's organisations and activities, from ../shared/DOMAIN.md and the seeds.
 *
 * Capacity: the sources give the totals in force (115 from May 2017, 94 from Jul 2020, 116 from 15 Aug 2022,
 * 82 from May 2024, 56 from May 2025) and the split per shelter only in 2017 (Filadelfia 50, Frälsningsarmén 45,
 * Convictus 20), 2024 (Ny Gemenskap 26, Frälsningsarmén 56) and 2025 (Frälsningsarmén 56). Between those the
 * split below is an assumption that keeps every total exact.
 */
export const DEMO_ORGANISATIONS = [
  { id: 'org_convictus', name: 'Convictus', orgNumber: '802012-1581' },
  { id: 'org_fralsningsarmen', name: 'Frälsningsarmén', orgNumber: '802006-1688' },
  { id: 'org_nygemenskap', name: 'Ny Gemenskap', orgNumber: '802006-1019' },
  { id: 'org_stadsmissionen', name: 'Stockholms Stadsmission', orgNumber: '802003-1954' },
  { id: 'org_stockholms_stad', name: 'Stockholms stad, socialförvaltningen', orgNumber: '212000-0142' },
  // A partner until 2019–20 whose number is not in the sources.
  { id: 'org_filadelfia', name: 'Filadelfiakyrkan', orgNumber: null },
] as const;

interface DemoActivity {
  id: string;
  organisationId: (typeof DEMO_ORGANISATIONS)[number]['id'];
  name: string;
  kind: ActivityKind;
  capacity?: CapacityEntry[];
  /** The first day it runs, where the seeds date it. */
  startsOn?: string;
}

export const DEMO_ACTIVITIES: readonly DemoActivity[] = [
  {
    id: 'act_filadelfia_natt',
    organisationId: 'org_filadelfia',
    name: 'Filadelfia natthärbärge, Slakthusområdet',
    kind: 'night_shelter',
    capacity: [
      { from: '2017-05-01', places: 50 },
      { from: '2020-07-01', places: 0 },
    ],
  },
  {
    id: 'act_fa_natt',
    organisationId: 'org_fralsningsarmen',
    name: 'Frälsningsarméns natthärbärge (Västberga, sedan Bromma)',
    kind: 'night_shelter',
    capacity: [
      { from: '2017-05-01', places: 45 },
      // Seed 003 (the 2019 decision): "Inom nattverksamheten finns 20 platser specifikt avsedda för kvinnor". It names
      // no shelter: the demo keeps them here, its one assumption; the 20 and the 115 in all are the seed's.
      { from: '2019-05-01', places: 45, womenPlaces: 20 },
      { from: '2020-07-01', places: 74 },
      { from: '2022-08-15', places: 96 },
      { from: '2024-05-01', places: 56 },
    ],
  },
  {
    id: 'act_convictus_natt',
    organisationId: 'org_convictus',
    name: 'Convictus natthärbärge, Hjorthagen',
    kind: 'night_shelter',
    capacity: [
      { from: '2017-05-01', places: 20 },
      { from: '2024-05-01', places: 0 },
    ],
  },
  {
    id: 'act_ng_natt',
    organisationId: 'org_nygemenskap',
    name: 'Ny Gemenskaps natthärbärge',
    kind: 'night_shelter',
    capacity: [
      { from: '2024-05-01', places: 26 },
      { from: '2025-05-01', places: 0 },
    ],
  },
  { id: 'act_fa_eu_center', organisationId: 'org_fralsningsarmen', name: 'EU-center', kind: 'day_centre' },
  {
    id: 'act_ng_kafe_norrmalm',
    organisationId: 'org_nygemenskap',
    name: 'Kafé Norrmalm',
    kind: 'day_centre',
  },
  {
    id: 'act_ng_vastberga_gard',
    organisationId: 'org_nygemenskap',
    name: 'Västberga gård',
    kind: 'day_centre',
  },
  {
    id: 'act_sm_varberg',
    organisationId: 'org_stadsmissionen',
    name: 'Mötesplats Vårberg',
    kind: 'day_centre',
  },
  {
    id: 'act_sm_hasselby',
    organisationId: 'org_stadsmissionen',
    name: 'Mötesplats Hässelby',
    kind: 'day_centre',
  },
  {
    id: 'act_convictus_uppsok',
    organisationId: 'org_convictus',
    name: 'Uppsökande verksamhet',
    kind: 'outreach',
    // Seed 001 (the 2025 decision) lists "Convictus uppsökande verksamhet"; the 2017–18 report (004) has the
    // EU team's outreach only: the demo has it join with the 2025 agreement, so 2017–18 misses nothing of it.
    startsOn: '2025-05-01',
  },
  { id: 'act_eu_teamet', organisationId: 'org_stockholms_stad', name: 'EU-teamet', kind: 'outreach' },
  {
    id: 'act_socialjouren',
    organisationId: 'org_stockholms_stad',
    name: 'Socialjouren',
    kind: 'social_emergency',
  },
  {
    id: 'act_ng_inskrivning',
    organisationId: 'org_nygemenskap',
    name: 'Inskrivning till natthärbärgen',
    kind: 'intake',
  },
  {
    id: 'act_ng_extra_kalla',
    organisationId: 'org_nygemenskap',
    name: 'Extra kalla nätter',
    kind: 'cold_night_venue',
  },
];

/** One person per role to sign in with locally; their codes arrive in the SES emulator's inbox. */
export const DEMO_PEOPLE = [
  { email: 'admin@iop.local', name: 'Åsa Admin', role: 'admin' },
  { email: 'samordnare@iop.local', name: 'Sam Samordnare', role: 'coordinator' },
  {
    email: 'convictus@iop.local',
    name: 'Cecilia på Convictus',
    role: 'partner',
    organisationId: 'org_convictus',
  },
  {
    email: 'fralsningsarmen@iop.local',
    name: 'Fredrik på Frälsningsarmén',
    role: 'partner',
    organisationId: 'org_fralsningsarmen',
  },
  {
    email: 'nygemenskap@iop.local',
    name: 'Nadia på Ny Gemenskap',
    role: 'partner',
    organisationId: 'org_nygemenskap',
  },
  {
    email: 'stadsmissionen@iop.local',
    name: 'Stina på Stadsmissionen',
    role: 'partner',
    organisationId: 'org_stadsmissionen',
  },
] as const;

const FOUNDERS = [
  'org_stadsmissionen',
  'org_convictus',
  'org_nygemenskap',
  'org_fralsningsarmen',
  'org_stockholms_stad',
];
const partiesFrom = (joined: string, ids: readonly string[]) =>
  ids.map((organisationId) => ({ organisationId, joined }));

/**
 * The partnership's agreements as the seeds tell them (`../shared/DOMAIN.md`, seeds 001 and 003): the periods,
 * their extensions and notice rules, Filadelfiakyrkan leaving after the second agreement's first year. The seeds
 * give no decision dates: the ones here are illustrative, a week before each deadline.
 */
export const DEMO_AGREEMENTS = [
  {
    name: 'Överenskommelse 2017–2019',
    start: '2017-05-01',
    end: '2019-04-30',
    latestEnd: null,
    extensionMonths: 12,
    notice: { kind: 'months_before_end', months: 6 },
    parties: partiesFrom('2017-05-01', [...FOUNDERS, 'org_filadelfia']),
    extend: [],
  },
  {
    name: 'Överenskommelse 2019–2022',
    start: '2019-05-01',
    end: '2020-04-30',
    latestEnd: '2022-04-30',
    extensionMonths: 12,
    notice: { kind: 'fixed_date', month: 2, day: 1 },
    parties: [
      ...partiesFrom('2019-05-01', FOUNDERS),
      { organisationId: 'org_filadelfia', joined: '2019-05-01', left: '2020-04-30' },
    ],
    extend: ['2020-01-24', '2021-01-25'],
  },
  {
    name: 'Överenskommelse 2022–2025',
    start: '2022-05-01',
    end: '2023-04-30',
    latestEnd: '2025-04-30',
    extensionMonths: 12,
    notice: { kind: 'months_before_end', months: 6 },
    parties: partiesFrom('2022-05-01', FOUNDERS),
    extend: ['2022-10-24', '2023-10-24'],
  },
  {
    name: 'Överenskommelse 2025–2026',
    start: '2025-05-01',
    end: '2026-04-30',
    latestEnd: '2028-04-30',
    extensionMonths: 12,
    notice: { kind: 'months_before_end', months: 6 },
    parties: partiesFrom('2025-05-01', FOUNDERS),
    extend: [],
  },
] as const;

/**
 * The financial outcome of 2025 (the calendar year, due 31 March 2026): the four non-profits report — the city
 * grants, it does not report — and three of them have. The amounts are illustrative: the seeds give none.
 */
export const DEMO_FINANCE_YEAR = {
  year: 2025,
  organisationIds: ['org_convictus', 'org_fralsningsarmen', 'org_nygemenskap', 'org_stadsmissionen'],
} as const;
export const DEMO_OUTCOMES = [
  {
    organisationId: 'org_convictus',
    grant: 4_200_000,
    used: {
      personal: 2_950_000,
      lokaler: 610_000,
      mat: 240_000,
      hygien: 85_000,
      administration: 210_000,
      ovrigt: 60_000,
    },
    ownMoney: 350_000,
    volunteerHours: 1_200,
    comment: 'Lokalhyran höjdes från oktober; mellanskillnaden täcktes av egna medel.',
  },
  {
    organisationId: 'org_nygemenskap',
    grant: 5_600_000,
    used: {
      personal: 3_900_000,
      lokaler: 820_000,
      mat: 460_000,
      hygien: 120_000,
      administration: 260_000,
      ovrigt: 40_000,
    },
    ownMoney: 520_000,
    volunteerHours: 3_400,
  },
  {
    organisationId: 'org_stadsmissionen',
    grant: 6_100_000,
    used: {
      personal: 4_300_000,
      lokaler: 900_000,
      mat: 380_000,
      hygien: 140_000,
      administration: 300_000,
      ovrigt: 15_000,
    },
    ownMoney: 800_000,
    volunteerHours: 2_100,
  },
] as const;

/** The cold-night venue's public face (illustrative: the seeds name no address). */
export const DEMO_VENUE_INFO = {
  activityId: 'act_ng_extra_kalla',
  publicInfo: { address: 'Exempelgatan 1, Stockholm', hours: '21.00–08.00' },
} as const;

/**
 * Who is told of cold nights and decisions: a coordinator, the venue, the outreach team and Socialjouren. The
 * phone numbers are from the range PTS keeps for fiction (070-174 06 05 – 070-174 06 99): they reach nobody.
 */
export const DEMO_SUBSCRIBERS = [
  {
    name: 'Sam Samordnare',
    email: 'samordnare@iop.local',
    phone: '+46701740605',
    channels: ['email', 'sms'],
    groups: ['coordinators'],
  },
  { name: 'Extra kalla nätter, lokalen', phone: '+46701740606', channels: ['sms'], groups: ['venues'] },
  { name: 'EU-teamet, uppsökare', phone: '+46701740607', channels: ['sms'], groups: ['outreach'] },
  { name: 'Socialjouren', email: 'socialjouren@iop.local', channels: ['email'], groups: ['socialjouren'] },
] as const;

/**
 * Who signs the joint report, as seeds 002 and 004 name them: "För samverkansgruppen Joao Alho tf ordförande, Ny
 * Gemenskap" and "För styrgruppen Anna Johansson, ordförande, Stockholms Stadsmission". Their addresses are the
 * demo's; the names and titles are the seeds' signature block.
 */
export const DEMO_CHAIRS = [
  {
    group: 'cooperation',
    title: 'tf ordförande',
    person: {
      email: 'samverkansgruppen@iop.local',
      name: 'Joao Alho',
      role: 'partner',
      organisationId: 'org_nygemenskap',
    },
  },
  {
    group: 'steering',
    title: 'ordförande',
    person: {
      email: 'styrgruppen@iop.local',
      name: 'Anna Johansson',
      role: 'partner',
      organisationId: 'org_stadsmissionen',
    },
  },
] as const;

/**
 * Each party's appendix to the seed half-year's report (Nov 2017 – Apr 2018), under the template's headings. The
 * seeds give the appendices' titles only ("Bilaga 1 Verksamhetsrapport Convictus" …): these texts are illustrative,
 * drawn from what the seeds say of each party's work, about the activities and the group, never about a person.
 */
export const DEMO_APPENDICES: Record<string, Record<string, string>> = {
  org_convictus: {
    activities:
      'Natthärbärget i Hjorthagen har haft 20 platser öppna alla nätter under perioden. Gästerna har erbjudits kvällsmat, frukost, dusch och tvätt.',
    targetGroup:
      'Gästerna har främst varit män från Rumänien och Bulgarien. Andelen kvinnor har ökat under vintern.',
    results:
      'Beläggningen har varit hög under vintermånaderna. Samtliga platser har fördelats via den gemensamma inskrivningen.',
    cooperation:
      'Convictus har deltagit i samverkansgruppens månadsmöten och tagit emot gäster från Extra kalla nätter när platser funnits.',
    development:
      'Lokalens storlek begränsar antalet platser. Behovet av fler kvinnoplatser har lyfts till styrgruppen.',
  },
  org_filadelfia: {
    activities:
      'Natthärbärget i Slakthusområdet har haft 50 platser under perioden, med volontärer från församlingen vid sidan av anställd personal.',
    targetGroup: 'Gästerna har varit kvinnor och män i målgruppen, de flesta från Rumänien.',
    results: 'Härbärget har haft hög beläggning från november till mars och något lägre i april.',
    cooperation:
      'Filadelfiakyrkan har samverkat med inskrivningen kring fördelningen av platser och med EU-teamet kring gäster med särskilda behov.',
    development:
      'Att behålla volontärer under en lång vinter är en utmaning som församlingen arbetar vidare med.',
  },
  org_fralsningsarmen: {
    activities:
      'Frälsningsarmén har drivit natthärbärget med 45 platser och dagverksamheten EU-center med frukost, dusch, tvätt och rådgivning.',
    targetGroup:
      'Både natt- och dagverksamheten har främst besökts av män. Kvinnor har erbjudits egna tider för dusch och tvätt.',
    results:
      'EU-center har haft många besök under vintern. Rådgivningen har gällt arbete, hälsa och möjligheten att resa hem.',
    cooperation:
      'Frälsningsarmén har hänvisat besökare till Socialjouren och deltagit i planeringen av Extra kalla nätter.',
    development:
      'Trycket på dagverksamheten är störst under de kallaste veckorna; öppettiderna ses över inför nästa vinter.',
  },
  org_nygemenskap: {
    activities:
      'Ny Gemenskap har drivit Kafé Norrmalm och Västberga gård, inskrivningen till natthärbärgena och samordningen av Extra kalla nätter.',
    targetGroup:
      'Inskrivningen har mött 20–60 personer om dagen som fått plats, oftast fler än platserna räckt till.',
    results:
      'Extra kalla nätter öppnades 22 gånger under perioden, med i genomsnitt 110 gäster per natt. Som längst var verksamheten öppen två veckor i följd.',
    cooperation:
      'Ny Gemenskap har lett samverkansgruppen och samordnat församlingarnas lokaler och volontärer under de kalla nätterna.',
    development:
      'Många kalla nätter i följd sliter på lokaler och volontärer. Tidigare besked om långa köldperioder behövs för att hinna förbereda.',
  },
  org_stadsmissionen: {
    activities:
      'Stockholms Stadsmission har drivit Mötesplats Vårberg och Mötesplats Hässelby med frukost, dusch, tvätt och samtal.',
    targetGroup:
      'Besökarna har varit både kvinnor och män; kvinnornas andel är större i Vårberg än i Hässelby.',
    results: 'Mötesplatserna har varit öppna enligt plan hela perioden och haft flest besök under vintern.',
    cooperation:
      'Stadsmissionen har haft ordförandeskapet i styrgruppen och samverkat med EU-teamet kring uppsökande arbete.',
    development:
      'Stadsmissionen vill utveckla brukarundersökningen så att den kan användas på alla mötesplatser.',
  },
  org_stockholms_stad: {
    activities:
      'EU-teamet har arbetat uppsökande i staden, och Socialjouren har tagit emot ansökningar och anmälningar för personer i målgruppen.',
    targetGroup:
      'EU-teamet har arbetat med personer i särskilt utsatta situationer. Socialjouren har haft kontakt med 81 personer, flest medborgare i Rumänien.',
    results:
      'EU-teamet har uppmärksammat omkring 60 bo- och sovplatser. De flesta ärenden hos Socialjouren har gällt hemresor.',
    cooperation:
      'Förvaltningen har sammanställt partnerskapets statistik och samordnat samverkansgruppens och styrgruppens möten.',
    development: 'Statistiken över nationalitet behöver samlas på ett ställe för alla verksamheter.',
  },
};

/**
 * The partnership's user survey (seed 003 asks for its template; the seeds give no questions nor answers): these
 * are illustrative, asked in the languages the guests speak most, with tallies for the seed half-year and the one
 * before it, so that the report shows a change. Counts only; some small enough to be hidden in the report.
 */
export const DEMO_SURVEY = {
  questions: [
    { text: 'Känner du dig trygg i verksamheten?', scale: 'yesNo' },
    { text: 'Personalen bemöter mig med respekt.', scale: 'agreement' },
    { text: 'Hur nöjd är du med stödet du får här?', scale: 'satisfaction' },
    { text: 'Har du fått veta var du kan få annat stöd i Stockholm?', scale: 'yesNo' },
  ],
  languages: ['sv', 'ro', 'bg', 'pl', 'hu', 'en'],
  tallies: [
    {
      activityId: 'act_fa_natt',
      period: { from: '2017-11', to: '2018-04' },
      respondents: 64,
      answers: [
        { yes: 52, no: 9, dont_know: 3 },
        { agree_fully: 41, agree_partly: 17, disagree: 4, dont_know: 2 },
        { very_satisfied: 30, fairly_satisfied: 25, not_very_satisfied: 6, not_satisfied: 2 },
        { yes: 38, no: 22, dont_know: 4 },
      ],
    },
    {
      activityId: 'act_convictus_natt',
      period: { from: '2017-11', to: '2018-04' },
      respondents: 28,
      answers: [
        { yes: 24, no: 3, dont_know: 1 },
        { agree_fully: 19, agree_partly: 7, disagree: 1, dont_know: 1 },
        { very_satisfied: 12, fairly_satisfied: 12, not_very_satisfied: 3, not_satisfied: 1 },
        { yes: 15, no: 12, dont_know: 1 },
      ],
    },
    {
      activityId: 'act_fa_eu_center',
      period: { from: '2017-11', to: '2018-04' },
      respondents: 85,
      answers: [
        { yes: 74, no: 8, dont_know: 3 },
        { agree_fully: 58, agree_partly: 21, disagree: 4, dont_know: 2 },
        { very_satisfied: 44, fairly_satisfied: 31, not_very_satisfied: 7, not_satisfied: 3 },
        { yes: 55, no: 26, dont_know: 4 },
      ],
    },
    {
      activityId: 'act_fa_natt',
      period: { from: '2017-05', to: '2017-10' },
      respondents: 58,
      answers: [
        { yes: 44, no: 11, dont_know: 3 },
        { agree_fully: 33, agree_partly: 19, disagree: 4, dont_know: 2 },
        { very_satisfied: 22, fairly_satisfied: 26, not_very_satisfied: 7, not_satisfied: 3 },
        { yes: 24, no: 30, dont_know: 4 },
      ],
    },
    {
      activityId: 'act_fa_eu_center',
      period: { from: '2017-05', to: '2017-10' },
      respondents: 70,
      answers: [
        { yes: 59, no: 8, dont_know: 3 },
        { agree_fully: 45, agree_partly: 20, disagree: 3, dont_know: 2 },
        { very_satisfied: 33, fairly_satisfied: 28, not_very_satisfied: 6, not_satisfied: 3 },
        { yes: 36, no: 31, dont_know: 3 },
      ],
    },
  ],
} as const;
