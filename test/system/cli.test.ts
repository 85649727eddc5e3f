import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metobsDocument } from '../../infra/local/fake-smhi';
import { snow1g } from '../../infra/local/snow1g';
import { addDays, nightSpan } from '../../shared/domain/periods';
import { winters } from '../support/demand-history';
import { useTestSystem } from '../support/system';

const SCRIPTS: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;

/**
 * `npm run <name> -- <args>` as a person types it, with no system running: the script package.json names for it,
 * run as npm runs it (its tools from node_modules/.bin) without npm's own start-up, several at once.
 */
const run = (name: string, args: readonly string[]) => {
  const [tool = '', ...script] = (SCRIPTS[name] ?? '').split(' ');
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      join('node_modules', '.bin', tool),
      [...script, ...args],
      {
        encoding: 'utf8',
        env: { ...process.env, IOP_DATA_DIR: '/nonexistent/iop-cli-test' },
        timeout: 30_000,
      },
      (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
};

const COMMANDS = ['start', 'report', 'keys', 'cold-night-check', 'reminders', 'backtest', 'bench', 'smoke'];

describe.concurrent('every command answers like a Unix tool', () => {
  it.each(COMMANDS)('npm run %s -- --help prints its usage and exits 0', async (name) => {
    const { status, stdout, stderr } = await run(name, ['--help']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: npm (run )?${name}`));
  });

  it.each(COMMANDS)('npm run %s refuses an unknown option in one line and the hint, exit 2', async (name) => {
    const { status, stdout, stderr } = await run(name, ['--frobnicate']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${name}: Unknown option '--frobnicate'\nTry 'npm run ${name} -- --help'.\n`);
  });

  it.each([
    ['report', ['--from', '2017-13', '--to', '2018-04'], '--from 2017-13 is not a month'],
    ['report', ['--from', '2018-04', '--to', '2017-11'], '--from 2018-04 comes after --to 2017-11'],
    ['report', ['--to', '2018-04'], '--from YYYY-MM is required'],
    [
      'keys',
      ['create', '--role', 'boss', '--label', 'x'],
      "create needs --role admin|coordinator|partner (not 'boss')",
    ],
    ['keys', ['frob'], "unknown command 'frob'"],
    ['keys', ['revoke'], 'revoke needs the key id'],
    ['cold-night-check', ['--now', 'yesterday'], '--now yesterday is not a time'],
    ['cold-night-check', ['--smhi', 'maybe'], '--smhi maybe: use live or replay'],
    ['reminders', ['--now', '2018-02-30T09:00:00Z'], '--now 2018-02-30T09:00:00Z is not a time'],
    ['backtest', ['--observations', 'x.json'], '--forecasts DIR is required'],
    ['backtest', ['--forecasts'], "Option '--forecasts <value>' argument missing"],
    ['smoke', [], '--base-url URL is required'],
    ['smoke', ['--base-url', 'ftp://example.org'], '--base-url ftp://example.org is not an http(s) address'],
  ] as const)('npm run %s %j names what is wrong, exit 2, no stack', async (name, args, problem) => {
    const { status, stderr } = await run(name, args);
    expect(status).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`${name}: ${problem}`);
    expect(lines[1]).toBe(`Try 'npm run ${name} -- --help'.`);
  });
});

describe('npm run smoke (issue 24, 9)', () => {
  const t = useTestSystem();

  it('passes against a running system, one line per check, and names each failing check against a dead one', async () => {
    const passed = await run('smoke', ['--base-url', t.system.apiUrl, '--admin-key', t.api.admin]);
    expect(passed.status, passed.stdout).toBe(0);
    const lines = passed.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(' — ')[0])).toEqual([
      'ok    health',
      'ok    OpenAPI document',
      'ok    public cold-night page',
      'ok    public cold nights (JSON)',
      'ok    sign-in code asked for',
      'ok    read with the admin key',
      `All 6 checks passed: ${new URL(t.system.apiUrl).origin}`,
    ]);
    // Nothing listens on port 9 (discard): every check but the skipped read fails, and says so.
    const dead = await run('smoke', ['--base-url', 'http://127.0.0.1:9']);
    expect(dead.status).toBe(1);
    expect(dead.stdout).toMatch(/^FAIL {2}health — /m);
    expect(dead.stdout).toMatch(/^ok {4}read with the admin key — skipped \(no --admin-key\)/m);
    expect(dead.stdout.trimEnd().split('\n').at(-1)).toBe('5 of 6 checks failed: http://127.0.0.1:9');
  });
});

