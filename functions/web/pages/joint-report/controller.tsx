import {
  getAppendix,
  type JointReportView,
  jointReportView,
  markReadyForReview,
  setReportChairs,
  signReport,
  writeAppendix,
} from '../../../../shared/app/joint-report';
import { listUsers } from '../../../../shared/app/people';
import type { Principal } from '../../../../shared/domain/access';
import { AppError } from '../../../../shared/domain/errors';
import {
  APPENDIX_HEADINGS,
  type AppendixHeading,
  CHAIR_GROUPS,
} from '../../../../shared/domain/joint-report';
import type { MonthRange } from '../../../../shared/domain/periods';
import * as S from '../../../../shared/http/schemas';
import { fieldProblemText, type Language, wordsFor } from '../../../../shared/i18n';
import { dayInWords } from '../../../../shared/i18n/period-words';
import { dateTime, formatFor, periodLabel } from '../../../../shared/report/format';
import type { PageRoute, WebDeps, WebRequest } from '../../web-request';
import type { FieldErrors } from '../layout';
import { ofHalfYearAsked } from '../period-pages';
import { AppendixPage, JointReportPage } from './view';

const DONE = ['review', 'signed', 'approved', 'chairs', 'appendix', 'submitted'] as const;

/** The joint report's half-year (`fran`, `till`), as the report's own query bounds it. */
const ofHalfYear = ofHalfYearAsked((asked, last) => {
  const range = S.ReportQuery.safeParse({
    from: (asked.fran ?? last.from).slice(0, 16),
    to: (asked.till ?? last.to).slice(0, 16),
  });
  return range.success ? { from: range.data.from, to: range.data.to } : undefined;
});

const pageOf = (period: MonthRange) => `/rapport/dokument?fran=${period.from}&till=${period.to}`;

async function documentPage(deps: WebDeps, r: WebRequest, principal: Principal, period: MonthRange) {
  const t = wordsFor(r.language).web.jointReport;
  const show = async (status: number, errors: FieldErrors = {}, notice?: string) => {
    const view = await jointReportView(deps, principal, period);
    const done = DONE.find((d) => d === r.query.klart);
    const people = view.may.setChairs ? await listUsers(deps, principal) : [];
    return r.show(
      status,
      <JointReportPage
        c={r.c}
        errors={errors}
        view={{
          ...documentView(view, r.language),
          ...(notice || done ? { notice: notice ?? t.done[done as (typeof DONE)[number]] } : {}),
          ...(view.may.setChairs
            ? {
                chairsForm: {
                  people: people
                    .filter((p) => !p.disabled)
                    .map(({ id, name, email }) => ({ id, name, email })),
                  chosen: Object.fromEntries(view.chairs.map((c) => [c.group, c])),
                  version: view.chairsVersion,
                },
              }
            : {}),
        }}
      />,
    );
  };
  if (r.method === 'GET') return show(200);
  const digest = (r.form.digest ?? '').slice(0, 64);
  try {
    switch (r.form.steg) {
      case 'granska':
        await markReadyForReview(deps, principal, period, digest);
        return r.redirect(`${pageOf(period)}&klart=review`);
      case 'signera': {
        if (r.form.bekrafta !== 'ja') return show(422, { bekrafta: t.signConfirmMissing });
        const signed = await signReport(deps, principal, period, digest);
        return r.redirect(`${pageOf(period)}&klart=${signed.approved ? 'approved' : 'signed'}`);
      }
      case 'ordforande':
        await setReportChairs(deps, principal, {
          chairs: CHAIR_GROUPS.map((group) => ({
            group,
            userId: (r.form[`${group}-person`] ?? '').slice(0, 64),
            title: (r.form[`${group}-titel`] ?? '').slice(0, 200),
          })),
          shownVersion: /^\d{1,9}$/.test(r.form.version ?? '') ? Number(r.form.version) : -1,
        });
        return r.redirect(`${pageOf(period)}&klart=chairs`);
      default:
        return r.notFound();
    }
  } catch (e) {
    if (!(e instanceof AppError) || (e.kind !== 'invalid' && e.kind !== 'conflict')) throw e;
    const reasons = wordsFor(r.language).reasons;
    const notice = e.reason ? reasons[e.reason] : wordsFor(r.language).errors[e.kind];
    // A chair named twice, or one who cannot sign in: said beside the field it concerns.
    const errors: FieldErrors = Object.fromEntries(
      e.errors.flatMap((p) => {
        const [, , i, field] = p.path.split('/');
        const group = CHAIR_GROUPS[Number(i)];
        return group
          ? [[`${group}-${field === 'title' ? 'titel' : 'person'}`, fieldProblemText(p, r.language)]]
          : [];
      }),
    );
    return show(e.kind === 'conflict' ? 409 : 422, errors, notice);
  }
}

