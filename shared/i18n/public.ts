/**
 * The public cold-night page's words, in the languages of the people it is for: Swedish and English, and Romanian,
 * Bulgarian, Polish and Finnish (the seeds: most guests are Romanian, then Finnish and Polish; the intake staff speak
 * ten languages). Plain words, short sentences. The four last were written without a native speaker: each needs
 * one's review before it is published (README, "The public page").
 */
export const PUBLIC_LANGUAGES = ['sv', 'en', 'ro', 'bg', 'pl', 'fi'] as const;
export type PublicLanguage = (typeof PUBLIC_LANGUAGES)[number];

export interface PublicWords {
  /** The language's own name, for the language links. */
  name: string;
  /** BCP 47, for the dates. */
  locale: string;
  title: string;
  lead: string;
  open: string;
  notOpening: string;
  /** An opening announced, then called off. */
  cancelled: string;
  undecided: string;
  address: string;
  hours: string;
  places: (n: number) => string;
  updated: (at: string) => string;
  emergency: string;
  languages: string;
}

export const PUBLIC_WORDS: Record<PublicLanguage, PublicWords> = {
  sv: {
    name: 'Svenska',
    locale: 'sv-SE',
    title: 'Extra kalla nätter i Stockholm',
    lead: 'När det är mycket kallt öppnar vi extra platser att sova på. Här ser du var och när.',
    open: 'Extra platser är öppna',
    notOpening: 'Inga extra platser',
    cancelled: 'Inställt – inga extra platser',
    undecided: 'Inte bestämt än',
    address: 'Adress',
    hours: 'Öppet',
    places: (n) => `${n} platser`,
    updated: (at) => `Uppdaterad ${at}`,
    emergency: 'Vid fara för liv: ring 112.',
    languages: 'Språk',
  },
  en: {
    name: 'English',
    locale: 'en-GB',
    title: 'Extra cold nights in Stockholm',
    lead: 'When it is very cold, extra places to sleep open. Here you see where and when.',
    open: 'Extra places are open',
    notOpening: 'No extra places',
    cancelled: 'Cancelled – no extra places',
    undecided: 'Not decided yet',
    address: 'Address',
    hours: 'Open',
    places: (n) => `${n} places`,
    updated: (at) => `Updated ${at}`,
    emergency: 'In an emergency, call 112.',
    languages: 'Language',
  },
  ro: {
    name: 'Română',
    locale: 'ro-RO',
    title: 'Nopți foarte reci în Stockholm',
    lead: 'Când este foarte frig, se deschid locuri în plus pentru dormit. Aici vezi unde și când.',
    open: 'Locuri în plus deschise',
    notOpening: 'Nu sunt locuri în plus',
    cancelled: 'Anulat – nu sunt locuri în plus',
    undecided: 'Nu s-a decis încă',
    address: 'Adresa',
    hours: 'Deschis',
    places: (n) => `${n} locuri`,
    updated: (at) => `Actualizat ${at}`,
    emergency: 'În caz de urgență, sunați la 112.',
    languages: 'Limba',
  },
  bg: {
    name: 'Български',
    locale: 'bg-BG',
    title: 'Много студени нощи в Стокхолм',
    lead: 'Когато е много студено, се отварят допълнителни места за спане. Тук виждате къде и кога.',
    open: 'Допълнителни места са отворени',
    notOpening: 'Няма допълнителни места',
    cancelled: 'Отменено – няма допълнителни места',
    undecided: 'Още не е решено',
    address: 'Адрес',
    hours: 'Отворено',
    places: (n) => `${n} места`,
    updated: (at) => `Обновено ${at}`,
    emergency: 'При спешен случай звънете на 112.',
    languages: 'Език',
  },
  pl: {
    name: 'Polski',
    locale: 'pl-PL',
    title: 'Bardzo zimne noce w Sztokholmie',
    lead: 'Gdy jest bardzo zimno, otwieramy dodatkowe miejsca do spania. Tutaj zobaczysz gdzie i kiedy.',
    open: 'Dodatkowe miejsca są otwarte',
    notOpening: 'Brak dodatkowych miejsc',
    cancelled: 'Odwołane – brak dodatkowych miejsc',
    undecided: 'Jeszcze nie zdecydowano',
    address: 'Adres',
    hours: 'Otwarte',
    places: (n) => `Miejsca: ${n}`,
    updated: (at) => `Zaktualizowano ${at}`,
    emergency: 'W nagłym wypadku dzwoń pod 112.',
    languages: 'Język',
  },
  fi: {
    name: 'Suomi',
    locale: 'fi-FI',
    title: 'Erittäin kylmät yöt Tukholmassa',
    lead: 'Kun on hyvin kylmä, avataan ylimääräisiä nukkumapaikkoja. Tästä näet missä ja milloin.',
    open: 'Ylimääräiset paikat ovat auki',
    notOpening: 'Ei ylimääräisiä paikkoja',
    cancelled: 'Peruttu – ei ylimääräisiä paikkoja',
    undecided: 'Ei vielä päätetty',
    address: 'Osoite',
    hours: 'Auki',
    places: (n) => `Paikkoja: ${n}`,
    updated: (at) => `Päivitetty ${at}`,
    emergency: 'Hätätilanteessa soita 112.',
    languages: 'Kieli',
  },
};
