import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signInAs } from '../support/browser';
import { useTestSystem } from '../support/system';

/** Every page of every role, as the demo has them. */
const PAGES: Record<string, readonly string[]> = {
  '': ['/logga-in', '/kalla-natter', '/tillganglighet'],
  'fralsningsarmen@iop.local': [
    '/',
    '/rapportera/act_fa_natt',
    '/rapportera/act_fa_natt/2026-11',
    '/rapportera/act_fa_natt/historik',
    '/ladda-upp',
    '/ekonomi/2025/org_fralsningsarmen',
    '/konto',
    '/overenskommelser',
    '/statistik?manad=2018-01',
  ],
  'samordnare@iop.local': ['/', '/samordning/kalla-natter', '/saknas?manad=2026-11', '/rapport'],
  'admin@iop.local': [
    '/',
    '/organisationer',
    '/organisationer/org_fralsningsarmen',
    '/verksamheter/act_fa_natt',
    '/personer',
    '/nycklar',
    '/kalla-natter-mottagare',
    '/mottagare',
    '/granskning',
    '/rapport?fran=2017-11&till=2018-04',
    '/ekonomi/2025',
    '/brukarundersokning',
  ],
};

describe('every page at 320 px, in Chromium (WCAG 1.4.10 reflow)', () => {
  const t = useTestSystem({ demo: true, now: () => new Date('2026-12-01T21:30:00Z') });
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('scrolls no page sideways (a data grid scrolls in its own region, which WCAG allows)', async () => {
    const wide: string[] = [];
    for (const [email, paths] of Object.entries(PAGES)) {
      const page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
      if (email) await signInAs(page, t.system, email);
      for (const path of paths) {
        const answer = await page.goto(`${t.system.webUrl}${path}`);
        expect([path, answer?.status()]).toEqual([path, 200]);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`${email || 'signed out'} ${path}: ${width} px`);
      }
    }
    expect(wide).toEqual([]);
  }, 120_000);
});
