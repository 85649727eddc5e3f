import type { ProblemFault } from './errors';

/**
 * The one rule for text a person types (names, labels): it is shown on pages, in e-mails and SMS, and written into
 * every figures format (CSV, XLSX, PDF), so it must be plain, visible, single-line text that every one of them can
 * hold. The value is NFC-normalised and trimmed first; then it is refused if it holds:
 * - control characters (NUL, ESC, VT, tab, line breaks…): single-line text has no use for them, and XML forbids most;
 * - lone surrogates and noncharacters (U+FFFE, U+FDD0…): not text at all; one makes an XLSX ill-formed;
 * - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what a reader
 *   sees ("Trojan Source"); right-to-left scripts do not need them;
 * - nothing visible (only spaces, zero-width or format characters).
 */

const CONTROL = /\p{Cc}/u;
const LONE_SURROGATE = /\p{Cs}/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** Something a reader can see: not a separator, format or control character, combining mark or a blank filler. */
const VISIBLE = /[^\p{Z}\p{Cf}\p{Cc}\p{Cs}\p{Mn}\p{Me}\s\u115F\u1160\u3164\uFFA0\u2800]/u;

function hasNoncharacter(value: string): boolean {
  for (const char of value) {
    const cp = char.codePointAt(0) as number;
    if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return true;
  }
  return false;
}

/** The text as stored: NFC, without surrounding white space. */
export const normaliseText = (value: string): string => value.normalize('NFC').trim();

/** A phrase of the catalogue as a label: its first letter capital ("extra kall natt" → "Extra kall natt"). */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Why text was refused: a problem's code, and for a length its `max`. */
export type TextFault = ProblemFault;

/** Why `value` (already normalised) is not acceptable text, or undefined when it is. */
export function textProblem(value: string): TextFault | undefined {
  if (LONE_SURROGATE.test(value)) return { code: 'text_broken' };
  if (CONTROL.test(value)) return { code: 'text_control' };
  if (hasNoncharacter(value)) return { code: 'text_noncharacter' };
  if (BIDI_CONTROL.test(value)) return { code: 'text_reordering' };
  if (!VISIBLE.test(value)) return { code: 'text_invisible' };
  return undefined;
}

/** A written text's paragraphs: each line as typed, trimmed, blank lines left out. */
export const paragraphsOf = (text: string) =>
  text
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '');

/**
 * Why a written text (paragraphs, one per line, as paragraphsOf gives them) cannot be kept: longer than `max`,
 * nothing visible, or a paragraph that is not text by textProblem's rule; undefined when it can.
 */
export function writtenTextProblem(text: string, max = 3000): TextFault | undefined {
  const paragraphs = paragraphsOf(text);
  if (paragraphs.join('\n').length > max) return { code: 'text_too_long', params: { max } };
  if (paragraphs.length === 0) return { code: 'text_invisible' };
  return paragraphs.map(textProblem).find(Boolean);
}
