import { escapeHtml } from '../domain/html';
import type { Language } from './index';

/**
 * The system's e-mails as HTML, for a phone first: one frame and the few pieces every mail is made of (a box for
 * what it says first, headings, links, the small print), styled inline since mail clients drop style sheets.
 * Every text given is escaped here; `body` is HTML made of these pieces.
 */
export const mailPage = (language: Language, title: string, body: string) => `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,sans-serif;color:#222;font-size:16px;line-height:1.45;max-width:640px;margin:0 auto;padding:12px">
${body}
</body></html>
`;

/** What the mail says first, in a box. */
export const mailLead = (text: string) =>
  `<p style="font-size:18px;font-weight:bold;background:#f2f6fb;border-left:6px solid #1f4e8c;padding:12px;margin:0 0 16px">${escapeHtml(text)}</p>`;

export const mailHeading = (text: string) =>
  `<h2 style="font-size:17px;margin:16px 0 8px">${escapeHtml(text)}</h2>`;

export const mailLink = (href: string, text: string) =>
  `<a href="${escapeHtml(href)}" style="color:#1f4e8c">${escapeHtml(text)}</a>`;

/** Why the reader gets the mail, its source, how to stop it: small and grey, last. `html` is escaped already. */
export const mailSmallPrint = (html: string) =>
  `<p style="color:#555;font-size:13px;margin-top:16px">${html}</p>`;

/**
 * One part of a mail, said alike in its text and its HTML:
 * - `lead`: what the mail says first, in a box;
 * - `paragraphs`: one paragraph each in HTML, one group of lines in the text; `link` ends it, labelled;
 * - `list`: a heading (if any) and its items (each linked where it has an address), `note` a line after them (how many
 *   more, or that there is none), `links` further addresses under the list;
 * - `small`: why the reader gets it and how to stop it, small and grey, its `link` at the end.
 */
export type MailPart =
  | { kind: 'lead'; text: string }
  | { kind: 'paragraphs'; texts: readonly string[]; link?: { label: string; href: string } }
  | {
      kind: 'list';
      title?: string;
      items: readonly { text: string; href?: string }[];
      note?: string;
      links?: readonly { text: string; href: string }[];
    }
  | { kind: 'small'; texts: readonly string[]; link?: string };

/** A part as its group of lines in the text. */
function partText(part: MailPart): string[] {
  if (part.kind === 'lead') return [part.text];
  if (part.kind === 'paragraphs')
    return [...part.texts, ...(part.link ? [`${part.link.label} ${part.link.href}`] : [])];
  if (part.kind === 'list')
    return [
      ...(part.title ? [part.title] : []),
      ...part.items.map((i) => (i.href ? `- ${i.text}: ${i.href}` : `- ${i.text}`)),
      ...(part.note ? [part.note] : []),
      ...(part.links ?? []).map((l) => `${l.text}: ${l.href}`),
    ];
  return part.link
    ? [...part.texts.slice(0, -1), `${part.texts.at(-1) ?? ''} ${part.link}`]
    : [...part.texts];
}

/** A part in HTML. */
function partHtml(part: MailPart): string {
  if (part.kind === 'lead') return mailLead(part.text);
  if (part.kind === 'paragraphs')
    return [
      ...part.texts.map((t) => `<p>${escapeHtml(t)}</p>`),
      ...(part.link
        ? [`<p>${escapeHtml(part.link.label)} ${mailLink(part.link.href, part.link.href)}</p>`]
        : []),
    ].join('\n');
  if (part.kind === 'list') {
    const items = part.items.map((i) => `<li>${i.href ? mailLink(i.href, i.text) : escapeHtml(i.text)}</li>`);
    const note = part.note ? escapeHtml(part.note) : '';
    const list =
      items.length > 0
        ? `<ul>${items.join('')}${note ? `<li>${note}</li>` : ''}</ul>`
        : note
          ? `<p>${note}</p>`
          : '';
    const links = (part.links ?? []).map((l) => `<p>${mailLink(l.href, l.text)}</p>`).join('');
    return `${part.title ? mailHeading(part.title) : ''}${list}${links}`;
  }
  return mailSmallPrint(
    [...part.texts.map(escapeHtml), ...(part.link ? [mailLink(part.link, part.link)] : [])].join(' '),
  );
}

/** Whether a part says anything: one with nothing in it (no venues, no reason) is left out, blank line and all. */
const saysSomething = (part: MailPart) =>
  part.kind === 'lead' ||
  (part.kind === 'list'
    ? part.title !== undefined || part.items.length > 0 || part.note !== undefined
    : part.texts.length > 0 || part.link !== undefined);

/**
 * A mail's text and HTML from its parts: the text's groups of lines apart by a blank line, the HTML for a phone.
 * A part that says nothing is left out of both.
 */
export function composeMail(language: Language, subject: string, all: readonly MailPart[]) {
  const parts = all.filter(saysSomething);
  return {
    subject,
    text: `${parts.map((part) => partText(part).join('\n')).join('\n\n')}\n`,
    html: mailPage(language, subject, parts.map(partHtml).join('\n')),
  };
}
