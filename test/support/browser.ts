import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { LocalSystem } from '../../infra/local/runtime';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';
import { codesFor } from './web';

/** Debian's Chromium, with the flags that keep it from dialling hosts this machine cannot reach. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** A phone's window, where every journey starts: the partner at 23:00 is on one. */
const PHONE = { width: 360, height: 740 } as const;

/**
 * One Chromium for a test file: launched before its tests (after the hooks declared before this call, such as the
 * test system's), closed after them. Each window it opens is a browser of its own: no cookies shared.
 */
export function useChromium() {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launchChromium();
  });
  afterAll(() => launched?.close());
  const browser = () => {
    if (!launched) throw new Error('Chromium is there inside tests and later hooks only.');
    return launched;
  };
  return {
    browser,
    /** A window of its own, a phone's unless told. */
    context: (viewport: { width: number; height: number } = PHONE): Promise<BrowserContext> =>
      browser().newContext({ viewport }),
    /** A page in a window of its own, a phone's unless told. */
    page: async (viewport: { width: number; height: number } = PHONE): Promise<Page> =>
      (await browser().newContext({ viewport })).newPage(),
  };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The rules of WCAG 2.1 A and AA, as axe-core tags them. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** What the page's `window.axe` offers this check. */
type Axe = { run(context: Document, options: RunOptions): Promise<AxeResults> };

/** axe-core's WCAG 2.1 A and AA rules on the page as it is now: no violation; and no page wider than its window. */
export async function expectAccessible(page: Page, what: string) {
  // To look at every checked page as its reader would: SHOTS=/some/folder npm run test:browser.
  if (process.env.SHOTS) {
    const width = page.viewportSize()?.width ?? 0;
    const name = `${what.replace(/[^\p{L}\p{N}]+/gu, '-')}-${width}.png`;
    await page.screenshot({ path: join(process.env.SHOTS, name), fullPage: true });
  }
  // A click that navigates returns before the next page is there: look at the page, not the moment between.
  await page.waitForLoadState('domcontentloaded');
  // WCAG 1.4.10 (reflow): nothing scrolls sideways at the window's width (360 px on a phone).
  const [scroll, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll, `${what}: as wide as the window`).toBeLessThanOrEqual(width as number);
  // axe-core itself, run in the page: @axe-core/playwright's runner opens a page of its own for every check
  // (three times the time here), for frames from other origins, which these pages never have.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  }, WCAG_21_AA);
  expect(violations, what).toEqual([]);
}

/** Signs `email` in through the pages in Chromium, with the newest code from the SES emulator's inbox. */
export async function signInAs(page: Page, system: LocalSystem, email: string) {
  await page.goto(`${system.webUrl}/logga-in`);
  await page.fill('#email', email);
  await page.click('button:has-text("Skicka kod")');
  await page.waitForURL('**/logga-in/kod');
  await page.fill('#code', (await codesFor(system, email)).at(-1) as string);
  await page.click('button:has-text("Logga in")');
  await page.waitForURL(`${system.webUrl}/`);
}
