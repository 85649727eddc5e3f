import type {
  FinanceSummary,
  FinanceYear,
  FinancialOutcome,
  OutcomeFigures,
} from '../../../../shared/domain/finances';
import * as S from '../../../../shared/http/schemas';
import { type Language, wordsFor } from '../../../../shared/i18n';
import { dayInWords } from '../../../../shared/i18n/period-words';
import { financeLayout, financeNotes } from '../../../../shared/report/finance-layout';
import { dateTime, formatFor } from '../../../../shared/report/format';
import type { FieldErrors } from '../layout';
import type { FinanceSummaryView, OutcomeForm } from './view';
import { lineField } from './view';

/** The year's lines as the reader reads them: the default lines in their language, others as written. */
const linesIn = (year: FinanceYear, language: Language) =>
  year.lines.map((l) => ({ id: l.id, name: wordsFor(language).finance.lineNames[l.id] ?? l.name }));

/** The outcome form as stored (or empty), or as sent back with its errors (`sent`). */
export function outcomeForm(
  input: {
    year: FinanceYear;
    organisation: { id: string; name: string };
    outcome?: FinancialOutcome;
    sent?: Record<string, string>;
    saved?: string;
    /** The reader enters the administration's funds (an administrator). */
    mayGrant?: boolean;
  },
  language: Language,
): OutcomeForm {
  const f = wordsFor(language).finance;
  const { year, outcome } = input;
  const granted = year.granted?.[input.organisation.id];
  const day = (d: string) => dayInWords(d, language);
  const stored: Record<string, string> = outcome
    ? {
        grant: String(outcome.grant),
        ownMoney: String(outcome.ownMoney),
        volunteerHours: String(outcome.volunteerHours),
        comment: outcome.comment ?? '',
        ...Object.fromEntries(year.lines.map((l) => [lineField(l.id), String(outcome.used[l.id] ?? 0)])),
      }
    : {};
  return {
    year: year.year,
    organisationId: input.organisation.id,
    organisation: input.organisation.name,
    lead: f.formLead(input.organisation.name, `${day(year.start)} – ${day(year.end)}`, day(year.dueOn)),
    lines: linesIn(year, language),
    values: input.sent ?? stored,
    ...(outcome ? { lastSaved: f.lastSaved(dateTime(outcome.updatedAt, language)) } : {}),
    ...(input.saved ? { saved: input.saved } : {}),
    ...(granted === undefined ? {} : { grantedHint: f.grantedHint(formatFor(language).n(granted)) }),
    ...(input.mayGrant ? { granted: granted === undefined ? '' : String(granted) } : {}),
  };
}

/** The funds an administrator typed, as S.GrantInput takes them, or the field's problem in the reader's words. */
export function grantFromForm(form: Record<string, string>, language: Language) {
  const f = wordsFor(language).finance;
  const parsed = S.GrantInput.safeParse({ amount: amountOf(form.granted, undefined) });
  if (parsed.success) return { amount: parsed.data.amount, errors: {} };
  return {
    errors: { granted: parsed.error.issues.some((i) => i.code === 'too_big') ? f.tooLarge : f.wholeKronor },
  };
}

/** "120 000", "120000" or "0" → 120000; blank → 0 where a blank means nothing spent; else what the schema refuses. */
function amountOf(raw: string | undefined, blank: number | undefined): unknown {
  const value = (raw ?? '').replace(/[\s\u00a0]/g, '');
  if (value === '') return blank ?? '';
  return /^\d{1,12}$/.test(value) ? Number(value) : value;
}

/**
 * The figures a sent form holds, checked by the API's own schema (S.OutcomeInput), or each field's problem in the
 * reader's words. The lines left blank are 0; the grant must be written.
 */
export function outcomeFromForm(
  year: FinanceYear,
  form: Record<string, string>,
  language: Language,
): { figures?: OutcomeFigures; errors: FieldErrors } {
  const f = wordsFor(language).finance;
  // A textarea's line breaks become spaces: the comment is one line, as all text kept is (shared/domain/text.ts).
  const comment = (form.comment ?? '').replace(/\s+/g, ' ').trim();
  const parsed = S.OutcomeInput.safeParse({
    grant: amountOf(form.grant, undefined),
    used: Object.fromEntries(year.lines.map((l) => [l.id, amountOf(form[lineField(l.id)], 0)])),
    ownMoney: amountOf(form.ownMoney, 0),
    volunteerHours: amountOf(form.volunteerHours, 0),
    ...(comment ? { comment } : {}),
  });
  if (parsed.success) return { figures: parsed.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const [first, second] = issue.path.map(String);
    const field = first === 'used' && second ? lineField(second) : (first ?? 'grant');
    errors[field] ??=
      field === 'comment' ? f.commentInvalid : issue.code === 'too_big' ? f.tooLarge : f.wholeKronor;
  }
  return { errors };
}

/** The administrator's summary as the page shows it: the layout's table (the one every format has), formatted. */
export function summaryView(summary: FinanceSummary, language: Language, readAt: string): FinanceSummaryView {
  const f = wordsFor(language).finance;
  const layout = financeLayout(summary, language, readAt);
  const table = layout.blocks.flatMap((b) => (b.type === 'table' ? [b.table] : []))[0];
  const format = formatFor(language);
  const shown = (table?.columns ?? []).flatMap((column, i) => (column.dataOnly ? [] : [{ column, i }]));
  const cells = (row: readonly (string | number | null)[]) =>
    shown.map(({ column, i }) => format.value(row[i] ?? null, column.kind));
  const year = summary.year.year;
  const api = `/v1/reports/financial-outcomes/${year}`;
  return {
    year,
    period: layout.period,
    due: f.due(dayInWords(summary.year.dueOn, language)),
    status:
      summary.rows.length === 0
        ? f.nobody
        : summary.missing.length > 0
          ? f.missing(summary.missing)
          : f.allReported,
    warning: summary.missing.length > 0,
    columns: shown.map(({ column }) => column.label),
    rows: summary.rows.map((r, n) => ({
      id: r.organisationId,
      name: r.name,
      reported: r.reported,
      cells: cells(table?.rows[n] ?? []).slice(1),
    })),
    total: cells(table?.total ?? []),
    notes: financeNotes(summary, language),
    comments: summary.rows.filter((r) => r.comment).map((r) => `${r.name}: ${r.comment}`),
    downloads: [
      { href: `${api}?format=xlsx&language=${language}`, label: `${f.download} XLSX` },
      { href: `${api}?format=csv&language=${language}`, label: `${f.download} CSV` },
      { href: `${api}?format=html&language=${language}`, label: f.asDocument },
    ],
  };
}
