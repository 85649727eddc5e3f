import type { RenderedReport, ReportDocument, ReportFile } from '../app/reports-model';
import { type Language, wordsFor } from '../i18n';
import { chartPng } from './charts';
import { reportCsv } from './csv';
import { reportHtml } from './html';
import { type ChartId, type Layout, layoutTables } from './layout';
import { reportPdf } from './pdf';
import { reportLayout } from './sections';
import { reportXlsx } from './xlsx';

export const CONTENT_TYPES = {
  json: 'application/json',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
} as const;

/** `iop-rapport-2017-11--2018-04` (Swedish) or `iop-report-…` (English). */
export const reportFileName = (report: ReportDocument, language: Language) =>
  `iop-${wordsFor(language).report.fileWord}-${report.period.from}--${report.period.to}`;

const chartsOf = (layout: Layout) => [
  ...new Set(layout.blocks.flatMap((b) => (b.type === 'chart' ? [b.chart] : []))),
];

/** Every chart the layout shows, as PNG, drawn once. */
export async function layoutCharts(report: ReportDocument, layout: Layout) {
  const charts = chartsOf(layout);
  const pngs = await Promise.all(charts.map((id) => chartPng(id, report, layout.language)));
  const byId = new Map(charts.map((id, i) => [id, pngs[i] as Uint8Array]));
  return (id: ChartId) => byId.get(id) as Uint8Array;
}

export const dataUrl = (png: Uint8Array) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;

/**
 * The report in one language, every format: HTML (self-contained, charts inline), PDF, XLSX, JSON and one CSV per
 * table, and the e-mail (HTML whose charts are `cid:` parts, for mail clients that block data URLs).
 */
export async function renderReport(report: ReportDocument, language: Language): Promise<RenderedReport> {
  const layout = reportLayout(report, language);
  const png = await layoutCharts(report, layout);
  const base = reportFileName(report, language);
  const text = (body: string) => new TextEncoder().encode(body);
  const [pdf, xlsx] = await Promise.all([reportPdf(layout, png), reportXlsx(layout)]);
  const pdfFile: ReportFile = { name: `${base}.pdf`, contentType: CONTENT_TYPES.pdf, body: pdf };
  const xlsxFile: ReportFile = { name: `${base}.xlsx`, contentType: CONTENT_TYPES.xlsx, body: xlsx };
  const files: ReportFile[] = [
    pdfFile,
    xlsxFile,
    {
      name: `${base}.html`,
      contentType: CONTENT_TYPES.html,
      body: text(reportHtml(layout, (id) => dataUrl(png(id)))),
    },
    { name: `${base}.json`, contentType: CONTENT_TYPES.json, body: text(JSON.stringify(report, null, 2)) },
    ...layoutTables(layout).map((t) => ({
      name: `${base}-${t.id}.csv`,
      contentType: CONTENT_TYPES.csv,
      body: text(reportCsv(layout, t.id)),
    })),
  ];
  const paragraphs = layout.blocks.flatMap((b) =>
    b.type === 'paragraph' && b.tone !== 'note' ? [b.text] : [],
  );
  const w = wordsFor(language).report;
  return {
    files,
    attachments: [pdfFile, xlsxFile],
    email: {
      subject: `${layout.title}, ${layout.period}${report.sinceLastSent ? w.corrected : ''}`,
      text: [
        layout.title,
        layout.period,
        '',
        ...paragraphs.slice(0, 4),
        '',
        w.attached,
        '',
        layout.footer,
      ].join('\n'),
      html: reportHtml(layout, (id) => `cid:${id}`),
      inline: chartsOf(layout).map((id) => ({
        id,
        name: `${id}.png`,
        contentType: CONTENT_TYPES.png,
        body: png(id),
      })),
    },
  };
}
