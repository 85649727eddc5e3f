import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { useTestSystem } from '../support/system';
import { signIn } from '../support/web';

/** A partner reporting last night in the browser, without JavaScript, over HTTP. */
describe('reporting a period in the web app', () => {
  const t = useTestSystem();
  const setUp = async () => {
    const own = await t.api.organisation('Frälsningsarmén');
    const other = await t.api.organisation('Convictus');
    const shelter = await t.api.activity(own, 'night_shelter', 'Härbärget i Bromma');
    const foreign = await t.api.activity(other, 'night_shelter', 'Convictus natt');
    await t.api.call('PUT', `/v1/activities/${shelter}/capacity/2025-05-01`, {
      key: t.api.admin,
      json: { places: 56 },
    });
    const email = `partner-${shelter}@example.org`;
    const created = await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email, name: 'Fredrik Ek', role: 'partner', organisationId: own },
    });
    expect(created.status).toBe(201);
    return { shelter, foreign, browser: await signIn(t.system, email), userId: created.body.id as string };
  };

  it('lists the partner’s activities, defaults to last night, stores the figures and says so in words', async () => {
    const { shelter, browser, userId } = await setUp();
    const start = await browser.get('/');
    expect(start.html).toContain(`href="/rapportera/${shelter}"`);
    expect(start.html).not.toContain('Convictus natt');

    const form = await browser.get(`/rapportera/${shelter}`);
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('sv-SE', {
      timeZone: 'Europe/Stockholm',
    });
    expect(form.html).toContain(`name="period" value="${yesterday}"`);
    expect(form.html).toContain('Platser denna natt: 56.');

    const saved = await browser.post(`/rapportera/${shelter}`, {
      period: '2026-11-22',
      women: '12',
      men: '40',
      turnedAway: '',
      'country-0': 'RO',
      'count-0': '30',
      'country-1': '',
      'count-1': '',
    });
    // Post/Redirect/Get: the save answers 303 to a page of its own, which reloads without sending anything again.
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`/rapportera/${shelter}/sparat/2026-11-22?resultat=created`);
    for (let reload = 0; reload < 2; reload++) {
      const result = await browser.get(saved.location as string);
      expect(result.status).toBe(200);
      expect(result.html).toContain(
        'Sparat: natten mot måndag 23 november (sön 22/11) — 12 kvinnor, 40 män.',
      );
      expect(result.html).toContain('En ny rapport.');
    }
    const stored = await t.api.call(
      'GET',
      `/v1/activities/${shelter}/figures?from=2026-11-22&to=2026-11-22`,
      {
        key: t.api.admin,
      },
    );
    expect(stored.body).toMatchObject([
      { period: '2026-11-22', figures: { women: 12, men: 40, nationalities: { RO: 30 } } },
    ]);
    // The audit names the person who saved it.
    const audit = await t.api.call('GET', `/v1/audit?activityId=${shelter}`, { key: t.api.admin });
    expect(audit.body.at(-1)).toMatchObject({
      keyId: userId,
      actorName: 'Fredrik Ek',
      action: 'figures.created',
    });

    // The form shows what is stored; the same again is unchanged; a change is a correction, before → after.
    expect((await browser.get(`/rapportera/${shelter}?period=2026-11-22`)).html).toContain(
      'name="women" inputmode="numeric" pattern="[0-9]*" autocomplete="off" value="12"',
    );
    const same = await browser.submit(`/rapportera/${shelter}`, {
      period: '2026-11-22',
      women: '12',
      men: '40',
      'country-0': 'RO',
      'count-0': '30',
    });
    expect(same.html).toContain('inget ändrades');
    const corrected = await browser.submit(`/rapportera/${shelter}`, {
      period: '2026-11-22',
      women: '14',
      men: '40',
      'country-0': 'RO',
      'count-0': '30',
    });
    expect(corrected.html).toContain('En rättelse av det som var sparat.');
    expect(corrected.html).toMatch(/<th scope="row">Kvinnor<\/th><td>12<\/td><td>14<\/td>/);
  });

  it('asks before saving more guests than places, and saves with the warning once confirmed', async () => {
    const { shelter, browser } = await setUp();
    await browser.get(`/rapportera/${shelter}`);
    const crowded = { period: '2026-11-21', women: '20', men: '40' };
    const asked = await browser.post(`/rapportera/${shelter}`, crowded);
    expect(asked.status).toBe(422);
    expect(asked.html).toContain(
      '60 gäster är fler än de 56 platserna natten mot söndag 22 november (lör 21/11).',
    );
    // Beside the field its rule names too, where the person corrects it.
    expect(parse(asked.html).querySelector('#women-hint')?.text).toBe(
      '60 gäster är fler än de 56 platserna natten mot söndag 22 november (lör 21/11).',
    );
    const notTicked = await browser.post(`/rapportera/${shelter}`, { ...crowded, asked: 'ja' });
    expect(notTicked.html).toContain('Kryssa i att siffrorna stämmer');
    expect(
      (
        await t.api.call('GET', `/v1/activities/${shelter}/figures?from=2026-11-21&to=2026-11-21`, {
          key: t.api.admin,
        })
      ).body,
    ).toEqual([]);
    const confirmed = await browser.submit(`/rapportera/${shelter}`, {
      ...crowded,
      asked: 'ja',
      confirm: 'ja',
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.html).toContain('20 kvinnor, 40 män');
    // The result page says the warning the person confirmed.
    expect(confirmed.html).toContain(
      '60 gäster är fler än de 56 platserna natten mot söndag 22 november (lör 21/11).',
    );
  });

  it('says what is wrong beside the field and stores nothing; another organisation’s activity does not exist', async () => {
    const { shelter, foreign, browser } = await setUp();
    await browser.get(`/rapportera/${shelter}`);
    const bad = await browser.post(`/rapportera/${shelter}`, {
      period: '2026-11-20',
      women: 'tolv',
      men: '40',
    });
    expect(bad.status).toBe(422);
    expect(bad.html).toMatch(/<a href="#women">Kvinnor: skriv ett heltal, 0 eller mer.<\/a>/);
    const tooMany = await browser.post(`/rapportera/${shelter}`, {
      period: '2026-11-20',
      women: '1',
      men: '1',
      'country-0': 'RO',
      'count-0': '5',
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.html).toContain('href="#nationalities"');
    const future = await browser.post(`/rapportera/${shelter}`, {
      period: '2099-01-01',
      women: '1',
      men: '1',
    });
    expect(future.status).toBe(422);
    expect(future.html).toContain('href="#period"');
    expect(
      (
        await t.api.call('GET', `/v1/activities/${shelter}/figures?from=2026-11-20&to=2026-11-20`, {
          key: t.api.admin,
        })
      ).body,
    ).toEqual([]);
    for (const page of [
      await browser.get(`/rapportera/${foreign}`),
      await browser.post(`/rapportera/${foreign}`, { period: '2026-11-20', women: '1', men: '1' }),
      await browser.get('/rapportera/act_finns_inte'),
    ]) {
      expect(page.status).toBe(404);
      expect(page.html).toContain('Verksamheten finns inte, eller hör inte till din organisation.');
    }
  });

  it('saves to the night in the field, never the one shown before; another night shows it, keeping what was typed', async () => {
    const { shelter, browser } = await setUp();
    const night = (period: string) =>
      t.api
        .call('GET', `/v1/activities/${shelter}/figures?from=${period}&to=${period}`, { key: t.api.admin })
        .then((r) => r.body.map((f: { figures: object }) => f.figures));
    await browser.get(`/rapportera/${shelter}?period=2026-11-22`);
    const first = await browser.submit(`/rapportera/${shelter}`, {
      period: '2026-11-22',
      loaded: '2026-11-22',
      women: '12',
      men: '40',
    });
    expect(first.html).toContain('Sparat: natten mot måndag 23 november (sön 22/11)');
    const shown = await browser.get(`/rapportera/${shelter}?period=2026-11-22`);
    expect(shown.html).toContain('name="loaded" value="2026-11-22"');

    // Another night typed in the field, new figures typed, Spara pressed: nothing is saved anywhere; the answer
    // leads to that night's page (Post/Redirect/Get: reload and Back never ask to send the form again) …
    const answer = await browser.post(`/rapportera/${shelter}`, {
      period: ' 2026-11-20',
      loaded: '2026-11-22',
      women: '3',
      men: '9',
    });
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(`/rapportera/${shelter}?period=2026-11-20`);
    const moved = await browser.get(answer.location as string);
    expect(moved.status).toBe(200);
    expect(moved.html).toContain(
      'Du bytte till natten mot lördag 21 november (fre 20/11). Inget är sparat än',
    );
    // … the form is now that night's, with the figures as typed, and what that night has beside each.
    expect(moved.html).toContain('name="loaded" value="2026-11-20"');
    expect(moved.html).toContain(
      'id="women" name="women" inputmode="numeric" pattern="[0-9]*" autocomplete="off" value="3"',
    );
    expect(moved.html).toContain('Sparat nu: –');
    expect(await night('2026-11-22')).toEqual([{ women: 12, men: 40 }]);
    expect(await night('2026-11-20')).toEqual([]);
    // The typed figures were for that one showing: reloaded, the night shows what it has.
    const reloaded = await browser.get(answer.location as string);
    expect(reloaded.html).not.toContain('Du bytte till');
    expect(reloaded.html).toContain(
      'id="women" name="women" inputmode="numeric" pattern="[0-9]*" autocomplete="off" value/>',
    );

    // Saved again from that form: on the night in the field.
    const saved = await browser.submit(`/rapportera/${shelter}`, {
      period: '2026-11-20',
      loaded: '2026-11-20',
      women: '3',
      men: '9',
    });
    expect(saved.html).toContain('Sparat: natten mot lördag 21 november (fre 20/11) — 3 kvinnor, 9 män.');
    expect(await night('2026-11-20')).toEqual([{ women: 3, men: 9 }]);
    expect(await night('2026-11-22')).toEqual([{ women: 12, men: 40 }]);

    // Only the night changed ("Visa", or Spara): that night is shown, and nothing is written.
    const look = await browser.post(`/rapportera/${shelter}`, {
      period: '2026-11-22',
      loaded: '2026-11-20',
      women: '3',
      men: '9',
      visa: 'ja',
    });
    expect(look.status).toBe(303);
    expect(look.location).toBe(`/rapportera/${shelter}?period=2026-11-22`);
    expect(await night('2026-11-20')).toEqual([{ women: 3, men: 9 }]);

    // A night that is no date is named as such, beside its field.
    const wrong = await browser.post(`/rapportera/${shelter}`, {
      period: '5/12',
      loaded: '2026-11-22',
      women: '12',
      men: '40',
      visa: 'ja',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.html).toMatch(
      /id="period-error">Skriv natten som ÅÅÅÅ-MM-DD, det datum kvällen börjar, till exempel \d{4}-\d{2}-\d{2}\./,
    );
    expect(wrong.html).toContain('value="5/12"');
  });
  it('stores a form sent twice once, with the first answer; a night someone saved meanwhile is shown with both', async () => {
    const { shelter, browser } = await setUp();
    const figuresOf = async () =>
      (
        await t.api.call('GET', `/v1/activities/${shelter}/figures?from=2026-11-22&to=2026-11-22`, {
          key: t.api.admin,
        })
      ).body;
    const form = await browser.get(`/rapportera/${shelter}?period=2026-11-22`);
    const key = /name="key" value="([0-9a-f-]{36})"/.exec(form.html)?.[1] as string;
    expect(form.html).toContain('name="version" value="0"');
    const fields = { period: '2026-11-22', loaded: '2026-11-22', version: '0', key, women: '12', men: '40' };
    // The answer is lost on a weak connection; the phone sends the same submission again.
    const first = await browser.post(`/rapportera/${shelter}`, fields);
    const again = await browser.post(`/rapportera/${shelter}`, fields);
    expect(first.location).toBe(`/rapportera/${shelter}/sparat/2026-11-22?resultat=created`);
    expect(again.location).toBe(first.location);
    expect((await figuresOf()).map((f: { version: number }) => f.version)).toEqual([1]);
    const audit = await t.api.call('GET', `/v1/audit?activityId=${shelter}`, { key: t.api.admin });
    expect(audit.body.filter((a: { action: string }) => a.action.startsWith('figures.')).length).toBe(1);

    // A coordinator corrects the night; the partner's form, opened before, still says version 1.
    const shownBefore = await browser.get(`/rapportera/${shelter}?period=2026-11-22`);
    expect(shownBefore.html).toContain('name="version" value="1"');
    const corrected = await t.api.call('PUT', `/v1/activities/${shelter}/figures/2026-11-22`, {
      key: t.api.admin,
      json: { women: 20, men: 41 },
    });
    expect(corrected.status).toBe(200);
    const late = { ...fields, version: '1', key: crypto.randomUUID(), women: '13', men: '40' };
    const conflict = await browser.post(`/rapportera/${shelter}`, late);
    expect(conflict.status).toBe(409);
    expect(conflict.html).toContain(
      'Någon annan sparade siffror för natten mot måndag 23 november (sön 22/11)',
    );
    expect(conflict.html).toContain('Sparat nu: 20');
    expect(conflict.html).toContain(
      'id="women" name="women" inputmode="numeric" pattern="[0-9]*" autocomplete="off" value="13"',
    );
    expect(conflict.html).toContain(
      `href="/rapportera/${shelter}?period=2026-11-22">Behåll det som är sparat</a>`,
    );
    expect(conflict.html).toContain('name="version" value="2"');
    expect(await figuresOf()).toMatchObject([{ version: 2, figures: { women: 20, men: 41 } }]);
    // Saved from that page, the person's figures replace the coordinator's, knowingly.
    const chosen = await browser.post(`/rapportera/${shelter}`, {
      ...late,
      version: '2',
      key: /name="key" value="([0-9a-f-]{36})"/.exec(conflict.html)?.[1] as string,
    });
    expect(chosen.location).toContain('resultat=updated');
    expect(await figuresOf()).toMatchObject([{ version: 3, figures: { women: 13, men: 40 } }]);
  });
});
