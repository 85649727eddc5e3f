import { binary, html, text } from '../../shared/http/response';
import { wordsFor } from '../../shared/i18n';
import { reportCsv } from '../../shared/report/csv';
import { financeLayout } from '../../shared/report/finance-layout';
import { reportHtml } from '../../shared/report/html';
import { reportPdf } from '../../shared/report/pdf';
import { CONTENT_TYPES, dataUrl, layoutCharts, reportFileName } from '../../shared/report/render';
import { reportLayout } from '../../shared/report/sections';
import { reportXlsx } from '../../shared/report/xlsx';
import type { FinanceAnswer, RenderAnswer } from './routes';

/** The renderers behind GET /v1/reports: the report as a file in one format. */
export const renderAnswer: RenderAnswer = async (report, format, language, table) => {
  const layout = reportLayout(report, language);
  const name = reportFileName(report, language);
  const download = (file: string) => ({ 'content-disposition': `attachment; filename="${file}"` });
  switch (format) {
    case 'csv':
      return text(200, 'text/csv', reportCsv(layout, table), download(`${name}-${table}.csv`));
    case 'html': {
      const png = await layoutCharts(report, layout);
      // The report's own HTML: inline styles and its charts as data: images, nothing else.
      return html(
        200,
        reportHtml(layout, (id) => dataUrl(png(id))),
        "img-src data:; style-src 'unsafe-inline'",
        {
          'content-language': language,
        },
      );
    }
    case 'pdf':
      return binary(
        200,
        CONTENT_TYPES.pdf,
        await reportPdf(layout, await layoutCharts(report, layout)),
        download(`${name}.pdf`),
      );
    case 'xlsx':
      return binary(200, CONTENT_TYPES.xlsx, await reportXlsx(layout), download(`${name}.xlsx`));
  }
};

/** The renderers behind GET /v1/reports/financial-outcomes/{year}: the same HTML, XLSX and CSV as the report's. */
export const renderFinanceAnswer: FinanceAnswer = async (summary, format, language, readAt) => {
  const layout = financeLayout(summary, language, readAt);
  const name = `${wordsFor(language).finance.sheet.toLowerCase().replaceAll(' ', '-')}-${summary.year.year}`;
  const download = (file: string) => ({ 'content-disposition': `attachment; filename="${file}"` });
  switch (format) {
    case 'csv':
      return text(200, 'text/csv', reportCsv(layout, 'finances'), download(`${name}.csv`));
    case 'html':
      return html(
        200,
        reportHtml(layout, () => ''),
        "style-src 'unsafe-inline'",
        {
          'content-language': language,
        },
      );
    case 'xlsx':
      return binary(200, CONTENT_TYPES.xlsx, await reportXlsx(layout), download(`${name}.xlsx`));
  }
};
