import type { FinanceSummary } from '../domain/finances';
import { type Language, wordsFor } from '../i18n';
import { dayInWords } from '../i18n/period-words';
import { dateTime, formatFor, type Value } from './format';
import type { Block, Column, Layout } from './layout';

/** What the reader must know beside the table: funds an organisation reports otherwise, lines still the example. */
export function financeNotes(summary: FinanceSummary, language: Language) {
  const w = wordsFor(language).finance;
  const { n } = formatFor(language);
  return [
    ...summary.grantDisagreements.map((d) => ({
      text: w.grantDisagrees(d.name, n(d.reported), n(d.granted)),
      warning: true,
    })),
    ...(summary.linesConfirmed ? [] : [{ text: w.linesExample, warning: false }]),
  ];
}

/**
 * The yearly financial outcome across organisations, laid out once for every format the report has (HTML, XLSX,
 * CSV): one row per organisation that reports — its grant, the amounts per cost line, used, unspent, its own
 * contribution — and the sums over those that reported. Missing outcomes are rows marked "Saknas" with no amounts.
 */
export function financeLayout(summary: FinanceSummary, language: Language, readAt: string): Layout {
  const w = wordsFor(language).finance;
  const words = wordsFor(language).report;
  const { year } = summary;
  const day = (d: string) => dayInWords(d, language);
  const lineName = (l: { id: string; name: string }) => w.lineNames[l.id] ?? l.name;
  const columns: Column[] = [
    { label: w.organisation, kind: 'text' },
    { label: w.status, kind: 'text' },
    { label: w.granted, kind: 'count' },
    { label: w.grant, kind: 'count' },
    ...year.lines.map((l) => ({ label: w.line(lineName(l)), kind: 'count' as const })),
    { label: w.usedTotal, kind: 'count' },
    { label: w.unspent, kind: 'count' },
    { label: w.usedPct, kind: 'percent' },
    { label: w.ownMoney, kind: 'count' },
    { label: w.volunteerHours, kind: 'count' },
    { label: w.comment, kind: 'text', dataOnly: true },
  ];
  const amounts = (r: FinanceSummary['totals']): Value[] => [
    r.granted,
    r.grant,
    ...year.lines.map((l) => r.used[l.id] ?? 0),
    r.usedTotal,
    r.unspent,
    r.usedPct,
    r.ownMoney,
    r.volunteerHours,
  ];
  const rows = summary.rows.map((r): Value[] =>
    r.reported
      ? [r.name, w.reported, ...amounts(r), r.comment ?? null]
      : // The administration's funds are known before the organisation reports.
        [
          r.name,
          w.notReported,
          r.granted,
          ...amounts(r)
            .slice(1)
            .map(() => null),
          null,
        ],
  );
  const comments = summary.rows.filter((r) => r.comment);
  const blocks: Block[] = [
    { type: 'paragraph', text: w.due(day(year.dueOn)) },
    summary.rows.length === 0
      ? { type: 'paragraph', text: w.nobody }
      : summary.missing.length > 0
        ? { type: 'paragraph', text: w.missing(summary.missing), tone: 'warning' }
        : { type: 'paragraph', text: w.allReported },
    ...financeNotes(summary, language).map(
      (note): Block => ({ type: 'paragraph', text: note.text, tone: note.warning ? 'warning' : 'note' }),
    ),
    {
      type: 'table',
      table: {
        id: 'finances',
        title: w.tableTitle,
        sheet: w.sheet,
        columns,
        rows,
        total: [words.total, null, ...amounts(summary.totals), null],
      },
    },
    ...(comments.length > 0
      ? [
          { type: 'heading', text: w.comments } as const,
          ...comments.map((r) => ({ type: 'paragraph', text: `${r.name}: ${r.comment}` }) as const),
        ]
      : []),
  ];
  return {
    language,
    title: w.title(year.year),
    period: w.period(day(year.start), day(year.end)),
    blocks,
    footer: w.footer(dateTime(readAt, language)),
    words: { hidden: words.hidden, total: words.total },
  };
}
