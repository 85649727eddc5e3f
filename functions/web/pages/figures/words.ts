import type { ActivityCompleteness } from '../../../../shared/app/completeness';
import type { Activity } from '../../../../shared/app/model';
import type { FieldProblem } from '../../../../shared/domain/errors';
import { fieldProblemText, type Language, wordsFor } from '../../../../shared/i18n';
import { periodInWords } from '../../../../shared/i18n/period-words';
import type { ActivityStatus } from '../start/view';
import { fieldsOf, HALF_YEAR_EXAMPLE, isNightly } from './form';

/* What the figures' pages say in words: a problem beside its field, an activity's line on the start page, what was
   stored. */

/**
 * A problem the use case found, in the reader's words, naming its field: by its code (the message is the API's
 * English, never shown on a page). `lineOf` names the row a `period_twice` repeats (an uploaded file's line).
 */
export function problemWords(
  problem: FieldProblem & { earlierRow?: number },
  language: Language,
  lineOf: (row: number) => number = (row) => row + 1,
): string {
  const w = wordsFor(language);
  const r = w.upload.reasons;
  const [field = '', sub] = problem.path.split('/').slice(1);
  const label = (w.web.figureLabels[field] ?? field).slice(0, 64);
  switch (problem.code) {
    case 'period_invalid':
      return r.period;
    case 'period_future':
      return r.future;
    case 'period_twice':
      return r.twice(lineOf(problem.earlierRow ?? 0));
    case 'period_other_way':
      return r.otherWay;
    case 'period_nightly':
      return r.nightly;
    case 'nationalities_over_total':
      return r.nationalities;
    case 'split_not_people':
      return r.split;
    case 'period_half_year':
      return r.halfYear;
    case 'before_activity_start':
      return r.beforeStart;
    case 'after_activity_end':
      return r.afterEnd;
    case 'unknown_field':
      return r.unknownColumn(field.slice(0, 64));
    case 'missing':
      return r.missing(label);
    case 'too_big':
      return r.tooBig(label);
  }
  if (field === 'nationalities' && sub)
    return /^[A-Z]{2}$/.test(sub) ? r.count(sub) : r.country(sub.slice(0, 32));
  if (field in w.web.figureLabels) return r.count(label);
  // Any other problem has the catalogue's words for its code, which say why (someone else saved meanwhile, say).
  return problem.code === 'not_valid' ? r.notValid(label) : fieldProblemText(problem, language);
}

/** The most missing periods the start page names for one activity (the rest are counted). */
const MISSING_SHOWN = 3;

/** A start-page line from the activity's completeness: the last period reported, the latest missing first. */
export function activityStatus(
  row: ActivityCompleteness,
  thisMonth: string,
  language: Language,
): ActivityStatus {
  const t = wordsFor(language).web;
  const inWords = (period: string) => periodInWords(period, row.kind, language);
  const missing = [...row.missing].reverse();
  const last = row.periods.filter((p) => p.status === 'reported').at(-1)?.period;
  const month = (missing[0] ?? thisMonth).slice(0, 7);
  return {
    id: row.activityId,
    name: row.name,
    kind: row.kind,
    lastReported: last ? inWords(last) : undefined,
    missing: missing.slice(0, MISSING_SHOWN).map((period) => ({ period, words: inWords(period) })),
    moreMissing: Math.max(0, missing.length - MISSING_SHOWN),
    month: isNightly(row.kind)
      ? {
          href: `/rapportera/${encodeURIComponent(row.activityId)}/${month}`,
          label: t.monthLink(inWords(month)),
        }
      : undefined,
  };
}

/** "12 kvinnor, 40 män" (and the kind's other figures after): what was stored, in words. */
export function summaryOf(activity: Activity, figures: Record<string, unknown>, language: Language) {
  const t = wordsFor(language).web;
  const parts: string[] = [];
  // A half-year's figures count people first; its split follows where the team gave one.
  const halfYear = typeof figures.people === 'number';
  if (halfYear) parts.push(t.summaryPersons(figures.people as number));
  if (typeof figures.women === 'number' && typeof figures.men === 'number')
    parts.push(t.summaryPeople(figures.women, figures.men));
  for (const f of fieldsOf(activity.kind, halfYear ? HALF_YEAR_EXAMPLE : '')) {
    if (['people', 'women', 'men'].includes(f.name) || typeof figures[f.name] !== 'number') continue;
    parts.push(`${t.figureLabels[f.name] ?? f.name}: ${figures[f.name]}`);
  }
  return parts.join(', ');
}
