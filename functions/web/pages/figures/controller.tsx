import * as z from 'zod';
import { listAgreements } from '../../../../shared/app/agreements';
import { figureWarnings } from '../../../../shared/app/figure-checks';
import {
  activityForFigures,
  listFigures,
  storedFigures,
  submitFigures,
} from '../../../../shared/app/figures';
import type { Core } from '../../../../shared/app/ports';
import { sentReportHolding } from '../../../../shared/app/reports';
import type { Principal } from '../../../../shared/domain/access';
import { outsideOn } from '../../../../shared/domain/agreements';
import { AppError, type FieldProblem } from '../../../../shared/domain/errors';
import { isValidMonth, parsePeriod, stockholmDate } from '../../../../shared/domain/periods';
import * as S from '../../../../shared/http/schemas';
import { type Language, wordsFor } from '../../../../shared/i18n';
import { ruleWords } from '../../../../shared/i18n/figure-messages';
import { instantDayInWords, instantInWords, periodInWords } from '../../../../shared/i18n/period-words';
import { periodLabel } from '../../../../shared/report/format';
import type { Answer, PageRoute, WebDeps, WebRequest } from '../../web-request';
import { type FieldErrors, MessagePage } from '../layout';
import {
  defaultPeriod,
  fieldsOf,
  figuresFromForm,
  isNightly,
  monthGrid,
  periodProblem,
  rowsFromGrid,
  sentWith,
  storedForm,
  typedAsStored,
  typedOverStored,
} from './form';
import { gridField, MonthPage } from './month-view';
import { FiguresPage, SavedPage } from './view';
import { problemWords, summaryOf } from './words';

/** `/rapportera/<id>/<YYYY-MM>`: an activity's month grid. */
const MonthParams = z.strictObject({ activityId: S.Id, month: z.string().regex(/^\d{4}-\d{2}$/) });
/** The longest period a form or address names: a half-year, `2017-11--2018-04`. */
const PERIOD_CHARS = 16;
const RESULTS = ['created', 'updated', 'unchanged'] as const;
/** A saved field's value before, in the result page's address: `women:12,men:40` (fields of the kind only). */
const BEFORE_PAIR = /^([a-zA-Z]{1,32}):(\d{0,7})$/;
const SAVED_COUNTS = /^(\d{1,2})-(\d{1,2})-(\d{1,2})$/;

