import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
