import { DateTime } from 'luxon';
import type { DecisionMessageInput } from '../app/ports';
import { causeOf, type Group, messageKindOf, type PublicVenue, readinessOf } from '../domain/decisions';
import { TIME_ZONE } from '../domain/periods';
import { isGsm7 } from './alert-messages';
import { type Language, wordsFor } from './index';
import { composeMail } from './mail-html';
import { nightsName } from './period-words';

/** One SMS: 160 GSM-7 characters. */
export const SMS_LIMIT = 160;

/**
 * Text as one SMS holds it: characters outside GSM-7 (which would halve the length) lose their accents or become
 * their plain kin, and the message is cut at 160 characters — the venues are last, so the nights never are.
 */
export function asSms(text: string): string {
  const plain = [...text]
    .map((c) => {
      if (isGsm7(c)) return c;
      const bare = c.normalize('NFD').replace(/\p{Mn}/gu, '');
      if (isGsm7(bare)) return bare;
      return /[–—−]/.test(c) ? '-' : /[’‘]/.test(c) ? "'" : /[“”„]/.test(c) ? '"' : '?';
    })
    .join('');
  return plain.length <= SMS_LIMIT ? plain : `${plain.slice(0, SMS_LIMIT - 3)}...`;
}

function said(input: DecisionMessageInput, language: Language, sms: boolean): string {
  const w = wordsFor(language).decision;
  const { decision } = input;
  const nights = sms
    ? nightsName(decision.nights, language, 'short', '-')
    : nightsName(decision.nights, language);
  if (decision.cancelled) return w.cancelled(nights);
  return decision.open ? w.open(nights) : w.notOpening(nights);
}

const venueLine = (v: PublicVenue, language: Language) =>
  wordsFor(language).decision.venue(v.name, v.address, v.hours);

/** The SMS: head, what was decided, where (or why not). One GSM-7 message. */
export function decisionSms(input: DecisionMessageInput, language: Language): string {
  const w = wordsFor(language).decision;
  const { decision } = input;
  const head = w.smsHead[readinessOf(causeOf(decision))][messageKindOf(decision)];
  const parts = [`${head}: ${said(input, language, true)}`];
  if (!decision.cancelled && decision.open)
    parts.push(input.venues.map((v) => `${venueLine(v, language)}.`).join(' '));
  if (!decision.cancelled && !decision.open && decision.reason) parts.push(w.reason(decision.reason));
  return asSms(parts.join(' '));
}

/** The e-mail: the decision, each venue with its address, hours and places, who decided, the public page. */
export function decisionEmail(
  input: DecisionMessageInput,
  groups: readonly Group[],
  language: Language,
): { subject: string; text: string; html: string } {
  const w = wordsFor(language).decision;
  const { decision } = input;
  const kind = messageKindOf(decision);
  const nights = nightsName(decision.nights, language);
  const subject = kind === 'cancelled' ? w.subject.cancelled(nights) : w.subject[kind](nights, decision.open);
  const at = DateTime.fromISO(decision.decidedAt, { zone: TIME_ZONE })
    .setLocale(language)
    .toFormat('d MMMM HH:mm');
  const venues = !decision.cancelled && decision.open ? input.venues : [];
  const lines = venues.map(
    (v) => `${venueLine(v, language)}${v.places !== undefined ? ` (${w.places(v.places)})` : ''}`,
  );
  const reason = !decision.cancelled && !decision.open && decision.reason ? [w.reason(decision.reason)] : [];
  const cause = decision.cancelled ? [] : [w.cause(w.causes[causeOf(decision)])];
  return composeMail(language, subject, [
    { kind: 'lead', text: said(input, language, false) },
    { kind: 'list', items: lines.map((text) => ({ text })) },
    { kind: 'paragraphs', texts: [...reason, ...cause] },
    {
      kind: 'paragraphs',
      texts: [w.decidedBy(decision.decidedByName ?? decision.decidedBy, at)],
      link: { label: w.publicPage, href: input.publicUrl },
    },
    { kind: 'small', texts: [w.why(groups.map((g) => w.groups[g] ?? g).join(', '))] },
  ]);
}
