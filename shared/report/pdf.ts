import pdfmake from 'pdfmake';
import { wordsFor } from '../i18n';
import { readAsset } from './assets';
import { formatFor } from './format';
import type { Block, ChartId, Layout, Table } from './layout';

let fontsReady = false;

/** pdfmake reads fonts from its virtual file system; the report brings its own, so nothing is fetched or read. */
function setUp() {
  if (fontsReady) return;
  pdfmake.virtualfs.writeFileSync('DejaVuSans.ttf', readAsset('font'));
  pdfmake.virtualfs.writeFileSync('DejaVuSans-Bold.ttf', readAsset('boldFont'));
  pdfmake.setFonts({
    DejaVu: {
      normal: 'DejaVuSans.ttf',
      bold: 'DejaVuSans-Bold.ttf',
      italics: 'DejaVuSans.ttf',
      bolditalics: 'DejaVuSans-Bold.ttf',
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  fontsReady = true;
}

function pdfTable(layout: Layout, table: Table) {
  const f = formatFor(layout.language);
  const shown = table.columns.flatMap((column, i) => (column.dataOnly ? [] : [{ column, i }]));
  const cells = (row: readonly (string | number | null)[], bold = false) =>
    shown.map(({ column, i }, position) => ({
      text: f.value(row[i] ?? null, column.kind),
      alignment: position === 0 ? 'left' : 'right',
      bold,
    }));
  return {
    table: {
      headerRows: 1,
      // The name column takes what is left, unless many columns would leave it too narrow for a word: then each
      // column is as wide as it needs (pdfmake breaks a star column mid-word rather than wrap the headers).
      widths: shown.map((_, position) => (position === 0 && shown.length <= 5 ? '*' : 'auto')),
      body: [
        shown.map(({ column }, position) => ({
          text: column.label,
          bold: true,
          alignment: position === 0 ? 'left' : 'right',
        })),
        ...table.rows.map((r) => cells(r)),
        ...(table.total ? [cells(table.total, true)] : []),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: shown.length > 6 ? 8.5 : 9.5,
    margin: [0, 4, 0, 14],
  };
}

/** Each heading's bookmark id: a section's own, a part's its section's (the bookmark it sits under). */
function outlineOf(blocks: readonly Block[]): Map<Block, string> {
  const ids = new Map<Block, string>();
  let section = '';
  blocks.forEach((block, i) => {
    if (block.type !== 'heading') return;
    if (block.level !== 3) section = `section-${i}`;
    ids.set(block, section);
  });
  return ids;
}

function pdfBlock(
  layout: Layout,
  block: Block,
  png: (chart: ChartId) => Uint8Array,
  outline: Map<Block, string>,
) {
  switch (block.type) {
    case 'heading':
      // Every heading is a bookmark of the PDF: a section's at the top, its parts' under it.
      return {
        text: block.text,
        style: block.level === 3 ? 'subheading' : 'heading',
        outline: true,
        ...(block.level === 3 ? { outlineParentId: outline.get(block) } : { id: outline.get(block) }),
        ...(block.newPage ? { pageBreak: 'before' } : {}),
      };
    case 'paragraph':
      return block.tone === 'warning'
        ? {
            table: { widths: ['*'], body: [[{ text: block.text, bold: true, fillColor: '#fff3cd' }]] },
            margin: [0, 4, 0, 10],
          }
        : { text: block.text, style: block.tone === 'note' ? 'note' : 'paragraph' };
    case 'table':
      return block.table.dataOnly ? '' : pdfTable(layout, block.table);
    case 'chart':
      return {
        stack: [
          { image: `data:image/png;base64,${Buffer.from(png(block.chart)).toString('base64')}`, width: 470 },
          { text: block.alt, style: 'note' },
        ],
        unbreakable: true,
        margin: [0, 4, 0, 12],
      };
  }
}

/** A heading and a short table after it go together, so that no heading is left alone at the foot of a page. */
function keepHeadingsWithTables(blocks: readonly Block[]): Block[][] {
  const groups: Block[][] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    const short = block.type === 'table' && !block.table.dataOnly && block.table.rows.length <= 15;
    if (short && last?.length === 1 && last[0]?.type === 'heading') last.push(block);
    else groups.push([block]);
  }
  return groups;
}

/** The report as an A4 PDF for printing and for the Social Committee: the same blocks, the same charts. */
export async function reportPdf(layout: Layout, png: (chart: ChartId) => Uint8Array): Promise<Uint8Array> {
  setUp();
  const words = wordsFor(layout.language).report;
  const outline = outlineOf(layout.blocks);
  const buffer = await pdfmake
    .createPdf({
      pageSize: 'A4',
      pageMargins: [50, 50, 50, 50],
      info: { title: `${layout.title} ${layout.period}`, author: 'IOP EU-medborgare Stockholm' },
      defaultStyle: { font: 'DejaVu', fontSize: 10, lineHeight: 1.2 },
      styles: {
        title: { fontSize: 17, bold: true, margin: [0, 0, 0, 4] },
        heading: { fontSize: 12.5, bold: true, margin: [0, 12, 0, 4] },
        subheading: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
        paragraph: { margin: [0, 2, 0, 8] },
        note: { fontSize: 8, color: '#555', margin: [0, 0, 0, 8] },
      },
      content: [
        { text: layout.title, style: 'title' },
        { text: layout.period, bold: true, margin: [0, 0, 0, 10] },
        ...keepHeadingsWithTables(layout.blocks).map((group) =>
          group.length === 1
            ? pdfBlock(layout, group[0] as Block, png, outline)
            : { stack: group.map((b) => pdfBlock(layout, b, png, outline)), unbreakable: true },
        ),
        { text: layout.footer, style: 'note', margin: [0, 12, 0, 0] },
      ],
      footer: (current: number, count: number) => ({
        text: words.page(current, count),
        alignment: 'center',
        fontSize: 8,
        color: '#777',
      }),
    })
    .getBuffer();
  return new Uint8Array(buffer);
}
