import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../infra/local/demo/load';
import { DEMO_CHAIRS } from '../../infra/local/demo/registry';
import { memoryCore } from '../../shared/adapters/memory-stores';
import {
  jointReportView,
  markReadyForReview,
  readReport,
  signReport,
  writeAppendix,
} from '../../shared/app/joint-report';
import { writeReportText } from '../../shared/app/report-texts';
import { buildReport } from '../../shared/app/reports';
import { type Principal, systemPrincipal } from '../../shared/domain/access';
import { AppError } from '../../shared/domain/errors';
import { reportLayout } from '../../shared/report/sections';

const HALF_YEAR = { from: '2017-11', to: '2018-04' };
const deps = memoryCore({ now: () => new Date('2018-05-08T10:00:00Z') });
const admin = systemPrincipal('test');
const person = async (email: string): Promise<Principal> => {
  const user = await deps.people.findUserByEmail(email);
  if (!user) throw new Error(email);
  return {
    id: user.id,
    via: 'session',
    role: user.role,
    organisationId: user.organisationId,
    name: user.name,
  };
};
/** The AppError a call is refused with (its kind and reason). */
const refusal = async (call: Promise<unknown>) => {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return { kind: (error as AppError).kind, reason: (error as AppError).reason };
};

let cooperationChair: Principal;
let steeringChair: Principal;
let convictus: Principal;

beforeAll(async () => {
  await loadDemoData(deps);
  cooperationChair = await person(DEMO_CHAIRS[0].person.email);
  steeringChair = await person(DEMO_CHAIRS[1].person.email);
  convictus = await person('convictus@iop.local');
});

