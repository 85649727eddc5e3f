import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { emailFromConfig } from '../../shared/adapters/clients';
import type { EmailSender } from '../../shared/app/alerts-model';
import { datesBetween } from '../../shared/domain/periods';
import { mailbox } from '../support/mailbox';
import { runRemindersAt, useTestSystem } from '../support/system';
import { signIn } from '../support/web';

const inbox = (sesUrl: string, to: string) => mailbox({ sesUrl }, to);

describe('reminders of missing figures', () => {
  const t = useTestSystem();
  const ids: Record<string, string> = {};
  const people = {
    sv: 'nora@fralsningsarmen.example',
    en: 'nick@fralsningsarmen.example',
    off: 'olle@fralsningsarmen.example',
    other: 'cilla@convictus.example',
    admin: 'asa@stad.example',
  };

  /** One run at a Stockholm moment, through the system's table and SES emulator (or a sender that fails). */
  const run = (at: string, options: { email?: EmailSender; dryRun?: boolean } = {}) =>
    runRemindersAt(t.system, at, options);
  const report = (period: string, activityId = ids.shelter) =>
    t.api.call('POST', '/v1/imports', {
      key: t.api.admin,
      json: { rows: [{ activityId, period, women: 2, men: 6 }] },
    });
  const person = async (email: string, role: string, organisationId?: string, language = 'sv') => {
    const r = await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: {
        email,
        name: email.split('@')[0],
        role,
        language,
        ...(organisationId ? { organisationId } : {}),
      },
    });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };

  it('sends each partner one mail naming the gap past due, once under parallel runs, retrying only a failed send', async () => {
    ids.fa = await t.api.organisation('Frälsningsarmén', '802006-1688');
    ids.convictus = await t.api.organisation('Convictus', '802012-1581');
    ids.shelter = await t.api.activity(ids.fa, 'night_shelter', 'Västberga');
    ids.centre = await t.api.activity(ids.fa, 'day_centre', 'EU-center');
    ids.full = await t.api.activity(ids.convictus, 'night_shelter', 'Hjorthagen');
    for (const id of [ids.shelter, ids.full])
      await t.api.call('PUT', `/v1/activities/${id}/capacity/2026-11-01`, {
        key: t.api.admin,
        json: { places: 10 },
      });
    const rows = [
      ...datesBetween('2026-11-01', '2026-11-23')
        .filter((d) => d !== '2026-11-20')
        .map((period) => ({ activityId: ids.shelter, period, women: 2, men: 6 })),
      ...datesBetween('2026-11-01', '2026-11-24').map((period) => ({
        activityId: ids.full,
        period,
        women: 1,
        men: 4,
      })),
      { activityId: ids.centre, period: '2026-09', women: 40, men: 200 },
      { activityId: ids.centre, period: '2026-10', women: 40, men: 200 },
    ];
    expect((await t.api.call('POST', '/v1/imports', { key: t.api.admin, json: { rows } })).status).toBe(200);
    await person(people.sv, 'partner', ids.fa);
    await person(people.en, 'partner', ids.fa, 'en');
    const off = await person(people.off, 'partner', ids.fa);
    expect(
      (await t.api.call('PATCH', `/v1/users/${off}`, { key: t.api.admin, json: { reminders: false } }))
        .status,
    ).toBe(200);
    await person(people.other, 'partner', ids.convictus);

    // A dry run says what it would send, and writes and sends nothing.
    const dry = await run('2026-11-25T09:00:00Z', { dryRun: true });
    expect(dry.planned.map((p) => p.to).sort()).toEqual([people.en, people.sv]);
    expect(await inbox(t.system.sesUrl, people.sv)).toEqual([]);

    // Two runs at once at 10:00 on Wednesday 25 November; the English partner's mail fails.
    const failing: EmailSender = {
      send: async (m) => {
        if (m.to === people.en) throw new Error('SES said no');
        await emailFromConfig(t.system.config).send(m);
      },
    };
    const [a, b] = await Promise.all([
      run('2026-11-25T09:00:00Z', { email: failing }),
      run('2026-11-25T09:00:00Z', { email: failing }),
    ]);
    expect(a.sent + b.sent).toBe(1);
    const [swedish] = await inbox(t.system.sesUrl, people.sv);
    expect(await inbox(t.system.sesUrl, people.sv)).toHaveLength(1);
    expect(swedish?.subject).toBe('Saknade rapporter för Frälsningsarmén: 1 period');
    expect(swedish?.body.text).toContain(
      `- natten mot lördag 21 november (fre 20/11): ${t.system.webUrl}/rapportera/${ids.shelter}?period=2026-11-20`,
    );
    // Last night's is not due yet (by noon the next day); the centre's months are there.
    expect(swedish?.body.text).not.toContain('2026-11-24');
    expect(swedish?.body.html).toContain(`href="${t.system.webUrl}/rapportera/${ids.shelter}/2026-11"`);
    expect(await inbox(t.system.sesUrl, people.en)).toEqual([]);
    expect(await inbox(t.system.sesUrl, people.off)).toEqual([]);
    expect(await inbox(t.system.sesUrl, people.other)).toEqual([]);

    // An hour later the failed mail is sent, in English, and nobody else gets a second one.
    const retry = await run('2026-11-25T10:00:00Z');
    expect(retry).toMatchObject({ sent: 1, failed: 0 });
    const english = await inbox(t.system.sesUrl, people.en);
    expect(english.map((m) => m.subject)).toEqual(['Missing reports for Frälsningsarmén: 1 period']);
    expect(english[0]?.body.text).toContain('the night before Saturday 21 November (Fri 20/11)');
    expect(await inbox(t.system.sesUrl, people.sv)).toHaveLength(1);
  });

  it('does not remind a gap again the next day, does after three days, and never once it is filled', async () => {
    for (const night of ['2026-11-24', '2026-11-25', '2026-11-26'])
      expect((await report(night)).status).toBe(200);
    expect(await run('2026-11-26T09:00:00Z')).toMatchObject({ planned: [], sent: 0 });
    expect(await inbox(t.system.sesUrl, people.sv)).toHaveLength(1);

    const third = await run('2026-11-28T09:00:00Z');
    // Both Frälsningsarmén partners, and Convictus's for its own nights now due (25 and 26 November) only.
    expect(third.sent).toBe(3);
    const convictus = await inbox(t.system.sesUrl, people.other);
    expect(convictus.map((m) => m.subject)).toEqual(['Saknade rapporter för Convictus: 2 perioder']);
    expect(convictus[0]?.body.text).not.toContain('Västberga');
    const again = (await inbox(t.system.sesUrl, people.sv)).at(-1);
    expect(again?.body.text).toContain('natten mot lördag 21 november (fre 20/11)');
    expect(again?.body.text).not.toContain('natten mot torsdag 26 november (ons 25/11)');

    for (const night of ['2026-11-20', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30'])
      expect((await report(night)).status).toBe(200);
    for (const night of datesBetween('2026-11-25', '2026-11-30'))
      expect((await report(night, ids.full)).status).toBe(200);
    // 1 December is three days after the last reminder of the 20th: filled, it is not named again.
    expect(await run('2026-12-01T09:00:00Z')).toMatchObject({ planned: [], sent: 0 });
    expect(await inbox(t.system.sesUrl, people.sv)).toHaveLength(2);
  });

  it("sends the administrators last month's gaps on the 5th, once", async () => {
    await person(people.admin, 'admin');
    // November's only gaps are the centre's month total (due by 5 December) — and nothing else.
    const fifth = await run('2026-12-05T09:00:00Z');
    const summary = await inbox(t.system.sesUrl, people.admin);
    expect(summary.map((m) => m.subject)).toEqual(['Saknade rapporter i november 2026']);
    expect(summary[0]?.body.text).toContain('- EU-center: 1 period saknas');
    expect(summary[0]?.body.text).toContain(`${t.system.webUrl}/saknas?manad=2026-11`);
    expect(fifth.planned.filter((p) => p.to === people.admin)).toHaveLength(1);
    await run('2026-12-05T10:00:00Z');
    await run('2026-12-06T09:00:00Z');
    expect(await inbox(t.system.sesUrl, people.admin)).toHaveLength(1);
  });

  it('honours a partner who turns reminders off under Mitt konto', async () => {
    const browser = await signIn(t.system, people.sv);
    expect((await browser.get('/konto')).html).toContain('Du får påminnelser.');
    const off = await browser.post('/konto/paminnelser', { paminnelser: 'av' });
    expect(off.location).toBe('/konto?paminnelser=andrade');
    expect((await browser.get('/konto')).html).toContain('Du får inga påminnelser.');
    const [before, beforeEn] = [
      (await inbox(t.system.sesUrl, people.sv)).length,
      (await inbox(t.system.sesUrl, people.en)).length,
    ];
    // December's nights are due now: the English partner is told, the one who opted out is not.
    expect((await run('2026-12-08T09:00:00Z')).planned.map((p) => p.to)).not.toContain(people.sv);
    expect(await inbox(t.system.sesUrl, people.sv)).toHaveLength(before);
    expect(await inbox(t.system.sesUrl, people.en)).toHaveLength(beforeEn + 1);
  });
});

