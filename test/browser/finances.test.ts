import { describe, expect, it } from 'vitest';
import { expectAccessible, signInAs, useChromium } from '../support/browser';
import { useTestSystem } from '../support/system';

describe('the yearly financial outcome in Chromium', () => {
  // 2 December 2026, on the demo: the outcome of 2025 was due on 31 March 2026; Frälsningsarmén has not sent it.
  const t = useTestSystem({ demo: true, now: () => new Date('2026-12-02T09:00:00Z') });
  const chromium = useChromium();

  it('from "Saknas" on the start page to a saved outcome, every state accessible at 360 px', async () => {
    const context = await chromium.context();
    const page = await context.newPage();
    await signInAs(page, t.system, 'fralsningsarmen@iop.local');
    await expectAccessible(page, 'start, with the outcome missing');
    await page.click('text=Ekonomiskt utfall 2025 (skulle lämnas senast 31 mars 2026)');
    await page.waitForURL('**/ekonomi/2025/org_fralsningsarmen');
    await expectAccessible(page, 'the empty form');
    await page.fill('#grant', '3 000 000');
    await page.fill('#line-personal', '2 000 000,50');
    await page.click('button:has-text("Spara utfallet")');
    await page.waitForSelector('.error-summary');
    await expectAccessible(page, 'the form with an error');
    await page.click('.error-summary a');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('line-personal');
    await page.fill('#line-personal', '2 000 000');
    await page.fill('#line-lokaler', '500 000');
    await page.fill('#volunteerHours', '900');
    await page.click('button:has-text("Spara utfallet")');
    await page.waitForSelector('[role=status]');
    expect(await page.textContent('[role=status]')).toContain('Sparat: ekonomiskt utfall 2025.');
    await expectAccessible(page, 'the form, saved');
    const stored = await t.api.call('GET', '/v1/financial-years/2025/outcomes/org_fralsningsarmen', {
      key: t.api.admin,
    });
    expect(stored.body.outcome).toMatchObject({
      grant: 3_000_000,
      used: { personal: 2_000_000, lokaler: 500_000, mat: 0 },
      volunteerHours: 900,
    });
    await page.goto(`${t.system.webUrl}/`);
    expect(await page.textContent('main')).not.toContain('Ekonomiskt utfall 2025 (skulle');
    await context.close();
  });

  it("shows the administrator the year's summary, accessible at 360 px and 1280 px", async () => {
    const context = await chromium.context();
    const page = await context.newPage();
    await signInAs(page, t.system, 'admin@iop.local');
    await page.click('text=Ekonomiskt utfall');
    await page.waitForURL('**/ekonomi/2025');
    expect(await page.textContent('main')).toContain('Totalt');
    await expectAccessible(page, 'the summary at 360 px');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(page, 'the summary at 1280 px');
    await page.fill('#year', 'tjugo');
    await page.click('button:has-text("Visa")');
    await page.waitForSelector('.error-summary');
    await expectAccessible(page, 'the summary, a year that is none');
    await page.goto(`${t.system.webUrl}/rapport?fran=2017-11&till=2018-04`);
    expect(await page.textContent('main')).toContain('Ladda ner PDF');
    await expectAccessible(page, 'the half-year report page at 1280 px');
    await page.setViewportSize({ width: 360, height: 740 });
    await expectAccessible(page, 'the half-year report page at 360 px');
    await page.goto(`${t.system.webUrl}/rapport?fran=2018-04&till=2017-11`);
    await page.waitForSelector('.error-summary');
    await expectAccessible(page, 'the half-year report page, with an error');
    await context.close();
  });
});
