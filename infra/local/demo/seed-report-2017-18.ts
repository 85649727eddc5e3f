/**
 * The joint activity report Nov 2017 – Apr 2018 (../shared/seeds/004_…txt): the monthly tables as published.
 * Demo data is spread from these so that every monthly total is exactly the seed's.
 */
export const SEED_NIGHT_SHELTERS = [
  { month: '2017-11', women: 1032, men: 1953 },
  { month: '2017-12', women: 946, men: 1226 },
  { month: '2018-01', women: 802, men: 2071 },
  { month: '2018-02', women: 951, men: 1981 },
  { month: '2018-03', women: 1016, men: 2042 },
  { month: '2018-04', women: 742, men: 1896 },
] as const;

export const SEED_DAY_CENTRES = [
  { month: '2017-11', women: 1267, men: 5600 },
  { month: '2017-12', women: 996, men: 4906 },
  { month: '2018-01', women: 641, men: 5130 },
  { month: '2018-02', women: 815, men: 5467 },
  { month: '2018-03', women: 885, men: 6082 },
  { month: '2018-04', women: 795, men: 5147 },
] as const;

/**
 * What the seed report says in words about the other activities, for the half-year as a whole. The outreach and
 * social emergency teams' counts are half-year figures as the seed gives them (distinct people are no sum of
 * months); what the seed does not give is left out, not invented: EU-teamet's nationalities ("majoriteten …
 * rumänska", no number), Socialjouren's split by sex and its number of home-journey applications ("främst", no
 * number). Intake and the extra cold nights are spread over the months and nights, their totals the seed's.
 */
export const SEED_OTHER = {
  /** EU-teamet: worked with 42 people in extra vulnerable situations, ~50 % women, ~60 sleeping sites, ~750 on them. */
  euTeam: { people: 42, women: 21, men: 21, sleepingSites: 60, estimatedRoughSleepers: 750 },
  /** Socialjouren: 81 people, about 50 % Romanian, 20 % Finnish, 10 % Polish; about 10 % LVM reports. */
  socialEmergency: { people: 81, nationalities: { RO: 41, FI: 16, PL: 8 }, lvmReports: 8 },
  /** Intake: 100–120 tickets a week; 50–75 % of applicants got a place. */
  intake: { ticketsPerWeek: 110, placedShare: 0.62 },
  /** Extra cold nights: opened 22 times, 110 guests a night on average. */
  extraColdNights: { nights: 22, guestsPerNight: 110 },
} as const;

/**
 * The sections people wrote in the seed report (004, a public record), word for word: "Samverkan" and the questions
 * for the next period. The demo keeps them as the half-year's written texts, each line a paragraph.
 */
export const SEED_TEXTS = {
  cooperation: [
    'Frälsningsarméns utbildning "En säker hand" har anordnats för alla samverkansparter inom ramen för IOP. Utbildningen bestod av en praktisk vägledning för att förebygga och motverka människohandel.',
    'Samverkansgruppen har tagit fram en sammanställning av alla stödinsatser som finns för målgruppen i Stockholm. Informationen ska användas som ett verktyg i vägledningen av utsatta EU-medborgare.',
    'Donationer av bl.a. hygienprodukter har samordnats mellan samverkansparterna genom Frälsningsarméns försorg. Donation av livsmedelssvinn har löpande fördelats mellan flera av samverkansparterna genom Stockholms Stadsmissions projekt Matbanken.',
    'Samverkansgruppen träffas en gång i månaden. Mötena upplevs fungera bättre och bättre. Det har funnits en viss osäkerhet om roller och ansvar. Samverkansgruppens arbete har också påverkats av hög omsättning bland representanterna i gruppen. Under samverkansmötena har frågor som gäller den operativa verksamheten diskuterats.',
    'En slutsats från samverkan är att kommunikation mellan verksamheterna och möjlighet till gemensamma samarbetsytor är ett fokus framåt. Det finns mer gemensam kunskap om de olika nattverksamheterna, men däremot mindre kunskap om vad de olika dagverksamheterna kan erbjuda och hur verksamheterna kan komplettera varandra.',
  ],
  nextPeriod: [
    '- Löpande uppföljning av statistik (beläggning, antal besök, nationalitet) från dag- och nattverksamheter, samt analys av eventuella trender/tendenser och beläggning kopplat till kapacitet',
    '- Konsolidera samarbetsformer och kommunikationen inom/mellan samverkansgrupp och styrgrupp, samt ytterligare tydliggöra roller och ansvar för samverkans- och styrgrupp',
    '- Fortsätta arbetet att dela goda exempel, positiva erfarenheter och kunskapsutbyte',
  ],
} as const;
