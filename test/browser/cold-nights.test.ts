import { Logger } from '@aws-lambda-powertools/logger';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheck } from '../../functions/cold-night-check/handler';
import { expectAccessible, launchChromium, signInAs } from '../support/browser';
import { useTestSystem } from '../support/system';

describe('the coordinator’s cold nights, in Chromium', () => {
  const t = useTestSystem({ now: () => new Date('2027-02-08T05:30:00Z') });
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    const org = await t.api.organisation('Ny Gemenskap', '802006-1019');
    await t.api.activity(org, 'cold_night_venue', 'Kyrksalen');
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
      json: { name: 'Anna', email: 'anna@example.org', channels: ['email'] },
    });
    await createCheck(t.system.config, new Logger({ logLevel: 'ERROR' }))(new Date('2027-02-08T05:00:00Z'));
    await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email: 'sam@example.org', name: 'Sam', role: 'coordinator' },
    });
  });
  afterAll(() => browser?.close());

  it('reads the coming nights and what was sent, accessible at 360 px and 1280 px', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await signInAs(page, t.system, 'sam@example.org');
    await expectAccessible(page, 'coordinator start');
    await page.click('text=Kalla nätter: kommande nätter och utskick');
    await page.waitForURL('**/samordning/kalla-natter');
    expect(await page.textContent('main')).toContain('natten mot tisdag 9 februari');
    await expectAccessible(page, 'cold nights at 360 px');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(page, 'cold nights at 1280 px');
    await page.goto(`${t.system.webUrl}/overenskommelser`);
    expect(await page.textContent('main h2')).toBe('Överenskommelse 2026–2027');
    await expectAccessible(page, 'agreements at 1280 px');
    await page.setViewportSize({ width: 360, height: 740 });
    await expectAccessible(page, 'agreements at 360 px');
    await context.close();
  });
});
