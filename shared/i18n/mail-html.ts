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
