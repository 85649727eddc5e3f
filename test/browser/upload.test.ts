import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, signInAs, useChromium } from '../support/browser';
import { useTestSystem } from '../support/system';

describe('uploading a CSV with one bad row, in Chromium', () => {
  // 22:00 in Stockholm on Wednesday 25 November 2026.
  const t = useTestSystem({ now: () => new Date('2026-11-25T21:00:00Z') });
  const chromium = useChromium();
  let shelter = '';
  const email = 'fil@hjalpen.example';

  beforeAll(async () => {
    ({ shelterId: shelter } = await t.api.shelterWithPartner({
      organisation: 'Hjälpen',
      shelter: 'Södernatt',
      email,
      name: 'Filip Fil',
    }));
  });

  it("sees the bad row's reason in Swedish, corrects the file and saves it", async () => {
    const page = await chromium.page();
    await signInAs(page, t.system, email);
    await page.click('text=Ladda upp en fil');
    await page.waitForURL('**/ladda-upp');
    await expectAccessible(page, 'upload, empty');
    await page.click('button:has-text("Kontrollera filen")');
    await page.waitForSelector('.error-summary');
    expect(await page.textContent('.error-summary')).toContain('Välj en fil att ladda upp.');
    await expectAccessible(page, 'upload, no file');

    const file = (men: string) => ({
      name: 'vecka.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `activityId;period;women;men\n${shelter};2026-11-16;3;12\n${shelter};2026-11-17;3;${men}\n${shelter};2026-11-18;2;11\n`,
      ),
    });
    await page.setInputFiles('#file', file('tolv'));
    await page.click('button:has-text("Kontrollera filen")');
    await page.waitForSelector('.problems');
    expect(await page.textContent('.problems')).toContain(
      'Rad 3 (2026-11-17): Män: skriv ett heltal, 0 eller mer.',
    );
    expect(await page.locator('button:has-text("Spara")').count()).toBe(0);
    await expectAccessible(page, 'upload, a bad row');

    await page.setInputFiles('#file', file('12'));
    await page.click('button:has-text("Kontrollera filen")');
    await page.waitForSelector('text=Filen skulle ge 3 nya, 0 rättade och 0 oförändrade perioder.');
    await expectAccessible(page, 'upload, checked');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(page, 'upload, checked, at 1280 px');
    await page.click('button:text-is("Spara")');
    await page.waitForSelector('text=Sparat: 3 nya, 0 rättade, 0 oförändrade.');
    await expectAccessible(page, 'upload, saved');
    const stored = await t.api.call(
      'GET',
      `/v1/activities/${shelter}/figures?from=2026-11-16&to=2026-11-18`,
      {
        key: t.api.admin,
      },
    );
    expect(stored.body.map((f: { figures: { men: number } }) => f.figures.men)).toEqual([12, 12, 11]);
  }, 60_000);
});
