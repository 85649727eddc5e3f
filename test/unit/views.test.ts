import { parse } from 'node-html-parser';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { AccountPage } from '../../functions/web/pages/account/view';
import { JointReportPage, type JointReportPageView } from '../../functions/web/pages/joint-report/view';
import type { PageContext } from '../../functions/web/pages/layout';
import { ReportTextsPage } from '../../functions/web/pages/reports/texts-view';
import { RuleCheckPage } from '../../functions/web/pages/rule-check/view';
import { StartPage } from '../../functions/web/pages/start/view';
import { TallyPage } from '../../functions/web/pages/survey/view';
import { capabilitiesOf } from '../../shared/app/capabilities';
import type { User } from '../../shared/app/model';
import type { Principal, Role } from '../../shared/domain/access';

/** A signed-in person's page context, their capabilities from the rights table as the edge gives them. */
function signedIn(role: Role): PageContext & { user: User } {
  const user = {
    id: `usr_${role}`,
    name: `En ${role}`,
    email: `${role}@example.org`,
    role,
    ...(role === 'partner' ? { organisationId: 'org_x' } : {}),
    createdAt: '2026-12-01T08:00:00Z',
    version: 1,
  } as User;
  const principal: Principal = {
    id: user.id,
    via: 'session',
    role,
    ...(user.organisationId ? { organisationId: user.organisationId } : {}),
  };
  return {
    language: 'sv',
    csrf: 'x',
    stylesheet: '/s.css',
    scripts: [],
    user,
    may: capabilitiesOf(principal),
  };
}
const links = (html: string) =>
  parse(html)
    .querySelectorAll('main a')
    .map((a) => a.getAttribute('href'));

describe('pages show what the person may do, from their capabilities (issue 23, 3)', () => {
  it("the start page links each page its reader may open, and no administrator's page to a coordinator", () => {
    expect(links(render(h(StartPage, { c: signedIn('coordinator') })))).toEqual([
      '/saknas',
      '/samordning/kalla-natter',
      '/overenskommelser',
      '/rapport',
      '/rapport/dokument',
      '/statistik',
      '/kontroll',
    ]);
    expect(links(render(h(StartPage, { c: signedIn('admin') })))).toEqual([
      '/saknas',
      '/samordning/kalla-natter',
      '/overenskommelser',
      '/rapport',
      '/rapport/dokument',
      '/brukarundersokning',
      '/statistik',
      '/kontroll',
      '/ekonomi',
      '/organisationer',
      '/personer',
      '/mottagare',
      '/kalla-natter-mottagare',
      '/nycklar',
      '/granskning',
    ]);
  });

  it('offers reminders to those who get them (partners, administrators), not to a coordinator', () => {
    const reminders = (role: Role) =>
      parse(render(h(AccountPage, { c: signedIn(role), passkeys: [] }))).querySelector(
        'form[action="/konto/paminnelser"]',
      ) !== null;
    expect([reminders('partner'), reminders('admin'), reminders('coordinator')]).toEqual([true, true, false]);
  });

  it('the check of a month names each broken rule by its severity, with a link only where the reader may enter it', () => {
    const page = parse(
      render(
        h(RuleCheckPage, {
          c: signedIn('coordinator'),
          month: '2018-01',
          view: {
            monthInWords: 'januari 2018',
            previous: '2017-12',
            next: '2018-02',
            errors: 0,
            warnings: 2,
            activities: [
              {
                id: 'act_a',
                name: 'Härbärget',
                found: [{ key: 'a', error: false, words: '55 gäster är fler än de 50 platserna.' }],
              },
              {
                id: 'act_b',
                name: 'Extra kalla nätter',
                found: [
                  {
                    key: 'b',
                    error: false,
                    words: 'Inga platser.',
                    href: '/rapportera/act_b?period=2018-01-15',
                  },
                ],
              },
            ],
          },
        }),
      ),
    );
    expect(page.querySelectorAll('main h2').map((h2) => h2.text)).toEqual([
      'Härbärget',
      'Extra kalla nätter',
    ]);
    expect(page.querySelectorAll('main li').map((li) => li.text)).toEqual([
      'Varning: 55 gäster är fler än de 50 platserna.',
      'Varning: Inga platser. Öppna perioden',
    ]);
    expect(page.querySelectorAll('main p').map((p) => p.text)).toContain('0 fel och 2 varningar.');
  });

  it("the report's texts: each section's text in its field, the draft as its hint, a written one out of date marked", () => {
    const page = parse(
      render(
        h(ReportTextsPage, {
          c: signedIn('coordinator'),
          view: {
            from: '2017-11',
            to: '2018-04',
            label: '1 november 2017 – 30 april 2018',
            sections: [
              {
                section: 'nightShelters',
                title: 'Nattverksamhet',
                draft: 'Sammanlagt 115 platser.',
                text: 'Skriven text.',
                version: 2,
                written: true,
                outOfDate: true,
              },
              {
                section: 'cooperation',
                title: 'Samverkan',
                draft: '',
                text: '',
                version: 0,
                written: false,
                outOfDate: false,
              },
            ],
          },
        }),
      ),
    );
    expect(page.querySelector('#text-nightShelters')?.text).toBe('Skriven text.');
    expect(page.querySelector('#text-nightShelters-hint')?.text).toBe(
      'Förslaget ur siffrorna: Sammanlagt 115 platser.',
    );
    expect(page.querySelectorAll('main .warning').map((p) => p.text)).toEqual([
      'Siffrorna har ändrats sedan texten skrevs: se över den mot förslaget.',
    ]);
    expect(page.querySelector('#text-cooperation-hint')?.text).toMatch(/^Skrivs av samverkansgruppen/);
    expect(page.querySelectorAll('input[name=version]').map((i) => i.getAttribute('value'))).toEqual([
      '2',
      '0',
    ]);
  });
});

