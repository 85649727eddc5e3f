import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { RecordingSmsSink } from '../../shared/adapters/sms-sink';
import { isGsm7 } from '../../shared/i18n/alert-messages';
import { PUBLIC_LANGUAGES, PUBLIC_WORDS } from '../../shared/i18n/public';
import { mailbox } from '../support/mailbox';
import { expectProblem, useTestSystem } from '../support/system';
import { tableDump } from '../support/table';
import { signIn } from '../support/web';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'iop-decisions-'));
// The demo, on Monday 8 February 2027 at 07:00 in Stockholm: the morning of the replayed February forecast.
const t = useTestSystem({ demo: true, dataDir, now: () => new Date('2027-02-08T06:00:00Z') });
const VENUE_PHONE = '+46701740606';
const OUTREACH_PHONE = '+46701740607';
const SPELL = ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'];

const smsTo = async (phone: string) =>
  (await new RecordingSmsSink(t.system.smsOutbox).read()).filter((m) => m.to === phone).map((m) => m.text);
const mailsTo = (address: string) => mailbox(t.system, address);

describe('the decision to open, from the coordinator to the venue, the outreach team and the public page', () => {
  it('refuses a decision that cannot be, storing nothing', async () => {
    const coordinator = await t.api.key('coordinator');
    const partner = await t.api.key('partner', 'org_nygemenskap');
    const bare = await t.api.activity('org_nygemenskap', 'cold_night_venue', 'Utan adress');
    const before = await tableDump(t.system);
    const post = (json: unknown, key = coordinator) =>
      t.api.call('POST', '/v1/cold-night-decisions', { key, json });
    const paths = async (json: unknown) => expectProblem(await post(json), 422).errors?.map((e) => e.path);
    const decision = { nights: SPELL, open: true, venueIds: ['act_ng_extra_kalla'], groups: ['venues'] };
    expect(await paths({ ...decision, nights: [] })).toEqual(['/nights']);
    expect(await paths({ ...decision, venueIds: [] })).toEqual(['/venueIds']);
    expect(await paths({ ...decision, venueIds: [bare] })).toEqual(['/venueIds/0']);
    expect(await paths({ ...decision, venueIds: ['act_fa_natt'] })).toEqual(['/venueIds/0']);
    expect(await paths({ ...decision, open: false, venueIds: undefined })).toEqual(['/reason']);
    expect(await paths({ ...decision, nights: ['2027-03-01'] })).toEqual(['/nights/0']);
    expect(await paths({ ...decision, groups: ['everyone'] })).toEqual(['/groups/0']);
    expect(await paths({ ...decision, note: 'Anna sov ute' })).toEqual(['/note']);
    expectProblem(await post(decision, partner), 403);
    expect(await tableDump(t.system)).toEqual(before);
  });

  it('after the replayed forecast, a coordinator opens the venue for 8–11 February: one SMS each to the venue and the outreach team, at once', async () => {
    const check = await run(
      'npx',
      ['tsx', 'infra/cli/cold-night-check.ts', '--now', '2027-02-08T05:00:00Z'],
      {
        env: { ...process.env, IOP_DATA_DIR: dataDir },
      },
    );
    expect(check.stdout).toContain('Alerts: cold, cold');
    const alerted = {
      venue: (await smsTo(VENUE_PHONE)).length,
      outreach: (await smsTo(OUTREACH_PHONE)).length,
    };

    const coordinator = await signIn(t.system, 'samordnare@iop.local');
    const page = parse((await coordinator.get('/samordning/kalla-natter')).html);
    expect(page.querySelector('label[for="natt-2027-02-08"]')?.text).toContain(
      'natten mot tisdag 9 februari (mån 8/2)',
    );
    expect(page.querySelector('label[for="lokal-act_ng_extra_kalla"]')?.text).toContain('Exempelgatan 1');
    const form = {
      'natt-2027-02-08': 'ja',
      'natt-2027-02-09': 'ja',
      'natt-2027-02-10': 'ja',
      'natt-2027-02-11': 'ja',
      oppna: 'ja',
      'lokal-act_ng_extra_kalla': 'ja',
      'grupp-venues': 'ja',
      'grupp-outreach': 'ja',
    };
    const sent = await coordinator.post('/samordning/beslut', form);
    expect(sent.location).toBe('/samordning/kalla-natter?beslut=skickat-2');
    // Sent by the save itself, not by the next hourly check: the phones have it when the page comes back.
    const venue = (await smsTo(VENUE_PHONE)).slice(alerted.venue);
    const outreach = (await smsTo(OUTREACH_PHONE)).slice(alerted.outreach);
    expect(venue).toEqual([
      'KALLA NÄTTER: Vi öppnar extra nätterna mot tis 9/2-fre 12/2 (mån 8/2-tors 11/2). Extra kalla nätter, Exempelgatan 1, Stockholm, 21.00-08.00.',
    ]);
    expect(outreach).toEqual(venue);
    expect(isGsm7(venue[0] as string) && (venue[0] as string).length <= 160).toBe(true);
    // Socialjouren is not among the groups named: nothing to it.
    expect((await mailsTo('socialjouren@iop.local')).filter((m) => m.subject.startsWith('Beslut'))).toEqual(
      [],
    );
    expect((await mailsTo('samordnare@iop.local')).filter((m) => m.subject.startsWith('Beslut'))).toEqual([]);
    const shown = parse((await coordinator.get(sent.location as string)).html);
    expect(shown.querySelector('[role=status]')?.text).toContain('Beslutet är skickat: 2 meddelanden.');

    // The same form again (a double tap): the same decision, nothing sent again.
    const again = await coordinator.post('/samordning/beslut', form);
    expect(again.location).toBe('/samordning/kalla-natter?beslut=samma');
    expect((await smsTo(VENUE_PHONE)).slice(alerted.venue)).toHaveLength(1);

    // The public page says where to go, in six languages, from the decision only.
    const json = await t.api.call('GET', '/v1/public/cold-nights');
    expect(json.body.nights.slice(0, 5).map((n: { status: string }) => n.status)).toEqual([
      'open',
      'open',
      'open',
      'open',
      'undecided',
    ]);
    expect(json.body.nights[0].venues[0]).toMatchObject({
      name: 'Extra kalla nätter',
      address: 'Exempelgatan 1, Stockholm',
      hours: '21.00–08.00',
    });
    const headings: (string | undefined)[] = [];
    for (const language of PUBLIC_LANGUAGES) {
      const response = await fetch(`${t.system.webUrl}/kalla-natter?sprak=${language}`);
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      const html = parse(await response.text());
      expect(html.querySelector('html')?.getAttribute('lang')).toBe(language);
      const first = html.querySelector('section.night');
      expect(first?.text).toContain(PUBLIC_WORDS[language].open);
      expect(first?.text).toContain('Exempelgatan 1, Stockholm');
      expect(html.querySelectorAll('section.night.open')).toHaveLength(4);
      headings.push(first?.querySelector('h2')?.text);
    }
    // A night named in Swedish and English as the venues' SMS names it; in the others evening to morning.
    expect(headings).toEqual([
      'natten mot tisdag 9 februari (mån 8/2)',
      'the night before Tuesday 9 February (Mon 8/2)',
      'luni, 8 februarie – marți, 9 februarie',
      'понеделник, 8 февруари – вторник, 9 февруари',
      'poniedziałek, 8 lutego – wtorek, 9 lutego',
      'maanantai 8. helmikuuta – tiistai 9. helmikuuta',
    ]);
  });

  it('sends a change once more, in each person’s language; two equal decisions at once are one', async () => {
    const coordinator = await t.api.key('coordinator');
    await t.api.call('POST', '/v1/subscribers', {
      key: t.api.admin,
      json: {
        name: 'Outreach, English',
        phone: '+46701740608',
        channels: ['sms'],
        groups: ['outreach'],
        language: 'en',
      },
    });
    const decisions = await t.api.call('GET', '/v1/cold-night-decisions', { key: coordinator });
    const [made] = decisions.body;
    const before = (await smsTo(VENUE_PHONE)).length;
    const changed = await t.api.call('PATCH', `/v1/cold-night-decisions/${made.id}`, {
      key: coordinator,
      json: { nights: [...SPELL, '2027-02-12'] },
    });
    expect([changed.status, changed.body.decision.version, changed.body.sent]).toEqual([200, 2, 3]);
    expect((await smsTo(VENUE_PHONE)).slice(before)).toEqual([
      'KALLA NÄTTER, ÄNDRAT: Vi öppnar extra nätterna mot tis 9/2-lör 13/2 (mån 8/2-fre 12/2). Extra kalla nätter, Exempelgatan 1, Stockholm, 21.00-08.00.',
    ]);
    expect(await smsTo('+46701740608')).toEqual([
      'COLD NIGHTS, CHANGED: We open extra places the nights before Tue 9/2-Sat 13/2 (Mon 8/2-Fri 12/2). Extra kalla nätter, Exempelgatan 1, Stockholm, 21.00-08.00.',
    ]);
    // The same decision saved twice at the same moment (two coordinators, a double tap): made and sent once.
    const racing = await Promise.all(
      [1, 2].map(() =>
        t.api.call('POST', '/v1/cold-night-decisions', {
          key: coordinator,
          json: { nights: ['2027-02-14'], open: false, reason: 'Lokalen är upptagen', groups: ['venues'] },
        }),
      ),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([200, 201]);
    expect((await smsTo(VENUE_PHONE)).filter((m) => m.includes('14/2'))).toEqual([
      'KALLA NÄTTER: Ingen extra öppning natten mot mån 15/2 (sön 14/2). Skäl: Lokalen är upptagen',
    ]);
    const cancelled = await t.api.call('PATCH', `/v1/cold-night-decisions/${made.id}`, {
      key: coordinator,
      json: { cancelled: true },
    });
    expect(cancelled.body.decision).toMatchObject({ cancelled: true, version: 3 });
    expect((await smsTo(VENUE_PHONE)).at(-1)).toBe(
      'KALLA NÄTTER, INSTÄLLT: Vi öppnar inte extra nätterna mot tis 9/2-lör 13/2 (mån 8/2-fre 12/2) som tidigare sagt.',
    );
    // Called off, the opening is not silently gone from the public page: it says it is cancelled.
    const json = await t.api.call('GET', '/v1/public/cold-nights');
    expect(json.body.nights[0].status).toBe('cancelled');
    const audit = await t.api.call('GET', '/v1/audit', { key: t.api.admin });
    expect(
      audit.body
        .filter((e: { entityId: string }) => e.entityId === made.id)
        .map((e: { action: string }) => e.action)
        // The clock stands still in this test: entries of the same instant come in no particular order.
        .sort(),
    ).toEqual(['cold-night-decision.cancelled', 'cold-night-decision.changed', 'cold-night-decision.made']);
  });

  it('cancels in the web app only after a question naming who will be told; then the list, the public page in six languages and the SMS say the same (issue 29, 4)', async () => {
    const coordinator = await signIn(t.system, 'samordnare@iop.local');
    const night = '2027-02-13';
    const form = {
      [`natt-${night}`]: 'ja',
      oppna: 'ja',
      'lokal-act_ng_extra_kalla': 'ja',
      'grupp-venues': 'ja',
    };
    await coordinator.get('/samordning/kalla-natter');
    const made = await coordinator.post('/samordning/beslut', form);
    expect(made.location).toMatch(/beslut=skickat-\d+$/);
    const publicStatus = async () =>
      (await t.api.call('GET', '/v1/public/cold-nights')).body.nights.find(
        (n: { night: string }) => n.night === night,
      )?.status;
    expect(await publicStatus()).toBe('open');
    const listed = parse((await coordinator.get('/samordning/kalla-natter')).html);
    const item = listed
      .querySelectorAll('ul.log li')
      .find((li) => li.text.startsWith('Vi öppnar extra natten mot söndag 14 februari (lör 13/2).'));
    const id = item?.querySelector('input[name=id]')?.getAttribute('value') as string;
    expect(item?.querySelector('form')?.getAttribute('method')).toBe('get');
    const sent = (await smsTo(VENUE_PHONE)).length;

    // "Ställ in" (or a page from before, posting at once) only asks; nothing is sent or changed.
    const pressed = await coordinator.post('/samordning/beslut/stall-in', { id });
    expect(pressed.location).toBe(`/samordning/beslut/stall-in?id=${id}`);
    expect(await smsTo(VENUE_PHONE)).toHaveLength(sent);
    expect(await publicStatus()).toBe('open');
    const question = await coordinator.get(pressed.location as string);
    const asked = parse(question.html);
    expect(asked.querySelector('h1')?.text).toBe('Ställa in beslutet?');
    expect(asked.querySelector('.lead')?.text).toMatch(
      /^Vi öppnar extra natten mot söndag 14 februari \(lör 13\/2\)\. /,
    );
    // The demo's venues group is one phone: the venue's.
    expect(asked.querySelectorAll('main ul li').map((li) => li.text)).toEqual([
      'Extra kalla nätter, lokalen – lokaler (SMS)',
    ]);
    expect(asked.querySelector('main p:not(.lead):not(.offline-status)')?.text).toBe(
      'Den här personen får genast besked om att det är inställt:',
    );
    expect(asked.querySelector('button.warning')?.text).toBe('Ja, ställ in och meddela 1 person');

    const done = await coordinator.post('/samordning/beslut/stall-in', { id, bekrafta: 'ja' });
    expect(done.location).toMatch(/^\/samordning\/kalla-natter\?beslut=installt-\d+$/);
    expect((await smsTo(VENUE_PHONE)).slice(sent)).toEqual([
      'KALLA NÄTTER, INSTÄLLT: Vi öppnar inte extra natten mot sön 14/2 (lör 13/2) som tidigare sagt.',
    ]);
    const after = parse((await coordinator.get('/samordning/kalla-natter')).html)
      .querySelectorAll('ul.log li')
      .map((li) => li.text);
    expect(
      after.some((line) =>
        line.startsWith(
          'Vi öppnar inte extra natten mot söndag 14 februari (lör 13/2) som tidigare sagt. Inställt av ',
        ),
      ),
    ).toBe(true);
    expect(await publicStatus()).toBe('cancelled');
    for (const language of PUBLIC_LANGUAGES) {
      const page = parse(await (await fetch(`${t.system.webUrl}/kalla-natter?sprak=${language}`)).text());
      expect(page.querySelector(`section.cancelled #natt-${night}`), language).not.toBeNull();
      expect(page.querySelector(`section.cancelled .status`)?.text, language).toBe(
        PUBLIC_WORDS[language].cancelled,
      );
    }
    // Asked again for a cancelled decision, the question page goes back to the list: nothing to cancel twice.
    expect((await coordinator.get(pressed.location as string)).location).toBe(
      '/samordning/kalla-natter#beslut',
    );
  });

  it('opens for people evicted from their sleeping sites (summer readiness) with its own head, and the report counts it per cause (issue 25, 6)', async () => {
    const nights = ['2027-02-19', '2027-02-20'];
    const refused = await t.api.call('POST', '/v1/cold-night-decisions', {
      key: t.api.admin,
      json: { nights, open: true, venueIds: ['act_ng_extra_kalla'], groups: ['venues'], cause: 'flood' },
    });
    expect(expectProblem(refused, 422).errors?.map((e) => e.path)).toEqual(['/cause']);
    const before = (await smsTo(VENUE_PHONE)).length;
    const coordinator = await signIn(t.system, 'samordnare@iop.local');
    const board = parse((await coordinator.get('/samordning/kalla-natter')).html);
    expect(board.querySelectorAll('input[name="orsak"]').map((i) => i.getAttribute('value'))).toEqual([
      'cold',
      'warning',
      'eviction',
    ]);
    expect(board.querySelector('label[for="orsak-eviction"]')?.text).toBe(
      'Avhysning från otillåtna boplatser',
    );
    const sent = await coordinator.post('/samordning/beslut', {
      'natt-2027-02-19': 'ja',
      'natt-2027-02-20': 'ja',
      oppna: 'ja',
      orsak: 'eviction',
      'lokal-act_ng_extra_kalla': 'ja',
      'grupp-venues': 'ja',
    });
    expect(sent.location).toBe('/samordning/kalla-natter?beslut=skickat-1');
    expect((await smsTo(VENUE_PHONE)).slice(before)).toEqual([
      'EXTRA BEREDSKAP: Vi öppnar extra nätterna mot lör 20/2-sön 21/2 (fre 19/2-lör 20/2). Extra kalla nätter, Exempelgatan 1, Stockholm, 21.00-08.00.',
    ]);
    const log = parse((await coordinator.get('/samordning/kalla-natter')).html)
      .querySelectorAll('ul.log li')
      .map((li) => li.text);
    expect(log.some((line) => line.includes('Orsak: avhysning från otillåtna boplatser.'))).toBe(true);
    const decisions = (await t.api.call('GET', '/v1/cold-night-decisions', { key: t.api.admin })).body;
    expect(decisions.find((d: { nights: string[] }) => d.nights[0] === '2027-02-19')).toMatchObject({
      cause: 'eviction',
    });

    // A winter opening beside it, by the API without a cause (a cold night, as before causes were recorded).
    const cold = await t.api.call('POST', '/v1/cold-night-decisions', {
      key: t.api.admin,
      json: {
        nights: ['2027-02-16', '2027-02-17'],
        open: true,
        venueIds: ['act_ng_extra_kalla'],
        groups: ['venues'],
      },
    });
    expect(cold.status, cold.text).toBe(201);
    expect(cold.body.decision.cause).toBeUndefined();
    // The venue's places from February (the demo gives it none): each night opened counts them.
    const places = 60;
    await t.api.call('PUT', '/v1/activities/act_ng_extra_kalla/capacity/2027-02-01', {
      key: t.api.admin,
      json: { places },
    });
    // The half-year report: per cause, each night once; the decisions above called off are left out.
    const report = (await t.api.call('GET', '/v1/reports?from=2026-11&to=2027-04', { key: t.api.admin }))
      .body;
    expect(report.readiness).toEqual([
      { cause: 'cold', decisions: 1, nights: 2, placeNights: 2 * places },
      { cause: 'eviction', decisions: 1, nights: 2, placeNights: 2 * places },
    ]);
    const html = parse(
      (await t.api.call('GET', '/v1/reports?from=2026-11&to=2027-04&format=html', { key: t.api.admin })).text,
    );
    const rows = html
      .querySelectorAll('table tr')
      .map((tr) => tr.querySelectorAll('td, th').map((c) => c.text));
    expect(html.querySelectorAll('h2').map((h) => h.text)).toContain('Extra beredskap');
    expect(rows).toContainEqual(['Extra kall natt', '1', '2', '120']);
    expect(rows).toContainEqual(['Avhysning från otillåtna boplatser', '1', '2', '120']);
  });
});