/** A night's or a month's figures saved, or the form again with what is wrong or to confirm. */
async function saveFigures(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language, signedIn, form } = r;
  const t = wordsFor(language).web;
  if (!signedIn) return r.signInAgain();
  const activity = await enterable(deps, signedIn.principal, r.params.activityId as string);
  if (!activity)
    return r.show(404, <MessagePage c={r.c} title={t.notFoundTitle} text={t.notFoundActivity} />);
  const period = (form.period ?? '').trim().slice(0, PERIOD_CHARS);
  // The night the form's figures were shown for (a form without it was sent for the night it names).
  const loaded = (form.loaded ?? period).slice(0, PERIOD_CHARS);
  const sent = figuresFromForm(activity, form, language);
  const how = sentWith(form);
  const base = {
    ...storedForm(activity, period, undefined, language),
    values: form,
    nationalities: sent.rows,
    // Shown again, the form still says which stored version the person saw.
    version: how.shownVersion,
  };
  const periodError = periodProblem(activity, period, deps.now(), language);
  if (periodError) return r.show(422, <FiguresPage c={r.c} form={base} errors={{ period: periodError }} />);
  // The night in the field is the night saved, never the one shown before: another night, or "Visa",
  // saves nothing. Figures left as they were shown just show that night; figures typed stay, beside
  // what that night already has, until the person saves them there.
  if (period !== loaded || form.visa !== undefined) {
    const shown = parsePeriod(loaded)
      ? await storedFigures(deps, signedIn.principal, activity, loaded)
      : undefined;
    const nightPage = `/rapportera/${encodeURIComponent(activity.id)}?period=${period}`;
    if (typedAsStored(activity, form, shown, language)) return r.redirect(nightPage);
    if (period !== loaded) {
      // Post/Redirect/Get here too: the typed figures go to that night's page in a cookie, so reload
      // and Back never ask to send the form again. A form too large for a cookie is shown at once.
      const { csrf: _, ...fields } = form;
      const kept = r.redirectKeeping(nightPage, {
        path: r.path,
        fields: { ...fields, period },
        why: 'nightChanged',
      });
      if (kept) return kept;
      const here = await storedFigures(deps, signedIn.principal, activity, period);
      const there = storedForm(activity, period, here, language);
      const notice = t.nightChanged(periodInWords(period, activity.kind, language));
      return r.show(200, <FiguresPage c={r.c} form={typedOverStored(there, form, sent.rows, notice)} />);
    }
    // "Visa" of the night shown, with figures changed: Enter in a figure field; saved as Spara would.
  }
  if (Object.keys(sent.errors).length > 0)
    return r.show(422, <FiguresPage c={r.c} form={base} errors={sent.errors} />);
  const row = [{ activityId: activity.id, period, figures: sent.figures }];
  // Planned and stored in one call; figures with a warning wait for the person's "ja".
  const confirmed = form.confirm === 'ja';
  const saved = await submitFigures(deps, signedIn.principal, row, {
    holdIfWarned: !confirmed,
    ...how,
  });
  if (saved.problems.some((p) => p.code === 'changed_meanwhile')) {
    // Someone else saved this night since the form was shown: both versions, and the person chooses.
    const now = await storedFigures(deps, signedIn.principal, activity, period);
    const notice = t.changedMeanwhile(
      periodInWords(period, activity.kind, language),
      instantInWords(now?.updatedAt ?? deps.now().toISOString(), language),
    );
    const there = storedForm(activity, period, now, language);
    const keepStored = `/rapportera/${encodeURIComponent(activity.id)}?period=${period}`;
    return r.show(
      409,
      <FiguresPage c={r.c} form={{ ...typedOverStored(there, form, sent.rows, notice), keepStored }} />,
    );
  }
  if (saved.problems.length > 0)
    return r.show(422, <FiguresPage c={r.c} form={base} errors={fieldErrorsOf(saved.problems, language)} />);
  const outcome = saved.outcomes[0];
  const warnings = (outcome?.warnings ?? []).map((w) => ruleWords(w, language));
  const fieldWarnings: Record<string, string> = {};
  for (const [i, w] of (outcome?.warnings ?? []).entries())
    fieldWarnings[w.field] = [fieldWarnings[w.field], warnings[i]].filter(Boolean).join(' ');
  if (warnings.length > 0 && !confirmed)
    return r.show(
      422,
      <FiguresPage
        c={r.c}
        form={{ ...base, warnings, fieldWarnings }}
        errors={form.confirm === undefined && form.asked !== 'ja' ? {} : { confirm: t.confirmMissing }}
      />,
    );
  // Post/Redirect/Get: the result is a page of its own; Back and reload never send the figures again.
  const before = outcome?.before?.figures;
  const forut =
    outcome?.result === 'updated' && before
      ? `&forut=${fieldsOf(activity.kind, period)
          .map((f) => `${f.name}:${typeof before[f.name] === 'number' ? before[f.name] : ''}`)
          .join(',')}`
      : '';
  return r.redirect(
    `/rapportera/${encodeURIComponent(activity.id)}/sparat/${period}?resultat=${outcome?.result ?? 'unchanged'}${forut}`,
  );
}

/** A month's grid of nights saved at once, or the grid again with what is wrong or to confirm. */
async function saveMonth(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language, form } = r;
  const t = wordsFor(language).web;
  const at = await monthOf(deps, r);
  if (at.answer) return at.answer;
  const { principal, activity, month, stored } = at;
  const grid = monthGrid(activity, month, stored, deps.now(), language, form, at.outside);
  const sent = rowsFromGrid(grid, form, stored, language);
  if (Object.keys(sent.errors).length > 0)
    return r.show(422, <MonthPage c={r.c} grid={grid} errors={sent.errors} />);
  const confirmed = form.confirm === 'ja';
  const saved = await submitFigures(deps, principal, sent.rows, { holdIfWarned: !confirmed });
  if (saved.problems.length > 0) {
    const errors: FieldErrors = {};
    for (const p of saved.problems) {
      const row = sent.rows[p.row];
      const line = grid.rows.find((r) => r.night === row?.period);
      if (!row || !line) continue;
      const field = grid.fields.find((f) => f.name === p.path.split('/')[1]) ?? grid.fields[0];
      errors[gridField(field?.name ?? 'women', row.period)] ??= t.rowProblem(
        line.label,
        problemWords(p, language),
      );
    }
    return r.show(422, <MonthPage c={r.c} grid={grid} errors={errors} />);
  }
  const warnings = saved.outcomes.flatMap((o) => o.warnings).map((w) => ruleWords(w, language));
  if (warnings.length > 0 && !confirmed)
    return r.show(
      422,
      <MonthPage
        c={r.c}
        grid={{ ...grid, warnings }}
        errors={form.asked === 'ja' ? { confirm: t.confirmMissing } : {}}
      />,
    );
  const count = (result: string) => saved.outcomes.filter((o) => o.result === result).length;
  return r.redirect(`${r.path}?sparat=${count('created')}-${count('updated')}-${count('unchanged')}`);
}

