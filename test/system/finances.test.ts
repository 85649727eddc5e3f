import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DEMO_OUTCOMES } from '../../infra/local/demo/registry';
import { mailbox } from '../support/mailbox';
import { expectProblem, runRemindersAt, useTestSystem } from '../support/system';
import { tableDump } from '../support/table';
import { signIn } from '../support/web';

const LINES = ['personal', 'lokaler', 'mat', 'hygien', 'administration', 'ovrigt'] as const;
/** Frälsningsarmén's outcome of 2025, the one the demo lacks. */
const FA = {
  grant: 3_000_000,
  used: { personal: 2_000_000, lokaler: 500_000, mat: 250_000, hygien: 50_000, administration: 150_000 },
  ownMoney: 400_000,
  volunteerHours: 900,
};
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('the yearly financial outcome', () => {
  const t = useTestSystem({ demo: true });
  const outcomePath = (org: string) => `/v1/financial-years/2025/outcomes/${org}`;

  it('refuses negative amounts, fractions, unknown lines, a long or personal comment and other organisations, storing nothing', async () => {
    const partner = await t.api.key('partner', 'org_fralsningsarmen');
    const coordinator = await t.api.key('coordinator');
    const before = await tableDump(t.system);
    const send = (json: unknown, key = partner, org = 'org_fralsningsarmen') =>
      t.api.call('PUT', outcomePath(org), { key, json });
    const paths = async (json: unknown) => expectProblem(await send(json), 422).errors?.map((e) => e.path);

    expect(await paths({ ...FA, grant: -1 })).toEqual(['/grant']);
    expect(await paths({ ...FA, ownMoney: 10.5 })).toEqual(['/ownMoney']);
    expect(await paths({ ...FA, used: { ...FA.used, personal: 1e10 } })).toEqual(['/used/personal']);
    expect(await paths({ ...FA, comment: 'x'.repeat(501) })).toEqual(['/comment']);
    expect(await paths({ ...FA, comment: 'Lön till 19850101-1234 betalades' })).toEqual(['/comment']);
    expect(await paths({ ...FA, salary: 1 })).toEqual(['/salary']);
    // A line the year does not have: the schema lets the id through, the year's lines refuse it.
    expect(await paths({ ...FA, used: { ...FA.used, resor: 100 } })).toEqual(['/used/resor']);
    expectProblem(await send(FA, partner, 'org_convictus'), 404);
    expectProblem(await send(FA, coordinator), 403);
    expectProblem(await t.api.call('GET', outcomePath('org_convictus'), { key: partner }), 404);
    // The city grants; it does not report for 2025 (the year's organisations are the four non-profits).
    expectProblem(await send(FA, t.api.admin, 'org_stockholms_stad'), 409);
    expect(await tableDump(t.system)).toEqual(before);
  });

  it('keeps a report once, says a resend is unchanged, and audits a correction with before and after', async () => {
    const partner = await t.api.key('partner', 'org_fralsningsarmen');
    const first = await t.api.call('PUT', outcomePath('org_fralsningsarmen'), { key: partner, json: FA });
    expect(first.status).toBe(201);
    expect(first.body.outcome.used).toEqual({ ...FA.used, ovrigt: 0 });
    const again = await t.api.call('PUT', outcomePath('org_fralsningsarmen'), { key: partner, json: FA });
    expect([again.status, again.body.change, again.body.outcome.version]).toEqual([200, 'unchanged', 1]);
    const corrected = { ...FA, used: { ...FA.used, ovrigt: 25_000 } };
    const fixed = await t.api.call('PUT', outcomePath('org_fralsningsarmen'), {
      key: partner,
      json: corrected,
    });
    expect([fixed.status, fixed.body.change, fixed.body.before.used.ovrigt]).toEqual([200, 'updated', 0]);
    const audit = await t.api.call('GET', '/v1/audit', { key: t.api.admin });
    const entries = audit.body.filter(
      (e: { entityId: string }) => e.entityId === 'org_fralsningsarmen/2025',
    ) as {
      action: string;
      before?: { used: Record<string, number> };
      after: { used: Record<string, number> };
    }[];
    expect(entries.map((e) => e.action)).toEqual([
      'financial-outcome.reported',
      'financial-outcome.corrected',
    ]);
    expect([entries[1]?.before?.used.ovrigt, entries[1]?.after.used.ovrigt]).toEqual([0, 25_000]);
    // Back to the figures the next test sums.
    await t.api.call('PUT', outcomePath('org_fralsningsarmen'), { key: partner, json: FA });
  });

  it('sums the year the same in JSON, HTML, CSV and XLSX', async () => {
    const all = [...DEMO_OUTCOMES, FA];
    const used = (o: { used: Partial<Record<(typeof LINES)[number], number>> }) =>
      sum(LINES.map((l) => o.used[l] ?? 0));
    const expected = {
      grant: sum(all.map((o) => o.grant)),
      used: sum(all.map(used)),
      ownMoney: sum(all.map((o) => o.ownMoney)),
      volunteerHours: sum(all.map((o) => o.volunteerHours)),
      lokaler: sum(all.map((o) => o.used.lokaler)),
    };
    const url = '/v1/reports/financial-outcomes/2025';
    const json = await t.api.call('GET', url, { key: t.api.admin });
    expect(json.status).toBe(200);
    expect(json.body.missing).toEqual([]);
    expect(json.body.rows.map((r: { name: string }) => r.name)).toEqual([
      'Convictus',
      'Frälsningsarmén',
      'Ny Gemenskap',
      'Stockholms Stadsmission',
    ]);
    expect(json.body.totals).toMatchObject({
      grant: expected.grant,
      usedTotal: expected.used,
      unspent: expected.grant - expected.used,
      ownMoney: expected.ownMoney,
      volunteerHours: expected.volunteerHours,
    });
    expect(json.body.totals.used.lokaler).toBe(expected.lokaler);

    const swedish = (n: number) => new Intl.NumberFormat('sv-SE').format(n);
    const html = await t.api.call('GET', `${url}?format=html`, { key: t.api.admin });
    const total = parse(html.text).querySelectorAll('tr').at(-1)?.text ?? '';
    for (const n of [expected.grant, expected.used, expected.grant - expected.used, expected.ownMoney])
      expect(total).toContain(swedish(n));

    const csv = await t.api.call('GET', `${url}?format=csv`, { key: t.api.admin });
    const rows = parseCsv(csv.text.replace(/^\ufeff/, ''), { delimiter: ';' }) as string[][];
    const head = rows[0] ?? [];
    const column = (label: string) => head.indexOf(label);
    const body = rows.slice(1, -1);
    expect(body.map((r) => r[column('Status')])).toEqual(['Lämnat', 'Lämnat', 'Lämnat', 'Lämnat']);
    for (const [label, value] of [
      ['Bidrag enligt organisationen (kr)', expected.grant],
      ['Använt totalt (kr)', expected.used],
      ['Lokaler (kr)', expected.lokaler],
      ['Ideella timmar', expected.volunteerHours],
    ] as const) {
      expect(sum(body.map((r) => Number(r[column(label)])))).toBe(value);
      expect(Number(rows.at(-1)?.[column(label)])).toBe(value);
    }

    const response = await fetch(`${t.system.apiUrl}${url}?format=xlsx`, {
      headers: { authorization: `Bearer ${t.api.admin}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Ekonomiskt utfall');
    const values = (sheet?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    const header = values.find((r) => r.includes('Bidrag enligt organisationen (kr)')) ?? [];
    const last = values.at(-1) ?? [];
    expect(last[header.indexOf('Bidrag enligt organisationen (kr)')]).toBe(expected.grant);
    expect(last[header.indexOf('Ej använt (kr)')]).toBe(expected.grant - expected.used);
  });

  it('lets a partner fill in the form in the web app and the administrator read the summary and download it', async () => {
    const partner = await signIn(t.system, 'nygemenskap@iop.local');
    // Ny Gemenskap reported in the demo: the form holds its figures; Swedish thousands and blank lines are fine.
    const form = await partner.get('/ekonomi/2025/org_nygemenskap');
    expect(form.status).toBe(200);
    expect(parse(form.html).querySelector('#grant')?.getAttribute('value')).toBe('5600000');
    const bad = await partner.post('/ekonomi/2025/org_nygemenskap', {
      grant: '5 600 000',
      'line-personal': '3,5',
      comment: 'Kontakta anna@example.se',
    });
    expect(bad.status).toBe(422);
    const errors = parse(bad.html)
      .querySelectorAll('.error-summary li')
      .map((li) => li.text);
    expect(errors).toEqual([
      'Skriv ett helt antal kronor, 0 eller mer, utan decimaler.',
      expect.stringContaining('inga personnummer eller e-postadresser'),
    ]);
    const saved = await partner.post('/ekonomi/2025/org_nygemenskap', {
      grant: '5 600 000',
      'line-personal': '3 900 000',
      'line-lokaler': '820 000',
      'line-mat': '460 000',
      volunteerHours: '3 400',
      comment: 'Hyran\nhöjdes.',
    });
    expect(saved.location).toBe('/ekonomi/2025/org_nygemenskap?sparat=updated');
    const shown = await partner.get(saved.location as string);
    expect(parse(shown.html).querySelector('[role=status]')?.text).toContain(
      'Rättat: ekonomiskt utfall 2025',
    );
    const stored = await t.api.call('GET', outcomePath('org_nygemenskap'), { key: t.api.admin });
    expect(stored.body.outcome).toMatchObject({
      grant: 5_600_000,
      used: { personal: 3_900_000, lokaler: 820_000, mat: 460_000, hygien: 0, administration: 0, ovrigt: 0 },
      ownMoney: 0,
      volunteerHours: 3_400,
      comment: 'Hyran höjdes.',
    });
    // Another organisation's form is a page that does not exist; the summary is not a partner's.
    expect((await partner.get('/ekonomi/2025/org_convictus')).status).toBe(404);
    expect((await partner.get('/ekonomi/2025')).location).toBe('/ekonomi/2025/org_nygemenskap');

    const admin = await signIn(t.system, 'admin@iop.local');
    expect((await admin.get('/ekonomi')).location).toBe('/ekonomi/2025');
    const summary = parse((await admin.get('/ekonomi/2025')).html);
    expect(summary.querySelectorAll('table.amounts tbody th').map((th) => th.text)).toEqual([
      'Convictus',
      'Frälsningsarmén',
      'Ny Gemenskap',
      'Stockholms Stadsmission',
    ]);
    const csvLink = summary.querySelectorAll('a').find((a) => a.text === 'Ladda ner CSV');
    // The download is the reports function's, read with the web app's session (a GET needs no key).
    const csv = await admin.get(csvLink?.getAttribute('href') as string);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    // The administration's funds first (the demo's are what each organisation reports), then the organisation's.
    expect(csv.html).toContain('Ny Gemenskap;Lämnat;5600000;5600000;3900000;820000;460000;0;0;0');
    // A signed-out browser gets no figures: the cookie is the only way in without a key.
    const out = await fetch(`${t.system.webUrl}${csvLink?.getAttribute('href')}`);
    expect(out.status).toBe(401);
  });

  it("stands each outcome against the administration's funds, and shows a different figure without overwriting it (issue 25, 4)", async () => {
    const grant = (org: string, json: unknown, key = t.api.admin) =>
      t.api.call('PUT', `/v1/financial-years/2025/grants/${org}`, { key, json });
    const partnerKey = await t.api.key('partner', 'org_convictus');
    const before = await tableDump(t.system);
    expectProblem(await grant('org_convictus', { amount: 4_000_000 }, partnerKey), 403);
    expectProblem(await grant('org_convictus', { amount: -1 }), 422);
    expectProblem(await grant('org_convictus', { amount: 4_000_000.5 }), 422);
    expectProblem(await grant('org_convictus', { amount: 4_000_000, note: 'x' }), 422);
    expectProblem(await grant('org_nobody', { amount: 4_000_000 }), 404);
    expect(await tableDump(t.system)).toEqual(before);

    // Convictus reports 4 200 000 received; the decision granted 4 000 000.
    expect((await grant('org_convictus', { amount: 4_000_000 })).status).toBe(200);
    expect((await grant('org_convictus', { amount: 4_000_000 })).body.change).toBe('unchanged');
    const summary = (await t.api.call('GET', '/v1/reports/financial-outcomes/2025', { key: t.api.admin }))
      .body;
    const convictus = summary.rows.find((r: { name: string }) => r.name === 'Convictus');
    const used = sum(Object.values(convictus.used as Record<string, number>));
    expect(convictus).toMatchObject({
      grant: 4_200_000,
      granted: 4_000_000,
      grantDiffers: true,
      unspent: 4_000_000 - used,
      usedPct: Math.floor((200 * used + 4_000_000) / 8_000_000),
    });
    expect(summary.grantDisagreements).toEqual([
      { organisationId: 'org_convictus', name: 'Convictus', reported: 4_200_000, granted: 4_000_000 },
    ]);
    // The demo never saw the partnership's form: its lines are still marked as the example.
    expect(summary.linesConfirmed).toBe(false);
    const stored = await t.api.call('GET', outcomePath('org_convictus'), { key: t.api.admin });
    expect(stored.body.outcome.grant).toBe(4_200_000);

    const admin = await signIn(t.system, 'admin@iop.local');
    const page = parse((await admin.get('/ekonomi/2025')).html);
    const spaced = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');
    expect(page.querySelectorAll('main p.warning').map((p) => spaced(p.text))).toContain(
      'Convictus anger ett bidrag på 4 200 000 kr; förvaltningen har beviljat 4 000 000 kr. Båda visas; ingen siffra skrivs över.',
    );
    expect(page.querySelector('main p.hint')?.text).toMatch(/^Kostnadsslagen är ett exempel/);
    // The administrator enters the funds on the organisation's page; the organisation sees them beside its own.
    await admin.get('/ekonomi/2025/org_convictus');
    const bad = await admin.post('/ekonomi/2025/org_convictus/beviljat', { granted: '4,1 milj' });
    expect(bad.status).toBe(422);
    const saved = await admin.post('/ekonomi/2025/org_convictus/beviljat', { granted: '4 200 000' });
    expect(saved.location).toBe('/ekonomi/2025/org_convictus?sparat=beviljat');
    const partner = await signIn(t.system, 'convictus@iop.local');
    const form = parse((await partner.get('/ekonomi/2025/org_convictus')).html);
    expect(spaced(form.querySelector('#grant-hint')?.text)).toBe(
      'Förvaltningen har beviljat 4 200 000 kr för året.',
    );
    expect(form.querySelector('#granted')).toBeNull();
    expect((await partner.post('/ekonomi/2025/org_convictus/beviljat', { granted: '1' })).status).toBe(404);
    const after = (await t.api.call('GET', '/v1/reports/financial-outcomes/2025', { key: t.api.admin })).body;
    expect(after.grantDisagreements).toEqual([]);
  });

  it('reminds an organisation of its missing outcome once past due, and never after it is in', async () => {
    const partner = await t.api.key('partner', 'org_fralsningsarmen');
    // The outcomes of 2026 (due 31 March 2027): only Convictus reports here, and has not.
    await t.api.call('PUT', '/v1/financial-years/2026', {
      key: t.api.admin,
      json: {
        start: '2026-01-01',
        end: '2026-12-31',
        dueOn: '2027-03-31',
        lines: [{ id: 'personal', name: 'Personal' }],
        organisationIds: ['org_convictus', 'org_fralsningsarmen'],
      },
    });
    await t.api.call('PUT', '/v1/financial-years/2026/outcomes/org_fralsningsarmen', {
      key: partner,
      json: { grant: 1, used: { personal: 1 }, ownMoney: 0, volunteerHours: 0 },
    });
    const run = (at: string) => runRemindersAt(t.system, at);
    const outcomeMails = async () =>
      (await mailbox(t.system))
        .filter((m) => m.body.text?.includes('Ekonomiskt utfall 2026'))
        .map((m) => [m.destination.to[0], m.body.text?.match(/- Ekonomiskt utfall 2026.*/)?.[0]]);
    await run('2027-03-31T09:00:00Z');
    expect(await outcomeMails()).toEqual([]);
    await run('2027-04-01T09:00:00Z');
    await run('2027-04-02T09:00:00Z');
    expect(await outcomeMails()).toEqual([
      [
        'convictus@iop.local',
        `- Ekonomiskt utfall 2026 (skulle lämnas senast 31 mars 2027): ${t.system.webUrl}/ekonomi/2026`,
      ],
    ]);
    await t.api.call('PUT', '/v1/financial-years/2026/outcomes/org_convictus', {
      key: t.api.admin,
      json: { grant: 1, used: { personal: 1 }, ownMoney: 0, volunteerHours: 0 },
    });
    await run('2027-04-05T09:00:00Z');
    expect(await outcomeMails()).toHaveLength(1);
  });

  it('keeps a cost line that outcomes use', async () => {
    const r = await t.api.call('PUT', '/v1/financial-years/2025', {
      key: t.api.admin,
      json: {
        start: '2025-01-01',
        end: '2025-12-31',
        dueOn: '2026-03-31',
        lines: [{ id: 'personal', name: 'Personal' }],
      },
    });
    expect(expectProblem(r, 409).detail).toContain('Lokaler');
  });
});
