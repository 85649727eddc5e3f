import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, signInAs, useChromium } from '../support/browser';
import { useTestSystem } from '../support/system';

/**
 * A partner's night saved without a signal (issue 28), in Chromium: the network cut with the browser's offline
 * switch, or one answer lost on its way back, and the figures found stored exactly once.
 */
describe('a night saved without a signal, in Chromium', () => {
  // 22:00 in Stockholm on Wednesday 25 November 2026.
  const t = useTestSystem({ now: () => new Date('2026-11-25T21:00:00Z') });
  const chromium = useChromium();
  let shelter = '';
  let organisation = '';

  beforeAll(async () => {
    organisation = await t.api.organisation('Frälsningsarmén');
    shelter = await t.api.activity(organisation, 'night_shelter', 'Källaren på Söder');
    await t.api.call('PUT', `/v1/activities/${shelter}/capacity/2026-11-01`, {
      key: t.api.admin,
      json: { places: 40 },
    });
  });

  /** A partner of their own, signed in on a phone-sized window, on the night's form. */
  async function partnerOnForm(
    name: string,
    night: string,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const email = `${name.toLowerCase().replace(/\s+/g, '.')}@fralsningsarmen.example`;
    await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email, name, role: 'partner', organisationId: organisation },
    });
    const context = await chromium.context();
    const page = await context.newPage();
    await signInAs(page, t.system, email);
    await page.goto(`${t.system.webUrl}/rapportera/${shelter}?period=${night}`);
    // The service worker is in place before the network goes (a first visit without it still queues).
    expect(
      await page.evaluate(() =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => 'ready'),
          new Promise((resolve) => setTimeout(() => resolve('no service worker'), 10_000)),
        ]),
      ),
    ).toBe('ready');
    return { context, page };
  }
  const stored = async (night: string) =>
    (
      await t.api.call('GET', `/v1/activities/${shelter}/figures?from=${night}&to=${night}`, {
        key: t.api.admin,
      })
    ).body as { version: number; figures: { women: number; men: number } }[];
  const writes = async (night: string) =>
    (await t.api.call('GET', `/v1/audit?activityId=${shelter}`, { key: t.api.admin })).body.filter(
      (a: { entityId: string }) => a.entityId === `${shelter}/${night}`,
    ).length;
  /** How many submissions wait in the device's queue (any person's). */
  const waiting = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('iop-offline', 1);
          open.onsuccess = () => {
            const count = open.result.transaction('waiting').objectStore('waiting').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
  /** A state reached in time: under a loaded CI machine a page's send may take a few seconds. */
  const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });
  const status = (page: Page) => page.locator('[data-offline-status]');
  /**
   * Everything the status region says from now on, as a screen reader hears it: a message the service worker's own
   * resend replaces at once (it is not routed by Playwright) was still said.
   */
  const listen = (page: Page) =>
    page.evaluate(() => {
      const region = document.querySelector('[data-offline-status]') as HTMLElement;
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
  const heard = (page: Page) =>
    page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(' | '));
  const save = (page: Page) => page.getByRole('button', { name: 'Spara', exact: true }).click();

  it('keeps the night on the phone in airplane mode, says so, and sends it once when the network returns', async () => {
    const night = '2026-11-24';
    const { context, page } = await partnerOnForm('Ada Offline', night);
    await context.setOffline(true);
    await page.fill('#women', '5');
    await page.fill('#men', '14');
    await save(page);
    await eventually(() => status(page).textContent()).toBe(
      'Sparat i telefonen – inte skickat än. Skickas när du har nät. 1 rapport väntar i telefonen på att skickas.',
    );
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
    expect(await stored(night)).toEqual([]);
    await expectAccessible(page, 'night kept on the phone');
    // "Visa" another night without a network: told, and what was typed stays.
    await page.fill('#period', '2026-11-23');
    await page.getByRole('button', { name: 'Visa' }).click();
    await eventually(() => status(page).textContent()).toContain('Du har inget nät just nu');
    expect(await page.inputValue('#women')).toBe('5');

    await context.setOffline(false);
    await eventually(() => status(page).textContent()).toBe(
      'Skickat och sparat: Källaren på Söder, 2026-11-24.',
    );
    expect(await stored(night)).toMatchObject([{ version: 1, figures: { women: 5, men: 14 } }]);
    expect(await writes(night)).toBe(1);
    await expectAccessible(page, 'night sent when online');
    // Nothing waits on the start page.
    await page.goto(`${t.system.webUrl}/`);
    expect(await status(page).textContent()).toBe('');
    // The service worker keeps a page for no network and the stylesheet, nothing of a person's.
    const kept = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys())
          urls.push(new URL(request.url).pathname);
      return urls.sort();
    });
    expect(kept).toEqual([expect.stringMatching(/^\/assets\/style\.[0-9a-f]{12}\.css$/), '/utan-nat']);
    await context.setOffline(true);
    await page.goto(`${t.system.webUrl}/rapportera/${shelter}`);
    expect(await page.textContent('h1')).toBe('Inget nät just nu');
    await expectAccessible(page, 'no network page');
    await context.close();
  });

  it('stores a night once when its answer is lost after the write and the phone sends it again', async () => {
    const night = '2026-11-23';
    const { context, page } = await partnerOnForm('Bo Tunnel', night);
    // The request reaches the server, which stores it; the answer never comes back.
    await page.route(
      '**/rapportera/**',
      async (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        await route.fetch({ maxRedirects: 0 });
        await route.abort('internetdisconnected');
      },
      { times: 1 },
    );
    await page.fill('#women', '7');
    await page.fill('#men', '20');
    await listen(page);
    await save(page);
    await eventually(() => heard(page)).toContain('Sparat i telefonen – inte skickat än.');
    expect(await stored(night)).toMatchObject([{ version: 1 }]);
    // Sent again (by the service worker's sync, or the next page load, whichever comes first): the server
    // answers as the first time, and writes nothing.
    await page.reload();
    await eventually(() => waiting(page)).toBe(0);
    expect(await status(page).textContent()).not.toContain('väntar');
    expect(await stored(night)).toMatchObject([{ version: 1, figures: { women: 7, men: 20 } }]);
    expect(await writes(night)).toBe(1);
    await context.close();
  });

  it('shows both versions when someone else saved the night after the form was opened', async () => {
    const night = '2026-11-22';
    const { context, page } = await partnerOnForm('Cilla Krock', night);
    const other = await t.api.call('PUT', `/v1/activities/${shelter}/figures/${night}`, {
      key: t.api.admin,
      json: { women: 9, men: 30 },
    });
    expect(other.status).toBe(200);
    await page.fill('#women', '8');
    await page.fill('#men', '31');
    await save(page);
    await page.waitForSelector('text=Någon annan sparade siffror');
    expect(await page.textContent('#women-hint')).toBe('Sparat nu: 9');
    expect(await page.inputValue('#women')).toBe('8');
    expect(await stored(night)).toMatchObject([{ version: 1, figures: { women: 9, men: 30 } }]);
    await expectAccessible(page, 'someone else saved the night meanwhile');
    // The person chooses theirs: saved over the other version, knowingly.
    await save(page);
    await page.waitForURL('**/sparat/**');
    expect(await stored(night)).toMatchObject([{ version: 2, figures: { women: 8, men: 31 } }]);
    await context.close();
  });

  it('sends what waits by background sync, and nothing waits after sign-out', async () => {
    const night = '2026-11-21';
    const { context, page } = await partnerOnForm('Dan Synk', night);
    // The page's network fails (its fetch answers as a dropped connection does); its service worker's does not.
    await page.evaluate(() => {
      window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    });
    await page.fill('#women', '2');
    await page.fill('#men', '6');
    await save(page);
    // The page registered a background sync; the browser fires it (at once when it thinks it is online, here
    // nudged through the DevTools protocol as well): the service worker sends it, since the page cannot.
    const cdp = await context.newCDPSession(page);
    const registration = new Promise<string>((resolve) =>
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const live = registrations.find((r) => !r.isDeleted);
        if (live) resolve(live.registrationId);
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin: t.system.webUrl,
      registrationId: await registration,
      tag: 'iop-send',
      lastChance: false,
    });
    await eventually(() => status(page).textContent()).toBe(
      'Skickat och sparat: Källaren på Söder, 2026-11-21.',
    );
    expect(await stored(night)).toMatchObject([{ version: 1, figures: { women: 2, men: 6 } }]);

    // Another night kept with no network at all (page and worker), then the person signs out: asked first, and
    // the unsent night is gone with them.
    const cut = (route: Parameters<Parameters<BrowserContext['route']>[1]>[0]) =>
      route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue();
    await context.route('**/rapportera/**', cut);
    await page.goto(`${t.system.webUrl}/rapportera/${shelter}?period=2026-11-20`);
    await page.fill('#women', '1');
    await page.fill('#men', '3');
    await save(page);
    await eventually(() => status(page).textContent()).toContain('1 rapport väntar i telefonen');
    await page.goto(`${t.system.webUrl}/konto`);
    await eventually(() => status(page).textContent()).toContain('1 rapport väntar i telefonen');
    await expectAccessible(page, 'account, a night waiting');
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      return d.dismiss();
    });
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await eventually(() => asked.length).toBe(1);
    expect(asked[0]).toContain('Loggar du ut nu försvinner de');
    expect(page.url()).toContain('/konto');
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL('**/logga-in**');
    expect(await waiting(page)).toBe(0);
    expect(await stored('2026-11-20')).toEqual([]);
    await context.close();
  });
  it('never sends one person’s waiting night as another’s, on a shared phone', async () => {
    const night = '2026-11-19';
    const { context, page } = await partnerOnForm('Eva Delad', night);
    const cut = (route: Parameters<Parameters<BrowserContext['route']>[1]>[0]) =>
      route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue();
    await context.route('**/rapportera/**', cut);
    await page.fill('#women', '3');
    await page.fill('#men', '9');
    await save(page);
    await eventually(() => status(page).textContent()).toContain('1 rapport väntar i telefonen');
    // Her session ends without a sign-out (the cookies gone); a colleague signs in on the same phone, online.
    await context.unroute('**/rapportera/**', cut);
    await context.clearCookies();
    const email = 'frida.delad@fralsningsarmen.example';
    await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email, name: 'Frida Delad', role: 'partner', organisationId: organisation },
    });
    await signInAs(page, t.system, email);
    await eventually(() => waiting(page)).toBe(0);
    expect(await status(page).textContent()).toBe('');
    // Nothing is ever stored as Frida's. (The service worker may have sent Eva's night with Eva's own session
    // before her cookies went — Playwright's routes do not reach a worker's requests — and that is hers to send.)
    const authors = (await t.api.call('GET', `/v1/audit?activityId=${shelter}`, { key: t.api.admin })).body
      .filter((a: { entityId: string }) => a.entityId === `${shelter}/${night}`)
      .map((a: { actorName?: string }) => a.actorName);
    expect(authors.filter((name: string | undefined) => name !== 'Eva Delad')).toEqual([]);
    expect((await stored(night)).length).toBe(authors.length > 0 ? 1 : 0);
    await context.close();
  });
});
