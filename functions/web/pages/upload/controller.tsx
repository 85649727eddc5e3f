import { stringify } from 'csv-stringify/sync';
import * as z from 'zod';
import { importFigures, type RowProblem } from '../../../../shared/app/figures';
import type { Core } from '../../../../shared/app/ports';
import { activitiesWithRights } from '../../../../shared/app/registry';
import { AppError } from '../../../../shared/domain/errors';
import { zodProblems } from '../../../../shared/domain/validation';
import { importDocument } from '../../../../shared/http/request';
import { text as textAnswer } from '../../../../shared/http/response';
import * as S from '../../../../shared/http/schemas';
import { type Language, wordsFor } from '../../../../shared/i18n';
import { ruleWords } from '../../../../shared/i18n/figure-messages';
import type { Answer, PageRoute, WebRequest } from '../../web-request';
import { defaultPeriod, fieldsOf } from '../figures/form';
import { problemWords } from '../figures/words';
import type { FieldErrors } from '../layout';
import { UploadPage, type UploadView } from './view';

/** The largest file taken: 5,000 rows of a night shelter with a few nationalities each. */
export const MAX_UPLOAD_BYTES = 512 * 1024;
/** "Spara" sends the checked file back, base64url in a form field: 4/3 of it and the other fields. */
export const MAX_SAVE_FORM_BYTES = Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4 * 1024;
/** Bad rows named on the page; the rest are counted (a wrong column makes every row wrong). */
const PROBLEMS_SHOWN = 50;

/** The page's list of what each file of an activity whose figures the person enters holds. */
async function uploadView(deps: Core, r: WebRequest): Promise<UploadView> {
  const { principal } = r.signedIn as NonNullable<WebRequest['signedIn']>;
  const activities = (await activitiesWithRights(deps, principal)).filter((a) => a.mayEnterFigures);
  return {
    activities: activities.map((a) => ({
      id: a.id,
      name: a.name,
      columns: ['activityId', 'period', ...fieldsOf(a.kind).map((f) => f.name)].join(', '),
    })),
  };
}

/** `/ladda-upp/mall/<id>.csv`: a template of an activity's file, with its columns and one example row. */
async function template(deps: Core, r: WebRequest): Promise<Answer> {
  if (!r.signedIn) return r.signInAgain();
  const { principal } = r.signedIn;
  const activity = (await activitiesWithRights(deps, principal)).find((a) => a.id === r.params.activityId);
  if (!activity?.mayEnterFigures) return r.notFound();
  const columns = ['activityId', 'period', ...fieldsOf(activity.kind).map((f) => f.name)];
  const example = [activity.id, defaultPeriod(activity.kind, deps.now())];
  // Semicolons and a BOM: what Excel with Swedish settings opens in columns, and saves back.
  const csv = `\ufeff${stringify([columns, example], { delimiter: ';', record_delimiter: 'windows' })}`;
  return textAnswer(200, 'text/csv', csv, {
    'content-disposition': `attachment; filename="mall-${activity.id}.csv"`,
    'cache-control': 'no-store',
  });
}

/** `/ladda-upp`: the form, or the count just saved. */
async function uploadPage(deps: Core, r: WebRequest): Promise<Answer> {
  if (!r.signedIn) return r.signInAgain();
  const u = wordsFor(r.language).upload;
  const saved = /^(\d{1,4})-(\d{1,4})-(\d{1,4})$/.exec(r.query.sparat ?? '');
  return r.show(
    200,
    <UploadPage
      c={r.c}
      view={{
        ...(await uploadView(deps, r)),
        saved: saved ? u.saved(Number(saved[1]), Number(saved[2]), Number(saved[3])) : undefined,
      }}
    />,
  );
}

/** "Spara": the file checked before comes back whole and is checked again as it is stored, all or nothing. */
async function save(deps: Core, r: WebRequest): Promise<Answer> {
  if (!r.signedIn) return r.signInAgain();
  const type = r.form.typ === 'json' ? 'json' : 'csv';
  const text = Buffer.from(r.form.innehall ?? '', 'base64url').toString('utf8');
  return checkFile(deps, r, { name: (r.form.fil ?? '').slice(0, 100), text, type }, false);
}

/** POST `/ladda-upp`: the chosen file checked (nothing stored), the page showing what it would do. */
async function check(deps: Core, r: WebRequest): Promise<Answer> {
  if (!r.signedIn) return r.signInAgain();
  const upload = r.upload ?? { csrf: '' };
  const u = wordsFor(r.language).upload;
  const again = async (status: number, errors: FieldErrors) =>
    r.show(status, <UploadPage c={r.c} view={await uploadView(deps, r)} errors={errors} />);
  if (upload.tooLarge) return again(413, { file: u.fileTooLarge });
  if (!upload.file) return again(422, { file: u.fileMissing });
  const looksJson = /\.json$/i.test(upload.file.name) || upload.file.text.trimStart().startsWith('{');
  return checkFile(deps, r, { ...upload.file, type: looksJson ? 'json' : 'csv' }, true);
}

