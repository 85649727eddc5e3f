import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { datesBetween } from '../../shared/domain/periods';
import { useTestSystem } from '../support/system';
import { type Page, signIn } from '../support/web';

// 22:00 in Stockholm on Wednesday 25 November 2026.
const t = useTestSystem({ now: () => new Date('2026-11-25T21:00:00Z') });

let shelter = '';
let foreign = '';
let browser: Awaited<ReturnType<typeof signIn>>;

/** The grid's fields as the page holds them, as a browser would send them back. */
const fieldsOf = (page: Page) =>
  Object.fromEntries(
    parse(page.html)
      .querySelectorAll('table.month input')
      .map((input) => [input.getAttribute('name') as string, input.getAttribute('value') ?? '']),
  );
const stored = async (from: string, to: string) =>
  (await t.api.call('GET', `/v1/activities/${shelter}/figures?from=${from}&to=${to}`, { key: t.api.admin }))
    .body as { period: string; figures: Record<string, unknown> }[];
const text = (page: Page, selector: string) =>
  parse(page.html)
    .querySelectorAll(selector)
    .map((e) => e.text.replace(/\s+/g, ' ').trim());

beforeAll(async () => {
  const own = await t.api.organisation('Frälsningsarmén');
  const other = await t.api.organisation('Convictus');
  shelter = await t.api.activity(own, 'night_shelter', 'Västberga');
  foreign = await t.api.activity(other, 'night_shelter', 'Hjorthagen');
  await t.api.call('PUT', `/v1/activities/${shelter}/capacity/2026-11-01`, {
    key: t.api.admin,
    json: { places: 20 },
  });
  // A week missed: nothing from the 14th to the 20th.
  const rows = [...datesBetween('2026-11-01', '2026-11-13'), ...datesBetween('2026-11-21', '2026-11-24')].map(
    (period) => ({
      activityId: shelter,
      period,
      women: 4,
      men: 11,
      ...(period === '2026-11-03' ? { nationalities: { RO: 10 } } : {}),
    }),
  );
  expect((await t.api.call('POST', '/v1/imports', { key: t.api.admin, json: { rows } })).status).toBe(200);
  const email = 'natt@example.org';
  await t.api.call('POST', '/v1/users', {
    key: t.api.admin,
    json: { email, name: 'Nora Natt', role: 'partner', organisationId: own },
  });
  browser = await signIn(t.system, email);
});