/** A month's grid of nights, and what its last save did. */
async function monthPage(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language } = r;
  const t = wordsFor(language).web;
  const at = await monthOf(deps, r);
  if (at.answer) return at.answer;
  const counts = SAVED_COUNTS.exec(r.query.sparat ?? '');
  const grid = monthGrid(at.activity, at.month, at.stored, deps.now(), language, undefined, at.outside);
  const saved = counts ? t.monthSaved(Number(counts[1]), Number(counts[2]), Number(counts[3])) : undefined;
  return r.show(200, <MonthPage c={r.c} grid={{ ...grid, saved }} />);
}

/** What a save stored (Post/Redirect/Get: reloading it sends nothing again), and what it was before. */
async function savedPage(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language, signedIn } = r;
  const t = wordsFor(language).web;
  if (!signedIn) return r.signInAgain();
  const activity = await enterable(deps, signedIn.principal, r.params.activityId as string);
  const period = parsePeriod(r.params.period as string);
  const stored =
    activity && period ? await storedFigures(deps, signedIn.principal, activity, period.value) : undefined;
  if (!activity || !period || !stored) return r.notFound();
  const query = r.query ?? {};
  const result = RESULTS.find((r) => r === query.resultat) ?? 'unchanged';
  const fields = fieldsOf(activity.kind, period.value);
  const before = new Map(
    (query.forut ?? '')
      .slice(0, 1024)
      .split(',')
      .map((pair) => BEFORE_PAIR.exec(pair))
      .filter((m): m is RegExpExecArray => m !== null && fields.some((f) => f.name === m[1]))
      .map((m) => [m[1] as string, m[2] as string]),
  );
  const figures = stored.figures;
  const sent =
    result === 'unchanged' ? undefined : await sentReportHolding(deps, signedIn.principal, period.value);
  return r.show(
    200,
    <SavedPage
      c={r.c}
      activity={activity}
      said={t.savedWhat(
        periodInWords(period.value, activity.kind, language),
        summaryOf(activity, figures, language),
      )}
      result={result}
      changes={
        result === 'updated'
          ? fields
              .filter((f) => before.has(f.name) && before.get(f.name) !== String(figures[f.name] ?? ''))
              .map((f) => ({
                label: t.figureLabels[f.name] ?? f.name,
                before: before.get(f.name) || '–',
                after: String(figures[f.name] ?? '–'),
              }))
          : []
      }
      warnings={figureWarnings(activity.kind, period, figures, activity.capacity).map((w) =>
        ruleWords(w, language),
      )}
      sentReport={
        sent
          ? t.sentReportCorrected(
              periodLabel(sent.range, language, 'long'),
              instantDayInWords(sent.sentAt, language),
            )
          : undefined
      }
    />,
  );
}