/** A file of figures: a template, the file checked (nothing stored), then saved. */
export const uploadRoutes: PageRoute[] = [
  { method: 'GET', path: '/ladda-upp', handle: uploadPage },
  { method: 'POST', path: '/ladda-upp', body: 'multipart', maxFormBytes: MAX_UPLOAD_BYTES, handle: check },
  { method: 'POST', path: '/ladda-upp/spara', maxFormBytes: MAX_SAVE_FORM_BYTES, handle: save },
  {
    method: 'GET',
    path: '/ladda-upp/mall/{activityId}.csv',
    params: z.strictObject({ activityId: S.Id }),
    handle: template,
  },
];

async function checkFile(
  deps: Core,
  r: WebRequest,
  file: { name: string; text: string; type: 'csv' | 'json' },
  dryRun: boolean,
): Promise<Answer> {
  const { principal } = r.signedIn as NonNullable<WebRequest['signedIn']>;
  const u = wordsFor(r.language).upload;
  // The page's list of activities, read only when a page is shown (a save answers with a redirect).
  const view = () => uploadView(deps, r);
  const refuse = async (status: number, message: string) =>
    r.show(status, <UploadPage c={r.c} view={await view()} errors={{ file: message }} />);
  if (Buffer.byteLength(file.text, 'utf8') > MAX_UPLOAD_BYTES) return refuse(413, u.fileTooLarge);
  let document: unknown;
  try {
    document = importDocument(file.text, file.type);
  } catch (e) {
    if (e instanceof AppError) return refuse(422, u.fileUnreadable);
    throw e;
  }
  const rowsOf = (document as { rows?: unknown })?.rows;
  if (Array.isArray(rowsOf) && rowsOf.length === 0) return refuse(422, u.fileEmpty);
  const parsed = S.ImportBody.safeParse(document);
  if (!parsed.success) {
    const tooMany = parsed.error.issues.some((i) => i.code === 'too_big' && i.path.length === 1);
    if (tooMany) return refuse(422, u.tooManyRows);
    // Rows without an activity or a period: named as the use case's own problems are.
    const problems: RowProblem[] = zodProblems(parsed.error).map((p) => {
      const [, , row, field] = p.path.split('/');
      return { ...p, row: Number(row ?? 0), kind: 'invalid', path: `/${field ?? 'period'}` };
    });
    return preview(r, await view(), file, { created: 0, updated: 0, unchanged: 0 }, problems, [], undefined);
  }
  const rows = parsed.data.rows;
  const { outcomes, problems, counts } = await importFigures(deps, principal, rows, { dryRun });
  if (!dryRun && problems.length === 0)
    return r.redirect(`/ladda-upp?sparat=${counts.created}-${counts.updated}-${counts.unchanged}`);
  const lineOf = (row: number) => (file.type === 'csv' ? row + 2 : row + 1);
  const warnings = outcomes.flatMap((o) =>
    o.warnings.map((w) => `${u.row(lineOf(o.row), rows[o.row]?.period ?? '')}: ${ruleWords(w, r.language)}`),
  );
  return preview(
    r,
    await view(),
    file,
    counts,
    problems.map((p) => ({ ...p, activityId: rows[p.row]?.activityId, period: rows[p.row]?.period })),
    warnings,
    dryRun ? undefined : u.changedMeanwhile,
  );
}

function preview(
  r: WebRequest,
  view: UploadView,
  file: { name: string; text: string; type: 'csv' | 'json' },
  counts: { created: number; updated: number; unchanged: number },
  problems: readonly (RowProblem & { activityId?: string; period?: string })[],
  warnings: readonly string[],
  error: string | undefined,
): Answer {
  const u = wordsFor(r.language).upload;
  const lineOf = (row: number) => (file.type === 'csv' ? row + 2 : row + 1);
  const byRow = new Map<number, string[]>();
  for (const p of problems) {
    const reasons = byRow.get(p.row) ?? [];
    const reason = rowReason(p, lineOf, r.language);
    if (!reasons.includes(reason)) reasons.push(reason);
    byRow.set(p.row, reasons);
  }
  const lines = [...byRow].map(([row, reasons]) => {
    const period = problems.find((p) => p.row === row)?.period ?? '';
    return `${u.row(lineOf(row), period.slice(0, 32))}: ${reasons.join(' ')}`;
  });
  return r.show(
    problems.length > 0 || error ? 422 : 200,
    <UploadPage
      c={r.c}
      view={{
        ...view,
        preview: {
          file: file.name || 'fil',
          counts,
          problems: lines.slice(0, PROBLEMS_SHOWN),
          more: Math.max(0, lines.length - PROBLEMS_SHOWN),
          warnings: warnings.slice(0, PROBLEMS_SHOWN),
          content:
            problems.length === 0
              ? { data: Buffer.from(file.text, 'utf8').toString('base64url'), type: file.type }
              : undefined,
        },
      }}
      errors={error ? { file: error } : {}}
    />,
  );
}

/** A row's problem in the reader's words: the use case says it in English for the API; a person reads it here. */
export function rowReason(
  problem: RowProblem & { activityId?: string },
  lineOf: (row: number) => number,
  language: Language,
): string {
  if (problem.path === '/activityId')
    return wordsFor(language).upload.reasons.noActivity((problem.activityId ?? '').slice(0, 64));
  return problemWords(problem, language, lineOf);
}