describe('`npm run reminders` on the demo data', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'iop-reminders-'));
  const t = useTestSystem({ demo: true, dataDir });
  const cli = (...args: string[]) =>
    promisify(execFile)('npx', ['tsx', 'infra/cli/reminders.ts', ...args], {
      env: { ...process.env, IOP_DATA_DIR: dataDir },
      timeout: 60_000,
    });

  it('names a deleted demo night in one Swedish mail to its partner, and a second run sends nothing', async () => {
    const deleted = await t.api.call('DELETE', '/v1/activities/act_fa_natt/figures/2018-02-10', {
      key: t.api.admin,
    });
    expect(deleted.status).toBe(204);
    const dry = await cli('--now', '2018-03-02T09:00:00Z', '--dry-run');
    expect(dry.stdout).toContain('fralsningsarmen@iop.local');
    expect(await inbox(t.system.sesUrl, 'fralsningsarmen@iop.local')).toEqual([]);

    const first = await cli('--now', '2018-03-02T09:00:00Z');
    expect(first.stdout).toMatch(/Sent \d+, failed 0/);
    const mails = await inbox(t.system.sesUrl, 'fralsningsarmen@iop.local');
    expect(mails.map((m) => m.subject)).toEqual(['Saknade rapporter för Frälsningsarmén: 1 period']);
    expect(mails[0]?.body.text).toContain('natten mot söndag 11 februari (lör 10/2)');
    const second = await cli('--now', '2018-03-02T09:30:00Z');
    expect(second.stdout).toContain('Sent 0, failed 0');
    expect(await inbox(t.system.sesUrl, 'fralsningsarmen@iop.local')).toHaveLength(1);
  });
});
