import { DateTime } from 'luxon';
import type { AlertContent } from '../domain/alert-plan';
import type { NightAssessment } from '../domain/cold-nights';
import type { NightDemand } from '../domain/demand';
import { escapeHtml } from '../domain/html';
import { TIME_ZONE } from '../domain/periods';
import { type Language, wordsFor } from './index';
import { mailHeading, mailLead, mailPage, mailSmallPrint } from './mail-html';
import { type NightForm, nightInGrid, nightName, nightsName } from './period-words';

const _local = (date: string, language: Language) =>
  DateTime.fromISO(date, { zone: TIME_ZONE }).setLocale(language);

const coldest = (nights: readonly NightAssessment[]) =>
  nights.reduce<NightAssessment | undefined>(
    (min, n) =>
      n.minTemperature !== null && (min?.minTemperature == null || n.minTemperature < min.minTemperature)
        ? n
        : min,
    undefined,
  );

interface Style {
  /** Minus sign, degree, dash: plain in an SMS (GSM-7), typographic in an e-mail. */
  minus: string;
  sms: boolean;
  dash: string;
  /** Nights named short in an SMS ("lör 5/12"), long in an e-mail ("lördag 5 december"). */
  nights: NightForm;
}
const SMS: Style = { minus: '-', sms: true, dash: '-', nights: 'short' };
const EMAIL: Style = { minus: '−', sms: false, dash: '–', nights: 'long' };

/** "−8,4 °C", as a page or an e-mail writes it. */
export const temperatureText = (value: number | null, language: Language) =>
  temperature(value, language, EMAIL);

function temperature(value: number | null, language: Language, style: Style): string {
  const w = wordsFor(language);
  if (value === null) return w.alert.unknownTemperature;
  const number = new Intl.NumberFormat(w.locale, { maximumFractionDigits: 1 })
    .format(Math.abs(value))
    .replace(/\s/g, ' ');
  return `${value < 0 ? style.minus : ''}${number}${style.sms ? w.alert.smsDegrees : ' °C'}`;
}

function why(night: NightAssessment, language: Language, style: Style): string {
  const w = wordsFor(language).alert;
  const parts: string[] = [temperature(night.minTemperature, language, style)];
  const warning = night.warnings.find((x) => x.level === 'RED') ?? night.warnings[0];
  if (warning) parts.push(w.warning(w.warningLevels[warning.level] ?? warning.level.toLowerCase()));
  if (night.outlook) parts.push(w.uncertain);
  return parts.join(', ');
}

function source(content: AlertContent, language: Language): string {
  const created = DateTime.fromISO(content.forecastCreatedTime, { zone: TIME_ZONE }).setLocale(language);
  return wordsFor(language).alert.source(created.toFormat('d/M HH:mm'));
}

/** "3 kalla nätter i rad, till och med natten mot lör 16/1 (fre 15/1)." — `brief` leaves the last night out. */
function spellSentence(
  nights: readonly NightAssessment[],
  language: Language,
  style: Style,
  brief = false,
): string {
  const w = wordsFor(language).alert;
  const last = nights.at(-1);
  if (nights.length === 1 || !last) return w.oneNight;
  return brief
    ? w.spellBrief(nights.length)
    : w.spell(nights.length, nightName(last.night, language, style.nights));
}

/** A count as the reader's language writes it; plain digits in an SMS (a non-breaking space is not GSM-7). */
const count = (n: number, language: Language, style: Style) =>
  style.sms ? String(n) : new Intl.NumberFormat(wordsFor(language).locale).format(n).replace(/\s/g, ' ');

const rangeText = (d: Pick<NightDemand, 'low' | 'high'>, language: Language, style: Style) =>
  d.low === d.high
    ? count(d.low, language, style)
    : `${count(d.low, language, style)}${style.dash}${count(d.high, language, style)}`;

/** "Väntat 64–72 gäster, 56 platser: 8–16 för få." — the guests to expect that night against the places. */
function demandSentence(d: NightDemand, language: Language, style: Style): string {
  const w = wordsFor(language).alert;
  const [range, places] = [rangeText(d, language, style), count(d.places, language, style)];
  if (d.high <= d.places) return w.demandEnough(range, places);
  const short = { ...d, low: Math.max(0, d.low - d.places), high: d.high - d.places };
  return d.low > d.places
    ? w.demandShort(range, places, rangeText(short, language, style))
    : w.demandMaybeShort(range, places, count(short.high, language, style));
}

