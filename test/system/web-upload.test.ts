import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestSystem } from '../support/system';
import { tableDump } from '../support/table';
import { signIn } from '../support/web';

const textOf = (html: string, selector: string) =>
  parse(html)
    .querySelectorAll(selector)
    .map((e) => e.text.trim());
/** The hidden fields of the "Spara" form, as a browser would send them back. */
const saveForm = (html: string) =>
  Object.fromEntries(
    parse(html)
      .querySelectorAll('form[action="/ladda-upp/spara"] input')
      .map((i) => [i.getAttribute('name') as string, i.getAttribute('value') ?? '']),
  );

describe('uploading a file of figures, and the history of an activity, in the web app', () => {
  // 22:00 in Stockholm on Wednesday 25 November 2026.
  const t = useTestSystem({ now: () => new Date('2026-11-25T21:00:00Z') });
  const email = 'fil@hjalpen.example';
  let shelter = '';
  let other = '';

  beforeAll(async () => {
    ({ shelterId: shelter } = await t.api.shelterWithPartner({
      organisation: 'Hjälpen',
      shelter: 'Södernatt',
      email,
      name: 'Filip Fil',
    }));
    other = await t.api.activity(await t.api.organisation('Annan'), 'night_shelter', 'Annans natt');
  });

  it('checks a file first, names each bad row in Swedish, and stores only on "Spara"', async () => {
    const partner = await signIn(t.system, email);
    expect((await partner.get('/')).html).toContain('href="/ladda-upp"');
    const page = await partner.get('/ladda-upp');
    expect(textOf(page.html, 'main li').join('\n')).toContain(
      `Södernatt (${shelter}): activityId, period, women, men, turnedAway`,
    );
    expect(page.html).not.toContain(other);
    const template = await partner.get(`/ladda-upp/mall/${shelter}.csv`);
    expect(template.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(template.html).toBe(`activityId;period;women;men;turnedAway\r\n${shelter};2026-11-24\r\n`);
    expect((await partner.get(`/ladda-upp/mall/${other}.csv`)).status).toBe(404);

    // As Excel with Swedish settings saves it: semicolons. Row 3 has a word for a number; row 5 another's shelter.
    const before = await tableDump(t.system);
    const bad = [
      'activityId;period;women;men',
      `${shelter};2026-11-20;4;12`,
      `${shelter};2026-11-21;4;tolv`,
      `${shelter};2026-11-22;5;19`,
      `${other};2026-11-22;1;1`,
      `${shelter};2026-11-29;1;1`,
    ].join('\n');
    const checked = await partner.postFile('/ladda-upp', { name: 'november.csv', text: bad });
    expect(checked.status).toBe(422);
    expect(textOf(checked.html, '.problems h3')).toEqual([
      '3 rader har fel. Inget sparas förrän de är rättade.',
    ]);
    expect(textOf(checked.html, '.problems li')).toEqual([
      'Rad 3 (2026-11-21): Män: skriv ett heltal, 0 eller mer.',
      `Rad 5 (2026-11-22): Verksamheten "${other}" finns inte bland dem du rapporterar för.`,
      'Rad 6 (2026-11-29): Perioden har inte börjat än.',
    ]);
    expect(saveForm(checked.html)).toEqual({});
    expect(await tableDump(t.system)).toEqual(before);

    // Corrected, with commas this time: a dry run that says what it would do, and a guest count to check.
    const good = [
      'activityId,period,women,men,nationalities.RO',
      `${shelter},2026-11-20,4,12,9`,
      `${shelter},2026-11-21,4,12,`,
      `${shelter},2026-11-22,5,19,`,
    ].join('\n');
    const ok = await partner.postFile('/ladda-upp', { name: 'november.csv', text: good });
    expect(ok.status).toBe(200);
    expect(textOf(ok.html, '#kontroll + p')).toEqual([
      'Filen skulle ge 3 nya, 0 rättade och 0 oförändrade perioder.',
    ]);
    expect(textOf(ok.html, 'main h3')).toEqual(['Kontrollera innan du sparar']);
    expect(textOf(ok.html, 'h3 + ul li')[0]).toMatch(/^Rad 4 \(2026-11-22\): .*24.*20/);
    expect(await tableDump(t.system)).toEqual(before);

    const saved = await partner.post('/ladda-upp/spara', saveForm(ok.html));
    expect(saved.location).toBe('/ladda-upp?sparat=3-0-0');
    expect(textOf((await partner.get(saved.location as string)).html, '[role=status]')).toEqual([
      'Sparat: 3 nya, 0 rättade, 0 oförändrade.',
    ]);
    const stored = await t.api.call(
      'GET',
      `/v1/activities/${shelter}/figures?from=2026-11-20&to=2026-11-22`,
      {
        key: t.api.admin,
      },
    );
    expect(stored.body.map((f: { figures: unknown }) => f.figures)).toEqual([
      { women: 4, men: 12, nationalities: { RO: 9 } },
      { women: 4, men: 12 },
      { women: 5, men: 19 },
    ]);
    // "Spara" again (a reload, a double click): the same rows, unchanged.
    expect((await partner.post('/ladda-upp/spara', saveForm(ok.html))).location).toBe(
      '/ladda-upp?sparat=0-0-3',
    );
  });

  it('refuses what is no file of figures, changing nothing', async () => {
    const partner = await signIn(t.system, email);
    await partner.get('/ladda-upp');
    const before = await tableDump(t.system);
    const huge = await partner.postFile('/ladda-upp', {
      name: 'stor.csv',
      text: `activityId,period,women\n${`${shelter},2026-11-01,1\n`.repeat(30_000)}`,
    });
    expect([huge.status, textOf(huge.html, '.error-summary li')]).toEqual([
      413,
      ['Filen är större än 512 kB. Dela upp den i flera filer.'],
    ]);
    const notCsv = await partner.postFile('/ladda-upp', { name: 'x.json', text: '{"rows": [' });
    expect(textOf(notCsv.html, '.error-summary li')).toEqual([
      'Filen kunde inte läsas som CSV eller JSON. Spara kalkylarket som CSV och försök igen.',
    ]);
    const unknownColumn = await partner.postFile('/ladda-upp', {
      name: 'namn.csv',
      text: `activityId,period,women,name\n${shelter},2026-11-23,1,Ion Popescu\n`,
    });
    expect(textOf(unknownColumn.html, '.problems li')).toEqual([
      'Rad 2 (2026-11-23): Män: värdet saknas. Kolumnen "name" finns inte för den här verksamheten.',
    ]);
    const empty = await partner.postFile('/ladda-upp', { name: 'tom.csv', text: '' });
    expect(textOf(empty.html, '.error-summary li')).toEqual(['Välj en fil att ladda upp.']);
    const forged = await partner.postFile(
      '/ladda-upp',
      { name: 'a.csv', text: 'activityId,period\n' },
      '0'.repeat(64),
    );
    expect(forged.status).toBe(403);
    expect(await tableDump(t.system)).toEqual(before);
  });

  it("shows the activity's months and who changed what, before → after; another's is 'finns inte'", async () => {
    const partner = await signIn(t.system, email);
    await partner.get(`/rapportera/${shelter}?period=2026-11-21`);
    await partner.post(`/rapportera/${shelter}`, { period: '2026-11-21', women: '4', men: '13' });
    const history = await partner.get(`/rapportera/${shelter}/historik`);
    expect(history.status).toBe(200);
    const november = parse(history.html)
      .querySelectorAll('tbody tr')
      .find((tr) => tr.querySelector('th')?.text === 'november 2026');
    expect(november?.querySelectorAll('td').map((td) => td.text)).toEqual(['3', '13', '44', '–']);
    // The test's clock stands still, so every change has the same time: found by what it says, not its place.
    const changes = parse(history.html).querySelectorAll('ul.log li');
    const correction = changes.find((li) => li.text.startsWith('Rättade'));
    expect(correction?.querySelectorAll('span').map((s) => s.text)).toEqual([
      'Rättade natten mot söndag 22 november (lör 21/11)',
      'Filip Fil, 25 november 2026 kl. 22:00',
      'Män: 12 → 13',
    ]);
    expect(changes.filter((li) => li.text.startsWith('Sparade natten')).length).toBe(3);
    expect(changes.some((li) => li.text.includes('Ändrade platserna från 2026-11-01'))).toBe(true);
    expect((await partner.get(`/rapportera/${other}/historik`)).status).toBe(404);
    const coordinator = await t.api.call('POST', '/v1/users', {
      key: t.api.admin,
      json: { email: 'samordnare@hjalpen.example', name: 'Sam', role: 'coordinator' },
    });
    expect(coordinator.status).toBe(201);
    const sam = await signIn(t.system, 'samordnare@hjalpen.example');
    expect((await sam.get(`/rapportera/${other}/historik`)).status).toBe(200);
  });
});
