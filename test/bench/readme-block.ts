import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Rewrites the README's block `<!-- bench:NAME -->` … `<!-- /bench:NAME -->` with rows measured now, as a Markdown
 * table: the README's figures come from a run of `npm run bench`, never typed by hand. Returns whether it did (a
 * README without the block is left alone).
 */
export function rewriteReadmeBlock(
  name: string,
  rows: readonly Record<string, string>[],
  readme = 'README.md',
) {
  const text = readFileSync(readme, 'utf8');
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from || rows.length === 0) return false;
  const columns = Object.keys(rows[0] as Record<string, string>);
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const table = [
    line(columns),
    line(columns.map(() => '---')),
    ...rows.map((row) => line(columns.map((c) => row[c] ?? ''))),
  ].join('\n');
  const stamp = `Measured by \`npm run bench -- ${name}\` on ${new Date().toISOString().slice(0, 10)}.`;
  writeFileSync(readme, `${text.slice(0, from + start.length)}\n${table}\n\n${stamp}\n${text.slice(to)}`);
  return true;
}
