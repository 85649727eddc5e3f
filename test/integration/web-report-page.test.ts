import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
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
    const chosen = parse((await admin.get('/rapport?fran=2017-11&till=2018-04')).html);
    expect(chosen.querySelector('main')?.text).toContain('Rapporten för 1 november 2017 – 30 april 2018');
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
});
