import {
  PEOPLE_SECTIONS,
  reportTexts,
  WRITABLE_SECTIONS,
  writeReportText,
} from '../../../../shared/app/report-texts';
import { buildReport } from '../../../../shared/app/reports';
import type { Principal } from '../../../../shared/domain/access';
import { AppError } from '../../../../shared/domain/errors';
import type { MonthRange } from '../../../../shared/domain/periods';
import * as S from '../../../../shared/http/schemas';
import { type Language, wordsFor } from '../../../../shared/i18n';
import { periodLabel } from '../../../../shared/report/format';
import { reportDrafts } from '../../../../shared/report/sections';
import type { Answer, WebDeps, WebRequest } from '../../web-request';
import type { FieldErrors } from '../layout';
import { ReportTextsPage, type ReportTextsView } from './texts-view';

/**
 * `/rapport/texter?fran=&till=`: the report's openings, each a draft from the figures that the coordinator may write
 * over; a POST saves one.
 */
export async function reportTextsPage(deps: WebDeps, r: WebRequest): Promise<Answer> {
  const { signedIn, language } = r;
  if (!signedIn) return r.signInAgain();
  const { principal } = signedIn;
  // Who may read the texts is the use cases' to say (to anyone else the page does not exist); who may write
  // them, writeReportText's.
  const asked = r.method === 'POST' ? r.form : r.query;
  const range = S.ReportQuery.safeParse({
    from: (asked.fran ?? '').slice(0, 16),
    to: (asked.till ?? '').slice(0, 16),
  });
  if (!range.success) return r.notFound();
  const period = range.data;
  const t = wordsFor(language).web.reportTexts;
  const show = async (status: number, extra: { errors?: FieldErrors; notice?: string; sent?: string } = {}) =>
    r.show(
      status,
      <ReportTextsPage
        c={r.c}
        view={await textsView(deps, principal, period, language, r.query.sparat, extra)}
        errors={extra.errors}
      />,
    );
  if (r.method === 'GET') return show(200);
  const section = r.form.section ?? '';
  const drafts = reportDrafts(await buildReport(deps, principal, period));
  const field = `text-${section.slice(0, 32)}`;
  try {
    await writeReportText(deps, principal, period, {
      section,
      text: r.form.text ?? '',
      draft: drafts[section] ?? '',
      shownVersion: /^\d{1,9}$/.test(r.form.version ?? '') ? Number(r.form.version) : -1,
    });
  } catch (e) {
    if (!(e instanceof AppError) || (e.kind !== 'invalid' && e.kind !== 'conflict')) throw e;
    const notice = e.kind === 'conflict' ? t.changedMeanwhile : undefined;
    return show(e.kind === 'conflict' ? 409 : 422, {
      errors: e.kind === 'invalid' ? { [field]: t.invalid } : {},
      notice,
    });
  }
  return r.redirect(
    `/rapport/texter?fran=${period.from}&till=${period.to}&sparat=${encodeURIComponent(section)}`,
  );
}

/** The page's sections: each writable opening the report has now, its draft, and what was written over it. */
async function textsView(
  deps: WebDeps,
  principal: Principal,
  period: MonthRange,
  language: Language,
  saved: string | undefined,
  extra: { notice?: string },
): Promise<ReportTextsView> {
  const w = wordsFor(language);
  const [report, texts] = await Promise.all([
    buildReport(deps, principal, period),
    reportTexts(deps, principal, period),
  ]);
  const drafts = reportDrafts(report);
  const titles: Record<string, string> = {
    summary: w.report.summarySheet,
    nightShelters: w.report.nightTitle,
    dayCentres: w.report.dayTitle,
    intake: w.report.intakeTitle,
    extraColdNights: w.report.coldTitle,
    outreach: w.report.outreachTitle,
    socialEmergency: w.report.socialTitle,
    ...w.report.writtenTitles,
  };
  const label = periodLabel(period, language, 'long');
  return {
    from: period.from,
    to: period.to,
    label,
    ...(saved && Object.hasOwn(titles, saved)
      ? { saved: w.web.reportTexts.saved(titles[saved] ?? saved) }
      : {}),
    ...(extra.notice ? { notice: extra.notice } : {}),
    sections: WRITABLE_SECTIONS.flatMap((section) => {
      const draft = drafts[section] ?? (PEOPLE_SECTIONS.includes(section) ? '' : undefined);
      if (draft === undefined) return [];
      const written = texts.find((x) => x.section === section);
      return [
        {
          section,
          title: titles[section] ?? section,
          draft,
          text: written?.text ?? draft,
          version: written?.version ?? 0,
          written: written !== undefined,
          outOfDate: written !== undefined && written.draft !== draft,
        },
      ];
    }),
  };
}