describe('a night shelter’s month in the web app', () => {
  it('names on the start page what is missing, the latest first, each one tap from its form', async () => {
    const start = await browser.get('/');
    expect(text(start, 'ul.activities > li > p')).toEqual([
      'Natthärbärge',
      'Senast rapporterat: natten mot onsdag 25 november (tis 24/11).',
      'Saknas:',
      'Hela november 2026 på en gång',
      'Historik: Västberga',
    ]);
    const missing = parse(start.html).querySelectorAll('ul.activities li li');
    expect(missing.map((li) => li.text)).toEqual([
      'natten mot lördag 21 november (fre 20/11)',
      'natten mot fredag 20 november (tors 19/11)',
      'natten mot torsdag 19 november (ons 18/11)',
      'och 4 till',
    ]);
    expect(missing[0]?.querySelector('a')?.getAttribute('href')).toBe(
      `/rapportera/${shelter}?period=2026-11-20`,
    );
    expect(start.html).toContain(`href="/rapportera/${shelter}/2026-11"`);
  });

  it('shows an administrator every activity’s month, the missing nights marked', async () => {
    await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email: 'chef@example.org', name: 'Cecilia Chef', role: 'admin' },
    });
    const admin = await signIn(t.system, 'chef@example.org');
    expect((await admin.get('/')).html).toContain('href="/saknas"');
    const page = await admin.get('/saknas?manad=2026-11');
    expect(page.status).toBe(200);
    // Unasked, the page opens on the latest month with a gap: here this one, so it says nothing more.
    const unasked = await admin.get('/saknas');
    expect(text(unasked, '.lead')).toEqual(text(page, '.lead'));
    expect(text(unasked, '.notice')).toEqual([]);
    const summary = parse(page.html)
      .querySelectorAll('table:not(.completeness) tbody tr')
      .map((tr) => [
        tr.querySelector('th')?.childNodes[0]?.text,
        tr.querySelector('th .hint')?.text,
        tr.querySelector('td')?.text,
      ]);
    expect(summary).toEqual([
      ['Hjorthagen', 'Convictus', '24 perioder'],
      ['Västberga', 'Frälsningsarmén', '7 perioder'],
    ]);
    const cells = parse(page.html)
      .querySelectorAll('table.completeness tbody tr')[1]
      ?.querySelectorAll('td')
      .map((td) => td.classNames.replace('cell ', ''));
    expect(cells?.slice(12, 21)).toEqual([
      'reported',
      'missing',
      'missing',
      'missing',
      'missing',
      'missing',
      'missing',
      'missing',
      'reported',
    ]);
    expect(cells?.slice(24)).toEqual([
      'not_over',
      'not_over',
      'not_over',
      'not_over',
      'not_over',
      'not_over',
    ]);
    for (const month of ['2026-13', '2026-12', 'nov'])
      expect((await admin.get(`/saknas?manad=${month}`)).status).toBe(422);
  });

  it('shows every night with its places and status; tonight can be filled in, tomorrow not', async () => {
    const grid = await browser.get(`/rapportera/${shelter}/2026-11`);
    expect(grid.status).toBe(200);
    const rows = parse(grid.html).querySelectorAll('table.month tbody tr');
    expect(rows).toHaveLength(30);
    const status = (day: number) => rows[day - 1]?.querySelector('td.status')?.text;
    expect([status(13), status(14), status(25), status(26)]).toEqual([
      'Sparad',
      'Saknas',
      'Inte slut än',
      'Senare',
    ]);
    const fields = fieldsOf(grid);
    expect(fields['women-03']).toBe('4');
    expect(fields['women-14']).toBe('');
    expect('women-25' in fields).toBe(true);
    expect('women-26' in fields).toBe(false);
    // Each field is labelled with its figure and its night.
    expect(parse(grid.html).querySelector('label[for="women-14"]')?.text).toBe(
      'Kvinnor, natten mot söndag 15 november (lör 14/11)',
    );
  });

  it('refuses the whole grid when one night is wrong, and stores nothing', async () => {
    const fields = fieldsOf(await browser.get(`/rapportera/${shelter}/2026-11`));
    for (const day of ['14', '15']) Object.assign(fields, { [`women-${day}`]: '3', [`men-${day}`]: '12' });
    const refused = await browser.post(`/rapportera/${shelter}/2026-11`, {
      ...fields,
      'women-16': '3',
      'men-16': 'tolv',
    });
    expect(refused.status).toBe(422);
    expect(text(refused, '.error-summary li')).toEqual([
      'natten mot tis 17/11 (mån 16/11), Män: skriv ett heltal, 0 eller mer.',
    ]);
    expect(parse(refused.html).querySelector('#men-16')?.getAttribute('value')).toBe('tolv');
    expect((await stored('2026-11-14', '2026-11-20')).length).toBe(0);

    // Fewer people than the nationalities kept for the night: said in Swedish, nothing stored.
    const fewer = await browser.post(`/rapportera/${shelter}/2026-11`, {
      ...fields,
      'women-03': '1',
      'men-03': '2',
    });
    expect(fewer.status).toBe(422);
    expect(text(fewer, '.error-summary li')).toEqual([
      'natten mot ons 4/11 (tis 3/11): Antalet per land är större än antalet personer.',
    ]);
    expect((await stored('2026-11-03', '2026-11-15')).map((f) => f.figures.women)).toEqual([
      4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    ]);
  });

  it('asks before saving more guests than places, then fills the missed week in one save', async () => {
    const fields = fieldsOf(await browser.get(`/rapportera/${shelter}/2026-11`));
    for (const day of ['14', '15', '16', '17', '18', '19', '20'])
      Object.assign(fields, { [`women-${day}`]: '3', [`men-${day}`]: '12' });
    Object.assign(fields, { 'men-20': '19', 'men-03': '12' });
    const asked = await browser.post(`/rapportera/${shelter}/2026-11`, fields);
    expect(asked.status).toBe(422);
    expect(asked.html).toContain('Stämmer siffrorna?');
    expect((await stored('2026-11-14', '2026-11-20')).length).toBe(0);

    const saved = await browser.post(`/rapportera/${shelter}/2026-11`, {
      ...fields,
      asked: 'ja',
      confirm: 'ja',
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`/rapportera/${shelter}/2026-11?sparat=7-1-16`);
    const shown = await browser.get(saved.location as string);
    expect(text(shown, '[role=status] p')).toEqual(['Sparat: 7 nya, 1 rättade, 16 oförändrade.']);

    const week = await stored('2026-11-14', '2026-11-20');
    expect(week.map((f) => [f.period, f.figures.women, f.figures.men])).toEqual([
      ['2026-11-14', 3, 12],
      ['2026-11-15', 3, 12],
      ['2026-11-16', 3, 12],
      ['2026-11-17', 3, 12],
      ['2026-11-18', 3, 12],
      ['2026-11-19', 3, 12],
      ['2026-11-20', 3, 19],
    ]);
    // The corrected night keeps the nationalities the grid does not show.
    expect((await stored('2026-11-03', '2026-11-03'))[0]?.figures).toEqual({
      women: 4,
      men: 12,
      nationalities: { RO: 10 },
    });
    // Nothing is missing now: tonight is not over.
    const start = await browser.get('/');
    expect(text(start, 'ul.activities > li > p')).toContain('Allt är rapporterat.');
    const completeness = await t.api.call('GET', '/v1/completeness?month=2026-11', { key: t.api.admin });
    expect(
      completeness.body.activities.find((a: { activityId: string }) => a.activityId === shelter).missing,
    ).toEqual([]);
  });

  it('says "Inte part" for the nights after the organisation left the agreement, as the completeness rule does', async () => {
    const org = (await t.api.call('GET', `/v1/activities/${shelter}`, { key: t.api.admin })).body
      .organisationId;
    const agreement = await t.api.call('POST', '/v1/agreements', {
      key: t.api.admin,
      json: {
        name: 'Överenskommelse 2026–2027',
        start: '2026-05-01',
        end: '2027-04-30',
        latestEnd: null,
        notice: { kind: 'months_before_end', months: 6 },
        parties: [{ organisationId: org, joined: '2026-05-01', left: '2026-11-27' }],
      },
    });
    expect(agreement.status).toBe(201);
    const rows = parse((await browser.get(`/rapportera/${shelter}/2026-11`)).html).querySelectorAll(
      'table.month tbody tr',
    );
    expect(rows.slice(25).map((r) => r.querySelector('td.status')?.text)).toEqual([
      'Senare',
      'Senare',
      'Inte part',
      'Inte part',
      'Inte part',
    ]);
  });

  it('answers "finns inte" for another organisation’s month, and for a month not begun', async () => {
    for (const path of [`/rapportera/${foreign}/2026-11`, `/rapportera/${shelter}/2026-12`]) {
      const page = await browser.get(path);
      expect(page.status).toBe(404);
      expect(page.html).toContain('Sidan finns inte');
    }
    const post = await browser.post(`/rapportera/${foreign}/2026-11`, { 'women-01': '1', 'men-01': '1' });
    expect(post.status).toBe(404);
    expect((await t.api.call('GET', `/v1/activities/${foreign}/figures`, { key: t.api.admin })).body).toEqual(
      [],
    );
  });

  it('opens "Vad saknas" on the latest month with a gap, saying so, when this month has none', async () => {
    const admin = await signIn(t.system, 'chef@example.org');
    // Every night of November so far now reported, by both activities.
    const rows = datesBetween('2026-11-01', '2026-11-24').map((period) => ({
      activityId: foreign,
      period,
      women: 3,
      men: 9,
    }));
    expect((await t.api.call('POST', '/v1/imports', { key: t.api.admin, json: { rows } })).status).toBe(200);
    // Convictus is party to no agreement, so it owes nothing while the agreement of May 2026 is in force; before
    // it, Hjorthagen's nights were owed, and April 2026 is the latest month with a gap.
    const unasked = await admin.get('/saknas');
    expect(text(unasked, '.notice')).toEqual(['Visar april 2026, den senaste månaden där något saknas.']);
    expect(text(unasked, '.lead')).toEqual([
      'Vad varje verksamhet har rapporterat för april 2026, och vad som saknas.',
    ]);
    expect(text(unasked, 'table:not(.completeness) tbody td')).toEqual(['30 perioder', 'inget']);
    expect(text(await admin.get('/saknas?manad=2026-11'), 'table:not(.completeness) tbody td')).toEqual([
      'inget',
      'inget',
    ]);
  });
});