/** The form of a night or a month, with what is stored (or what was typed before a sign-in). */
async function figuresPage(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { language, signedIn } = r;
  const t = wordsFor(language).web;
  if (!signedIn) return r.signInAgain();
  const activity = await enterable(deps, signedIn.principal, r.params.activityId as string);
  if (!activity)
    return r.show(404, <MessagePage c={r.c} title={t.notFoundTitle} text={t.notFoundActivity} />);
  const asked = (r.query.period ?? '').slice(0, PERIOD_CHARS);
  const period = asked || defaultPeriod(activity.kind, deps.now());
  const periodError = periodProblem(activity, period, deps.now(), language);
  if (periodError)
    return r.show(
      422,
      <FiguresPage
        c={r.c}
        form={storedForm(activity, period, undefined, language)}
        errors={{ period: periodError }}
      />,
    );
  const stored = await storedFigures(deps, signedIn.principal, activity, period);
  const shown = storedForm(activity, period, stored, language);
  // Back after a sign-in with what was typed before it: the figures as typed, nothing saved yet.
  const kept = r.kept;
  if (kept && kept.path === r.path && kept.fields.period === period) {
    r.forgetKept();
    return r.show(
      200,
      <FiguresPage
        c={r.c}
        form={typedOverStored(
          shown,
          kept.fields,
          figuresFromForm(activity, kept.fields, language).rows,
          kept.why === 'nightChanged'
            ? t.nightChanged(periodInWords(period, activity.kind, language))
            : t.keptAfterSignIn,
        )}
      />,
    );
  }
  return r.show(200, <FiguresPage c={r.c} form={shown} />);
}

const ActivityParams = z.strictObject({ activityId: S.Id });

/**
 * A partner's figures, one activity at a time: the form of a night or a month (`/rapportera/<id>`), a month's grid
 * of nights (`/rapportera/<id>/<YYYY-MM>`) and what a save stored (`/rapportera/<id>/sparat/<period>`).
 */
export const figureRoutes: PageRoute[] = [
  { method: 'GET', path: '/rapportera/{activityId}', params: ActivityParams, handle: figuresPage },
  {
    method: 'POST',
    path: '/rapportera/{activityId}',
    params: ActivityParams,
    handle: saveFigures,
    // Signed out while filling in a night (the session ended): the form was made for this browser's session, so
    // what was typed is kept through the sign-in and put back in the form after it. Nothing is saved.
    staleForm: (r, form, ended) => {
      if (!form || r.signedIn || !ended) return undefined;
      const { csrf: _, ...fields } = form;
      return r.redirectKeeping('/logga-in?utloggad=2', { path: r.path, fields, why: 'signedOut' });
    },
  },
  {
    method: 'GET',
    path: '/rapportera/{activityId}/{month}',
    params: MonthParams,
    handle: monthPage,
  },
  { method: 'POST', path: '/rapportera/{activityId}/{month}', params: MonthParams, handle: saveMonth },
  {
    method: 'GET',
    path: '/rapportera/{activityId}/sparat/{period}',
    params: z.strictObject({
      activityId: S.Id,
      period: z.string().regex(/^\d{4}-\d{2}(?:-\d{2}|--\d{4}-\d{2})?$/),
    }),
    handle: savedPage,
  },
];

/** The month grid's activity and stored nights, or the page to show instead (signed out, "finns inte"). */
async function monthOf(deps: WebDeps, r: WebRequest) {
  const { signedIn, language } = r;
  const t = wordsFor(language).web;
  if (!signedIn) return { answer: r.signInAgain() };
  const { activityId: id = '', month = '' } = r.params;
  const activity = await enterable(deps, signedIn.principal, id);
  if (!activity || !isNightly(activity.kind))
    return {
      answer: r.show(404, <MessagePage c={r.c} title={t.notFoundTitle} text={t.notFoundActivity} />),
    };
  if (!isValidMonth(month) || month > stockholmDate(deps.now()).slice(0, 7)) return { answer: r.notFound() };
  const range = { from: month, to: month };
  const [stored, agreements] = await Promise.all([
    listFigures(deps, signedIn.principal, activity.id, range, activity),
    listAgreements(deps, signedIn.principal),
  ]);
  const outside = (day: string) => outsideOn(agreements, activity.organisationId, day);
  return { principal: signedIn.principal, activity, month, stored, outside };
}

/** An activity this person may report for, or undefined: another organisation's is as if it did not exist. */
async function enterable(deps: Core, principal: Principal, id: string) {
  try {
    return await activityForFigures(deps, principal, id);
  } catch (e) {
    if (e instanceof AppError && e.kind === 'not_found') return undefined;
    throw e;
  }
}

/** The use case's problems, by the form's fields (`/women` → women; a nationality's → the country rows). */
function fieldErrorsOf(problems: readonly FieldProblem[], language: Language): FieldErrors {
  const errors: FieldErrors = {};
  for (const p of problems) {
    const field = p.path.split('/')[1] || 'period';
    const name = field === 'activityId' ? 'period' : field;
    errors[name] ??= problemWords(p, language);
  }
  return errors;
}
