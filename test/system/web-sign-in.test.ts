import { describe, expect, it } from 'vitest';
import { expectProblem, useTestSystem } from '../support/system';
import { codesFor, signIn, visitor } from '../support/web';

/** The clock every function of the system reads: the real one, moved on by the tests to expire codes and sessions. */
let offset = 0;
const later = (minutes: number) => {
  offset += minutes * 60_000;
};

describe('people and sign-in over HTTP', () => {
  const t = useTestSystem({ now: () => new Date(Date.now() + offset) });
  let n = 0;
  /** A new active person of role partner, by the API, with an address of their own. */
  const person = async (role: 'admin' | 'coordinator' | 'partner' = 'partner') => {
    const organisationId = role === 'partner' ? await t.api.organisation(`Org ${++n}`) : undefined;
    const email = `person${++n}@example.org`;
    const created = await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email, name: `Person ${n}`, role, organisationId },
    });
    expect(created.status, created.text).toBe(201);
    return { id: created.body.id as string, email, name: created.body.name as string };
  };

  it('keeps people by the API: unique addresses in any case, a partner in one organisation, audited', async () => {
    const anna = await person();
    const twin = await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email: anna.email.toUpperCase(), name: 'Tvilling', role: 'coordinator' },
    });
    expect(expectProblem(twin, 409).errors).toEqual([
      { path: '/email', message: 'Already in use.', code: 'taken' },
    ]);
    const homeless = await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email: 'x@example.org', name: 'X', role: 'partner' },
    });
    expect(expectProblem(homeless, 422).errors?.[0]?.path).toBe('/organisationId');
    const personal = await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email: 'y@example.org', name: 'Y', role: 'admin', personnummer: '19800101-1234' },
    });
    expect(expectProblem(personal, 422).errors?.[0]?.path).toBe('/personnummer');
    const partnerKey = await t.api.key('partner', await t.api.organisation('Annan'));
    expectProblem(await t.api.call('GET', '/v1/users', { key: partnerKey }), 403);
    const renamed = await t.api.call('PATCH', `/v1/users/${anna.id}`, {
      key: t.api.admin,
      json: { name: 'Anna B' },
    });
    expect(renamed.body).toMatchObject({ name: 'Anna B', authVersion: 1, version: 2 });
    expect((await t.api.call('DELETE', `/v1/users/${anna.id}`, { key: t.api.admin })).status).toBe(204);
    expectProblem(await t.api.call('GET', `/v1/users/${anna.id}`, { key: t.api.admin }), 404);
    const audit = await t.api.call('GET', '/v1/audit', { key: t.api.admin });
    const about = audit.body.filter((e: { entityId: string }) => e.entityId === anna.id);
    expect(about.map((e: { action: string }) => e.action)).toEqual([
      'user.created',
      'user.updated',
      'user.deleted',
    ]);
    // What the trail said of the deleted person's name and address is no longer shown; the id stays.
    expect(JSON.stringify(about)).not.toContain(anna.email);
    expect(about[0].after.name).toBeUndefined();
    expect(about.map((e: { entityDeleted?: true }) => e.entityDeleted)).toEqual([true, true, true]);
  });

  it('signs a person in with the code from the inbox, greets them by name, and signs them out on the server', async () => {
    const anna = await person();
    const browser = await signIn(t.system, anna.email);
    const start = await browser.get('/');
    expect(start.status).toBe(200);
    expect(start.html).toContain(`Hej ${anna.name}!`);
    const session = browser.jar.get('__Host-iop-session') as string;
    await browser.get('/konto');
    expect((await browser.post('/logga-ut')).location).toBe('/logga-in?utloggad=0');
    // The same cookie again, as a thief who copied it would send it: the session is over on the server.
    const thief = visitor(t.system);
    thief.jar.set('__Host-iop-session', session);
    expect((await thief.get('/')).location).toBe('/logga-in?utloggad=1');
  });

  it('sets its cookies __Host-, Secure, HttpOnly, SameSite=Lax, path /; every page has its CSP and no-store', async () => {
    const anna = await person();
    const browser = visitor(t.system);
    const first = await browser.get('/logga-in');
    const asked = await browser.post('/logga-in', { email: anna.email });
    await browser.get('/logga-in/kod');
    const signed = await browser.post('/logga-in/kod', {
      code: (await codesFor(t.system, anna.email)).at(-1) as string,
    });
    for (const line of [...first.setCookies, ...asked.setCookies, ...signed.setCookies]) {
      expect(line).toMatch(/^__Host-iop-[a-z]+=/);
      expect(line).toMatch(/; Path=\/; Secure; HttpOnly; SameSite=Lax/);
      expect(line).not.toMatch(/Domain=/i);
    }
    for (const path of ['/', '/konto', '/logga-in', '/logga-in/kod', '/finns-inte']) {
      const page = await browser.get(path);
      if (page.status === 303) continue;
      expect(page.headers.get('content-security-policy'), path).toMatch(
        /default-src 'self'; script-src 'self';.*frame-ancestors 'none'/,
      );
      expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
      expect(page.headers.get('cache-control'), path).toBe('no-store');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('answers the same for an unknown address as for a known one, and mails only the known', async () => {
    const anna = await person();
    const answers = [];
    for (const email of [anna.email, 'nobody@example.org']) {
      const browser = visitor(t.system);
      await browser.get('/logga-in');
      const asked = await browser.post('/logga-in', { email });
      answers.push({
        status: asked.status,
        location: asked.location,
        cookies: asked.setCookies.map((c) => c.replace(/=[^;]*/, '=…')),
        page: (await browser.get('/logga-in/kod')).html.replace(/value="[0-9a-f]{64}"/, ''),
      });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(await codesFor(t.system, anna.email)).toHaveLength(1);
    expect(await codesFor(t.system, 'nobody@example.org')).toEqual([]);
  });

  it('kills a code after 5 wrong tries (the right one is refused on the 6th), and refuses it when used or expired', async () => {
    const anna = await person();
    const browser = visitor(t.system);
    await browser.get('/logga-in');
    await browser.post('/logga-in', { email: anna.email });
    await browser.get('/logga-in/kod');
    const right = (await codesFor(t.system, anna.email)).at(-1) as string;
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 5; i++) {
      const refused = await browser.post('/logga-in/kod', { code: wrong });
      expect(refused.status).toBe(422);
      expect(refused.html).toContain(i < 5 ? 'Koden stämmer inte' : 'Koden gäller inte längre');
    }
    const sixth = await browser.post('/logga-in/kod', { code: right });
    expect(sixth.status).toBe(422);
    expect(sixth.html).toContain('Koden gäller inte längre');
    expect(browser.jar.has('__Host-iop-session')).toBe(false);

    // Used once, then replayed with the same challenge: refused.
    const other = visitor(t.system);
    await other.get('/logga-in');
    await other.post('/logga-in', { email: anna.email });
    const challenge = other.jar.get('__Host-iop-signin') as string;
    await other.get('/logga-in/kod');
    const code = (await codesFor(t.system, anna.email)).at(-1) as string;
    expect((await other.post('/logga-in/kod', { code })).location).toBe('/');
    const replay = visitor(t.system);
    replay.jar.set('__Host-iop-signin', challenge);
    await replay.get('/logga-in/kod');
    expect((await replay.post('/logga-in/kod', { code })).status).toBe(422);

    // Ten minutes later a code is no longer good.
    const late = visitor(t.system);
    await late.get('/logga-in');
    await late.post('/logga-in', { email: anna.email });
    await late.get('/logga-in/kod');
    const lateCode = (await codesFor(t.system, anna.email)).at(-1) as string;
    later(10);
    const expired = await late.post('/logga-in/kod', { code: lateCode });
    expect(expired.status).toBe(422);
    expect(expired.html).toContain('Koden gäller inte längre');
  });

  it('makes one session of two submissions of the same code at once', async () => {
    const anna = await person();
    const browser = visitor(t.system);
    await browser.get('/logga-in');
    await browser.post('/logga-in', { email: anna.email });
    await browser.get('/logga-in/kod');
    const code = (await codesFor(t.system, anna.email)).at(-1) as string;
    const both = await Promise.all([
      browser.post('/logga-in/kod', { code }),
      browser.post('/logga-in/kod', { code }),
    ]);
    expect(both.map((p) => p.status).sort()).toEqual([303, 422]);
    expect(
      both.filter((p) =>
        p.setCookies.some((c) => c.startsWith('__Host-iop-session=') && !/Max-Age=0/.test(c)),
      ),
    ).toHaveLength(1);
  });

  it('sends at most 5 codes an hour to one address, with a clear message, never a 500', async () => {
    const anna = await person();
    later(61); // a new hour's window
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const browser = visitor(t.system);
      await browser.get('/logga-in');
      const asked = await browser.post('/logga-in', { email: anna.email });
      statuses.push(asked.status);
      if (i === 5) expect(asked.html).toContain('Det har skickats för många koder');
    }
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429]);
  });

  it('ends the session when an admin disables the person or changes their role, and after 2 idle hours', async () => {
    const anna = await person();
    const browser = await signIn(t.system, anna.email);
    expect((await browser.get('/')).status).toBe(200);
    await t.api.call('PATCH', `/v1/users/${anna.id}`, { key: t.api.admin, json: { disabled: true } });
    expect((await browser.get('/')).location).toBe('/logga-in?utloggad=1');
    await t.api.call('PATCH', `/v1/users/${anna.id}`, { key: t.api.admin, json: { disabled: false } });

    const again = await signIn(t.system, anna.email);
    await t.api.call('PATCH', `/v1/users/${anna.id}`, { key: t.api.admin, json: { role: 'coordinator' } });
    expect((await again.get('/')).location).toBe('/logga-in?utloggad=1');

    const idle = await signIn(t.system, anna.email);
    later(119);
    expect((await idle.get('/')).status).toBe(200); // seen again: the idle clock restarts
    later(119);
    expect((await idle.get('/')).status).toBe(200);
    later(120);
    expect((await idle.get('/')).location).toBe('/logga-in?utloggad=1');

    // Never idle, but 12 hours after signing in the session is over all the same.
    const busy = await signIn(t.system, anna.email);
    for (let hours = 1.5; hours < 12; hours += 1.5) {
      later(90);
      expect((await busy.get('/')).status, `${hours} h`).toBe(200);
    }
    later(90);
    expect((await busy.get('/')).location).toBe('/logga-in?utloggad=1');
  });

  it('refuses a form without its token, or with another, with 403, changing nothing', async () => {
    const anna = await person();
    const browser = await signIn(t.system, anna.email);
    await browser.get('/konto');
    expect((await browser.postRaw('/logga-ut', {})).status).toBe(403);
    expect((await browser.postRaw('/logga-ut', { csrf: 'f'.repeat(64) })).status).toBe(403);
    expect((await browser.get('/')).status).toBe(200); // still signed in

    const stranger = visitor(t.system);
    await stranger.get('/logga-in');
    const before = (await codesFor(t.system, anna.email)).length;
    expect((await stranger.postRaw('/logga-in', { email: anna.email })).status).toBe(403);
    expect(await codesFor(t.system, anna.email)).toHaveLength(before);
  });

  it('shows errors the GOV.UK way: a summary linked to the field, the message beside it', async () => {
    const browser = visitor(t.system);
    await browser.get('/logga-in');
    const refused = await browser.post('/logga-in', { email: 'inte en adress' });
    expect(refused.status).toBe(422);
    expect(refused.html).toMatch(
      /<div class="error-summary" role="alert"[^>]*>.*<a href="#email">Skriv en e-postadress i rätt format/s,
    );
    expect(refused.html).toMatch(/<span class="message" id="email-error">/);
    expect(refused.html).toMatch(/aria-describedby="email-hint email-error"/);
    expect(refused.html).toMatch(/<title>Det finns ett problem: Logga in/);
  });

  it("guards the passkey script's requests with the form token, and adds a passkey only for a signed-in person", async () => {
    const browser = visitor(t.system);
    await browser.get('/logga-in');
    const jar = [...browser.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const post = (path: string, csrf?: string) =>
      fetch(`${t.system.webUrl}${path}`, {
        method: 'POST',
        headers: { cookie: jar, 'content-type': 'application/json', ...(csrf ? { 'x-csrf': csrf } : {}) },
        body: '{}',
      });
    expect((await post('/passkey/logga-in/start')).status).toBe(403);
    expect((await post('/passkey/logga-in/start', 'f'.repeat(64))).status).toBe(403);
    const options = await post('/passkey/logga-in/start', browser.csrf);
    expect(options.status).toBe(200);
    expect(await options.json()).toMatchObject({ challenge: expect.any(String), rpId: 'localhost' });
    expect((await post('/passkey/ny/start', browser.csrf)).status).toBe(401);
    // A made-up response is not verified: refused, and nobody is signed in.
    const forged = await post('/passkey/logga-in', browser.csrf);
    expect(forged.status).toBe(400);
    expect(
      forged.headers.getSetCookie().some((c) => c.startsWith('__Host-iop-session=') && !/Max-Age=0/.test(c)),
    ).toBe(false);
  });

  it('keeps a night typed while the session ended through the sign-in, and puts it back in the form (issue 29, 7)', async () => {
    const organisationId = await t.api.organisation('Härbärgen i söder');
    const shelter = await t.api.activity(organisationId, 'night_shelter', 'Härbärget i Högdalen');
    await t.api.call('PUT', `/v1/activities/${shelter}/capacity/2025-05-01`, {
      key: t.api.admin,
      json: { places: 30 },
    });
    const email = `hogdalen-${++n}@example.org`;
    await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email, name: 'Maria Ek', role: 'partner', organisationId },
    });
    const night = () =>
      t.api
        .call('GET', `/v1/activities/${shelter}/figures?from=2026-11-20&to=2026-11-20`, { key: t.api.admin })
        .then((r) => r.body.map((f: { figures: object }) => f.figures));
    const who = await signIn(t.system, email);
    await who.get(`/rapportera/${shelter}?period=2026-11-20`);
    later(3 * 60); // idle past two hours: the session has ended
    const typed = { period: '2026-11-20', loaded: '2026-11-20', women: '7', men: '21' };
    const sent = await who.post(`/rapportera/${shelter}`, typed);
    expect(sent.status).toBe(303);
    expect(sent.location).toBe('/logga-in?utloggad=2');
    expect(await night()).toEqual([]);
    expect((await who.get(sent.location as string)).html).toContain(
      'Du hade blivit utloggad, så inget sparades. Siffrorna du skrev finns kvar',
    );

    await who.post('/logga-in', { email });
    await who.get('/logga-in/kod');
    const signed = await who.post('/logga-in/kod', {
      code: (await codesFor(t.system, email)).at(-1) as string,
    });
    expect(signed.location).toBe(`/rapportera/${shelter}?period=2026-11-20`);
    const form = await who.get(signed.location as string);
    expect(form.html).toContain('Här är siffrorna du skrev innan du blev utloggad. Inget är sparat än');
    expect(form.html).toMatch(/id="women" name="women"[^>]* value="7"/);
    expect(form.html).toMatch(/id="men" name="men"[^>]* value="21"/);
    expect(await night()).toEqual([]);
    // Kept once: the form shown again is what is stored.
    expect((await who.get(signed.location as string)).html).not.toContain('Här är siffrorna du skrev');

    const saved = await who.submit(`/rapportera/${shelter}`, typed);
    expect(saved.html).toContain('7 kvinnor, 21 män');
    expect(await night()).toEqual([{ women: 7, men: 21 }]);

    // A form made for no session of this browser is still refused, and keeps nothing.
    later(3 * 60);
    const forged = await who.post(`/rapportera/${shelter}`, { ...typed, csrf: 'f'.repeat(64) });
    expect(forged.status).toBe(403);
    expect(forged.setCookies.some((c) => c.startsWith('__Host-iop-kept='))).toBe(false);
  });
});
