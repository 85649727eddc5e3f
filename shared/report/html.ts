import { escapeHtml } from '../domain/html';
import { formatFor } from './format';
import type { Block, ChartId, Layout, Table } from './layout';

const TONE = {
  warning: 'background:#fff3cd;border:1px solid #e0b000;padding:8px;font-weight:bold',
  note: 'color:#555;font-size:12px',
} as const;

function htmlTable(layout: Layout, table: Table) {
  const f = formatFor(layout.language);
  const shown = table.columns.flatMap((column, i) => (column.dataOnly ? [] : [{ column, i }]));
  const cell = (tag: 'td' | 'th', value: string, position: number) =>
    `<${tag} style="padding:4px 8px;border-bottom:1px solid #ccc;text-align:${position === 0 ? 'left' : 'right'}">${escapeHtml(value)}</${tag}>`;
  const line = (values: string[], tag: 'td' | 'th' = 'td', bold = false) =>
    `<tr${bold ? ' style="font-weight:bold"' : ''}>${values.map((v, p) => cell(tag, v, p)).join('')}</tr>`;
  const format = (row: readonly (string | number | null)[]) =>
    shown.map(({ column, i }) => f.value(row[i] ?? null, column.kind));
  return [
    '<table style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:14px;margin:8px 0 24px">',
    `<thead>${line(
      shown.map(({ column }) => column.label),
      'th',
    )}</thead>`,
    `<tbody>${table.rows.map((r) => line(format(r))).join('')}${table.total ? line(format(table.total), 'td', true) : ''}</tbody>`,
    '</table>',
  ].join('');
}

function htmlBlock(layout: Layout, block: Block, imageSrc: (chart: ChartId) => string) {
  switch (block.type) {
    case 'heading':
      return block.level === 3
        ? `<h3 style="font-size:15px;margin-top:20px">${escapeHtml(block.text)}</h3>`
        : `<h2 style="font-size:18px;margin-top:28px${block.newPage ? ';border-top:2px solid #bbb;padding-top:20px' : ''}">${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p${block.tone ? ` style="${TONE[block.tone]}"` : ''}>${escapeHtml(block.text)}</p>`;
    case 'table':
      return block.table.dataOnly ? '' : htmlTable(layout, block.table);
    case 'chart':
      return `<p><img src="${imageSrc(block.chart)}" alt="${escapeHtml(block.alt)}" width="560" style="max-width:100%;height:auto;display:block"><br><span style="${TONE.note}">${escapeHtml(block.alt)}</span></p>`;
  }
}

/**
 * The report as one HTML document, which is also the e-mail's body: the summary first, then the tables in the seed
 * report's layout, with the charts as PNG images (`imageSrc` gives `cid:` links in an e-mail, data URLs in a browser).
 */
export function reportHtml(layout: Layout, imageSrc: (chart: ChartId) => string): string {
  return `<!doctype html>
<html lang="${layout.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(layout.title)}</title></head>
<body style="font-family:Arial,sans-serif;color:#222;max-width:760px">
<h1 style="font-size:22px">${escapeHtml(layout.title)}</h1>
<p><strong>${escapeHtml(layout.period)}</strong></p>
${layout.blocks.map((b) => htmlBlock(layout, b, imageSrc)).join('\n')}
<p style="${TONE.note}">${escapeHtml(layout.footer)}</p>
</body></html>
`;
}
