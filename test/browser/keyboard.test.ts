import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from '../support/browser';
import { useTestSystem } from '../support/system';
import { codesFor } from '../support/web';

/**
 * Presses Tab until the element `selector` has focus (at most 40 times), and checks that every element the focus
 * passes on the way shows it: an outline or a changed background, as the stylesheet's :focus-visible gives.
 */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate((wanted) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { here: false, visible: true, name: 'body' };
      const style = getComputedStyle(el);
      const visible =
        (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) ||
        style.backgroundColor === 'rgb(255, 221, 0)';
      return {
        here: el.matches(wanted),
        visible,
        name: `${el.tagName} ${el.id || el.textContent?.trim().slice(0, 30)}`,
      };
    }, selector);
    expect(focused.visible, `focus visible on ${focused.name}`).toBe(true);
    if (focused.here) return;
  }
  throw new Error(`${selector} was not reached with Tab`);
}

describe('a partner reports last night with the keyboard alone, in Chromium', () => {
  // 22:00 in Stockholm on Wednesday 25 November 2026.
  const t = useTestSystem({ now: () => new Date('2026-11-25T21:00:00Z') });
  const chromium = useChromium();
  let shelter = '';
  const email = 'tangent@hjalpen.example';

  beforeAll(async () => {
    ({ shelterId: shelter } = await t.api.shelterWithPartner({
      organisation: 'Hjälpen',
      shelter: 'Södernatt',
      email,
      name: 'Tove Tangent',
    }));
  });

  it('signs in, opens the form, corrects a mistake from the error summary and saves, never touching a mouse', async () => {
    const page = await chromium.page();
    await page.goto(`${t.system.webUrl}/logga-in`);
    // The skip link comes first and leads into the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
    await tabTo(page, '#email');
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/logga-in/kod');
    await tabTo(page, '#code');
    await page.keyboard.type((await codesFor(t.system, email)).at(-1) as string);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${t.system.webUrl}/`);

    await tabTo(page, 'a[href^="/rapportera/"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/rapportera/${shelter}`);
    await tabTo(page, '#women');
    await page.keyboard.type('4');
    await tabTo(page, '#men');
    await page.keyboard.type('tolv');
    await page.keyboard.press('Enter');
    // The error summary takes the focus; its link leads to the field.
    await page.waitForSelector('.error-summary');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await tabTo(page, '.error-summary a');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('men');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('12');
    await tabTo(page, 'button[type=submit]:not(.secondary)');
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Sparat: natten mot onsdag 25 november (tis 24/11) — 4 kvinnor, 12 män.');

    const stored = await t.api.call(
      'GET',
      `/v1/activities/${shelter}/figures?from=2026-11-24&to=2026-11-24`,
      {
        key: t.api.admin,
      },
    );
    expect(stored.body.map((f: { figures: unknown }) => f.figures)).toEqual([{ women: 4, men: 12 }]);
  }, 60_000);
});
