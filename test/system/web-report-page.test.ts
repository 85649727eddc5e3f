import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { mailbox } from '../support/mailbox';
import { useTestSystem } from '../support/system';
import { signIn } from '../support/web';

describe('the half-year report in the web app', () => {
  // 2 December 2026: the half-year that ended last is May–October 2026.
  const t = useTestSystem({ demo: true, now: () => new Date('2026-12-02T09:00:00Z') });

  it('offers the half-years, links every format, and the files come with the session alone', async () => {
    const admin = await signIn(t.system, 'admin@iop.local');
    expect((await admin.get('/')).html).toContain('href="/rapport"');
    const page = parse((await admin.get('/rapport')).html);
    expect(
      page
        .querySelectorAll('main ul')[0]
        ?.querySelectorAll('a')
        .map((a) => a.text),
    ).toEqual([
      '1 maj 2026 – 31 oktober 2026',
      '1 november 2025 – 30 april 2026',
      '1 maj 2025 – 31 oktober 2025',
      '1 november 2024 – 30 april 2025',
    ]);
    // The historical demo has no figures after April 2018: the default half-year says its report would be empty.
    expect(page.querySelector('main .notice')?.text).toBe(
      'Det finns inga siffror för 1 maj 2026 – 31 oktober 2026: rapporten blir tom. Välj ett annat halvår, eller se efter vad som saknas.',
    );
    const chosen = parse((await admin.get('/rapport?fran=2017-11&till=2018-04')).html);
    expect(chosen.querySelector('main')?.text).toContain('Rapporten för 1 november 2017 – 30 april 2018');
    expect(chosen.querySelector('main .notice')).toBeNull();
    const links = Object.fromEntries(
      chosen.querySelectorAll('main li a').map((a) => [a.text, a.getAttribute('href')]),
    );
    const pdf = await admin.get(links['Ladda ner PDF'] as string);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const csv = await admin.get(links['Ladda ner CSV (natthärbärgen per månad)'] as string);
    expect(csv.html).toContain('16658');

    const bad = await admin.get('/rapport?fran=2018-04&till=2017-11');
    expect(bad.status).toBe(422);
    expect(parse(bad.html).querySelector('.error-summary')?.text).toContain(
      'den första inte efter den andra',
    );

    const coordinator = await signIn(t.system, 'samordnare@iop.local');
    expect((await coordinator.get('/rapport')).status).toBe(200);
    const partner = await signIn(t.system, 'convictus@iop.local');
    expect((await partner.get('/rapport')).status).toBe(404);
  });

  it('sends the report from the page once, after a confirmation that names the recipients', async () => {
    // The report's mails only (sign-in codes go to the same inbox).
    const reportMails = async () =>
      (await mailbox(t.system)).filter((m) => m.destination.to.some((to) => to.endsWith('@stockholm.local')));
    const admin = await signIn(t.system, 'admin@iop.local');

    // The recipients first: a wrong address is refused; a second recipient added in English.
    await admin.get('/mottagare');
    const bad = await admin.post('/mottagare', { name: 'Nämnden', email: 'nämnden', language: 'sv' });
    expect(
      parse(bad.html)
        .querySelectorAll('.error-summary li')
        .map((li) => li.text),
    ).toEqual(['Skriv en e-postadress, till exempel namn@exempel.se.']);
    const added = await admin.post('/mottagare', {
      name: 'Social Committee',
      email: 'committee@stockholm.local',
      language: 'en',
    });
    expect(added.location).toBe('/mottagare?tillagd=committee%40stockholm.local');

    const page = parse((await admin.get('/rapport?fran=2017-11&till=2018-04')).html);
    const section = page.querySelector('#skicka')?.parentNode;
    expect(section?.querySelectorAll('li').map((li) => li.text)).toEqual([
      'Social Committee (committee@stockholm.local)',
      'Socialförvaltningen, avdelningen för social hållbarhet (demo) (rapport@stockholm.local)',
    ]);
    expect(section?.querySelector('label[for=bekrafta]')?.text).toBe(
      'Ja, skicka rapporten för 1 november 2017 – 30 april 2018 till alla 2 mottagarna',
    );
    const fields = Object.fromEntries(
      section
        ?.querySelectorAll('form input[type=hidden]')
        .map((i) => [i.getAttribute('name'), i.getAttribute('value')]) ?? [],
    ) as Record<string, string>;

    const before = (await reportMails()).length;
    const unconfirmed = await admin.post('/rapport/skicka', fields);
    expect(unconfirmed.location).toBe('/rapport?fran=2017-11&till=2018-04&skick=bekrafta');
    const asked = parse((await admin.get(unconfirmed.location as string)).html);
    expect(asked.querySelector('.error-summary')?.text).toContain(
      'Kryssa i rutan om du vill skicka rapporten.',
    );
    const forged = await admin.postRaw('/rapport/skicka', {
      ...fields,
      csrf: '0'.repeat(64),
      bekrafta: 'ja',
    });
    expect(forged.location).toBe('/rapport?fran=2017-11&till=2018-04&skick=ogiltigt');
    expect((await reportMails()).length).toBe(before);

    const sent = await admin.post('/rapport/skicka', { ...fields, bekrafta: 'ja' });
    expect(sent.location).toBe('/rapport?fran=2017-11&till=2018-04&skick=klart-2-0');
    expect(
      parse((await admin.get(sent.location as string)).html).querySelector('#skicka + [role=status]')?.text,
    ).toBe('Skickat till 2 mottagare.');
    const mails = (await reportMails()).slice(before);
    expect(mails.map((m) => m.destination.to[0]).sort()).toEqual([
      'committee@stockholm.local',
      'rapport@stockholm.local',
    ]);
    expect(mails.every((m) => m.attachments?.some((a) => a.filename.endsWith('.pdf')))).toBe(true);
    // The same form again (a double click, a reload of the POST): that send resumed, nobody mailed twice.
    expect((await admin.postRaw('/rapport/skicka', { ...fields, bekrafta: 'ja' })).location).toBe(
      '/rapport?fran=2017-11&till=2018-04&skick=klart-2-0',
    );
    expect((await reportMails()).length).toBe(before + 2);

    // Coordinators read the report but do not send it; the recipients page is not theirs.
    const coordinator = await signIn(t.system, 'samordnare@iop.local');
    expect(
      parse((await coordinator.get('/rapport?fran=2017-11&till=2018-04')).html).querySelector('#skicka'),
    ).toBeNull();
    expect((await coordinator.get('/mottagare')).status).toBe(404);
    await coordinator.get('/konto');
    const { csrf: _, ...notTheirToken } = fields;
    const theirs = await coordinator.post('/rapport/skicka', { ...notTheirToken, bekrafta: 'ja' });
    expect(theirs.location).toBe('/rapport');
    expect((await reportMails()).length).toBe(before + 2);

    // A partner who corrects a night of the half-year just sent is told it went out, and what happens now.
    const partner = await signIn(t.system, 'fralsningsarmen@iop.local');
    const save = async (night: string) => {
      await partner.get(`/rapportera/act_fa_natt?period=${night}`);
      const fields = { loaded: night, period: night, women: '9', men: '20' };
      return partner.submit('/rapportera/act_fa_natt', fields);
    };
    const corrected = await save('2017-12-10');
    expect(parse(corrected.html).querySelector('.warning-text')?.text).toMatch(
      /^Obs: halvårsrapporten för 1 november 2017 – 30 april 2018 skickades redan \d+ \w+ 20\d\d\. Rättelsen finns nu i systemet/,
    );
    // A night of a half-year never sent says nothing of it.
    const other = await save('2018-05-10');
    expect(parse(other.html).querySelector('h1')?.text).toMatch(/^Sparat: /);
    expect(parse(other.html).querySelector('.warning-text')).toBeNull();

    // Removing a recipient.
    const list = parse((await admin.get('/mottagare')).html);
    const id = list
      .querySelector('form[action="/mottagare/ta-bort"] input[name=id]')
      ?.getAttribute('value') as string;
    expect((await admin.post('/mottagare/ta-bort', { id })).location).toBe('/mottagare?borttagen=1');
    expect(parse((await admin.get('/mottagare')).html).querySelectorAll('ul.log li').length).toBe(1);
  }, 60_000);

  it('lets an outreach team enter its people of a half-year on the form, checked as the API checks them (issue 25, 2)', async () => {
    const convictus = await signIn(t.system, 'convictus@iop.local');
    const month = parse((await convictus.get('/rapportera/act_convictus_uppsok')).html);
    const link = month.querySelectorAll('main form a').find((a) => a.text.includes('halvåret'));
    // On 2 December the form shows November; the half-year to report is the one that ended in October.
    expect([link?.text, link?.getAttribute('href')]).toEqual([
      'Rapportera personer under halvåret maj 2026 – oktober 2026 i stället',
      '/rapportera/act_convictus_uppsok?period=2026-05--2026-10',
    ]);
    const form = parse((await convictus.get(link?.getAttribute('href') as string)).html);
    expect(form.querySelector('label[for=period]')?.text).toContain('Halvår');
    expect(
      form
        .querySelectorAll('main form input[inputmode=numeric]')
        .map((i) => i.getAttribute('name'))
        .filter((name) => !name?.startsWith('count-')),
    ).toEqual(['people', 'women', 'men', 'sleepingSites', 'estimatedRoughSleepers']);
    const fields = { period: '2026-05--2026-10', loaded: '2026-05--2026-10', people: '30', women: '10' };
    const wrong = await convictus.post('/rapportera/act_convictus_uppsok', { ...fields, men: '10' });
    expect(wrong.status).toBe(422);
    expect(parse(wrong.html).querySelector('.error-summary')?.text).toContain(
      'Kvinnor och män ska tillsammans vara lika många som personerna under perioden.',
    );
    const saved = await convictus.post('/rapportera/act_convictus_uppsok', { ...fields, men: '20' });
    expect(saved.location).toMatch(
      /^\/rapportera\/act_convictus_uppsok\/sparat\/2026-05--2026-10\?resultat=created/,
    );
    const shown =
      parse((await convictus.get(saved.location as string)).html).querySelector('main')?.text ?? '';
    expect(shown).toContain('maj 2026 – oktober 2026');
    const stored = await convictus.get('/rapportera/act_convictus_uppsok?period=2026-05--2026-10');
    expect(parse(stored.html).querySelector('#people')?.getAttribute('value')).toBe('30');
    // A night shelter keeps no half-years: said in Swedish, nothing stored.
    const shelter = await convictus.get('/rapportera/act_convictus_natt?period=2026-05--2026-10');
    expect(shelter.status).toBe(422);
  });

  it("lets the coordinator write a section's opening over the figures' draft, marked out of date when they change (issue 26, 1)", async () => {
    const page = '/rapport/texter?fran=2017-11&till=2018-04';
    const partner = await signIn(t.system, 'convictus@iop.local');
    expect((await partner.get(page)).status).toBe(404);
    const coordinator = await signIn(t.system, 'samordnare@iop.local');
    const report = parse((await coordinator.get('/rapport?fran=2017-11&till=2018-04')).html);
    expect(
      report
        .querySelectorAll('main a')
        .find((a) => a.text === 'Skriv rapportens texter')
        ?.getAttribute('href'),
    ).toBe(page);
    const texts = parse((await coordinator.get(page)).html);
    expect(texts.querySelectorAll('main h2').map((h) => h.text)).toEqual([
      'Sammanfattning',
      'Nattverksamhet – antal övernattningar och beläggning',
      'Dagverksamhet – antal besök',
      'Uppsökande verksamhet',
      'Socialjouren',
      'Inskrivning till natthärbärgen',
      'Extra kalla nätter',
      'Samverkan',
      'Frågor att arbeta vidare med under nästkommande period',
    ]);
    // The sections only people write stand in the report once written, under their heading.
    // The demo keeps seed 004's own Samverkan; the coordinator writes it anew over the version shown.
    expect(texts.querySelector('#text-cooperation')?.text).toMatch(
      /^Frälsningsarméns utbildning "En säker hand"/,
    );
    const shown = texts
      .querySelector('form:has(#text-cooperation) input[name=version]')
      ?.getAttribute('value');
    expect(shown).toBe('1');
    const cooperation = [
      'Samverkansgruppen har träffats en gång i månaden.',
      'Inskrivningen i Korskyrkan har fungerat väl.',
    ];
    const together = await coordinator.post('/rapport/texter', {
      fran: '2017-11',
      till: '2018-04',
      section: 'cooperation',
      version: shown ?? '',
      // Each line a paragraph, as typed in the textarea (a blank line between them or not).
      text: cooperation.join('\r\n\r\n'),
    });
    expect(together.status).toBe(303);
    const draft = texts.querySelector('#text-nightShelters')?.text ?? '';
    expect(draft).toMatch(/^Den 30 april 2018 fanns 3 nattverksamheter/);

    const written =
      'Under vintern 2017–2018 fanns 115 platser i tre natthärbärgen, och beläggningen var hög: 80 % över perioden.';
    const tooLong = await coordinator.post('/rapport/texter', {
      fran: '2017-11',
      till: '2018-04',
      section: 'nightShelters',
      version: '0',
      text: 'x'.repeat(3001),
    });
    expect(tooLong.status).toBe(422);
    const saved = await coordinator.post('/rapport/texter', {
      fran: '2017-11',
      till: '2018-04',
      section: 'nightShelters',
      version: '0',
      text: `  ${written}  `,
    });
    expect(saved.location).toBe(`${page}&sparat=nightShelters`);
    // Sent again over the version it no longer is: refused, the stored text kept.
    const stale = await coordinator.post('/rapport/texter', {
      fran: '2017-11',
      till: '2018-04',
      section: 'nightShelters',
      version: '0',
      text: 'Något annat.',
    });
    expect(stale.status).toBe(409);

    const html = async () =>
      (await t.api.call('GET', '/v1/reports?from=2017-11&to=2018-04&format=html', { key: t.api.admin })).text;
    const before = await html();
    expect(before).toContain(written);
    expect(before).toMatch(/<h2[^>]*>Samverkan<\/h2>/);
    expect(before).toMatch(new RegExp(`<p>${cooperation[0]}</p>\\s*<p>${cooperation[1]}</p>`));
    expect(before).not.toContain('Den 30 april 2018 fanns 3 nattverksamheter');
    // The English report keeps the figures' own words.
    const english = (
      await t.api.call('GET', '/v1/reports?from=2017-11&to=2018-04&format=html&language=en', {
        key: t.api.admin,
      })
    ).text;
    expect(english).not.toContain(written);

    // A night corrected afterwards: the text stays, said to be out of date, with the draft the figures give now.
    const night = await t.api.call(
      'GET',
      '/v1/activities/act_fa_natt/figures?from=2018-03-01&to=2018-03-01',
      {
        key: t.api.admin,
      },
    );
    const { women, men } = night.body[0].figures;
    expect(
      (
        await t.api.call('PUT', '/v1/activities/act_fa_natt/figures/2018-03-01', {
          key: t.api.admin,
          json: { women, men: men + 1 },
        })
      ).status,
    ).toBe(200);
    const after = (await html()).replace(/\u00a0/g, ' ');
    expect(after).toContain(written);
    expect(after).toContain(
      'Obs: siffrorna har ändrats sedan texten ovan skrevs. Förslaget ur siffrorna nu: Den 30 april 2018',
    );
    expect(after).toContain('Flest övernattningar var det i mars 2018 (3 059)');
    const marked = parse((await coordinator.get(page)).html);
    expect(marked.querySelector('main .warning')?.text).toBe(
      'Siffrorna har ändrats sedan texten skrevs: se över den mot förslaget.',
    );
  });
});
