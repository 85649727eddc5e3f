import { Logger } from '@aws-lambda-powertools/logger';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { createCheck } from '../../functions/cold-night-check/handler';
import { datesBetween } from '../../shared/domain/periods';
import { useTestSystem } from '../support/system';
import { signIn } from '../support/web';

/** The coordinator's cold nights after a replayed check of the built-in February forecast. */
describe('cold nights in the web app', () => {
  // 06:30 in Stockholm on Monday 8 February 2027, after the 06:00 check.
  const t = useTestSystem({ now: () => new Date('2027-02-08T05:30:00Z') });

  it('before any check, says when the next one runs and still offers two weeks of nights to open (issue 29, 5)', async () => {
    await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email: 'sigrid@example.org', name: 'Sigrid', role: 'coordinator' },
    });
    const coordinator = await signIn(t.system, 'sigrid@example.org');
    const html = parse((await coordinator.get('/samordning/kalla-natter')).html);
    const said = html.querySelectorAll('main p').map((p) => p.text);
    expect(said).toContain(
      'Ingen kontroll av SMHI:s prognos har körts än. Du kan ändå besluta om extra öppet nedan: alla nätter de närmaste två veckorna går att välja.',
    );
    // 06:30 on the hourly schedule (minute 5): the next run is 07:05.
    expect(said).toContain(
      'Nästa kontroll körs automatiskt den 8 februari 2027 kl. 07:05. Den som har hand om tekniken kan köra den direkt (npm run cold-night-check).',
    );
    expect(said).toContain('Ingen prognos är läst än.');
    const offered = html.querySelectorAll('#nights input[type=checkbox]').map((i) => i.getAttribute('name'));
    expect(offered).toHaveLength(14);
    expect([offered[0], offered.at(-1)]).toEqual(['natt-2027-02-08', 'natt-2027-02-21']);
    expect(html.querySelector('label[for="natt-2027-02-08"]')?.text).toBe(
      'natten mot tisdag 9 februari (mån 8/2)',
    );
  });

  it('shows the coming nights, what was sent, and records an extra cold night’s guests', async () => {
    const org = await t.api.organisation('Ny Gemenskap', '802006-1019');
    const venue = await t.api.activity(org, 'cold_night_venue', 'Kyrksalen');
    await t.api.call('POST', '/v1/subscribers', {
      key: t.api.admin,
      json: { name: 'Anna', email: 'anna@example.org', channels: ['email'] },
    });
    const check = createCheck(t.system.config, new Logger({ logLevel: 'ERROR' }));
    // Two spells (8–11 February, 16 February in the outlook), one e-mail that tells both.
    expect((await check(new Date('2027-02-08T05:00:00Z'))).sent).toBe(1);

    await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email: 'sam@example.org', name: 'Sam', role: 'coordinator' },
    });
    const coordinator = await signIn(t.system, 'sam@example.org');
    expect((await coordinator.get('/')).html).toContain('href="/samordning/kalla-natter"');
    const page = await coordinator.get('/samordning/kalla-natter');
    expect(page.status).toBe(200);
    const html = parse(page.html);
    const rows = html.querySelectorAll('main table')[0]?.querySelectorAll('tbody tr') ?? [];
    const tuesday = rows.find((r) => r.querySelector('th')?.text === 'natten mot tis 9/2 (mån 8/2)');
    expect(tuesday?.querySelectorAll('td').map((td) => td.text.replace(/\s+/g, ' ').trim())).toEqual([
      '−8,6 °C',
      expect.stringMatching(/^Extra kallt.*Larmat 8 februari 2027/),
    ]);
    expect(html.querySelector('main')?.text).toContain('5 extra kalla nätter i prognosen.');
    const sent = html.querySelectorAll('ul.log li');
    expect(sent).toHaveLength(1);
    expect([sent[0]?.querySelector('.to')?.text, sent[0]?.querySelector('.status')?.text]).toEqual([
      'Till: Anna (e-post)',
      'Läge: Skickat, 1 försök',
    ]);

    // The coordinator records the guests of Monday night at the venue, through the same form as a partner.
    const form = await coordinator.get(`/rapportera/${venue}?period=2027-02-07`);
    expect(form.status).toBe(200);
    const saved = await coordinator.submit(`/rapportera/${venue}`, {
      period: '2027-02-07',
      women: '31',
      men: '84',
    });
    expect(saved.status).toBe(200);
    expect(saved.html).toContain('Sparat: natten mot måndag 8 februari (sön 7/2) — 31 kvinnor, 84 män.');
    const stored = await t.api.call('GET', `/v1/activities/${venue}/figures`, { key: t.api.admin });
    expect(stored.body).toMatchObject([{ period: '2027-02-07', figures: { women: 31, men: 84 } }]);

    // A partner does not see the coordinators' page.
    await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email: 'p@example.org', name: 'P', role: 'partner', organisationId: org },
    });
    const partner = await signIn(t.system, 'p@example.org');
    expect((await partner.get('/samordning/kalla-natter')).status).toBe(404);
  });
  it('shows the guests to expect each night against the places, and what would cover the upper end (issue 27)', async () => {
    const org = await t.api.organisation('Convictus', '802012-1581');
    const shelter = await t.api.activity(org, 'night_shelter', 'Nattjouren');
    // A shelter with no night in three years (not begun): nothing to fit, so not among the fits.
    await t.api.activity(org, 'night_shelter', 'Nya härbärget');
    await t.api.call('PUT', `/v1/activities/${shelter}/capacity/2026-11-01`, {
      key: t.api.admin,
      json: { places: 20 },
    });
    // Five weeks of the same 24 guests a night: the baseline expects 24, whatever the weather (no fit yet).
    const rows = datesBetween('2027-01-01', '2027-02-07').map((period) => ({
      activityId: shelter,
      period,
      women: 4,
      men: 20,
    }));
    expect((await t.api.call('POST', '/v1/imports', { key: t.api.admin, json: { rows } })).status).toBe(200);
    const check = createCheck(t.system.config, new Logger({ logLevel: 'ERROR' }));
    await check(new Date('2027-02-08T06:00:00Z'));
    const nights = await t.api.call('GET', '/v1/cold-nights?from=2027-02-08&to=2027-02-09', {
      key: t.api.admin,
    });
    expect(nights.body[0]).toMatchObject({
      demand: {
        expected: 24,
        low: 24,
        high: 24,
        places: 20,
        venues: 1,
        short: [{ venueId: shelter, expected: 24, low: 24, high: 24, places: 20 }],
      },
    });
    // The fit, readable: five weeks is too little history to try the cold, so the weekday alone is used; the new
    // shelter has none.
    const fits = await t.api.call('GET', '/v1/demand', { key: t.api.admin });
    expect(fits.body).toMatchObject([
      { venueId: shelter, name: 'Nattjouren', nights: 38, slope: 0, backtest: [], uses: 'baseline' },
    ]);

    await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email: 'vera@example.org', name: 'Vera', role: 'coordinator' },
    });
    const coordinator = await signIn(t.system, 'vera@example.org');
    const html = parse((await coordinator.get('/samordning/kalla-natter')).html);
    const monday = html
      .querySelectorAll('main table tbody tr')
      .find((r) => r.querySelector('th')?.text === 'natten mot tis 9/2 (mån 8/2)');
    expect(monday?.querySelectorAll('.short-places').map((s) => s.text)).toEqual([
      'Väntat 24 gäster, 20 platser: 4 för få.',
      'Nattjouren: 24 (20 platser)',
    ]);
    expect(html.querySelectorAll('main li').map((li) => li.text)).toContain(
      'Nattjouren: räknar med bara veckodagen: för lite historik för att pröva kylan.',
    );
    // The night gone by: what was expected beside what came (the figures for it are in).
    const past = html
      .querySelectorAll('main table')
      .find((table) => table.querySelector('th')?.text === 'Natt' && table.text.includes('Kom'));
    expect(
      past?.querySelectorAll('tbody tr').map((r) => r.querySelectorAll('th, td').map((c) => c.text)),
    ).toEqual([['natten mot mån 8/2 (sön 7/2)', '24 (20 platser)', '24inom det väntade']]);
    expect(html.querySelectorAll('ul.needs li').map((li) => li.text)).toContain(
      'natten mot tisdag 9 februari (mån 8/2): 4 platser till behövs för att räcka även om det kommer så många som väntat som mest.',
    );
  });
});