/** The sentence on a page: "Väntat 64–72 gäster, 56 platser: 8–16 för få." */
export const demandText = (d: NightDemand, language: Language) => demandSentence(d, language, EMAIL);

/** "64–72 (56 platser)": a night's expected guests in the coming nights' table. */
export const expectedCell = (d: Pick<NightDemand, 'low' | 'high' | 'places'>, language: Language) =>
  wordsFor(language).alert.expectedCell(rangeText(d, language, EMAIL), count(d.places, language, EMAIL));

function body(
  content: AlertContent,
  language: Language,
  style: Style,
  brief = false,
  withDemand = true,
): string {
  const [first] = content.nights;
  if (!first) return '';
  const w = wordsFor(language).alert;
  if (content.kind === 'all_clear') {
    const cleared = nightsName(
      content.nights.map((n) => n.night),
      language,
      style.nights,
      style.dash,
    );
    const low = coldest(content.nights)?.minTemperature ?? null;
    return w.noLongerCold(cleared, low === null ? '' : w.now(temperature(low, language, style)));
  }
  const head = content.kind === 'cold' ? w.coldHead : w.changedHead;
  const min = coldest(content.nights) ?? first;
  const lead = content.kind === 'cold' ? first : min;
  const what = content.kind === 'cold' ? '' : w.coldestIs;
  const demand = withDemand && lead.demand ? ` ${demandSentence(lead.demand, language, style)}` : '';
  return `${head}: ${what}${nightName(lead.night, language, style.nights)}, ${why(lead, language, style)}. ${spellSentence(content.nights, language, style, brief)}${demand}`;
}

/** A later spell of the same message, in a few words: "Även kallt natten mot ons 18/2 (tis 17/2) (osäker)". */
function laterInWords(content: AlertContent, language: Language): string {
  const w = wordsFor(language).alert;
  const nights = nightsName(
    content.nights.map((n) => n.night),
    language,
    'short',
    SMS.dash,
  );
  const head = content.kind === 'all_clear' ? w.alsoClear : w.alsoCold;
  const outlook = content.kind !== 'all_clear' && content.nights.every((n) => n.outlook);
  return `${head} ${nights}${outlook ? `, ${w.uncertainShort}` : ''}`;
}

/**
 * The SMS of a run: one message, GSM-7 only (no °, − or –, which would halve the length allowed), at most 160
 * characters. The nearest alert in full; the later ones shortened — in a few words each, then only counted — and
 * the forecast's time left out last: the nearest spell is never dropped.
 */
export function smsText(contents: readonly AlertContent[], language: Language): string {
  const [first, ...later] = contents;
  if (!first) return '';
  const w = wordsFor(language).alert;
  const src = source(first, language);
  const options = [
    later.length === 0 ? '' : `${later.map((c) => laterInWords(c, language)).join('; ')}.`,
    later.length === 0 ? '' : w.alsoMore(later.length),
  ];
  // Dropped in turn while too long: the later spells, the forecast's time, the spell's last night (its length
  // stays), and only then the guests to expect — what the coordinator acts on.
  const brief = body(first, language, SMS, true, false);
  const mains = [
    body(first, language, SMS),
    body(first, language, SMS, true),
    body(first, language, SMS, false, false),
    brief,
  ];
  for (const main of mains)
    for (const withSource of [true, false])
      for (const also of options) {
        const text = [main, also, withSource ? src : ''].filter(Boolean).join(' ');
        if (text.length <= 160) return text;
      }
  return brief.slice(0, 160);
}

/** The subject of a run's e-mail: the nearest alert's, and how many more spells the e-mail tells of. */
export function emailSubject(contents: readonly AlertContent[], language: Language): string {
  const [content, ...later] = contents;
  const first = content?.nights[0];
  if (!content || !first) return '';
  const w = wordsFor(language).alert;
  const n = content.nights.length;
  const more = later.length > 0 ? w.subjectMore(later.length) : '';
  if (content.kind === 'all_clear') return `${w.subjectAllClear(nightName(first.night, language))}${more}`;
  const head = content.kind === 'cold' ? w.subjectCold : w.subjectChanged;
  return `${head}: ${nightName(first.night, language)}${n > 1 ? w.subjectSpell(n) : ''}${more}`;
}

