import { Logger } from '@aws-lambda-powertools/logger';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCheck } from '../../functions/cold-night-check/handler';
import { expectAccessible, signInAs, useChromium } from '../support/browser';
import { useTestSystem } from '../support/system';

describe('the coordinator’s cold nights, in Chromium', () => {
  const t = useTestSystem({ now: () => new Date('2027-02-08T05:30:00Z') });
  const chromium = useChromium();
  let venue = '';
  beforeAll(async () => {
    const org = await t.api.organisation('Ny Gemenskap', '802006-1019');
    venue = await t.api.activity(org, 'cold_night_venue', 'Kyrksalen');
    await t.api.call('PATCH', `/v1/activities/${venue}`, {
      key: t.api.admin,
      json: { publicInfo: { address: 'Kyrkvägen 3, Stockholm', hours: '21–08' } },
    });
    await t.api.call('POST', '/v1/agreements', {
      key: t.api.admin,
      json: {
        name: 'Överenskommelse 2026–2027',
        start: '2026-05-01',
        end: '2027-04-30',
        latestEnd: '2028-04-30',
        notice: { kind: 'months_before_end', months: 6 },
        parties: [{ organisationId: org, joined: '2026-05-01' }],
      },
    });
    await t.api.call('POST', '/v1/subscribers', {
      key: t.api.admin,
      json: { name: 'Anna', email: 'anna@example.org', channels: ['email'], groups: ['venues'] },
    });
    await createCheck(t.system.config, new Logger({ logLevel: 'ERROR' }))(new Date('2027-02-08T05:00:00Z'));
    await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email: 'sam@example.org', name: 'Sam', role: 'coordinator' },
    });
  });

  it('reads the coming nights and what was sent, accessible at 360 px and 1280 px, reflowing at 320 px', async () => {
    const context = await chromium.context();
    const page = await context.newPage();
    await signInAs(page, t.system, 'sam@example.org');
    await expectAccessible(page, 'coordinator start');
    await page.click('text=Kalla nätter: kommande nätter och utskick');
    await page.waitForURL('**/samordning/kalla-natter');
    expect(await page.textContent('main')).toContain('natten mot tisdag 9 februari (mån 8/2)');
    await expectAccessible(page, 'cold nights at 360 px');
    // WCAG 1.4.10: the board's table of nights reflows at 320 px too (a table of three columns, no scroll region).
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(page, 'cold nights at 1280 px');
    await page.goto(`${t.system.webUrl}/overenskommelser`);
    expect(await page.textContent('main h2')).toBe('Överenskommelse 2026–2027');
    await expectAccessible(page, 'agreements at 1280 px');
    await page.setViewportSize({ width: 360, height: 740 });
    await expectAccessible(page, 'agreements at 360 px');
    await context.close();
  });

  it('decides to open with the keyboard-friendly form, errors first; the public page says where, in six languages', async () => {
    const context = await chromium.context();
    const page = await context.newPage();
    await signInAs(page, t.system, 'sam@example.org');
    await page.goto(`${t.system.webUrl}/samordning/kalla-natter`);
    await page.click('button:has-text("Skicka beslutet")');
    await page.waitForSelector('.error-summary');
    expect(await page.textContent('.error-summary')).toContain('Välj minst en natt.');
    await expectAccessible(page, 'the decision form with errors');
    for (const night of ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'])
      await page.check(`#natt-${night}`);
    await page.check(`#lokal-${venue}`);
    await page.check('#grupp-venues');
    await page.click('button:has-text("Skicka beslutet")');
    await page.waitForSelector('[role=status]');
    expect(await page.textContent('[role=status]')).toContain('Beslutet är skickat: 1 meddelande.');
    await expectAccessible(page, 'the decision sent');
    const decisions = await t.api.call('GET', '/v1/cold-night-decisions', { key: t.api.admin });
    expect(decisions.body[0]).toMatchObject({
      nights: ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
      open: true,
      venueIds: [venue],
      groups: ['venues'],
    });
    for (const language of ['sv', 'en', 'ro', 'bg', 'pl', 'fi']) {
      await page.goto(`${t.system.webUrl}/kalla-natter?sprak=${language}`);
      expect(await page.textContent('main')).toContain('Kyrkvägen 3, Stockholm');
      await expectAccessible(page, `the public page in ${language} at 360 px`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(page, 'the public page at 1280 px');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    // One A4 for a noticeboard: a PDF of one page has one page object.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);

    // Cancelled only after a question that names who will be told (issue 29, 4); the public page then says so.
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${t.system.webUrl}/samordning/kalla-natter`);
    await page.click('ul.log button:has-text("Ställ in")');
    await page.waitForURL('**/samordning/beslut/stall-in?id=*');
    expect(await page.textContent('main ul')).toBe('Anna – lokaler (e-post)');
    await expectAccessible(page, 'the question before cancelling');
    await page.click('button:has-text("Ja, ställ in och meddela 1 person")');
    await page.waitForSelector('[role=status]');
    expect(await page.textContent('[role=status]')).toContain('Beslutet är inställt: 1 meddelande skickat.');
    expect(await page.textContent('ul.log')).toContain('som tidigare sagt. Inställt av Sam');
    await page.goto(`${t.system.webUrl}/kalla-natter`);
    expect(await page.textContent('section.night.cancelled .status')).toBe('Inställt – inga extra platser');
    await expectAccessible(page, 'the public page, an opening cancelled');
    await context.close();
  });
});