/** The page's view of the report's document: dates in words, links to read it. */
function documentView(view: JointReportView, language: Language) {
  const { from, to } = view.period;
  const file = (format: string, version?: number) =>
    `/v1/reports?from=${from}&to=${to}&format=${format}&language=${language}${version ? `&version=${version}` : ''}`;
  return {
    from,
    to,
    label: periodLabel(view.period, language, 'long'),
    status: view.status,
    version: view.version,
    digest: view.digest,
    deadline: dayInWords(view.deadline, language),
    appendices: view.appendices.map((a) => ({
      number: a.number,
      name: a.name,
      status: a.status,
      submitted: a.submittedAt ? dateTime(a.submittedAt, language) : null,
      ...(view.may.writeAny || view.may.writeAppendixOf === a.organisationId
        ? { href: `/rapport/bilaga?fran=${from}&till=${to}&org=${encodeURIComponent(a.organisationId)}` }
        : {}),
    })),
    chairs: CHAIR_GROUPS.map((group) => {
      const chair = view.chairs.find((c) => c.group === group);
      const signed = view.signatures.find((s) => s.group === group);
      return {
        group,
        who: chair ? [chair.name, chair.title, chair.organisation].filter(Boolean).join(', ') : null,
        signed: signed ? dateTime(signed.at, language) : null,
      };
    }),
    approved: view.approvedVersions.map((number) => ({
      number,
      html: file('html', number),
      pdf: file('pdf', number),
    })),
    ...(view.may.readDraft ? { readDraft: { html: file('html'), pdf: file('pdf') } } : {}),
    review: view.may.review,
    ...(view.may.sign ? { sign: view.may.sign } : {}),
  };
}

async function appendixPage(deps: WebDeps, r: WebRequest, principal: Principal, period: MonthRange) {
  const w = wordsFor(r.language);
  const t = w.web.jointReport;
  const organisationId = (
    (r.method === 'POST' ? r.form.org : r.query.org) ??
    principal.organisationId ??
    ''
  ).slice(0, 64);
  const show = async (
    status: number,
    extra: { errors?: FieldErrors; notice?: string; typed?: Record<string, string> } = {},
  ) => {
    const [view, stored] = await Promise.all([
      jointReportView(deps, principal, period),
      getAppendix(deps, principal, period, organisationId),
    ]);
    const party = view.appendices.find((a) => a.organisationId === organisationId);
    if (!party) return r.notFound();
    const { n, pct } = formatFor(r.language);
    const done = DONE.find((d) => d === r.query.klart);
    return r.show(
      status,
      <AppendixPage
        c={r.c}
        errors={extra.errors}
        view={{
          from: period.from,
          to: period.to,
          label: periodLabel(period, r.language, 'long'),
          organisationId,
          name: party.name,
          deadline: dayInWords(view.deadline, r.language),
          version: stored?.version ?? 0,
          status: party.status,
          texts: extra.typed ?? stored?.sections ?? {},
          figures: party.figures.map((f) =>
            t.figureLine(
              f.name,
              `${f.count === null ? '–' : n(f.count)} ${w.report.document.units[f.unit].toLowerCase()}`,
              f.womenPct === null ? undefined : pct(f.womenPct),
              f.occupancyPct === null ? undefined : pct(f.occupancyPct),
            ),
          ),
          funds: party.funds
            .filter((f) => f.granted !== null)
            .map((f) => w.report.document.fundsLine(f.year, n(f.granted ?? 0), pct(f.sharePct))),
          frozen: view.status === 'approved' || view.status === 'sent',
          ...(extra.notice || done ? { notice: extra.notice ?? t.done[done as (typeof DONE)[number]] } : {}),
        }}
      />,
    );
  };
  if (r.method === 'GET') return show(200);
  const typed = Object.fromEntries(
    APPENDIX_HEADINGS.map((h) => [h, (r.form[`text-${h}`] ?? '').slice(0, 20_000)]),
  );
  const submit = r.form.steg === 'lamna-in';
  try {
    await writeAppendix(deps, principal, period, organisationId, {
      sections: typed,
      submit,
      shownVersion: /^\d{1,9}$/.test(r.form.version ?? '') ? Number(r.form.version) : -1,
      newVersion: r.form['ny-version'] === 'ja',
    });
  } catch (e) {
    if (!(e instanceof AppError) || (e.kind !== 'invalid' && e.kind !== 'conflict')) throw e;
    const errors: FieldErrors = Object.fromEntries(
      e.errors.flatMap((p) => {
        const heading = p.path.split('/')[2];
        const label = w.report.document.headings[heading as AppendixHeading] ?? heading;
        return heading
          ? [[`text-${heading}`, p.code === 'missing' ? t.missingText(label) : t.invalidText(label)]]
          : [];
      }),
    );
    const notice = e.kind === 'conflict' ? (e.reason ? w.reasons[e.reason] : w.errors.conflict) : undefined;
    return show(e.kind === 'conflict' ? 409 : 422, { errors, notice, typed });
  }
  return r.redirect(
    `/rapport/bilaga?fran=${period.from}&till=${period.to}&org=${encodeURIComponent(organisationId)}&klart=${submit ? 'submitted' : 'appendix'}`,
  );
}

/**
 * `/rapport/dokument` (the joint report's page: its state, the appendices, the chairs; POST: ready for review, sign,
 * name the chairs) and `/rapport/bilaga` (a party's appendix).
 */
export const jointReportRoutes: PageRoute[] = [
  { method: 'GET', path: '/rapport/dokument', handle: ofHalfYear(documentPage) },
  { method: 'POST', path: '/rapport/dokument', handle: ofHalfYear(documentPage) },
  { method: 'GET', path: '/rapport/bilaga', handle: ofHalfYear(appendixPage) },
  { method: 'POST', path: '/rapport/bilaga', handle: ofHalfYear(appendixPage) },
];