describe('the joint report as a document (issue 26, 2)', () => {
  it("has every party's appendix on the demo, numbered by name as the seed numbers them; the coordinator marks it ready", async () => {
    const before = await jointReportView(deps, admin, HALF_YEAR);
    expect([before.status, before.may.review]).toEqual(['appendices_in', true]);
    await markReadyForReview(deps, admin, HALF_YEAR, before.digest);
    const view = await jointReportView(deps, admin, HALF_YEAR);
    expect(view.status).toBe('review');
    expect(view.version).toBe(1);
    expect(view.deadline).toBe('2018-05-05');
    expect(view.appendices.map((a) => [a.number, a.name, a.status])).toEqual([
      [1, 'Convictus', 'submitted'],
      [2, 'Filadelfiakyrkan', 'submitted'],
      [3, 'Frälsningsarmén', 'submitted'],
      [4, 'Ny Gemenskap', 'submitted'],
      [5, 'Stockholms stad, socialförvaltningen', 'submitted'],
      [6, 'Stockholms Stadsmission', 'submitted'],
    ]);
    // Each appendix carries its own figures: Convictus's shelter had 20 places every night of the half-year.
    const own = view.appendices[0]?.figures ?? [];
    expect(own.map((f) => [f.name, f.unit])).toEqual([['Convictus natthärbärge, Hjorthagen', 'guestNights']]);
  });

  it("shows a partner its own appendix whole and the other parties' by status only", async () => {
    const view = await jointReportView(deps, convictus, HALF_YEAR);
    expect(view.appendices[0]?.sections.length).toBe(5);
    expect(view.appendices[1]?.sections).toEqual([]);
    expect(view.appendices[1]?.status).toBe('submitted');
    expect(view.may).toMatchObject({ writeAppendixOf: 'org_convictus', review: false, sign: undefined });
  });

  it("refuses a partner writing another party's appendix, and a submitted appendix with a heading left empty", async () => {
    const sections = { activities: 'Text.' };
    expect(
      await refusal(
        writeAppendix(deps, convictus, HALF_YEAR, 'org_nygemenskap', {
          sections,
          submit: false,
          shownVersion: 1,
        }),
      ),
    ).toEqual({ kind: 'forbidden', reason: undefined });
    const refused = await writeAppendix(deps, convictus, HALF_YEAR, 'org_convictus', {
      sections,
      submit: true,
      shownVersion: 1,
    }).catch((e: AppError) => e.errors.map((p) => p.path));
    expect(refused).toEqual([
      '/sections/targetGroup',
      '/sections/results',
      '/sections/cooperation',
      '/sections/development',
    ]);
    expect((await jointReportView(deps, admin, HALF_YEAR)).status).toBe('review');
  });

  it('is signed by the named chairs only, of the content they read', async () => {
    const { digest } = await jointReportView(deps, admin, HALF_YEAR);
    expect(await refusal(signReport(deps, convictus, HALF_YEAR, digest))).toEqual({
      kind: 'forbidden',
      reason: 'not_a_chair',
    });
    expect(await refusal(signReport(deps, cooperationChair, HALF_YEAR, 'an-older-content'))).toEqual({
      kind: 'conflict',
      reason: 'document_changed',
    });
    // A partner cannot read the report being written; its chair can.
    expect((await refusal(readReport(deps, convictus, HALF_YEAR))).kind).toBe('forbidden');
    expect((await readReport(deps, steeringChair, HALF_YEAR)).document.status).toBe('review');
  });

  it('is approved when both chairs have signed the same version, which is frozen and every party may read', async () => {
    const { digest } = await jointReportView(deps, cooperationChair, HALF_YEAR);
    expect(await signReport(deps, cooperationChair, HALF_YEAR, digest)).toMatchObject({ approved: false });
    expect((await jointReportView(deps, steeringChair, HALF_YEAR)).may.sign).toBe('steering');
    expect(await signReport(deps, steeringChair, HALF_YEAR, digest)).toMatchObject({
      approved: true,
      version: 1,
    });

    const frozen = await readReport(deps, convictus, HALF_YEAR, 1);
    expect(frozen.document.status).toBe('approved');
    expect(frozen.document.signatures.map((s) => [s.group, s.name, s.title, s.organisation])).toEqual([
      ['cooperation', 'Joao Alho', 'tf ordförande', 'Ny Gemenskap'],
      ['steering', 'Anna Johansson', 'ordförande', 'Stockholms Stadsmission'],
    ]);
    const said = reportLayout(frozen).blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(said[0]).toMatch(/^Version 1, godkänd 8 maj 2018/);
    expect(said).toContain(
      'För samverkansgruppen: Joao Alho, tf ordförande, Ny Gemenskap. Signerad i webbappen 8 maj 2018 12:00.',
    );
    expect(said).toContain('Bilaga 6 Verksamhetsrapport Stockholms Stadsmission');
  });

  it('refuses a change to the approved version unless a new version is asked for, which needs approval again', async () => {
    const text = { section: 'cooperation', text: 'En ny mening.', draft: '', shownVersion: 1 };
    expect(await refusal(writeReportText(deps, admin, HALF_YEAR, text))).toEqual({
      kind: 'conflict',
      reason: 'approved_frozen',
    });
    await writeReportText(deps, admin, HALF_YEAR, { ...text, newVersion: true });
    const view = await jointReportView(deps, admin, HALF_YEAR);
    expect([view.status, view.version, view.signatures]).toEqual(['appendices_in', 2, []]);
    // The approved version stays as it was.
    const frozen = await readReport(deps, admin, HALF_YEAR, 1);
    expect(frozen.texts.find((t) => t.section === 'cooperation')?.text).not.toBe('En ny mening.');
    expect(await refusal(readReport(deps, admin, HALF_YEAR, 2))).toEqual({
      kind: 'not_found',
      reason: undefined,
    });
  });

  it('does not go to review while an appendix is missing', async () => {
    const { appendices } = await jointReportView(deps, admin, HALF_YEAR);
    const convictusAppendix = appendices[0];
    const sections = Object.fromEntries((convictusAppendix?.sections ?? []).map((s) => [s.heading, s.text]));
    await writeAppendix(deps, convictus, HALF_YEAR, 'org_convictus', {
      sections,
      submit: false,
      shownVersion: 1,
    });
    const view = await jointReportView(deps, admin, HALF_YEAR);
    expect(view.status).toBe('draft');
    expect(await refusal(markReadyForReview(deps, admin, HALF_YEAR, view.digest))).toEqual({
      kind: 'conflict',
      reason: 'appendices_missing',
    });
    // A range of months is a compilation, no document: no appendices, no draft notice.
    const months = await buildReport(deps, admin, { from: '2018-01', to: '2018-01' });
    expect([months.document.halfYear, months.document.appendices]).toEqual([false, []]);
  });
});
