import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { mailbox } from '../support/mailbox';
import { expectProblem, runRemindersAt, useTestSystem } from '../support/system';
import { tableDump } from '../support/table';
import { signIn } from '../support/web';

describe('agreements and their deadlines', () => {
  const t = useTestSystem({ demo: true });
  const run = (at: string) => runRemindersAt(t.system, at);
  const notices = async () =>
    (await mailbox(t.system, 'admin@iop.local'))
      .filter((m) => /förlängning/.test(m.subject))
      .map((m) => m.subject);

  it('holds the demo history: four periods, extensions on time, Filadelfiakyrkan leaving, the next deadline', async () => {
    const partner = await t.api.key('partner', 'org_convictus');
    const r = await t.api.call('GET', '/v1/agreements', { key: partner });
    expect(r.status).toBe(200);
    expect(
      r.body.map((a: { name: string; end: string; nextDeadline: string | null }) => [
        a.name,
        a.end,
        a.nextDeadline,
      ]),
    ).toEqual([
      ['Överenskommelse 2017–2019', '2019-04-30', null],
      ['Överenskommelse 2019–2022', '2022-04-30', null],
      ['Överenskommelse 2022–2025', '2025-04-30', null],
      ['Överenskommelse 2025–2026', '2026-04-30', '2025-10-31'],
    ]);
    const second = r.body[1];
    // "Skriftlig överenskommelse … senast den 1 februari för respektive avtalsperiod."
    expect(second.extensions.map((e: { deadline: string; late: boolean }) => [e.deadline, e.late])).toEqual([
      ['2020-02-01', false],
      ['2021-02-01', false],
    ]);
    expect(
      second.parties.find((p: { organisationId: string }) => p.organisationId === 'org_filadelfia'),
    ).toEqual({
      organisationId: 'org_filadelfia',
      name: 'Filadelfiakyrkan',
      joined: '2019-05-01',
      left: '2020-04-30',
    });
  });

  it('shows every signed-in person the agreements in words, the latest first; one that has ended says so (issue 29, 11)', async () => {
    for (const email of ['admin@iop.local', 'convictus@iop.local']) {
      const page = await (await signIn(t.system, email)).get('/overenskommelser');
      expect(page.status).toBe(200);
      const sections = parse(page.html).querySelectorAll('main section');
      expect(sections.map((s) => s.querySelector('h2')?.text)).toEqual([
        'Överenskommelse 2025–2026',
        'Överenskommelse 2022–2025',
        'Överenskommelse 2019–2022',
        'Överenskommelse 2017–2019',
      ]);
      // The demo's last agreement ended on 30 April 2026: no deadline ahead of it, though its rule names one.
      expect(sections[0]?.text).toContain('Avslutades 30 april 2026.');
      expect(sections[0]?.text).not.toContain('Nästa beslut');
      expect(sections[0]?.text).toContain('Kan förlängas till och med 30 april 2028.');
      expect(sections[2]?.text).toContain('Förlängd till och med 30 april 2021, beslutat 24 januari 2020.');
      expect(sections[2]?.text).toContain('Filadelfiakyrkan, 1 maj 2019 – 30 april 2020');
    }
  });

  it('refuses what cannot be, storing nothing; a late decision is shown as late; past the latest end is a 409', async () => {
    const partner = await t.api.key('partner', 'org_convictus');
    const before = await tableDump(t.system);
    const bad = await t.api.call('POST', '/v1/agreements', {
      key: t.api.admin,
      json: {
        name: 'Fel',
        start: '2030-05-01',
        end: '2030-04-30',
        latestEnd: '2029-04-30',
        notice: { kind: 'months_before_end', months: 6 },
        parties: [
          { organisationId: 'org_okand', joined: '2030-05-01' },
          { organisationId: 'org_convictus', joined: '2030-05-01', left: '2030-04-01' },
        ],
      },
    });
    expect(expectProblem(bad, 422).errors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(['/end', '/latestEnd', '/parties/0/organisationId', '/parties/1/left']),
    );
    const forbidden = await t.api.call('PATCH', '/v1/agreements/agr_x', {
      key: partner,
      json: { name: 'X' },
    });
    expectProblem(forbidden, 403);
    expect(await tableDump(t.system)).toEqual(before);

    const created = await t.api.call('POST', '/v1/agreements', {
      key: t.api.admin,
      json: {
        name: 'Prov',
        start: '2030-05-01',
        end: '2031-04-30',
        latestEnd: '2032-04-30',
        notice: { kind: 'months_before_end', months: 6 },
        parties: [{ organisationId: 'org_convictus', joined: '2030-05-01' }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.nextDeadline).toBe('2030-10-31');
    const late = await t.api.call('PATCH', `/v1/agreements/${created.body.id}`, {
      key: t.api.admin,
      json: { extend: { decidedOn: '2030-11-15' } },
    });
    expect(late.body).toMatchObject({
      end: '2032-04-30',
      nextDeadline: null,
      extensions: [{ from: '2031-04-30', to: '2032-04-30', deadline: '2030-10-31', late: true }],
    });
    const again = await t.api.call('PATCH', `/v1/agreements/${created.body.id}`, {
      key: t.api.admin,
      json: { extend: { decidedOn: '2031-01-01' } },
    });
    expectProblem(again, 409);
  });

  it('reminds the administrators 30 and 7 days before the deadline and on the day, each exactly once', async () => {
    for (const at of [
      '2025-09-30T08:00:00Z',
      '2025-10-01T08:00:00Z',
      '2025-10-02T08:00:00Z',
      '2025-10-01T12:00:00Z',
    ])
      await run(at);
    expect(await notices()).toEqual([
      'Om 30 dagar, 31 oktober 2025: beslut om förlängning av Överenskommelse 2025–2026',
    ]);
    for (const at of ['2025-10-24T08:00:00Z', '2025-10-25T08:00:00Z', '2025-10-30T08:00:00Z']) await run(at);
    await Promise.all([run('2025-10-31T08:00:00Z'), run('2025-10-31T08:00:00Z')]);
    await run('2025-11-01T08:00:00Z');
    expect(await notices()).toEqual([
      'Om 30 dagar, 31 oktober 2025: beslut om förlängning av Överenskommelse 2025–2026',
      'Om 7 dagar, 31 oktober 2025: beslut om förlängning av Överenskommelse 2025–2026',
      'Sista dagen i dag: beslut om förlängning av Överenskommelse 2025–2026',
    ]);
  });
});