describe('npm run backtest --guests (issue 27, 2)', () => {
  it("prints both demand forecasts' errors per held-out half-year, from the recorded forecasts, and which is used", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iop-demand-'));
    // Three winters of a shelter where each degree below 0 °C brings two guests, and a shelter of a few weeks.
    const cold = winters(['2022', '2023', '2024'], 2);
    const rows = [
      ...cold.map((h) => ['act_kall', h.night, 10, h.guests - 10]),
      ...cold.slice(-20).map((h) => ['act_ny', h.night, 0, 12]),
      ['act_kall', '2025-04', 300, 900], // a month's row: not a night, left out
    ];
    const csv = `activityId;period;women;men\n${rows.map((r) => r.join(';')).join('\n')}\n`;
    writeFileSync(join(dir, 'nights.csv'), csv);
    // The observed nights: the night's minimum from its evening to the morning, five degrees milder by day.
    const minimum = new Map(cold.map((h) => [h.night, h.minTemperature as number]));
    const hours = cold.flatMap(({ night }) => {
      const start = nightSpan(night).start.getTime() - 6 * 3_600_000;
      return Array.from({ length: 24 }, (_, i) => {
        const time = new Date(start + i * 3_600_000);
        const value = (minimum.get(night) as number) + (i < 6 ? 5 : 0);
        return { time: time.toISOString(), value };
      });
    });
    writeFileSync(join(dir, 'metobs.json'), JSON.stringify(metobsDocument(hours)));
    // Five daily runs in December 2024, each a degree milder than what came.
    mkdirSync(join(dir, 'forecasts'));
    for (let day = 1; day <= 5; day++) {
      const createdTime = `2024-12-0${day}T04:00:00Z`;
      const forecast = snow1g({
        createdTime,
        temperature: (t) => {
          const evening = addDays(t.toISOString().slice(0, 10), t.getUTCHours() < 12 ? -1 : 0);
          return (minimum.get(evening) ?? 0) + 1;
        },
      });
      writeFileSync(join(dir, 'forecasts', `${day}.json`), JSON.stringify(forecast));
    }
    const args = ['--forecasts', join(dir, 'forecasts'), '--observations', join(dir, 'metobs.json')];
    writeFileSync(join(dir, 'bad.csv'), 'activityId;period;women;men\nact_kall;2024-12-01;many;3\n');
    // A file with a row that is not figures, read at the same time: one line naming the row, exit 1.
    const [{ status, stdout, stderr }, bad] = await Promise.all([
      run('backtest', [...args, '--guests', join(dir, 'nights.csv')]),
      run('backtest', [...args, '--guests', join(dir, 'bad.csv')]),
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const demand = stdout.slice(stdout.indexOf('Expected guests:'));
    expect(demand).toContain('Expected guests: 2 night shelters');
    const seasons = demand.split('\n').filter((line) => /^act_kall +\d{4}-\d{2} – /.test(line));
    expect(seasons.map((line) => line.split(/ {2,}/)[1])).toEqual(['2023-11 – 2024-04', '2024-11 – 2025-04']);
    for (const line of seasons) {
      const [nights, fromForecast, baseline, model, coverage] = line.split(/ {2,}/).slice(2);
      expect(Number(nights)).toBeGreaterThan(150);
      expect(Number(model)).toBeLessThan(Number(baseline));
      expect(Number.parseInt(coverage as string, 10)).toBeGreaterThanOrEqual(60);
      // December 2024's nights were forecast: the runs reach ten days from the 1st to the 5th.
      expect(Number(fromForecast)).toBe(line.includes('2024-11') ? 14 : 0);
    }
    expect(demand).toMatch(
      /act_kall: uses the model \([\d.]+ against [\d.]+ held out\): [12]\.\d\d guests per degree colder below 0 °C\./,
    );
    expect(demand).toContain('act_ny: 20 nights, no earlier half-year to hold out: uses the baseline.');

    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(
      `The backtest failed: ${join(dir, 'bad.csv')}, row 2: needs an activityId and whole numbers of women and men.\n`,
    );
  });
});