/** The e-mail as text: each alert of the run, the nearest first, then every coming night, then the credit. */
export function emailText(
  contents: readonly AlertContent[],
  upcoming: readonly NightAssessment[],
  language: Language,
): string {
  const [content] = contents;
  if (!content) return '';
  const w = wordsFor(language).alert;
  // A grid: each night short ("natten mot tors 10/12 (ons 9/12)"), so that a row is a line or two on a phone.
  const names = upcoming.map((n) => nightName(n.night, language, 'short'));
  const width = names.reduce((max, name) => Math.max(max, name.length), 0);
  const rows = upcoming.map(
    (n, i) =>
      `  ${(names[i] as string).padEnd(width)} ${temperature(n.minTemperature, language, EMAIL).padStart(8)}  ${n.cold ? w.coldMark : ''}${n.outlook ? w.outlookMark : ''}${n.demand ? `  ${expectedCell(n.demand, language)}` : ''}`,
  );
  return [
    ...contents.map((c) => body(c, language, EMAIL)),
    '',
    w.comingNights,
    ...rows,
    '',
    `${source(content, language)}. ${w.credit}`,
  ].join('\n');
}

/**
 * The e-mail as HTML, for a phone first: the alert in a box, then the coming nights as a real table with the
 * nights of the spell highlighted, then the credit. The text version above is the e-mail's alternative part.
 */
export function emailHtml(
  contents: readonly AlertContent[],
  upcoming: readonly NightAssessment[],
  language: Language,
): string {
  const [content] = contents;
  if (!content) return '';
  const w = wordsFor(language).alert;
  const spell = new Set(
    contents.flatMap((c) => (c.kind === 'all_clear' ? [] : c.nights.map((n) => n.night))),
  );
  const cell = 'padding:6px 4px;border-bottom:1px solid #ccc;text-align:left;vertical-align:top';
  // With each night named as a grid names it and narrow cells, the table fits a 320 px screen.
  // The guests to expect, where the venues' fits give them (issue 27): a column of its own.
  const expecting = upcoming.some((n) => n.demand);
  const rows = upcoming.map((n) => {
    // An outlook night that is not cold says only that it is uncertain: a dash above it would say nothing more.
    const status = n.cold ? w.coldCell : n.outlook ? '' : w.notColdCell;
    const inSpell = spell.has(n.night);
    const style = inSpell ? ' style="background:#dbe9f7;font-weight:bold"' : '';
    return `<tr${style}><td style="${cell}">${escapeHtml(nightInGrid(n.night, language))}</td><td style="${cell};white-space:nowrap">${escapeHtml(temperature(n.minTemperature, language, EMAIL))}</td><td style="${cell}">${escapeHtml(status)}${n.outlook ? `${status ? '<br>' : ''}<span style="font-weight:normal;color:#555">${escapeHtml(w.outlookCell)}</span>` : ''}</td>${expecting ? `<td style="${cell}${n.demand && n.demand.high > n.demand.places ? ';font-weight:bold' : ''}">${escapeHtml(n.demand ? expectedCell(n.demand, language) : '–')}</td>` : ''}</tr>`;
  });
  const head = [w.nightColumn, w.lowestColumn, w.statusColumn, ...(expecting ? [w.expectedColumn] : [])]
    .map((h) => `<th scope="col" style="${cell};border-bottom:2px solid #222">${escapeHtml(h)}</th>`)
    .join('');
  return mailPage(
    language,
    emailSubject(contents, language),
    [
      ...contents.map((c) => mailLead(body(c, language, EMAIL))),
      mailHeading(w.comingNightsTitle),
      `<table style="border-collapse:collapse;width:100%;font-size:14px"><thead><tr>${head}</tr></thead><tbody>`,
      ...rows,
      '</tbody></table>',
      mailSmallPrint(escapeHtml(`${source(content, language)}. ${w.credit}`)),
    ].join('\n'),
  );
}

const GSM7 =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** Whether a text fits the GSM 03.38 basic alphabet, so that one SMS holds 160 characters. */
export const isGsm7 = (text: string) => [...text].every((c) => GSM7.includes(c));
