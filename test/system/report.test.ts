import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { apportion } from '../../infra/local/demo/load';
import { SEED_DAY_CENTRES, SEED_NIGHT_SHELTERS } from '../../infra/local/demo/seed-report-2017-18';
import { dynamoClient } from '../../shared/adapters/clients';
import { DynamoAlertStore } from '../../shared/adapters/dynamo-alert-store';
import { datesOfMonth } from '../../shared/domain/periods';
import { expectProblem, useTestSystem } from '../support/system';

const t = useTestSystem();

const report = (from: string, to: string) =>
  t.api.call('GET', `/v1/reports?from=${from}&to=${to}`, { key: t.api.admin });

describe('the half-year report', () => {
  it("reproduces the seed report's two tables exactly, from nightly and monthly figures sent to the import API", async () => {
    const org = await t.api.organisation('Partnerskapet', '802006-1688');
    const shelters = [
      { id: await t.api.activity(org, 'night_shelter', 'Filadelfia'), places: 50 },
      { id: await t.api.activity(org, 'night_shelter', 'Frälsningsarmén'), places: 45 },
      { id: await t.api.activity(org, 'night_shelter', 'Convictus'), places: 20 },
    ];
    for (const s of shelters) {
      const r = await t.api.call('PUT', `/v1/activities/${s.id}/capacity/2017-05-01`, {
        key: t.api.admin,
        json: { places: s.places },
      });
      expect(r.status).toBe(200);
    }
    const centres = [
      await t.api.activity(org, 'day_centre', 'A'),
      await t.api.activity(org, 'day_centre', 'B'),
    ];
    const rows: Record<string, unknown>[] = [];
    for (const { month, women, men } of SEED_NIGHT_SHELTERS) {
      const dates = datesOfMonth(month);
      const w = apportion(
        women,
        shelters.map((s) => s.places),
      );
      const m = apportion(
        men,
        shelters.map((s) => s.places),
      );
      shelters.forEach((s, i) => {
        const wn = apportion(
          w[i] ?? 0,
          dates.map(() => 1),
        );
        const mn = apportion(
          m[i] ?? 0,
          dates.map(() => 1),
        );
        for (const [n, period] of dates.entries())
          rows.push({ activityId: s.id, period, women: wn[n], men: mn[n] });
      });
    }
    for (const { month, women, men } of SEED_DAY_CENTRES) {
      // One centre reports a month total, the other day by day: the report takes both.
      rows.push({
        activityId: centres[0],
        period: month,
        women: Math.floor(women / 2),
        men: Math.floor(men / 2),
      });
      const days = datesOfMonth(month);
      const wd = apportion(
        women - Math.floor(women / 2),
        days.map(() => 1),
      );
      const md = apportion(
        men - Math.floor(men / 2),
        days.map(() => 1),
      );
      for (const [n, period] of days.entries())
        rows.push({ activityId: centres[1], period, women: wd[n], men: md[n] });
    }
    const imported = await t.api.call('POST', '/v1/imports', { key: t.api.admin, json: { rows } });
    expect(imported.status, imported.text.slice(0, 300)).toBe(200);

    const r = await report('2017-11', '2018-04');
    expect(r.status).toBe(200);
    const shelterTable = r.body.nightShelters.months.map((m: Record<string, number>) => [
      m.women,
      m.men,
      m.womenPct,
      m.menPct,
      m.guestNights,
      m.occupancyPct,
    ]);
    // The seed's table (../shared/DOMAIN.md, seeds/004): women, men, women %, men %, nights, occupancy.
    expect(shelterTable).toEqual([
      [1032, 1953, 35, 65, 2985, 87],
      [946, 1226, 44, 56, 2172, 61],
      [802, 2071, 28, 72, 2873, 81],
      [951, 1981, 32, 68, 2932, 91],
      [1016, 2042, 33, 67, 3058, 86],
      [742, 1896, 28, 72, 2638, 76],
    ]);
    expect(r.body.nightShelters.total).toEqual({
      women: 5489,
      men: 11169,
      guestNights: 16658,
      womenPct: 33,
      menPct: 67,
      capacityNights: 115 * 181,
      occupancyPct: 80,
    });
    const centreTable = r.body.dayCentres.months.map((m: Record<string, number>) => [
      m.women,
      m.men,
      m.visits,
      m.womenPct,
      m.menPct,
    ]);
    expect(centreTable).toEqual([
      [1267, 5600, 6867, 18, 82],
      [996, 4906, 5902, 17, 83],
      [641, 5130, 5771, 11, 89],
      [815, 5467, 6282, 13, 87],
      [885, 6082, 6967, 13, 87],
      [795, 5147, 5942, 13, 87],
    ]);
    expect(r.body.dayCentres.total).toEqual({
      women: 5399,
      men: 32332,
      visits: 37731,
      womenPct: 14,
      menPct: 86,
    });
    expect(r.body.completeness.complete).toBe(true);
    // The same report in Swedish HTML: the seed's tables, numbers written the Swedish way.
    const html = await t.api.call('GET', '/v1/reports?from=2017-11&to=2018-04&format=html', {
      key: t.api.admin,
    });
    expect(html.contentType).toMatch(/^text\/html/);
    const headings = parse(html.text).querySelectorAll('h2');
    // The night shelters open as the seed report does: each with its places, the sum, the busiest month.
    expect(headings[0]?.nextElementSibling?.text.replace(/\u00a0/g, ' ')).toBe(
      'Den 30 april 2018 fanns 3 nattverksamheter: Convictus med 20 platser, Filadelfia med 50 platser och Frälsningsarmén med 45 platser. Sammanlagt 115 platser. Den sammanlagda beläggningen under perioden har varit 80 %. Av dem som övernattat har 33 % varit kvinnor och 67 % män. Flest övernattningar var det i mars 2018 (3 058).',
    );
    // The day centres too (issue 26, 1): their visits, the shares, the busiest month, from the figures.
    expect(headings[2]?.nextElementSibling?.text.replace(/\u00a0/g, ' ')).toBe(
      'Dagverksamheterna hade sammanlagt 37 731 besök under perioden, 14 % av kvinnor och 86 % av män. Flest besök var det i mars 2018 (6 967).',
    );
    // Each table follows its heading's sentences (the night shelters' then its charts).
    const cells = (i: number) =>
      headings[i]?.nextElementSibling?.nextElementSibling
        ?.querySelectorAll('tr')
        .map((tr) => tr.querySelectorAll('th,td').map((td) => td.text.replace(/\u00a0/g, ' ')));
    expect(cells(0)?.[0]).toEqual(['Månad', 'Kvinnor', 'Män', 'Kvinnor %', 'Män %', 'Nätter', 'Beläggning']);
    expect(cells(0)?.[1]).toEqual(['NOV 2017', '1 032', '1 953', '35 %', '65 %', '2 985', '87 %']);
    expect(cells(0)?.at(-1)).toEqual(['Totalt', '5 489', '11 169', '33 %', '67 %', '16 658', '80 %']);
    expect(cells(2)?.at(-1)).toEqual(['Totalt', '5 399', '32 332', '37 731', '14 %', '86 %']);
    expect(html.text).toContain('beläggning på 80');
    expect(html.text).not.toContain('Observera');
    const english = await t.api.call('GET', '/v1/reports?from=2017-11&to=2018-04&format=html&language=en', {
      key: t.api.admin,
    });
    expect(parse(english.text).querySelector('h1')?.text).toBe(
      'Activity report – IOP for EU citizens in vulnerable situations',
    );

    // And as CSV for a Swedish spreadsheet: semicolons, a BOM, the same figures.
    const csv = await t.api.call(
      'GET',
      '/v1/reports?from=2017-11&to=2018-04&format=csv&table=nightShelters',
      {
        key: t.api.admin,
      },
    );
    expect(csv.contentType).toMatch(/^text\/csv/);
    const raw = await fetch(`${t.system.apiUrl}/v1/reports?from=2017-11&to=2018-04&format=csv`, {
      headers: { authorization: `Bearer ${t.api.admin}` },
    });
    // The UTF-8 byte order mark (fetch's text() would strip it, so read the bytes).
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parseCsv(csv.text, { delimiter: ';', bom: true });
    expect(records[0]).toEqual([
      'Månad',
      'Kvinnor',
      'Män',
      'Kvinnor %',
      'Män %',
      'Nätter',
      'Platsnätter',
      'Beläggning %',
    ]);
    expect(records[1]).toEqual(['2017-11', '1032', '1953', '35', '65', '2985', '3450', '87']);
    expect(records.at(-1)).toEqual(['Totalt', '5489', '11169', '33', '67', '16658', '20815', '80']);

    // Per shelter, by name (Swedish order): the places in force × 181 nights.
    const perShelter = r.body.nightShelters.shelters.map(
      (s: { name: string; total: { capacityNights: number } }) => [s.name, s.total.capacityNights],
    );
    expect(perShelter).toEqual([
      ['Convictus', 20 * 181],
      ['Filadelfia', 50 * 181],
      ['Frälsningsarmén', 45 * 181],
    ]);
  });

  it('counts capacity night by night across a change mid-month, a shelter opening and one closing, and names the gaps', async () => {
    const org = await t.api.organisation('Ny Gemenskap', '802006-1019');
    const changing = await t.api.activity(org, 'night_shelter', 'Changing');
    const opening = await t.api.activity(org, 'night_shelter', 'Opening');
    const cap = (id: string, from: string, places: number) =>
      t.api.call('PUT', `/v1/activities/${id}/capacity/${from}`, { key: t.api.admin, json: { places } });
    await cap(changing, '2019-01-01', 10);
    await cap(changing, '2019-01-16', 20); // 15 nights at 10, 16 at 20
    await cap(changing, '2019-02-11', 0); // closes after 10 February
    await cap(opening, '2019-02-20', 5); // opens for the last 9 nights of February
    const rows = [
      ...datesOfMonth('2019-01').map((period) => ({ activityId: changing, period, women: 2, men: 8 })),
      ...datesOfMonth('2019-02')
        .slice(0, 10)
        .filter((d) => d !== '2019-02-05')
        .map((period) => ({ activityId: changing, period, women: 1, men: 4 })),
      ...datesOfMonth('2019-02')
        .slice(19)
        .map((period) => ({ activityId: opening, period, women: 1, men: 1 })),
    ];
    expect((await t.api.call('POST', '/v1/imports', { key: t.api.admin, json: { rows } })).status).toBe(200);
    const r = (await report('2019-01', '2019-02')).body;
    const byName = (name: string) => r.nightShelters.shelters.find((s: { name: string }) => s.name === name);
    expect(byName('Changing').months.map((m: { capacityNights: number }) => m.capacityNights)).toEqual([
      15 * 10 + 16 * 20,
      10 * 20,
    ]);
    expect(byName('Changing').months[0]).toMatchObject({ guestNights: 310, occupancyPct: 66 }); // 310 / 470 = 65.96 %
    expect(byName('Opening').months.map((m: { capacityNights: number }) => m.capacityNights)).toEqual([
      0,
      9 * 5,
    ]);
    expect(byName('Opening').months[0].occupancyPct).toBeNull();
    expect(r.completeness.complete).toBe(false);
    const html = await t.api.call('GET', '/v1/reports?from=2019-01&to=2019-02', {
      key: t.api.admin,
      headers: { accept: 'text/html' },
    });
    // The first test's three shelters and two centres report nothing for 2019, and "Changing" misses a night.
    expect(parse(html.text).querySelector('p[style*="fff3cd"]')?.text).toMatch(
      /^Observera: 6 verksamheter har inte rapporterat/,
    );
    const gaps = Object.fromEntries(
      r.completeness.activities.map((a: { name: string; missing: string[] }) => [a.name, a.missing]),
    );
    expect(gaps.Changing).toEqual(['2019-02-05']);
    expect(gaps.Opening).toEqual([]);
  });

  it('suppresses small nationality cells in the JSON and the HTML, so no one can be singled out', async () => {
    const org = await t.api.organisation('Stockholms Stadsmission', '802003-1954');
    const centre = await t.api.activity(org, 'day_centre', 'Mötesplats');
    const put = await t.api.call('PUT', `/v1/activities/${centre}/figures/2020-01`, {
      key: t.api.admin,
      json: { women: 20, men: 50, nationalities: { RO: 40, BG: 12, PL: 3, FI: 6 } },
    });
    expect(put.status).toBe(200);
    const r = (await report('2020-01', '2020-01')).body.nationalities;
    // PL (3) is below 5; hidden alone it could be worked out from the total, so the next smallest (FI, 6) goes too.
    // Visits at a day centre are counted in a table of their own, with shares of all 70 visits.
    expect(r).toEqual({
      smallCellBelow: 5,
      units: [
        {
          unit: 'day',
          total: 70,
          rows: [
            { code: 'RO', count: 40, sharePct: 57.1, suppressed: false },
            { code: 'BG', count: 12, sharePct: 17.1, suppressed: false },
            { code: 'FI', count: null, sharePct: null, suppressed: true },
            { code: 'PL', count: null, sharePct: null, suppressed: true },
          ],
          unknown: { count: 9, sharePct: 12.9, suppressed: false },
        },
      ],
    });
    const html = await t.api.call('GET', '/v1/reports?from=2020-01&to=2020-01&format=html', {
      key: t.api.admin,
    });
    const heading = parse(html.text)
      .querySelectorAll('h2')
      .find((h) => h.text.startsWith('Nationalitet'));
    // Each unit's table under a name of its own, what it says in words first.
    const name = heading?.nextElementSibling;
    expect([name?.tagName, name?.text]).toEqual(['H3', 'Besök på dagverksamheterna, per nationalitet']);
    expect(name?.nextElementSibling?.text.replace(/\u00a0/g, ' ')).toBe(
      'Majoriteten av besöken (57,1 %) gällde medborgare i Rumänien, därefter Bulgarien (17,1 %).',
    );
    const table = name?.nextElementSibling?.nextElementSibling
      ?.querySelectorAll('tr')
      .map((tr) => tr.querySelectorAll('th,td').map((td) => td.text.replace(/\u00a0/g, ' ')));
    expect(table).toEqual([
      ['Land', 'Antal', 'Andel'],
      ['Rumänien', '40', '57,1 %'],
      ['Bulgarien', '12', '17,1 %'],
      ['Finland', 'dolt', '–'],
      ['Polen', 'dolt', '–'],
      ['Okänd', '9', '12,9 %'],
      ['Totalt', '70', '100 %'],
    ]);
    const csv = await t.api.call(
      'GET',
      '/v1/reports?from=2020-01&to=2020-01&format=csv&table=nationalitiesDay',
      {
        key: t.api.admin,
      },
    );
    expect(parseCsv(csv.text, { delimiter: ';', bom: true })).toEqual([
      ['Land', 'Antal', 'Andel %'],
      ['Rumänien', '40', '57,1'],
      ['Bulgarien', '12', '17,1'],
      ['Finland', 'dolt', ''],
      ['Polen', 'dolt', ''],
      ['Okänd', '9', '12,9'],
      ['Totalt', '70', '100'],
    ]);
  });

  it('counts extra cold nights: nights opened, guests, the longest run, with the forecast low where the check saw it', async () => {
    const org = await t.api.organisation('Stockholms stad', '212000-0142');
    const venues = [
      await t.api.activity(org, 'cold_night_venue', 'Kyrka A'),
      await t.api.activity(org, 'cold_night_venue', 'Kyrka B'),
    ];
    const rows = [
      { activityId: venues[0], period: '2021-01-10', women: 20, men: 80 },
      { activityId: venues[1], period: '2021-01-10', women: 5, men: 25 },
      { activityId: venues[0], period: '2021-01-11', women: 22, men: 90 },
      { activityId: venues[0], period: '2021-01-12', women: 18, men: 70 },
      { activityId: venues[0], period: '2021-01-15', women: 10, men: 60 },
    ];
    expect((await t.api.call('POST', '/v1/imports', { key: t.api.admin, json: { rows } })).status).toBe(200);
    const alerts = new DynamoAlertStore(dynamoClient(t.system.config), t.system.config.TABLE_NAME);
    const seen = {
      minAt: null,
      cold: true,
      reasons: ['temperature' as const],
      warnings: [],
      outlook: false,
      forecastCreatedTime: '2021-01-10T04:00:00Z',
    };
    await alerts.saveNights([
      { night: '2021-01-10', minTemperature: -11.2, ...seen },
      { night: '2021-01-11', minTemperature: -9, ...seen },
    ]);
    const r = (await report('2021-01', '2021-01')).body.extraColdNights;
    expect(r).toEqual({
      nightsOpened: 4,
      guests: 400,
      guestsPerNight: 100,
      longestRun: 3,
      nights: [
        { night: '2021-01-10', guests: 130, forecastMinimum: -11.2 },
        { night: '2021-01-11', guests: 112, forecastMinimum: -9 },
        { night: '2021-01-12', guests: 88, forecastMinimum: null },
        { night: '2021-01-15', guests: 70, forecastMinimum: null },
      ],
    });
    const html = await t.api.call('GET', '/v1/reports?from=2021-01&to=2021-01&format=html', {
      key: t.api.admin,
    });
    expect(html.text).toContain(
      'Extra kalla nätter öppnades 4 gånger för sammanlagt 400 gäster, i genomsnitt 100 per natt. Längsta följd: 3 nätter i rad.',
    );
    expect(html.text).toContain('>−11,2</td>');
  });

  it('is for admins and coordinators, for a valid range of whole months', async () => {
    expect(
      (
        await t.api.call('GET', '/v1/reports?from=2017-11&to=2018-04', {
          key: await t.api.key('coordinator'),
        })
      ).status,
    ).toBe(200);
    const org = await t.api.organisation('Convictus', '802012-1581');
    expectProblem(
      await t.api.call('GET', '/v1/reports?from=2017-11&to=2018-04', {
        key: await t.api.key('partner', org),
      }),
      403,
    );
    expect(expectProblem(await report('2018-04', '2017-11'), 422).errors?.[0]?.path).toBe('/to');
    expect(expectProblem(await report('2018-13', '2019-01'), 422).errors?.[0]?.path).toBe('/from');
    expectProblem(await report('2010-01', '2018-01'), 422);
    expectProblem(await t.api.call('GET', '/v1/reports', { key: t.api.admin }), 422);
    // Found by the fuzz test: a range of non-months once sent the month count into an endless loop.
    expect(expectProblem(await report('x', 'constructor'), 422).errors?.map((e) => e.path)).toEqual([
      '/from',
      '/to',
    ]);
  });

  it('gives the same key figures for the half-years before, where there are figures, oldest first', async () => {
    const org = await t.api.organisation('Trendhärbärget AB', '556036-0793');
    const shelter = await t.api.activity(org, 'night_shelter', 'Trendhärbärget');
    const capacity = await t.api.call('PUT', `/v1/activities/${shelter}/capacity/2022-05-01`, {
      key: t.api.admin,
      json: { places: 10 },
    });
    expect(capacity.status).toBe(200);
    const nights = [
      ...datesOfMonth('2022-06').map((period) => ({ activityId: shelter, period, women: 2, men: 6 })),
      ...datesOfMonth('2023-06').map((period) => ({ activityId: shelter, period, women: 3, men: 6 })),
    ];
    expect(
      (await t.api.call('POST', '/v1/imports', { key: t.api.admin, json: { rows: nights } })).status,
    ).toBe(200);
    const r = await report('2023-05', '2023-10');
    // 2022-11–2023-04 had no figures at all: no trend point, rather than a false 0 %. (Other tests' shelters add
    // their places to every period alike, so the guest nights are what tell the periods apart here.)
    expect(r.body.trends.periods.map((p: Record<string, unknown>) => [p.from, p.to, p.guestNights])).toEqual([
      ['2022-05', '2022-10', 240],
      ['2023-05', '2023-10', 270],
    ]);
    expect(r.body.trends.months).toHaveLength(12);
    const html = await t.api.call('GET', '/v1/reports?from=2023-05&to=2023-10&format=html', {
      key: t.api.admin,
    });
    expect(html.text).toMatch(/Beläggningen var \d+\u00a0%, mot \d+\u00a0% perioden maj 2022 – okt 2022\./);
    expect(
      parse(html.text)
        .querySelectorAll('img')
        .map((i) => i.getAttribute('alt')),
    ).toContain('Beläggning och övernattningar per period');
  });
});
