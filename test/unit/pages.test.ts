import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../infra/local/demo/load';
import { createUser } from '../../shared/app/people';
import { SESSION_COOKIE, startSession } from '../../shared/app/sign-in';
import { systemPrincipal } from '../../shared/domain/access';
import { EVERY_PAGE } from '../support/pages';
import { useInProcessSystem } from '../support/system';

/**
 * Every page of the web app, through its controller and view, for each person who may see it, in process on the
 * demo data (the fast tier's render test of each view; the system and browser tiers click through them). Each is
 * one whole page in its reader's language: 200, one h1, nothing unfilled, no English word on a Swedish page.
 */
const t = useInProcessSystem({ now: () => new Date('2026-12-01T21:30:00Z') });

/** English a Swedish page must not show: the catalogue's own English and what a bug would print. */
const NOT_SWEDISH = /\b(undefined|NaN|null|Expected|Required|Invalid|At most|Must not|Not found)\b|\[object /;

async function pageAs(email: string | undefined, path: string) {
  let cookie = '';
  if (email) {
    const user = (await t.deps.people.listUsers()).find((u) => u.email === email);
    if (!user) throw new Error(`No demo person ${email}.`);
    cookie = `${SESSION_COOKIE}=${await startSession(t.deps, user)}`;
  }
  const response = await t.fetch(path, { headers: cookie ? { cookie } : {} });
  return { status: response.status, html: await response.text() };
}

describe('every page, rendered in process (issue 23, 2)', () => {
  beforeAll(async () => {
    await loadDemoData(t.deps);
    await createUser(t.deps, systemPrincipal('test'), {
      email: 'admin-en@iop.local',
      name: 'Ada Admin',
      role: 'admin',
      language: 'en',
    });
  }, 60_000);

  it.each([
    ...Object.entries(EVERY_PAGE).flatMap(([email, paths]) =>
      paths.map((path) => [email || undefined, path] as const),
    ),
  ])('%s: %s is one whole page in Swedish', async (email, path) => {
    const { status, html } = await pageAs(email, path);
    expect(status, html.slice(0, 400)).toBe(200);
    const page = parse(html);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('sv');
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('main')?.text.trim().length ?? 0).toBeGreaterThan(20);
    expect(page.querySelector('main')?.text).not.toMatch(NOT_SWEDISH);
  });

  it.each(EVERY_PAGE['admin@iop.local'] ?? [])('an English reader: %s is in English', async (path) => {
    const { status, html } = await pageAs('admin-en@iop.local', path);
    expect(status).toBe(200);
    const page = parse(html);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('main')?.text).not.toMatch(/\b(undefined|NaN)\b|\[object /);
  });

  it.each(['/statistik', '/kontroll'])(
    '%s: a month not begun, or no month, is the page again saying so; a month has its neighbours',
    async (path) => {
      for (const asked of ['2027-01', 'nästa', '2026-13']) {
        const { status, html } = await pageAs(
          'samordnare@iop.local',
          `${path}?manad=${encodeURIComponent(asked)}`,
        );
        expect(status).toBe(422);
        expect(parse(html).querySelector('#month-error, .error-message')?.text).toContain(
          'Skriv en månad som har börjat',
        );
      }
      const page = parse((await pageAs('samordnare@iop.local', `${path}?manad=2026-12`)).html);
      const links = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      expect(links).toContain(`${path}?manad=2026-11`);
      expect(links).not.toContain(`${path}?manad=2027-01`);
      expect(page.querySelector('.lead')?.text).toContain('december 2026');
    },
  );

  it('a half-year page names its half-year, or is no page: the survey by the calendar, the joint report by its query', async () => {
    const admin = 'admin@iop.local';
    const lead = async (path: string) => parse((await pageAs(admin, path)).html).querySelector('main')?.text;
    expect(await lead('/brukarundersokning')).toContain('Svar för 1 maj 2026 – 31 oktober 2026');
    expect(await lead('/brukarundersokning?halvar=2017-11--2018-04')).toContain(
      'Svar för 1 november 2017 – 30 april 2018',
    );
    for (const path of [
      '/brukarundersokning?halvar=2018-01--2018-06',
      '/brukarundersokning?halvar=hela',
      '/rapport/dokument?fran=2018-13&till=2019-04',
      '/rapport/bilaga?fran=2017-11&till=2017-10',
    ])
      expect((await pageAs(admin, path)).status, path).toBe(404);
  });
});
