import { Logger } from '@aws-lambda-powertools/logger';
import type { SNSEvent } from 'aws-lambda';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { createMailEvents } from '../../functions/mail-events/handler';
import { mailbox } from '../support/mailbox';
import { useTestSystem } from '../support/system';
import { tableDump } from '../support/table';
import { codesFor, signIn, visitor } from '../support/web';

const errorsOn = (html: string) =>
  parse(html)
    .querySelectorAll('.error-summary li')
    .map((li) => li.text.trim());

describe("the administrator's registry and people pages", () => {
  // 22:30 on Tuesday 1 December 2026, Stockholm time.
  const t = useTestSystem({ demo: true, now: () => new Date('2026-12-01T21:30:00Z') });
  // A person is sent at most 5 codes an hour, and the clock stands still here: tests that need only a session share one.
  let admin: ReturnType<typeof visitor> | undefined;
  const asAdmin = async () => {
    admin ??= await signIn(t.system, 'admin@iop.local');
    return admin;
  };

  it('adds an organisation, a night shelter with 20 places and a partner, who is mailed and reports', async () => {
    const admin = await signIn(t.system, 'admin@iop.local');
    expect((await admin.get('/')).html).toContain('href="/organisationer"');
    const list = await admin.get('/organisationer');
    expect(list.status).toBe(200);
    // Pages go gzipped to a browser that accepts it (API Gateway's HTTP APIs do not compress).
    expect([list.headers.get('content-encoding'), list.headers.get('vary')]).toEqual([
      'gzip',
      'accept-encoding',
    ]);
    // The site's own icon, so that no browser asks for a missing /favicon.ico.
    const icon = await admin.get(
      parse(list.html).querySelector('link[rel=icon]')?.getAttribute('href') as string,
    );
    expect([icon.status, icon.headers.get('content-type'), icon.headers.get('cache-control')]).toEqual([
      200,
      'image/svg+xml; charset=utf-8',
      'public, max-age=31536000, immutable',
    ]);
    expect(parse(list.html).querySelector('main')?.text).toContain('Ny Gemenskap');

    // Wrong first: no name, a check digit that does not hold. Nothing is stored.
    const before = await tableDump(t.system);
    const bad = await admin.post('/organisationer', { name: ' ', orgNumber: '802002-4281' });
    expect(bad.status).toBe(422);
    expect(errorsOn(bad.html)).toEqual([
      'Skriv ett namn, högst 200 tecken.',
      'Skriv organisationsnumret som NNNNNN-NNNN, med rätt kontrollsiffra.',
    ]);
    expect(await tableDump(t.system)).toEqual(before);

    const made = await admin.post('/organisationer', { name: 'Hjälpen i Söder', orgNumber: '' });
    expect(made.status).toBe(303);
    const orgId = /^\/organisationer\/([\w-]+)\?ny=1$/.exec(made.location ?? '')?.[1] as string;
    expect(orgId).toBeTruthy();
    const orgPage = await admin.get(made.location as string);
    expect(parse(orgPage.html).querySelector('[role=status]')?.text).toContain('Organisationen är tillagd');

    const noKind = await admin.post(`/organisationer/${orgId}`, {
      name: 'Södernatt',
      places: 'tjugo',
      from: '2026-12-01',
    });
    expect(errorsOn(noKind.html)).toEqual([
      'Välj vilket slag av verksamhet det är.',
      'Skriv antalet platser som ett heltal, 0 eller mer.',
    ]);
    const activity = await admin.post(`/organisationer/${orgId}`, {
      name: 'Södernatt',
      kind: 'night_shelter',
      places: '20',
      from: '2026-11-01',
    });
    expect(activity.status).toBe(303);
    const activityId = /^\/verksamheter\/([\w-]+)\?ny=1$/.exec(activity.location ?? '')?.[1] as string;
    const activityPage = parse((await admin.get(activity.location as string)).html);
    expect(activityPage.querySelector('main')?.text).toContain('1 dec. – 31 dec.: 20 platser');

    // A dated change: 25 places from 15 December; the nights before keep 20.
    const changed = await admin.post(`/verksamheter/${activityId}`, { from: '2026-12-15', places: '25' });
    expect(changed.location).toBe(`/verksamheter/${activityId}?platser=2026-12-15-25`);
    const withChange = parse((await admin.get(changed.location as string)).html);
    expect(withChange.querySelector('[role=status]')?.text).toBe(
      'Sparat: 25 platser från natten 2026-12-15.',
    );
    expect(withChange.querySelectorAll('main h3 + ul li').map((li) => li.text)).toEqual([
      '1 dec. – 14 dec.: 20 platser',
      '15 dec. – 31 dec.: 25 platser',
    ]);
    const tooManyWomen = await admin.post(`/verksamheter/${activityId}`, {
      from: '2026-12-15',
      places: '25',
      womenPlaces: '30',
    });
    expect(errorsOn(tooManyWomen.html)).toEqual(['Platserna för kvinnor kan inte vara fler än platserna.']);
    // The days it runs (issue 25): a last day before the first is refused; blank removes a day.
    const backwards = await admin.post(`/verksamheter/${activityId}`, {
      dagar: 'ja',
      startsOn: '2026-12-01',
      endsOn: '2026-11-30',
    });
    expect(errorsOn(backwards.html)).toEqual(['Sista dagen kan inte vara före den första.']);
    const runs = await admin.post(`/verksamheter/${activityId}`, {
      dagar: 'ja',
      startsOn: '2026-11-01',
      endsOn: '',
    });
    expect(runs.location).toBe(`/verksamheter/${activityId}?dagar=1`);
    const running = await t.api.call('GET', `/v1/activities/${activityId}`, { key: t.api.admin });
    expect([running.body.startsOn, running.body.endsOn]).toEqual(['2026-11-01', undefined]);

    // The person: a partner needs an organisation; then invited, mailed in Swedish with where to sign in.
    const people = await admin.get(`/personer?organisation=${orgId}`);
    expect(parse(people.html).querySelector('#organisationId option[selected]')?.text).toBe(
      'Hjälpen i Söder',
    );
    const noOrg = await admin.post('/personer', {
      name: 'Sara Söder',
      email: 'sara@hjalpen.example',
      role: 'partner',
      organisationId: '',
    });
    expect(errorsOn(noOrg.html)).toEqual(['Välj organisationen som partnern rapporterar för.']);
    const taken = await admin.post('/personer', {
      name: 'Ännu en',
      email: 'admin@iop.local',
      role: 'admin',
      organisationId: '',
    });
    expect([taken.status, errorsOn(taken.html)]).toEqual([409, ['Någon har redan den e-postadressen.']]);
    const invited = await admin.post('/personer', {
      name: 'Sara Söder',
      email: 'sara@hjalpen.example',
      role: 'partner',
      organisationId: orgId,
      language: 'sv',
    });
    expect(invited.location).toBe('/personer?inbjuden=sara%40hjalpen.example');
    const [mail] = await mailbox(t.system, 'sara@hjalpen.example');
    expect(mail?.subject).toBe('Du har fått ett konto i IOP EU-medborgare');
    expect(mail?.body.text).toContain(`${t.system.webUrl}/logga-in`);
    expect(mail?.body.text).toContain('som partner');

    // The new partner signs in, sees the shelter and reports last night through the page.
    const sara = await signIn(t.system, 'sara@hjalpen.example');
    expect(parse((await sara.get('/')).html).querySelector('main')?.text).toContain('Södernatt');
    await sara.get(`/rapportera/${activityId}`);
    const saved = await sara.submit(`/rapportera/${activityId}`, {
      period: '2026-11-30',
      women: '5',
      men: '14',
    });
    expect(saved.status).toBe(200);
    const stored = await t.api.call(
      'GET',
      `/v1/activities/${activityId}/figures?from=2026-11-30&to=2026-11-30`,
      {
        key: t.api.admin,
      },
    );
    expect(stored.body.map((f: { figures: unknown }) => f.figures)).toEqual([{ women: 5, men: 14 }]);

    // Disabled: her session ends at once; removed: she is gone from the list.
    const personId = parse((await admin.get('/personer')).html)
      .querySelectorAll('main a')
      .find((a) => a.text === 'Sara Söder')
      ?.getAttribute('href') as string;
    await admin.get(personId);
    expect(
      (await admin.post(personId, { role: 'partner', organisationId: orgId, disabled: 'ja' })).location,
    ).toBe(`${personId}?andrad=1`);
    expect((await sara.get('/')).location).toBe('/logga-in?utloggad=1');
    const notConfirmed = await admin.post(`${personId}/ta-bort`, {});
    expect(errorsOn(notConfirmed.html)).toEqual(['Kryssa i rutan om du vill ta bort personen.']);
    expect((await admin.post(`${personId}/ta-bort`, { confirm: 'ja' })).location).toBe(
      '/personer?borttagen=1',
    );
    expect(parse((await admin.get('/personer')).html).querySelector('main')?.text).not.toContain(
      'Sara Söder',
    );

    // An administrator's own account is not changed from here.
    const self = parse((await admin.get('/personer')).html)
      .querySelectorAll('main a')
      .find((a) => a.text === 'Åsa Admin')
      ?.getAttribute('href') as string;
    expect(parse((await admin.get(self)).html).querySelector('main form')).toBeNull();
    expect((await admin.post(self, { role: 'partner', organisationId: orgId })).status).toBe(409);
  });

  it('is "finns inte" to partners and coordinators, and asks the signed-out to sign in', async () => {
    const partner = await signIn(t.system, 'convictus@iop.local');
    const coordinator = await signIn(t.system, 'samordnare@iop.local');
    // Each page's use case refuses them (there is no gate of the pages' own): the partner's own organisation and
    // activity included, which they may read elsewhere but not keep.
    const own = (await t.api.call('GET', '/v1/activities', { key: t.api.admin })).body.find(
      (x: { name: string; organisationId: string }) => x.organisationId === 'org_convictus',
    ) as { id: string; organisationId: string } | undefined;
    const paths = [
      '/organisationer',
      '/personer',
      '/nycklar',
      '/mottagare',
      '/kalla-natter-mottagare',
      ...(own ? [`/organisationer/${own.organisationId}`, `/verksamheter/${own.id}`] : []),
    ];
    expect(paths).toHaveLength(7);
    for (const who of [partner, coordinator])
      for (const path of paths) {
        const page = await who.get(path);
        expect([path, page.status]).toEqual([path, 404]);
        expect(parse(page.html).querySelector('h1')?.text).toBe('Sidan finns inte');
      }
    await partner.get('/konto'); // a page with a form: the partner's own form token
    const before = await tableDump(t.system);
    expect((await partner.post('/organisationer', { name: 'Smyg' })).status).toBe(404);
    expect(
      (await partner.post('/personer', { name: 'Smyg', email: 's@x.example', role: 'admin' })).status,
    ).toBe(404);
    expect(await tableDump(t.system)).toEqual(before);
    const stranger = visitor(t.system);
    expect((await stranger.get('/organisationer')).location).toBe('/logga-in');
    const admin = await signIn(t.system, 'admin@iop.local');
    expect((await admin.get('/organisationer/org_finns_inte')).status).toBe(404);
    expect((await admin.get('/personer/usr_finns_inte')).status).toBe(404);
  });

  it("says a survey question's problem in Swedish beside it, from its code, and keeps nothing (issue 23, 4)", async () => {
    const admin = await asAdmin();
    const form = parse((await admin.get('/brukarundersokning')).html);
    const value = (selector: string) => form.querySelector(selector)?.getAttribute('value') ?? '';
    const scale = form.querySelector('select[name=skala-0] option[selected]')?.getAttribute('value') ?? '';
    const before = await tableDump(t.system);
    const refused = await admin.post('/brukarundersokning', {
      version: value('input[name=version]'),
      'id-0': value('input[name=id-0]'),
      'fraga-0': 'Hur nöjd är du med sovplatsen? '.repeat(7),
      'skala-0': scale,
      'fraga-1': 'Känner du dig\ttrygg?',
      'skala-1': scale,
      'sprak-sv': 'ja',
    });
    expect(refused.status).toBe(422);
    const said = errorsOn(refused.html);
    expect(said).toEqual([
      expect.stringContaining('Högst 200 tecken.'),
      expect.stringContaining('Innehåller ett styrtecken (till exempel tabb eller radbrytning).'),
    ]);
    expect(said.join(' ')).not.toMatch(/At most|Contains|characters/);
    expect(await tableDump(t.system)).toEqual(before);
  });

  it('creates an API key shown once, which then works, and revokes it after a confirmation', async () => {
    const admin = await signIn(t.system, 'admin@iop.local');
    await admin.get('/nycklar');
    const noOrg = await admin.post('/nycklar', {
      label: 'Convictus system',
      role: 'partner',
      organisationId: '',
    });
    expect(errorsOn(noOrg.html)).toEqual(['Välj organisationen som partnern rapporterar för.']);
    const made = await admin.post('/nycklar', {
      label: 'Convictus system',
      role: 'partner',
      organisationId: 'org_convictus',
    });
    // Post/Redirect/Get: the key is shown on the page the save leads to, and never in a URL.
    expect([made.status, made.location]).toEqual([303, '/nycklar?ny=1']);
    const shown = await admin.get(made.location as string);
    expect([shown.status, shown.headers.get('cache-control')]).toEqual([200, 'no-store']);
    const key = parse(shown.html).querySelector('#ny-nyckel')?.getAttribute('value') as string;
    expect(key).toMatch(/^iop_/);
    // Reloaded, that page shows it no more, and makes no second key.
    const reloaded = await admin.get(made.location as string);
    expect(reloaded.html).not.toContain(key);
    expect(parse(reloaded.html).querySelector('#ny-nyckel')).toBeNull();
    const works = await fetch(`${t.system.apiUrl}/v1/activities`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(works.status).toBe(200);
    // Listed by its id from now on; the key itself is on no page again.
    const list = await admin.get('/nycklar');
    expect(list.html).not.toContain(key);
    expect(
      parse(list.html)
        .querySelectorAll('ul.log li')
        .filter((li) => li.text.includes('Convictus system')),
    ).toHaveLength(1);
    const id = parse(list.html)
      .querySelectorAll('ul.log li')
      .find((li) => li.text.includes('Convictus system'))
      ?.querySelector('input[name=id]')
      ?.getAttribute('value') as string;
    const unconfirmed = await admin.post('/nycklar/aterkalla', { id });
    expect(errorsOn(unconfirmed.html)).toEqual(['Kryssa i rutan om du vill återkalla nyckeln.']);
    expect((await admin.post('/nycklar/aterkalla', { id, bekrafta: 'ja' })).location).toBe(
      '/nycklar?aterkallad=1',
    );
    const after = await fetch(`${t.system.apiUrl}/v1/activities`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(after.status).toBe(401);
  });

  it('adds a cold-night recipient with a Swedish phone number, and changes the alert settings', async () => {
    const admin = await signIn(t.system, 'admin@iop.local');
    await admin.get('/kalla-natter-mottagare');
    const before = await tableDump(t.system);
    const bad = await admin.post('/kalla-natter-mottagare', {
      name: 'Anna',
      phone: '12',
      'kanal-sms': 'ja',
      'kanal-email': 'ja',
    });
    expect(errorsOn(bad.html)).toEqual([
      'Skriv en e-postadress för larm med e-post.',
      'Skriv ett mobilnummer, till exempel 070-123 45 67.',
      'Välj minst en grupp.',
    ]);
    expect(await tableDump(t.system)).toEqual(before);
    const added = await admin.post('/kalla-natter-mottagare', {
      name: 'Anna, lokalen',
      phone: '070-123 45 67',
      'kanal-sms': 'ja',
      'grupp-venues': 'ja',
      language: 'sv',
    });
    expect(added.location).toBe('/kalla-natter-mottagare?sparat=mottagare&namn=Anna%2C%20lokalen');
    const subscribers = await t.api.call('GET', '/v1/subscribers', { key: t.api.admin });
    expect(subscribers.body.find((x: { name: string }) => x.name === 'Anna, lokalen')).toMatchObject({
      phone: '+46701234567',
      channels: ['sms'],
      groups: ['venues'],
    });

    const settingsPage = parse((await admin.get('/kalla-natter-mottagare')).html);
    expect(settingsPage.querySelector('#threshold')?.getAttribute('value')).toBe('−7');
    const wrong = await admin.post('/kalla-natter-mottagare/installningar', {
      threshold: 'kallt',
      outlook: '11',
    });
    expect(errorsOn(wrong.html)).toEqual([
      'Skriv en temperatur mellan −40 och 10, till exempel -7.',
      'Skriv ett heltal mellan 0 och 10.',
    ]);
    const saved = await admin.post('/kalla-natter-mottagare/installningar', {
      threshold: '−7,5',
      'niva-RED': 'ja',
      outlook: '3',
    });
    expect(saved.location).toBe('/kalla-natter-mottagare?sparat=installningar');
    const settings = await t.api.call('GET', '/v1/alert-settings', { key: t.api.admin });
    expect(settings.body).toMatchObject({ thresholdC: -7.5, warningLevels: ['RED'], outlookAloneDays: 3 });
    for (const path of ['/nycklar', '/kalla-natter-mottagare', '/mottagare']) {
      const partner = await signIn(t.system, 'convictus@iop.local');
      expect([path, (await partner.get(path)).status]).toEqual([path, 404]);
    }
  });

  it('shows the audit trail filtered by activity, person and dates', async () => {
    const admin = await asAdmin();
    await admin.get('/verksamheter/act_fa_natt');
    await admin.post('/verksamheter/act_fa_natt', { from: '2026-12-10', places: '60' });
    const people = parse((await admin.get('/granskning')).html).querySelectorAll('#person option');
    const me = people.find((o) => o.text === 'Åsa Admin')?.getAttribute('value') as string;
    const page = await admin.get(
      `/granskning?verksamhet=act_fa_natt&person=${me}&fran=2026-12-01&till=2026-12-01`,
    );
    expect(page.status).toBe(200);
    const entries = parse(page.html).querySelectorAll('ul.log li');
    expect(entries.map((li) => li.querySelectorAll('span').map((s) => s.text))).toEqual([
      [
        'Platser ändrade – Frälsningsarméns natthärbärge (Västberga, sedan Bromma) – natten mot fredag 11 december (tors 10/12)',
        'Åsa Admin, 1 december 2026 kl. 22:30',
        'Från natten: – → natten mot fredag 11 december (tors 10/12)',
        'Platser: – → 60',
      ],
    ]);
    expect(parse(page.html).querySelector('[role=status]')?.text).toBe('1 ändring.');
    // Nobody else made changes to it that day; and the day before, nobody at all.
    const other = people.find((o) => o.text === 'Sam Samordnare')?.getAttribute('value') as string;
    expect(
      parse((await admin.get(`/granskning?verksamhet=act_fa_natt&person=${other}`)).html).querySelectorAll(
        'ul.log li',
      ),
    ).toHaveLength(0);
    const wrong = await admin.get('/granskning?fran=2026-12-01&till=2025-01-01');
    expect(wrong.status).toBe(422);
    expect(parse(wrong.html).querySelector('.error-summary')?.text).toContain('högst 366 dagar isär');
    const partner = await signIn(t.system, 'convictus@iop.local');
    expect((await partner.get('/granskning')).status).toBe(404);

    // Fifty to a page, the filters kept from page to page (issue 29, 9).
    for (let day = 1; day <= 55; day++)
      await t.api.call(
        'PUT',
        `/v1/activities/act_fa_natt/capacity/2027-0${day <= 28 ? 1 : 2}-${String(((day - 1) % 28) + 1).padStart(2, '0')}`,
        {
          key: t.api.admin,
          json: { places: 50 + day },
        },
      );
    const first = parse((await admin.get('/granskning?verksamhet=act_fa_natt')).html);
    const total = Number(/^(\d+) ändringar\.$/.exec(first.querySelector('[role=status]')?.text ?? '')?.[1]);
    const pages = Math.ceil(total / 50);
    expect(total).toBeGreaterThan(55);
    expect(first.querySelectorAll('ul.log li')).toHaveLength(50);
    expect(first.querySelector('nav.paging span')?.text).toBe(`Sida 1 av ${pages}`);
    expect(first.querySelector('nav.paging a')?.getAttribute('href')).toBe(
      '/granskning?verksamhet=act_fa_natt&fran=2026-11-01&till=2026-12-01&sida=2',
    );
    const last = parse(
      (await admin.get(`/granskning?verksamhet=act_fa_natt&fran=2026-11-01&till=2026-12-01&sida=${pages}`))
        .html,
    );
    expect(last.querySelectorAll('ul.log li')).toHaveLength(total - 50 * (pages - 1));
    expect(last.querySelectorAll('nav.paging a').map((a) => a.text)).toEqual(['Nyare ändringar']);
    // A page past the last shows the first, never an empty list or an error.
    expect(
      parse((await admin.get('/granskning?sida=999')).html).querySelector('[role=status]')?.text,
    ).toMatch(/ändring/);
  });

  it('marks an address SES says bounces, shows it beside the person and the recipient, mails nothing there until confirmed', async () => {
    const logged: string[] = [];
    const quiet = new Logger({ logLevel: 'SILENT' });
    const events = createMailEvents(t.system.config, {
      ...quiet,
      warn: (message: string) => logged.push(message),
      error: (message: string) => logged.push(message),
    } as unknown as Logger);
    // SES's records as its configuration set publishes them to SNS: a permanent bounce of two addresses, a
    // transient one (a full mailbox, which SES retries itself), and something that is not SES's at all.
    const sns = (...messages: unknown[]) => ({
      Records: messages.map((m, i) => ({
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: 'arn:aws:sns:eu-north-1:123456789012:mail-events:1',
        Sns: { MessageId: `m${i}`, Message: typeof m === 'string' ? m : JSON.stringify(m) },
      })),
    });
    const bounce = (type: string, ...addresses: string[]) => ({
      eventType: 'Bounce',
      bounce: {
        bounceType: type,
        bounceSubType: 'General',
        bouncedRecipients: addresses.map((emailAddress) => ({
          emailAddress,
          action: 'failed',
          status: '5.1.1',
          diagnosticCode: 'smtp; 550 5.1.1 user unknown',
        })),
        timestamp: '2026-12-01T08:00:00.000Z',
        feedbackId: '01000157c44f053b-61b59c11-9236-11e6-8f96-7be8aexample-000000',
      },
      mail: { timestamp: '2026-12-01T07:59:58.000Z', source: 'iop@example.org', destination: addresses },
    });
    const result = await events(
      sns(
        bounce('Permanent', 'Stadsmissionen@iop.local', 'socialjouren@iop.local'),
        bounce('Transient', 'samordnare@iop.local'),
        'not json',
      ) as unknown as SNSEvent,
    );
    expect(result).toEqual({ marked: 2 });
    expect(logged).toEqual([
      'e-mail address marked undeliverable',
      'e-mail address marked undeliverable',
      'not an SES event: dropped',
    ]);

    // An administrator of their own: admin@iop.local has asked for its hour's codes in this file already.
    await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email: 'bo@example.org', name: 'Bo Admin', role: 'admin' },
    });
    const admin = await signIn(t.system, 'bo@example.org');
    const warned = (html: string) =>
      parse(html)
        .querySelectorAll('ul.log li')
        .filter((li) => li.querySelector('p.warning'))
        .map((li) => [li.querySelector('a, strong')?.text, li.querySelector('p.warning')?.text]);
    const said =
      'E-post dit studsar sedan 1 december 2026: inget e-brev skickas dit – inte larm, rapporter, påminnelser eller inloggningskoder.';
    expect(warned((await admin.get('/personer')).html)).toEqual([['Stina på Stadsmissionen', said]]);
    expect(warned((await admin.get('/kalla-natter-mottagare')).html)).toEqual([['Socialjouren', said]]);

    // A sign-in code for that address is not mailed; the page says what it says to anyone.
    const partner = visitor(t.system);
    await partner.get('/logga-in');
    expect((await partner.post('/logga-in', { email: 'stadsmissionen@iop.local' })).location).toBe(
      '/logga-in/kod',
    );
    expect(await codesFor(t.system, 'stadsmissionen@iop.local')).toEqual([]);

    // Confirmed by the administrator: the address is mailed again, and the trail says who did it.
    await admin.get('/personer');
    const confirmed = await admin.post('/e-postadress/bekrafta', {
      address: 'stadsmissionen@iop.local',
      back: '/personer',
    });
    expect(confirmed.location).toBe('/personer?bekraftad=1');
    const after = await admin.get(confirmed.location as string);
    expect(parse(after.html).querySelector('.notice')?.text).toBe('Adressen får e-post igen.');
    expect(warned(after.html)).toEqual([]);
    expect(warned((await admin.get('/kalla-natter-mottagare')).html)).toEqual([['Socialjouren', said]]);
    // A second click, or a page that is no page of ours to go back to: nothing breaks, nothing more happens.
    expect(
      (
        await admin.post('/e-postadress/bekrafta', {
          address: 'stadsmissionen@iop.local',
          back: 'https://example.com',
        })
      ).location,
    ).toBe('/personer?bekraftad=1');
    await partner.get('/logga-in');
    await partner.post('/logga-in', { email: 'stadsmissionen@iop.local' });
    expect(await codesFor(t.system, 'stadsmissionen@iop.local')).toHaveLength(1);
    const audit = await t.api.call('GET', '/v1/audit?from=2026-12-01&to=2026-12-02', {
      key: t.api.admin,
    });
    expect(
      audit.body
        .filter((e: { action: string }) => e.action === 'email-address.confirmed')
        .map((e: { entityId: string }) => e.entityId),
    ).toEqual(['stadsmissionen@iop.local']);
  });
});
