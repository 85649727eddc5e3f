import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Logger } from '@aws-lambda-powertools/logger';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { parse } from 'node-html-parser';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it, vi } from 'vitest';
import { createReports } from '../../functions/reports/handler';
import { coreFromConfig, reportChannelsFromConfig } from '../../shared/adapters/clients';
import type { EmailSender } from '../../shared/app/alerts-model';
import { SILENT } from '../../shared/app/ports';
import { buildReport } from '../../shared/app/reports';
import { systemPrincipal } from '../../shared/domain/access';
import { chartSvg } from '../../shared/report/charts';
import { approveHalfYear } from '../support/joint-report';
import { mailbox } from '../support/mailbox';
import { expectProblem, useTestSystem } from '../support/system';

// Kept on disk (not in memory) so that `npm run report` finds this running system through runtime.json.
const dataDir = mkdtempSync(join(tmpdir(), 'iop-report-'));
const t = useTestSystem({ demo: true, dataDir });

const SEED_FIRST_ROW = ['NOV 2017', '1 032', '1 953', '35 %', '65 %', '2 985', '87 %'];
const SEED_TOTAL_ROW = ['Totalt', '5 489', '11 169', '33 %', '67 %', '16 658', '80 %'];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

const download = async (query: string) => {
  const response = await fetch(`${t.system.apiUrl}/v1/reports?${query}`, {
    headers: { authorization: `Bearer ${t.api.admin}` },
  });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
};

async function pdfText(bytes: Uint8Array) {
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return text.replace(/\u00a0/g, ' ');
}

