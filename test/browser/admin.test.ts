import { Logger } from '@aws-lambda-powertools/logger';
import type { SNSEvent } from 'aws-lambda';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createMailEvents } from '../../functions/mail-events/handler';
import { expectAccessible, signInAs, useChromium } from '../support/browser';
import { useTestSystem } from '../support/system';

/** Every state of a page at both widths: the phone first, then the desktop, then back to the phone. */
async function atBothWidths(page: Page, what: string) {
  await expectAccessible(page, `${what} at 360 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page, `${what} at 1280 px`);
  await page.setViewportSize({ width: 360, height: 740 });
}

describe("the administrator's journey in Chromium: an organisation, a shelter, a person who then reports", () => {
  // 22:30 on Tuesday 1 December 2026, Stockholm time.
  const t = useTestSystem({ demo: true, now: () => new Date('2026-12-01T21:30:00Z') });
  const chromium = useChromium();

  it('adds them through the pages, each state accessible at 360 and 1280 px, and the partner reports', async () => {
    const context = await chromium.context();
    const page = await context.newPage();
    await signInAs(page, t.system, 'admin@iop.local');
    await page.click('text=Organisationer och verksamheter');
    await page.waitForURL('**/organisationer');
    await atBothWidths(page, 'organisations');

    await page.fill('#orgNumber', '12345');
    await page.click('button:has-text("Lägg till organisationen")');
    await page.waitForSelector('.error-summary');
    await atBothWidths(page, 'organisations, with errors');
    await page.fill('#name', 'Hjälpen i Söder');
    await page.fill('#orgNumber', '802002-4280');
    await page.click('button:has-text("Lägg till organisationen")');
    await page.waitForSelector('text=Organisationen är tillagd');
    await atBothWidths(page, 'a new organisation');

    await page.fill('#name', 'Södernatt');
    await page.check('#kind-night_shelter');
    await page.fill('#places', '20');
    await page.fill('#from', '2026-11-01');
    await page.click('button:has-text("Lägg till verksamheten")');
    await page.waitForSelector('text=Verksamheten är tillagd.');
    expect(await page.textContent('main')).toContain('1 dec. – 31 dec.: 20 platser');
    await atBothWidths(page, 'a new activity with its places');
    await page.fill('#places', 'många');
    await page.click('button:has-text("Spara platserna")');
    await page.waitForSelector('.error-summary');
    await atBothWidths(page, 'places, with an error');

    await page.click('text=Hjälpen i Söder');
    await page.click('text=Bjud in en person till Hjälpen i Söder');
    await page.waitForURL('**/personer?organisation=*');
    await atBothWidths(page, 'people, inviting');
    await page.fill('#name', 'Sara Söder');
    await page.fill('#email', 'sara@hjalpen.example');
    await page.click('button:has-text("Bjud in")');
    await page.waitForSelector('text=Inbjuden: ett e-brev har skickats till sara@hjalpen.example');
    await atBothWidths(page, 'people, invited');
    await page.click('text=Sara Söder');
    await atBothWidths(page, 'a person');
    await page.click('button:has-text("Ta bort")');
    await page.waitForSelector('.error-summary');
    await atBothWidths(page, 'a person, removal not confirmed');

    // Sara, in a browser of her own, signs in with the code from her inbox and reports last night.
    const hers = await chromium.page();
    await signInAs(hers, t.system, 'sara@hjalpen.example');
    await hers.click('text=Rapportera för Södernatt');
    await hers.fill('#women', '5');
    await hers.fill('#men', '14');
    await hers.click('button:has-text("Spara")');
    await hers.waitForSelector('text=Sparat: natten mot tisdag 1 december (mån 30/11)');
    const activities = await t.api.call('GET', '/v1/activities', { key: t.api.admin });
    const shelter = activities.body.find((a: { name: string }) => a.name === 'Södernatt');
    expect(shelter.capacity).toEqual([{ from: '2026-11-01', places: 20 }]);
    const stored = await t.api.call(
      'GET',
      `/v1/activities/${shelter.id}/figures?from=2026-11-30&to=2026-11-30`,
      {
        key: t.api.admin,
      },
    );
    expect(stored.body.map((f: { figures: unknown }) => f.figures)).toEqual([{ women: 5, men: 14 }]);
    await hers.goto(`${t.system.webUrl}/`);
    await hers.click('text=Historik');
    await hers.waitForURL('**/historik');
    expect(await hers.textContent('main')).toContain('Sara Söder');
    await atBothWidths(hers, 'the history of an activity');
    // Twenty-two axe runs: longer than one test's usual 30 s.
  }, 120_000);

  it('keys, cold-night recipients, report recipients and the send form: every state accessible', async () => {
    const page = await chromium.page();
    await signInAs(page, t.system, 'admin@iop.local');
    await page.goto(`${t.system.webUrl}/nycklar`);
    await atBothWidths(page, 'keys');
    await page.click('button:has-text("Skapa nyckeln")');
    await page.waitForSelector('.error-summary');
    await atBothWidths(page, 'keys, with errors');
    await page.fill('#label', 'Convictus system');
    await page.check('#role-partner');
    await page.selectOption('#organisationId', 'org_convictus');
    await page.click('button:has-text("Skapa nyckeln")');
    await page.waitForSelector('#ny-nyckel');
    await atBothWidths(page, 'keys, a key shown once');

    // One recipient's address bounces (SES said so): the page says it beside them, with the way to confirm it.
    await createMailEvents(
      t.system.config,
      new Logger({ logLevel: 'SILENT' }),
    )({
      Records: [
        {
          Sns: {
            MessageId: 'm1',
            Message: JSON.stringify({
              eventType: 'Bounce',
              bounce: {
                bounceType: 'Permanent',
                bounceSubType: 'NoEmail',
                bouncedRecipients: [{ emailAddress: 'socialjouren@iop.local' }],
                timestamp: '2026-12-01T08:00:00.000Z',
              },
            }),
          },
        },
      ],
    } as unknown as SNSEvent);
    await page.goto(`${t.system.webUrl}/kalla-natter-mottagare`);
    expect(await page.textContent('li:has-text("Socialjouren") p.warning')).toContain(
      'studsar sedan 1 december 2026',
    );
    await atBothWidths(page, 'cold-night recipients, one address bouncing');
    await page.click('button:has-text("socialjouren@iop.local fungerar igen")');
    await page.waitForSelector('text=Adressen får e-post igen.');
    expect(await page.locator('p.warning').count()).toBe(0);
    await page.check('#kanal-sms');
    await page.click('button:has-text("Lägg till mottagaren")');
    await page.waitForSelector('.error-summary');
    await atBothWidths(page, 'cold-night recipients, with errors');
    await page.fill('#threshold', 'kallt');
    await page.click('button:has-text("Spara inställningarna")');
    await page.waitForSelector('.error-summary');
    await atBothWidths(page, 'alert settings, with an error');

    await page.goto(`${t.system.webUrl}/mottagare`);
    await atBothWidths(page, 'report recipients');
    await page.goto(`${t.system.webUrl}/granskning`);
    await atBothWidths(page, 'the audit trail');
    await page.fill('#from', 'igår');
    await page.click('button:has-text("Visa")');
    await page.waitForSelector('.error-summary');
    await atBothWidths(page, 'the audit trail, with an error');
    await page.goto(`${t.system.webUrl}/rapport?fran=2017-11&till=2018-04`);
    await page.click('button:has-text("Skicka rapporten")');
    await page.waitForSelector('.error-summary');
    await atBothWidths(page, 'the report, send not confirmed');
    await page.check('#bekrafta');
    await page.click('button:has-text("Skicka rapporten")');
    await page.waitForSelector('text=Skickat till 1 mottagare.');
    await atBothWidths(page, 'the report, sent');
  }, 120_000);
});
