import type {
  GapsMailInput,
  NotApprovedMailInput,
  NoticeMailInput,
  SummaryMailInput,
} from '../app/reminders-model';
import { reportsNightly } from '../domain/figures';
import { type Language, wordsFor } from './index';
import { composeMail, type MailPart } from './mail-html';
import { dayInWords, halfYearInWords, monthInWords, periodInWords } from './period-words';

/** The most periods one mail names per activity (the rest are counted): a reminder stays readable and bounded. */
const LISTED = 31;

interface Mail {
  subject: string;
  text: string;
  html: string;
}

/**
 * A partner's reminder: every missing period of their organisation, each with the link to its form, the latest
 * first; a night shelter's month grid where it has nights missing. Plain text and HTML, in the person's language.
 */
export function gapsMail(input: GapsMailInput, language: Language): Mail {
  const w = wordsFor(language).reminder;
  const words = wordsFor(language).finance;
  const outcomes = input.outcomes ?? [];
  const appendices = input.appendices ?? [];
  const total =
    input.activities.reduce((n, a) => n + a.periods.length, 0) + outcomes.length + appendices.length;
  const subject = w.subject(input.organisation, total);
  const sections = input.activities.map((a) => {
    const form = `${input.origin}/rapportera/${encodeURIComponent(a.activityId)}`;
    const latest = [...a.periods].sort().reverse();
    const items = latest
      .slice(0, LISTED)
      .map((p) => ({ text: periodInWords(p, a.kind, language), href: `${form}?period=${p}` }));
    const months = reportsNightly(a.kind) ? [...new Set(latest.map((p) => p.slice(0, 7)))] : [];
    const grids = months.map((m) => ({ text: w.monthLink(monthInWords(m, language)), href: `${form}/${m}` }));
    return { title: a.name, items, more: Math.max(0, latest.length - LISTED), grids };
  });
  if (outcomes.length > 0)
    sections.push({
      title: words.reminderHeading,
      items: outcomes.map((o) => ({
        text: words.reminderItem(o.year, dayInWords(o.dueOn, language)),
        href: `${input.origin}/ekonomi/${o.year}`,
      })),
      more: 0,
      grids: [],
    });
  if (appendices.length > 0)
    sections.push({
      title: w.appendixHeading,
      items: appendices.map((a) => ({
        text: w.appendixItem(halfYearInWords(a.period, language), dayInWords(a.dueOn, language)),
        href: `${input.origin}/rapport/bilaga?fran=${a.period.from}&till=${a.period.to}&org=${encodeURIComponent(a.organisationId)}`,
      })),
      more: 0,
      grids: [],
    });
  const account = `${input.origin}/konto`;
  return composeMail(language, subject, [
    { kind: 'paragraphs', texts: [w.greeting(input.name)] },
    { kind: 'paragraphs', texts: [w.lead(input.organisation)] },
    ...sections.map(
      (section): MailPart => ({
        kind: 'list',
        title: section.title,
        items: section.items,
        ...(section.more > 0 ? { note: w.more(section.more) } : {}),
        links: section.grids,
      }),
    ),
    { kind: 'small', texts: [w.why(input.organisation, input.everyDays), w.optOut], link: account },
  ]);
}

/** A notice deadline is near (30 or 7 days) or today, and no extension is recorded. */
export function noticeMail(input: NoticeMailInput, language: Language): Mail {
  const w = wordsFor(language).reminder;
  const day = (d: string) => dayInWords(d, language);
  const subject = w.noticeSubject(input.agreement, input.days, day(input.deadline));
  const said = w.noticeText(input.agreement, day(input.end), day(input.deadline), day(input.next));
  return composeMail(language, subject, [
    { kind: 'paragraphs', texts: [w.greeting(input.name)] },
    { kind: 'paragraphs', texts: [said] },
    { kind: 'small', texts: [w.noticeRecord] },
  ]);
}

/** The administrators' summary of a month: per organisation, each activity's missing count, and the link to all. */
export function summaryMail(input: SummaryMailInput, language: Language): Mail {
  const w = wordsFor(language).reminder;
  const month = monthInWords(input.month, language);
  const subject = w.summarySubject(month);
  const all = `${input.origin}/saknas?manad=${input.month}`;
  const lines = input.organisations.map((o) => ({
    name: o.name,
    lines: o.activities.filter((a) => a.missing > 0).map((a) => w.summaryLine(a.name, a.missing)),
  }));
  return composeMail(language, subject, [
    { kind: 'paragraphs', texts: [w.greeting(input.name)] },
    { kind: 'paragraphs', texts: [w.summaryLead(month)] },
    ...lines.map(
      (o): MailPart => ({
        kind: 'list',
        title: o.name,
        items: o.lines.map((text) => ({ text })),
        ...(o.lines.length > 0 ? {} : { note: w.summaryNone }),
      }),
    ),
    { kind: 'paragraphs', texts: [], link: { label: w.summaryLink, href: all } },
  ]);
}

/**
 * To the coordinators and administrators on the send day, when no version of the joint report is approved: nothing
 * went to the committee, and what is missing (appendices, signatures).
 */
export function notApprovedMail(input: NotApprovedMailInput, language: Language): Mail {
  const w = wordsFor(language).reminder;
  const report = wordsFor(language).web.jointReport;
  const chairsUnsigned = input.chairsUnsigned.map((c) => `${report.groupTitles[c.group]}: ${c.name}`);
  const period = halfYearInWords(input.period, language);
  const subject = w.notApprovedSubject(period);
  const lists = [
    ...(input.appendicesMissing.length > 0
      ? [{ title: w.notApprovedAppendices, items: input.appendicesMissing }]
      : []),
    ...(chairsUnsigned.length > 0 ? [{ title: w.notApprovedChairs, items: chairsUnsigned }] : []),
  ];
  const notes = [...(input.chairsNamed ? [] : [w.notApprovedNoChairs]), w.notApprovedThen];
  const page_ = input.origin
    ? `${input.origin}/rapport/dokument?fran=${input.period.from}&till=${input.period.to}`
    : undefined;
  return composeMail(language, subject, [
    { kind: 'paragraphs', texts: [w.greeting(input.name)] },
    {
      kind: 'paragraphs',
      texts: [w.notApprovedLead(period), w.notApprovedStatus(report.statuses[input.status], input.version)],
    },
    ...lists.map(
      (l): MailPart => ({ kind: 'list', title: l.title, items: l.items.map((text) => ({ text })) }),
    ),
    {
      kind: 'paragraphs',
      texts: notes,
      ...(page_ ? { link: { label: w.notApprovedLink, href: page_ } } : {}),
    },
  ]);
}