describe('the half-year report, rendered and delivered', () => {
  it('renders the demo half-year as PDF whose text holds the seed table, Swedish numbers and every section', async () => {
    const { response, bytes } = await download('from=2017-11&to=2018-04&format=pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('iop-rapport-2017-11--2018-04.pdf');
    const text = await pdfText(bytes);
    expect(text).toContain(SEED_FIRST_ROW.join(' '));
    expect(text).toContain(SEED_TOTAL_ROW.join(' '));
    expect(text).toContain('Totalt 5 399 32 332 37 731 14 % 86 %');
    for (const section of [
      'Uppsökande verksamhet',
      'Socialjouren',
      'Inskrivning',
      'Extra kalla nätter',
      'Nationalitet',
    ])
      expect(text).toContain(section);
    expect(text).toContain(
      'Extra kalla nätter öppnades 22 gånger för sammanlagt 2 420 gäster, i genomsnitt 110 per natt',
    );
    // The teams' half-year counts as the seed gives them, never a sum or a peak of months.
    expect(text.replace(/\s+/g, ' ')).toContain('Under perioden har EU-teamet arbetat med 42 personer.');
    expect(text).toMatch(/EU-teamet 42 50 % 50 % 60 750/);
    // The sections people wrote in the seed report, as the demo keeps them (issue 26).
    const prose = text.replace(/\s+/g, ' ');
    expect(prose).toContain('Samverkan Frälsningsarméns utbildning "En säker hand" har anordnats');
    expect(prose).toContain(
      'Frågor att arbeta vidare med under nästkommande period - Löpande uppföljning av statistik',
    );
    expect(text).toMatch(/Sida 1 av \d/);
  });

  it("counts the charts' axes the report's way: 15 000 in Swedish, 15,000 in English", async () => {
    const report = await buildReport(coreFromConfig(t.system.config, SILENT), systemPrincipal('test'), {
      from: '2017-11',
      to: '2018-04',
    });
    const ticks = async (language: 'sv' | 'en') =>
      [...(await chartSvg('trend', report, language)).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(
        (m) => m[1],
      );
    const swedish = await ticks('sv');
    expect(swedish).toContain('15\u00a0000');
    expect(swedish.join(' ')).not.toMatch(/\d,\d{3}/);
    expect(await ticks('en')).toContain('15,000');
  });

  it('renders XLSX with a sheet per table, read back with the same library: numbers, not text', async () => {
    const { response, bytes } = await download('from=2017-11&to=2018-04&format=xlsx');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Sammanfattning',
        'Nattverksamhet',
        'Dagverksamhet',
        'Per natthärbärge',
        'Nationalitet Socialjouren pers.',
      ]),
    );
    const sheet = workbook.getWorksheet('Nattverksamhet');
    if (!sheet) throw new Error('No sheet Nattverksamhet');
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(2)).toEqual([
      'Månad',
      'Kvinnor',
      'Män',
      'Kvinnor %',
      'Män %',
      'Nätter',
      'Platsnätter',
      'Beläggning',
    ]);
    expect(values(3)).toEqual(['NOV 2017', 1032, 1953, 35, 65, 2985, 3450, 87]);
    expect(values(9)).toEqual(['Totalt', 5489, 11169, 33, 67, 16658, 20815, 80]);
    expect(sheet.getColumn(8).numFmt).toBe('0" %"');
    const summary = workbook.getWorksheet('Sammanfattning');
    const lines = (summary?.getColumn(1).values ?? []).map((v) => String(v ?? '').replace(/\u00a0/g, ' '));
    // Every activity of the seed half-year reported (Convictus's outreach joined in 2025): no gap said first.
    expect(lines.some((line) => line.startsWith('Observera'))).toBe(false);
    expect(lines.some((line) => line.includes('16 658 övernattningar'))).toBe(true);
  });

  it('renders HTML with the seed table and its charts as PNG images that mail clients show', async () => {
    const html = await t.api.call('GET', '/v1/reports?from=2017-11&to=2018-04', {
      key: t.api.admin,
      headers: { accept: 'text/html' },
    });
    const page = parse(html.text);
    const images = page.querySelectorAll('img');
    expect(images.map((i) => i.getAttribute('alt'))).toEqual([
      'Beläggning per månad',
      'Andel kvinnor och män per månad (övernattningar)',
      'Beläggning mot platser över tid',
    ]);
    for (const img of images) {
      const src = img.getAttribute('src') ?? '';
      expect(src).toMatch(/^data:image\/png;base64,/);
      const png = Buffer.from(src.split(',')[1] as string, 'base64');
      expect([...png.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
      expect(png.length).toBeGreaterThan(5_000);
    }
    const first = page
      .querySelector('table')
      ?.querySelectorAll('tr')
      .map((tr) => tr.querySelectorAll('td,th').map((td) => td.text.replace(/\u00a0/g, ' ')));
    expect(first?.[1]).toEqual(SEED_FIRST_ROW);
    expect(first?.at(-1)).toEqual(SEED_TOTAL_ROW);
  });

  it('hides small nationality cells in every format: JSON, HTML, CSV, XLSX and PDF', async () => {
    // A month of Socialjouren's with cells below 5 (the demo has its half-year only: RO 41, FI 16, PL 8).
    const month = await t.api.call('PUT', '/v1/activities/act_socialjouren/figures/2018-01', {
      key: t.api.admin,
      json: { women: 4, men: 9, nationalities: { RO: 7, FI: 3, PL: 1 } },
    });
    expect(month.status).toBe(200);
    const json = await t.api.call('GET', '/v1/reports?from=2018-01&to=2018-01', { key: t.api.admin });
    const social = json.body.nationalities.units.find((u: { unit: string }) => u.unit === 'socialEmergency');
    const hidden = social.rows.filter((r: { suppressed: boolean }) => r.suppressed);
    expect(hidden.map((r: { code: string }) => r.code).sort()).toEqual(['FI', 'PL']);
    const shown = social.rows.find((r: { code: string }) => r.code === 'RO');
    expect(shown.count).toBe(7);

    const html = await t.api.call('GET', '/v1/reports?from=2018-01&to=2018-01&format=html', {
      key: t.api.admin,
    });
    const csv = await t.api.call(
      'GET',
      '/v1/reports?from=2018-01&to=2018-01&format=csv&table=nationalitiesSocialEmergency',
      {
        key: t.api.admin,
      },
    );
    const csvRows: string[][] = parseCsv(csv.text, { delimiter: ';', bom: true });
    const pdf = await pdfText((await download('from=2018-01&to=2018-01&format=pdf')).bytes);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await download('from=2018-01&to=2018-01&format=xlsx')).bytes.buffer as ArrayBuffer,
    );
    const xlsxRows = (workbook.getWorksheet('Nationalitet Socialjouren')?.getSheetValues() ?? [])
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));

    // Hidden, and so is its share (which would give the count away).
    for (const country of ['Finland', 'Polen']) {
      expect(csvRows).toContainEqual([country, 'dolt', '']);
      expect(xlsxRows.map((r) => r.slice(0, 2))).toContainEqual([country, 'dolt']);
      expect(pdf).toContain(`${country} dolt –`);
      expect(html.text).toMatch(new RegExp(`${country}</td><td[^>]*>dolt</td><td[^>]*>–<`));
    }
    expect(csvRows.find((r) => r[0] === 'Rumänien')?.slice(0, 2)).toEqual(['Rumänien', '7']);
    expect(xlsxRows.find((r) => r[0] === 'Rumänien')?.slice(0, 2)).toEqual(['Rumänien', 7]);
  });

  it('keeps report recipients by API, admin only, validated and audited', async () => {
    const coordinator = await t.api.key('coordinator');
    expectProblem(
      await t.api.call('POST', '/v1/report-recipients', {
        key: coordinator,
        json: { name: 'X', email: 'x@stockholm.se' },
      }),
      403,
    );
    expectProblem(
      await t.api.call('POST', '/v1/report-recipients', {
        key: t.api.admin,
        json: { name: 'X', email: 'not an address', personnummer: '19800101-1234' },
      }),
      422,
    );
    const added = await t.api.call('POST', '/v1/report-recipients', {
      key: t.api.admin,
      json: { name: 'Steering group secretary', email: 'secretary@stockholm.local', language: 'en' },
    });
    expect(added.status).toBe(201);
    const listed = await t.api.call('GET', '/v1/report-recipients', { key: t.api.admin });
    expect(listed.body.map((r: { email: string }) => r.email).sort()).toEqual([
      'rapport@stockholm.local',
      'secretary@stockholm.local',
    ]);
    const audit = await t.api.call('GET', '/v1/audit', { key: t.api.admin });
    expect(audit.body.map((e: { action: string }) => e.action)).toContain('report-recipient.created');
  });

  it('sends the report: every format kept in the bucket, each recipient mailed in their language with PDF, XLSX and charts', async () => {
    const before = (await mailbox(t.system)).length;
    const sent = await t.api.call('POST', '/v1/reports/send', {
      key: t.api.admin,
      json: { from: '2017-11', to: '2018-04' },
    });
    expect(sent.status, sent.text).toBe(200);
    expect(sent.body).toMatchObject({ delivered: 2, failed: [], changes: null });

    const mails = (await mailbox(t.system)).slice(before);
    const swedish = mails.find((m) => m.destination.to.includes('rapport@stockholm.local'));
    const english = mails.find((m) => m.destination.to.includes('secretary@stockholm.local'));
    expect(swedish?.subject).toBe(
      'Verksamhetsrapport – IOP för utsatta EU-medborgare, 1 november 2017 – 30 april 2018',
    );
    expect(english?.subject).toContain('Activity report');
    for (const mail of [swedish, english]) {
      const files = mail?.attachments.map((a) => a.filename) ?? [];
      expect(files.filter((f) => /\.(pdf|xlsx)$/.test(f))).toHaveLength(2);
      // Every chart the HTML shows by cid: travels with the mail as an inline PNG.
      const cids = [...(mail?.body.html ?? '').matchAll(/src="cid:([^"]+)"/g)].map((m) => m[1]);
      expect(cids.length).toBe(3);
      for (const cid of cids) {
        const part = mail?.attachments.find((a) => a.contentId === cid || a.contentId === `<${cid}>`);
        expect(part?.contentType).toBe('image/png');
      }
    }
    const pdf = swedish?.attachments.find((a) => a.filename.endsWith('.pdf'));
    expect(await pdfText(new Uint8Array(Buffer.from(pdf?.content ?? '', 'base64')))).toContain(
      SEED_TOTAL_ROW.join(' '),
    );

    const s3 = new S3Client({
      endpoint: t.system.s3Url,
      region: 'eu-north-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    const listed = await s3.send(
      new ListObjectsV2Command({ Bucket: 'iop-reports', Prefix: 'reports/2017-11_2018-04/' }),
    );
    const keys = (listed.Contents ?? []).map((o) => o.Key ?? '');
    expect(keys).toEqual(expect.arrayContaining(sent.body.files));
    for (const ext of ['.pdf', '.xlsx', '.html', '.json', '-nightShelters.csv'])
      expect(keys.some((k) => k.endsWith(`iop-rapport-2017-11--2018-04${ext}`))).toBe(true);
    const stored = await s3.send(
      new GetObjectCommand({
        Bucket: 'iop-reports',
        Key: keys.find((k) => k.endsWith('rapport-2017-11--2018-04.json')),
      }),
    );
    const json = JSON.parse((await stored.Body?.transformToString()) ?? '{}');
    expect(json.dataReadAt).toBe(sent.body.dataReadAt);
    expect(json.nightShelters.total.occupancyPct).toBe(80);
  });

  it('answers a send asked again with the same Idempotency-Key as the first: nobody is mailed twice', async () => {
    const before = (await mailbox(t.system)).length;
    const byApi = () =>
      t.api.call('POST', '/v1/reports/send', {
        key: t.api.admin,
        json: { from: '2017-11', to: '2018-04' },
        headers: { 'idempotency-key': 'halvår-2018-omsändning-1' },
      });
    const sent = await byApi();
    expect(sent.status, sent.text.slice(0, 300)).toBe(200);
    expect(sent.body).toMatchObject({ delivered: 2, failed: [] });
    const resent = await byApi();
    expect(resent.status).toBe(200);
    expect(resent.body.sentAt).toBe(sent.body.sentAt);
    expect((await mailbox(t.system)).length).toBe(before + 2);
  });

  it('after a correction, the report read or sent again says what changed since the last one sent', async () => {
    // The demo spreads November's 1 267 women over five centres: EU-center has 254. Six more were found.
    const corrected = await t.api.call('PUT', '/v1/activities/act_fa_eu_center/figures/2017-11', {
      key: t.api.admin,
      json: { women: 260, men: 1120 },
    });
    expect(corrected.status, corrected.text).toBe(200);
    // Before sending again, the report as read already says what changed since it was sent.
    const preview = await t.api.call('GET', '/v1/reports?from=2017-11&to=2018-04', { key: t.api.admin });
    expect(preview.body.sinceLastSent.changes).toContainEqual({
      table: 'dayCentres',
      row: 'total',
      field: 'visits',
      before: 37731,
      after: 37737,
    });
    const before = (await mailbox(t.system)).length;
    const sent = await t.api.call('POST', '/v1/reports/send', {
      key: t.api.admin,
      json: { from: '2017-11', to: '2018-04' },
    });
    expect(sent.status).toBe(200);
    const changed = sent.body.changes.filter((c: { table: string }) => c.table === 'dayCentres');
    expect(changed).toContainEqual({
      table: 'dayCentres',
      row: '2017-11',
      field: 'visits',
      before: 6867,
      after: 6873,
    });
    const swedish = (await mailbox(t.system))
      .slice(before)
      .find((m) => m.destination.to.includes('rapport@stockholm.local'));
    expect(swedish?.subject).toMatch(/\(rättad\)$/);
    expect(swedish?.body.html).toMatch(/Sedan dess har \d+ uppgifter rättats/);
    // The changes in the reader's words: the table, the month, the figure, before and now.
    const rows = parse(swedish?.body.html ?? '')
      .querySelectorAll('tr')
      .map((tr) => tr.querySelectorAll('td, th').map((c) => c.text.replace(/\u00a0/g, ' ').trim()));
    expect(rows).toContainEqual(['Dagverksamhet', 'NOV 2017', 'Besök', '6 867', '6 873']);
    expect(swedish?.body.html?.replace(/\u00a0/g, ' ')).toContain('6 867');
  });

  it('one recipient failing does not stop the others; the failure is retried and recorded', async () => {
    const config = t.system.config;
    const real = reportChannelsFromConfig(config);
    const tries = new Map<string, number>();
    const flaky: EmailSender = {
      async send(message) {
        tries.set(message.to, (tries.get(message.to) ?? 0) + 1);
        if (message.to === 'secretary@stockholm.local') throw new Error('550 mailbox unavailable');
        await real.email.send(message);
      },
    };
    const quiet = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
    const errors = vi.spyOn(quiet, 'error');
    const core = coreFromConfig(config, quiet);
    // The schedule sends the version both chairs approved.
    expect((await approveHalfYear(core, { from: '2018-05', to: '2018-10' })).status).toBe('approved');
    const reports = createReports({ ...core, archive: real.archive, email: flaky }, quiet);
    const result = await reports.scheduled({
      action: 'send-half-year-report',
      from: '2018-05',
      to: '2018-10',
    });
    expect(result).toMatchObject({ delivered: 1, failed: 1 });
    expect(tries.get('secretary@stockholm.local')).toBe(3);
    expect(tries.get('rapport@stockholm.local')).toBe(1);
    // The engineer reading the logs at 03:00 sees which recipient, of which send, and why.
    expect(errors).toHaveBeenCalledWith(
      'report e-mail failed after retries',
      expect.objectContaining({ recipientId: expect.any(String), error: '550 mailbox unavailable' }),
    );
    const audit = await t.api.call('GET', '/v1/audit', { key: t.api.admin });
    const record = audit.body.find(
      (e: { action: string; entityId: string }) =>
        e.action === 'report.sent' && e.entityId === '2018-05_2018-10',
    );
    expect(record.after.failed).toHaveLength(1);
  }, 60_000);

  it('on its schedule sends the half-year just ended once approved: 15 May, November–April; unapproved, it tells the coordinators instead', async () => {
    const quiet = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
    const deps = {
      ...coreFromConfig(t.system.config, quiet),
      ...reportChannelsFromConfig(t.system.config),
      now: () => new Date('2018-05-15T05:00:00Z'),
    };
    const period = { from: '2017-11', to: '2018-04' };
    const before = (await mailbox(t.system)).length;
    // The demo's report awaits the chairs: nothing goes to the committee; each coordinator and administrator is told
    // what is missing, once, however often the schedule runs again.
    const refused = await createReports(deps, quiet).scheduled({ action: 'send-half-year-report' });
    expect(refused).toMatchObject({ period, sent: false, told: 2, failed: 0 });
    expect(await createReports(deps, quiet).scheduled({ action: 'send-half-year-report' })).toMatchObject({
      told: 0,
    });
    const told = (await mailbox(t.system)).slice(before);
    expect(told.map((m) => m.destination.to[0]).sort()).toEqual(['admin@iop.local', 'samordnare@iop.local']);
    expect(told[0]?.subject).toBe(
      'Halvårsrapporten november 2017 – april 2018 skickades inte: den är inte godkänd',
    );
    expect(told[0]?.body.text).toContain('Ordförande som inte har signerat:\n- Samverkansgruppen: Joao Alho');

    expect((await approveHalfYear(deps, period)).status).toBe('approved');
    const result = await createReports(deps, quiet).scheduled({ action: 'send-half-year-report' });
    expect(result.period).toEqual(period);
    const sent = (await mailbox(t.system)).slice(before + 2);
    expect(sent).toHaveLength(2);
    // A retried run resumes the same send: nobody is mailed twice.
    await createReports(deps, quiet).scheduled({ action: 'send-half-year-report' });
    expect((await mailbox(t.system)).length).toBe(before + 4);
    const swedish = sent.find((m) => m.destination.to[0] === 'rapport@stockholm.local');
    const pdf = swedish?.attachments.find((a) => a.filename.endsWith('.pdf'));
    const text = await pdfText(new Uint8Array(Buffer.from(pdf?.content ?? '', 'base64')));
    expect(text).toMatch(/Version 1, godkänd 15 maj 2018/);
    expect(text).toContain('Bilaga 6 Verksamhetsrapport Stockholms Stadsmission');
    await expect(createReports(deps, quiet).scheduled({ action: 'other' })).rejects.toThrow();
  });

  it('`npm run report` writes every format to a folder and mails the report through the SES emulator', async () => {
    const out = mkdtempSync(join(tmpdir(), 'iop-report-out-'));
    const before = (await mailbox(t.system)).length;
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'infra/cli/report.ts', '--from', '2017-11', '--to', '2018-04', '--out', out],
      { env: { ...process.env, IOP_DATA_DIR: dataDir }, timeout: 60_000 },
    );
    expect(stdout).toContain('Using the system');
    const folder = join(out, '2017-11--2018-04');
    expect(existsSync(folder)).toBe(true);
    const files = readdirSync(folder);
    for (const name of [
      'iop-rapport-2017-11--2018-04.pdf',
      'iop-rapport-2017-11--2018-04.xlsx',
      'iop-rapport-2017-11--2018-04.html',
    ])
      expect(files).toContain(name);
    expect(files.filter((f) => f.endsWith('.csv')).length).toBeGreaterThanOrEqual(8);
    const text = await pdfText(
      new Uint8Array(readFileSync(join(folder, 'iop-rapport-2017-11--2018-04.pdf'))),
    );
    expect(text).toContain(SEED_FIRST_ROW.join(' '));
    const mails = (await mailbox(t.system)).slice(before);
    expect(mails.length).toBe(2);
    expect(mails.every((m) => m.attachments.some((a) => a.filename.endsWith('.pdf')))).toBe(true);
  }, 90_000);
});
