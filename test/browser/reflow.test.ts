import { describe, expect, it } from 'vitest';
import { signInAs, useChromium } from '../support/browser';
import { EVERY_PAGE } from '../support/pages';
import { useTestSystem } from '../support/system';

describe('every page at 320 px, in Chromium (WCAG 1.4.10 reflow)', () => {
  const t = useTestSystem({ demo: true, now: () => new Date('2026-12-01T21:30:00Z') });
  const chromium = useChromium();

  it('scrolls no page sideways (a data grid scrolls in its own region, which WCAG allows)', async () => {
    const wide: string[] = [];
    for (const [email, paths] of Object.entries(EVERY_PAGE)) {
      const page = await chromium.page({ width: 320, height: 640 });
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