describe("the joint report's and the survey's pages (issue 26)", () => {
  const document = (extra: Partial<JointReportPageView> = {}): JointReportPageView => ({
    from: '2017-11',
    to: '2018-04',
    label: '1 november 2017 – 30 april 2018',
    status: 'review',
    version: 2,
    digest: 'abc',
    deadline: '5 maj 2018',
    appendices: [
      {
        number: 1,
        name: 'Convictus',
        status: 'submitted',
        submitted: '3 maj 2018 10:00',
        href: '/rapport/bilaga?org=c',
      },
      { number: 2, name: 'Filadelfiakyrkan', status: 'missing', submitted: null },
    ],
    chairs: [
      { group: 'cooperation', who: 'Joao Alho, tf ordförande, Ny Gemenskap', signed: '8 maj 2018 10:00' },
      { group: 'steering', who: null, signed: null },
    ],
    approved: [],
    review: false,
    ...extra,
  });

  it('marks where the report stands, and offers a chair the signature only when named and in review', () => {
    const page = parse(
      render(h(JointReportPage, { c: signedIn('partner'), view: document({ sign: 'steering' }) })),
    );
    expect(page.querySelector('[aria-current=step]')?.text).toBe('Klar för granskning (nu)');
    expect(page.querySelector('input[name=digest]')?.getAttribute('value')).toBe('abc');
    expect(page.querySelector('label[for=bekrafta]')?.text).toBe(
      'Jag har läst rapporten, version 2, och godkänner den',
    );
    expect(page.querySelectorAll('main ul.log li strong').map((s) => s.text)).toEqual([
      'Bilaga 1: Convictus',
      'Bilaga 2: Filadelfiakyrkan',
    ]);
    expect(page.text).toContain('Styrgruppen: Ingen utsedd – Har inte signerat');
    const reader = parse(render(h(JointReportPage, { c: signedIn('partner'), view: document() })));
    expect(reader.querySelector('form')).toBeNull();
  });

  it("asks an activity's answers question by question, each answer a count field", () => {
    const page = parse(
      render(
        h(TallyPage, {
          c: signedIn('partner'),
          view: {
            activityId: 'act_x',
            name: 'EU-center',
            from: '2017-11',
            to: '2018-04',
            label: 'nov 2017 – apr 2018',
            version: 0,
            respondents: '',
            questions: [
              {
                id: 'q1',
                text: 'Trygg?',
                answers: [
                  { option: 'yes', label: 'Ja', value: '12' },
                  { option: 'no', label: 'Nej', value: '' },
                ],
              },
            ],
          },
        }),
      ),
    );
    expect(page.querySelector('fieldset legend')?.text).toBe('Trygg?');
    expect(page.querySelectorAll('input[inputmode=numeric]').map((i) => i.getAttribute('name'))).toEqual([
      'respondents',
      'q1-yes',
      'q1-no',
    ]);
    expect(page.querySelector('#q1-yes')?.getAttribute('value')).toBe('12');
  });
});

describe("a page's notice of what the answer before it did", () => {
  it('is the first notice its query names, and nothing for a value it does not know', async () => {
    const { noticeOf } = await import('../../functions/web/pages/layout');
    const notices = { andrad: { '1': 'Ändrat.', '0': 'Oförändrat.' }, bekraftad: { '1': 'Bekräftad.' } };
    expect(noticeOf({ andrad: '0', bekraftad: '1' }, notices)).toBe('Oförändrat.');
    expect(noticeOf({ bekraftad: '1' }, notices)).toBe('Bekräftad.');
    expect(noticeOf({ andrad: '2', bekraftad: 'ja' }, notices)).toBeUndefined();
    expect(noticeOf({ andrad: 'constructor', bekraftad: 'toString' }, notices)).toBeUndefined();
  });
});
