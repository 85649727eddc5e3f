import { type ActivityKind, reportsNightly } from '../domain/figures';
import { escapeHtml } from '../domain/html';
import { type Language, wordsFor } from './index';
import { mailHeading as heading, mailLink as link, mailSmallPrint, mailPage as page } from './mail-html';
import { dayInWords, halfYearInWords, monthInWords, periodInWords } from './period-words';

/** The most periods one mail names per activity (the rest are counted): a reminder stays readable and bounded. */
const LISTED = 31;

export interface ActivityGaps {
  activityId: string;
  name: string;
  kind: ActivityKind;
  periods: readonly string[];
}

interface Mail {
  subject: string;
  text: string;
  html: string;
}

/**
 * A partner's reminder: every missing period of their organisation, each with the link to its form, the latest
 * first; a night shelter's month grid where it has nights missing. Plain text and HTML, in the person's language.
 */
export function gapsMail(
  input: {
    name: string;
    organisation: string;
    activities: readonly ActivityGaps[];
    /** Yearly financial outcomes owed, each with its due date. */
    outcomes?: readonly { year: number; dueOn: string }[];
    /** The organisation's appendix to the half-year's joint report, not yet submitted, with its deadline. */
    appendices?: readonly { period: { from: string; to: string }; organisationId: string; dueOn: string }[];
    origin: string;
    everyDays: number;
  },
  language: Language,
): Mail {
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
  const text = [
    w.greeting(input.name),
    '',
    w.lead(input.organisation),
    ...sections.flatMap((s) => [
      '',
      s.title,
      ...s.items.map((i) => `- ${i.text}: ${i.href}`),
      ...(s.more > 0 ? [w.more(s.more)] : []),
      ...s.grids.map((g) => `${g.text}: ${g.href}`),
    ]),
    '',
    w.why(input.organisation, input.everyDays),
    `${w.optOut} ${account}`,
    '',
  ].join('\n');
  const html = page(
    language,
    subject,
    [
      `<p>${escapeHtml(w.greeting(input.name))}</p>`,
      `<p>${escapeHtml(w.lead(input.organisation))}</p>`,
      ...sections.map(
        (s) =>
          `${heading(s.title)}<ul>${s.items
            .map((i) => `<li>${link(i.href, i.text)}</li>`)
            .join('')}${s.more > 0 ? `<li>${escapeHtml(w.more(s.more))}</li>` : ''}</ul>${s.grids
            .map((g) => `<p>${link(g.href, g.text)}</p>`)
            .join('')}`,
      ),
      mailSmallPrint(
        `${escapeHtml(w.why(input.organisation, input.everyDays))} ${escapeHtml(w.optOut)} ${link(account, account)}`,
      ),
    ].join('\n'),
  );
  return { subject, text, html };
}

/** A notice deadline is near (30 or 7 days) or today, and no extension is recorded. */
export function noticeMail(
  input: { name: string; agreement: string; end: string; deadline: string; next: string; days: number },
  language: Language,
): Mail {
  const w = wordsFor(language).reminder;
  const day = (d: string) => dayInWords(d, language);
  const subject = w.noticeSubject(input.agreement, input.days, day(input.deadline));
  const said = w.noticeText(input.agreement, day(input.end), day(input.deadline), day(input.next));
  return {
    subject,
    text: [w.greeting(input.name), '', said, '', w.noticeRecord, ''].join('\n'),
    html: page(
      language,
      subject,
      `<p>${escapeHtml(w.greeting(input.name))}</p>\n<p>${escapeHtml(said)}</p>\n<p style="color:#555">${escapeHtml(w.noticeRecord)}</p>`,
    ),
  };
}

/** The administrators' summary of a month: per organisation, each activity's missing count, and the link to all. */
export function summaryMail(
  input: {
    name: string;
    month: string;
    organisations: readonly { name: string; activities: readonly { name: string; missing: number }[] }[];
    origin: string;
  },
  language: Language,
): Mail {
  const w = wordsFor(language).reminder;
  const month = monthInWords(input.month, language);
  const subject = w.summarySubject(month);
  const all = `${input.origin}/saknas?manad=${input.month}`;
  const lines = input.organisations.map((o) => ({
    name: o.name,
    lines: o.activities.filter((a) => a.missing > 0).map((a) => w.summaryLine(a.name, a.missing)),
  }));
  const text = [
    w.greeting(input.name),
    '',
    w.summaryLead(month),
    ...lines.flatMap((o) => [
      '',
      o.name,
      ...(o.lines.length > 0 ? o.lines.map((l) => `- ${l}`) : [w.summaryNone]),
    ]),
    '',
    `${w.summaryLink} ${all}`,
    '',
  ].join('\n');
  const html = page(
    language,
    subject,
    [
      `<p>${escapeHtml(w.greeting(input.name))}</p>`,
      `<p>${escapeHtml(w.summaryLead(month))}</p>`,
      ...lines.map(
        (o) =>
          `${heading(o.name)}${
            o.lines.length > 0
              ? `<ul>${o.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`
              : `<p>${escapeHtml(w.summaryNone)}</p>`
          }`,
      ),
      `<p>${escapeHtml(w.summaryLink)} ${link(all, all)}</p>`,
    ].join('\n'),
  );
  return { subject, text, html };
}

/**
 * To the coordinators and administrators on the send day, when no version of the joint report is approved: nothing
 * went to the committee, and what is missing (appendices, signatures).
 */
export function notApprovedMail(
  input: {
    name: string;
    period: { from: string; to: string };
    status: string;
    version: number;
    appendicesMissing: readonly string[];
    chairsUnsigned: readonly string[];
    chairsNamed: boolean;
    origin?: string;
  },
  language: Language,
): Mail {
  const w = wordsFor(language).reminder;
  const period = halfYearInWords(input.period, language);
  const subject = w.notApprovedSubject(period);
  const lists = [
    ...(input.appendicesMissing.length > 0
      ? [{ title: w.notApprovedAppendices, items: input.appendicesMissing }]
      : []),
    ...(input.chairsUnsigned.length > 0 ? [{ title: w.notApprovedChairs, items: input.chairsUnsigned }] : []),
  ];
  const notes = [...(input.chairsNamed ? [] : [w.notApprovedNoChairs]), w.notApprovedThen];
  const page_ = input.origin
    ? `${input.origin}/rapport/dokument?fran=${input.period.from}&till=${input.period.to}`
    : undefined;
  const text = [
    w.greeting(input.name),
    '',
    w.notApprovedLead(period),
    w.notApprovedStatus(input.status, input.version),
    ...lists.flatMap((l) => ['', l.title, ...l.items.map((i) => `- ${i}`)]),
    '',
    ...notes,
    ...(page_ ? [`${w.notApprovedLink} ${page_}`] : []),
    '',
  ].join('\n');
  const html = page(
    language,
    subject,
    [
      `<p>${escapeHtml(w.greeting(input.name))}</p>`,
      `<p>${escapeHtml(w.notApprovedLead(period))}</p>`,
      `<p>${escapeHtml(w.notApprovedStatus(input.status, input.version))}</p>`,
      ...lists.map(
        (l) => `${heading(l.title)}<ul>${l.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`,
      ),
      ...notes.map((n) => `<p>${escapeHtml(n)}</p>`),
      ...(page_ ? [`<p>${escapeHtml(w.notApprovedLink)} ${link(page_, page_)}</p>`] : []),
    ].join('\n'),
  );
  return { subject, text, html };
}
