import { DateTime } from 'luxon';
import type { NightAssessment } from './cold-nights';
import { TIME_ZONE } from './periods';

export type Language = 'sv' | 'en';
export type AlertKind = 'cold' | 'update' | 'all_clear';

/** What one alert says: its kind, the nights it is about, and the forecast it comes from. */
export interface AlertContent {
  kind: AlertKind;
  /** The cold spell (cold, update) or the nights no longer cold (all_clear), in date order. */
  nights: NightAssessment[];
  forecastCreatedTime: string;
}

const local = (date: string, language: Language) =>
  DateTime.fromISO(date, { zone: TIME_ZONE }).setLocale(language);

/** "natten mot tisdag 14 januari": a night is named by the morning it ends, as people say it. */
export function nightName(night: string, language: Language): string {
  const morning = local(night, language).plus({ days: 1 });
  return language === 'sv'
    ? `natten mot ${morning.toFormat('cccc d MMMM')}`
    : `the night to ${morning.toFormat('cccc d MMMM')}`;
}

/** "mån-ons" (the evenings the nights begin); a spell of a week or more by dates instead. */
function spellRange(nights: readonly NightAssessment[], language: Language, dash: string): string {
  const first = nights[0]?.night ?? '';
  const last = nights.at(-1)?.night ?? first;
  if (nights.length >= 7)
    return `${local(first, language).toFormat('d/M')}${dash}${local(last, language).toFormat('d/M')}`;
  const day = (d: string) => local(d, language).toFormat('ccc').replace('.', '');
  return nights.length === 1 ? day(first) : `${day(first)}${dash}${day(last)}`;
}

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
  degrees: string;
  dash: string;
}
const SMS: Style = { minus: '-', degrees: ' grader', dash: '-' };
const EMAIL: Style = { minus: '−', degrees: ' °C', dash: '–' };

function temperature(value: number | null, language: Language, style: Style): string {
  if (value === null) return language === 'sv' ? 'okänd temperatur' : 'temperature unknown';
  const number = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 })
    .format(Math.abs(value))
    .replace(/\s/g, ' ');
  const degrees = language === 'en' && style === SMS ? ' C' : style.degrees;
  return `${value < 0 ? style.minus : ''}${number}${degrees}`;
}

function why(night: NightAssessment, language: Language, style: Style): string {
  const parts: string[] = [temperature(night.minTemperature, language, style)];
  const warning = night.warnings.find((w) => w.level === 'RED') ?? night.warnings[0];
  if (warning) {
    const level =
      { ORANGE: language === 'sv' ? 'orange' : 'orange', RED: language === 'sv' ? 'röd' : 'red' }[
        warning.level
      ] ?? warning.level.toLowerCase();
    parts.push(language === 'sv' ? `SMHI varnar (${level})` : `SMHI ${level} warning`);
  }
  if (night.outlook) parts.push(language === 'sv' ? 'osäker prognos' : 'uncertain outlook');
  return parts.join(', ');
}

function source(content: AlertContent, language: Language): string {
  const created = DateTime.fromISO(content.forecastCreatedTime, { zone: TIME_ZONE }).setLocale(language);
  return language === 'sv'
    ? `Prognos SMHI ${created.toFormat('d/M HH:mm')}`
    : `SMHI forecast ${created.toFormat('d/M HH:mm')}`;
}

function spellSentence(nights: readonly NightAssessment[], language: Language, style: Style): string {
  if (nights.length === 1) return language === 'sv' ? '1 natt.' : '1 night.';
  const range = spellRange(nights, language, style.dash);
  return language === 'sv'
    ? `${nights.length} kalla nätter i rad: ${range}.`
    : `${nights.length} cold nights in a row: ${range}.`;
}

function body(content: AlertContent, language: Language, style: Style): string {
  const [first] = content.nights;
  if (!first) return '';
  const sv = language === 'sv';
  if (content.kind === 'all_clear') {
    const range = spellRange(content.nights, language, style.dash);
    const cleared =
      content.nights.length === 1
        ? nightName(first.night, language)
        : sv
          ? `nätterna ${range}`
          : `the nights ${range}`;
    const low = coldest(content.nights)?.minTemperature ?? null;
    const now = low === null ? '' : ` (${sv ? 'nu' : 'now'} ${temperature(low, language, style)})`;
    return sv ? `Inte längre extra kallt ${cleared}${now}.` : `No longer extra cold ${cleared}${now}.`;
  }
  const head =
    content.kind === 'cold' ? (sv ? 'Extra kall natt' : 'Extra cold night') : sv ? 'Ändrat' : 'Changed';
  const min = coldest(content.nights) ?? first;
  const lead = content.kind === 'cold' ? first : min;
  const what = content.kind === 'cold' ? '' : sv ? 'kallast blir ' : 'coldest is ';
  return `${head}: ${what}${nightName(lead.night, language)}, ${why(lead, language, style)}. ${spellSentence(content.nights, language, style)}`;
}

/** The SMS: one message, GSM-7 only (no °, − or –, which would halve the length allowed). */
export function smsText(content: AlertContent, language: Language): string {
  return `${body(content, language, SMS)} ${source(content, language)}`;
}

export function emailSubject(content: AlertContent, language: Language): string {
  const [first] = content.nights;
  if (!first) return '';
  const sv = language === 'sv';
  const n = content.nights.length;
  if (content.kind === 'all_clear')
    return sv
      ? `Inte längre extra kallt ${nightName(first.night, language)}`
      : `No longer extra cold ${nightName(first.night, language)}`;
  const spell = sv ? (n > 1 ? ` – ${n} nätter i rad` : '') : n > 1 ? ` – ${n} nights in a row` : '';
  const head =
    content.kind === 'cold'
      ? sv
        ? 'Extra kall natt'
        : 'Extra cold night'
      : sv
        ? 'Ändrad köldperiod'
        : 'Cold spell changed';
  return `${head}: ${nightName(first.night, language)}${spell}`;
}

/** The e-mail as text: the alert, then every coming night with its minimum, then the credit. */
export function emailText(
  content: AlertContent,
  upcoming: readonly NightAssessment[],
  language: Language,
): string {
  const sv = language === 'sv';
  const rows = upcoming.map(
    (n) =>
      `  ${nightName(n.night, language).padEnd(34)} ${temperature(n.minTemperature, language, EMAIL).padStart(8)}  ${n.cold ? (sv ? 'KALLT' : 'COLD') : ''}${n.outlook ? (sv ? ' (osäker)' : ' (outlook)') : ''}`,
  );
  return [
    body(content, language, EMAIL),
    '',
    sv ? 'Kommande nätter (lägsta temperatur 18–08):' : 'Coming nights (lowest temperature 18–08):',
    ...rows,
    '',
    `${source(content, language)}. ${sv ? 'Prognosdata från SMHI, CC BY 4.0.' : 'Forecast data from SMHI, CC BY 4.0.'}`,
  ].join('\n');
}

const GSM7 =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** Whether a text fits the GSM 03.38 basic alphabet, so that one SMS holds 160 characters. */
export const isGsm7 = (text: string) => [...text].every((c) => GSM7.includes(c));
