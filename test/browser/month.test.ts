import { beforeAll, describe, expect, it } from 'vitest';
import { datesBetween } from '../../shared/domain/periods';
import { expectAccessible, signInAs, useChromium } from '../support/browser';
import { useTestSystem } from '../support/system';

describe('filling a missed week in the month grid, in Chromium', () => {
  // 22:00 in Stockholm on Wednesday 25 November 2026.
  const t = useTestSystem({ now: () => new Date('2026-11-25T21:00:00Z') });
  const chromium = useChromium();
  let shelter = '';
  const email = 'vecka@fralsningsarmen.example';

  beforeAll(async () => {
    const org = await t.api.organisation('Frälsningsarmén');
    shelter = await t.api.activity(org, 'night_shelter', 'Västberga');
    await t.api.call('PUT', `/v1/activities/${shelter}/capacity/2026-11-01`, {
      key: t.api.admin,
      json: { places: 20 },
    });
    const rows = [
      ...datesBetween('2026-11-01', '2026-11-13'),
      ...datesBetween('2026-11-21', '2026-11-24'),
    ].map((period) => ({ activityId: shelter, period, women: 4, men: 11 }));
    expect((await t.api.call('POST', '/v1/imports', { key: t.api.admin, json: { rows } })).status).toBe(200);
    await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email, name: 'Vera Vecka', role: 'partner', organisationId: org },
    });
  });

  it('from the start page’s "Saknas" to a saved week, every state accessible at 360 px and 1280 px', async () => {
    const context = await chromium.context();
    const page = await context.newPage();
    await signInAs(page, t.system, email);
    expect(await page.textContent('main')).toContain('Saknas:');
    await expectAccessible(page, 'start, with nights missing');
    await page.click('text=Hela november 2026 på en gång');
    await page.waitForURL(`**/rapportera/${shelter}/2026-11`);
    await expectAccessible(page, 'month grid at 360 px');

    for (const day of ['14', '15', '16', '17', '18', '19', '20']) {
      await page.fill(`#women-${day}`, '3');
      await page.fill(`#men-${day}`, day === '20' ? '19' : '12');
    }
    await page.fill('#men-16', 'tolv');
    await page.click('button:has-text("Spara alla")');
    await page.waitForSelector('.error-summary');
    expect(await page.textContent('.error-summary')).toContain(
      'natten mot tis 17/11 (mån 16/11), Män: skriv ett heltal',
    );
    await expectAccessible(page, 'month grid, with an error');
    await page.click('.error-summary a');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('men-16');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('12');
    await page.click('button:has-text("Spara alla")');
    await page.waitForSelector('text=Stämmer siffrorna?');
    await expectAccessible(page, 'month grid, asking to confirm');
    // The question is where the page opens (issue 29, 2-3): above the grid, focused, saying nothing is saved yet,
    // with a save button of its own — not after 31 nights.
    const question = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const grid = document.querySelector('table.month') as HTMLElement;
      return {
        focused: el.classList.contains('confirm'),
        text: el.textContent,
        above: el.getBoundingClientRect().bottom <= grid.getBoundingClientRect().top,
        top: el.getBoundingClientRect().top + window.scrollY,
      };
    });
    expect(question).toMatchObject({ focused: true, above: true });
    expect(question.text).toContain('Inget är sparat än.');
    expect(question.top).toBeLessThan(1200);
    await page.check('#confirm');
    await page.click('.confirm button');
    await page.waitForSelector('[role=status]');
    expect(await page.textContent('[role=status]')).toContain('Sparat: 7 nya, 0 rättade, 17 oförändrade.');
    await expectAccessible(page, 'month grid, saved');

    const stored = await t.api.call(
      'GET',
      `/v1/activities/${shelter}/figures?from=2026-11-14&to=2026-11-20`,
      {
        key: t.api.admin,
      },
    );
    expect(stored.body.map((f: { figures: { men: number } }) => f.figures.men)).toEqual([
      12, 12, 12, 12, 12, 12, 19,
    ]);

    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(page, 'month grid at 1280 px');
    await page.goto(`${t.system.webUrl}/`);
    expect(await page.textContent('main')).toContain('Allt är rapporterat.');
    await expectAccessible(page, 'start, nothing missing');
    await context.close();
  });

  it('shows the administrator that nothing is missing now, the grid accessible at 360 px and 1280 px', async () => {
    await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email: 'chef@stad.example', name: 'Cecilia Chef', role: 'admin' },
    });
    const context = await chromium.context();
    const page = await context.newPage();
    await signInAs(page, t.system, 'chef@stad.example');
    await expectAccessible(page, 'admin start');
    await page.click('text=Vad saknas');
    await page.waitForURL('**/saknas');
    expect(await page.textContent('table tbody tr')).toContain('inget');
    await expectAccessible(page, 'completeness at 360 px');
    // The night-by-night table scrolls in its own region, reached with the keyboard.
    await page.focus('section.scroll');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('scroll');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(page, 'completeness at 1280 px');
    await page.fill('#month', '2026-13');
    await page.click('button:has-text("Visa")');
    await page.waitForSelector('.error-summary');
    await expectAccessible(page, 'completeness, with an error');
    await context.close();
  });
});
