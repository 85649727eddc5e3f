import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { promisify } from 'node:util';
import { type LocalSystem, startLocalSystem } from '../../infra/local/runtime';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium';
import { signIn, type visitor } from '../support/web';

/** Per page: HTML, CSS, JS (and the icon) as sent (gzipped), at most this (the goal). */
const MAX_PAGE_KB = 60;
const GOALS = { performance: 95, accessibility: 100, 'best-practices': 95 } as const;
/**
 * Lighthouse, pinned, fetched by npx when the bench first runs (through the npm registry): not a dependency of the
 * project, since its ~150 MB would be installed by every `npm ci` for this one bench.
 */
const LIGHTHOUSE = 'lighthouse@12.8.2';

interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null }>;
}

/** Lighthouse's default configuration, the mobile profile (a mid-range phone, simulated slow 4G), on one page. */
async function lighthouse(url: string, cookie: string): Promise<LighthouseResult> {
  const { stdout } = await promisify(execFile)(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${Object.keys(GOALS).join(',')}`,
      `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
      `--chrome-flags=${['--headless=new', ...CHROMIUM_FLAGS].join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 256 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as LighthouseResult;
}

/** The bytes of one answer as they travel (asking for gzip, as browsers do), not as they are read. */
function wireBytes(url: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { cookie, 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () =>
        res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url}: ${res.statusCode}`)),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** What a first visit to a page transfers: the page and the stylesheet and scripts it names. */
async function pageWeight(system: LocalSystem, path: string, cookie: string) {
  const raw = await fetch(`${system.webUrl}${path}`, { headers: { cookie } });
  const html = await raw.text();
  const assets = [
    ...html.matchAll(/<link rel="(?:stylesheet|icon)" href="([^"]+)"/g),
    ...html.matchAll(/<script src="([^"]+)"/g),
  ].map((m) => m[1] as string);
  const htmlBytes = await wireBytes(`${system.webUrl}${path}`, cookie);
  let assetBytes = 0;
  for (const asset of assets) assetBytes += await wireBytes(`${system.webUrl}${asset}`, cookie);
  return { htmlBytes, assetBytes, assets: assets.length };
}

const cookieOf = (who: ReturnType<typeof visitor>) =>
  [...who.jar].map(([name, value]) => `${name}=${value}`).join('; ');

/**
 * The web app's pages on the demo data: each page's transferred size (HTML + CSS + JS, gzipped as sent) against
 * 60 KB, and Lighthouse (mobile profile, Debian's Chromium) on the partner's start page and report form.
 */
export async function pagesBench() {
  const system = await startLocalSystem({
    port: 0,
    dataDir: '.local/bench-pages',
    inMemory: true,
    demo: true,
    logLevel: 'SILENT',
    now: () => new Date('2026-12-01T21:30:00Z'),
  });
  try {
    const partner = cookieOf(await signIn(system, 'fralsningsarmen@iop.local'));
    const coordinator = cookieOf(await signIn(system, 'samordnare@iop.local'));
    const admin = cookieOf(await signIn(system, 'admin@iop.local'));
    const anyone = '';
    const pages: [string, string, string][] = [
      ['sign-in', '/logga-in', anyone],
      ['public cold nights', '/kalla-natter', anyone],
      ['accessibility statement', '/tillganglighet', anyone],
      ['partner: start', '/', partner],
      ['partner: report form', '/rapportera/act_fa_natt', partner],
      ['partner: month grid', '/rapportera/act_fa_natt/2026-11', partner],
      ['partner: upload', '/ladda-upp', partner],
      ['partner: history', '/rapportera/act_fa_natt/historik', partner],
      ['partner: financial outcome', '/ekonomi/2025/org_fralsningsarmen', partner],
      ['coordinator: cold nights', '/samordning/kalla-natter', coordinator],
      ['coordinator: completeness', '/saknas?manad=2026-11', coordinator],
      ['admin: start', '/', admin],
      ['admin: organisations', '/organisationer', admin],
      ['admin: people', '/personer', admin],
      ['admin: report', '/rapport', admin],
      ['admin: audit trail', '/granskning', admin],
      ['admin: financial outcomes', '/ekonomi/2025', admin],
    ];
    const rows: Record<string, string>[] = [];
    for (const [name, path, cookie] of pages) {
      const w = await pageWeight(system, path, cookie);
      const kb = (w.htmlBytes + w.assetBytes) / 1024;
      rows.push({
        measure: `page: ${name}`,
        'HTML KB': (w.htmlBytes / 1024).toFixed(1),
        'CSS, JS, icon KB': (w.assetBytes / 1024).toFixed(1),
        'total KB': kb.toFixed(1),
        goal: `≤ ${MAX_PAGE_KB} KB`,
        met: kb <= MAX_PAGE_KB ? 'yes' : 'NO',
      });
    }
    // Issue 28: the offline queue's script and its service worker together, as sent (gzipped).
    const form = await (
      await fetch(`${system.webUrl}/rapportera/act_fa_natt`, { headers: { cookie: partner } })
    ).text();
    const offlineScript = /<script src="(\/assets\/offline\.[^"]+)"/.exec(form)?.[1] ?? '/missing';
    const offlineBytes =
      (await wireBytes(`${system.webUrl}${offlineScript}`, partner)) +
      (await wireBytes(`${system.webUrl}/sw.js`, partner));
    rows.push({
      measure: 'offline script + service worker',
      'HTML KB': '',
      'CSS, JS, icon KB': (offlineBytes / 1024).toFixed(1),
      'total KB': (offlineBytes / 1024).toFixed(1),
      goal: '≤ 15 KB',
      met: offlineBytes <= 15 * 1024 ? 'yes' : 'NO',
    });

    for (const [name, path] of [
      ['partner: start', '/'],
      ['partner: report form', '/rapportera/act_fa_natt'],
    ] as const) {
      const result = await lighthouse(`${system.webUrl}${path}`, partner);
      const score = (id: keyof typeof GOALS) => Math.round((result.categories[id]?.score ?? 0) * 100);
      const scores = Object.fromEntries(
        Object.keys(GOALS).map((id) => [id, score(id as keyof typeof GOALS)]),
      );
      const met = (Object.keys(GOALS) as (keyof typeof GOALS)[]).every((id) => score(id) >= GOALS[id]);
      // The audits that cost points, so that a score below 100 says why.
      const failed = Object.values(result.categories)
        .flatMap((c) => c.auditRefs)
        .filter((ref) => ref.weight > 0 && (result.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
      if (failed.length > 0) console.info(`Lighthouse ${name}: below full marks on ${failed.join(', ')}`);
      rows.push({
        measure: `Lighthouse (mobile): ${name}`,
        'HTML KB': '',
        'CSS, JS, icon KB': '',
        'total KB': `perf ${scores.performance}, a11y ${scores.accessibility}, best ${scores['best-practices']}`,
        goal: 'perf ≥ 95, a11y 100, best ≥ 95',
        met: met ? 'yes' : 'NO',
      });
    }
    return rows;
  } finally {
    await system.stop();
  }
}
