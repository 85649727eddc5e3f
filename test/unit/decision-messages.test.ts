import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../shared/domain/decisions';
import { decisionEmail } from '../../shared/i18n/decision-messages';

const decided: Decision = {
  id: 'dec_1',
  nights: ['2027-02-08', '2027-02-09'],
  open: true,
  venueIds: ['act_kyrksalen'],
  cause: 'cold',
  groups: ['venues', 'outreach'],
  cancelled: false,
  version: 1,
  decidedAt: '2027-02-08T13:05:00Z',
  decidedBy: 'user:usr_sam',
  decidedByName: 'Sam Samordnare',
};
const input = (decision: Decision) => ({
  decision,
  venues: [
    { id: 'act_kyrksalen', name: 'Kyrksalen', address: 'Exempelgatan 1', hours: '21.00–08.00', places: 20 },
  ],
  publicUrl: 'https://iop.example/kalla-natter',
});

describe("a decision's e-mail, its text and HTML from the same parts", () => {
  it('an opening: what, where with the places, why, who and when, the public page, why the reader gets it', () => {
    const mail = decisionEmail(input(decided), decided.groups, 'sv');
    expect(mail.subject).toBe(
      'Beslut: extra öppet nätterna mot tisdag 9 februari – onsdag 10 februari (mån 8/2–tis 9/2)',
    );
    expect(mail.text).toBe(
      [
        'Vi öppnar extra nätterna mot tisdag 9 februari – onsdag 10 februari (mån 8/2–tis 9/2).',
        '',
        '- Kyrksalen, Exempelgatan 1, 21.00–08.00 (20 platser)',
        '',
        'Orsak: extra kall natt.',
        '',
        'Beslutat av Sam Samordnare 8 februari 14:05.',
        'Den offentliga sidan för gästerna: https://iop.example/kalla-natter',
        '',
        'Du får det här eftersom du är med i: lokaler, uppsökare.',
        '',
      ].join('\n'),
    );
    const html = parse(mail.html);
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('sv');
    expect(html.querySelectorAll('li').map((li) => li.text)).toEqual([
      'Kyrksalen, Exempelgatan 1, 21.00–08.00 (20 platser)',
    ]);
    expect(html.querySelector('a')?.getAttribute('href')).toBe('https://iop.example/kalla-natter');
  });

  it('not opening says why, escaped in the HTML; a cancellation has no empty lines where nothing is said', () => {
    const notOpening = { ...decided, open: false, venueIds: [], reason: 'Ingen lokal <ledig>' };
    const mail = decisionEmail(input(notOpening), notOpening.groups, 'en');
    expect(mail.text).toContain('\n\nReason: Ingen lokal <ledig>\nCause: ');
    expect(mail.html).toContain('Ingen lokal &lt;ledig&gt;');
    expect(parse(mail.html).querySelectorAll('li')).toHaveLength(0);

    const cancelled = { ...decided, cancelled: true, version: 2 };
    const off = decisionEmail(input(cancelled), cancelled.groups, 'sv');
    expect(off.subject).toMatch(/^Inställt: /);
    expect(off.text).not.toContain('\n\n\n');
    expect(off.text.split('\n\n')).toHaveLength(3);
    expect(off.text).not.toContain('Kyrksalen');
  });
});
