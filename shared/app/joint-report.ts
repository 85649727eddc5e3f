import { authorise, can, type Principal, systemPrincipal } from '../domain/access';
import { partiesIn } from '../domain/agreements';
import { AppError, conflict, type FieldProblem, forbidden, invalid, notFound } from '../domain/errors';
import {
  APPENDIX_HEADINGS,
  type Appendix,
  type AppendixHeading,
  CHAIR_GROUPS,
  type Chair,
  type JointReportState,
  REPORT_SEND_DAY,
  type ReportChairs,
  type Signature,
} from '../domain/joint-report';
import {
  addMonths,
  datesOfMonth,
  halfYearEndedBefore,
  isHalfYearRange,
  type MonthRange,
} from '../domain/periods';
import { paragraphsOf, type TextFault, writtenTextProblem } from '../domain/text';
import { auditEntry, nextVersion } from './audit';
import { sendEmail } from './mail';
import type { Core, Uses } from './ports';
import { buildReport } from './reports';
import type { ReportDocument } from './reports-model';

/**
 * The joint half-year report as a document (issue 26, 2): the parties write their appendices, the coordinator marks
 * it ready for review, the named chairs of the cooperation group and the steering group sign it, and the version
 * both signed is frozen for the send. Who may do each is decided here, and nowhere else.
 */

const halfYear = (period: MonthRange) => {
  if (!isHalfYearRange(period))
    throw invalid('The joint report is written for a half-year: May–October or November–April.', [
      { path: '/from', code: 'not_valid' },
    ]);
  return period;
};

/** The report as it stands now, compiled for the document's use (its readers are decided by the caller). */
const compiled = (deps: Core, period: MonthRange) =>
  buildReport(deps, systemPrincipal('joint-report'), period);

/** The chair the principal is, of the named ones (none: not a chair, or not a person signed in). */
const chairOf = (chairs: ReportChairs | undefined, principal: Principal) =>
  principal.via === 'session' ? chairs?.chairs.find((c) => c.userId === principal.id) : undefined;

/**
 * The report's document for a person: where it stands, each party's appendix and its deadline, the chairs and their
 * signatures, and what this person may do with it. A partner sees the other parties' appendices by status only.
 */
export async function jointReportView(deps: Core, principal: Principal, period: MonthRange) {
  authorise(principal, 'reports.appendix');
  halfYear(period);
  const [report, chairs] = await Promise.all([compiled(deps, period), deps.reports.getReportChairs()]);
  const { document } = report;
  const chair = chairOf(chairs, principal);
  const signedByMe = document.signatures.some((s) => s.group === chair?.group);
  const ownOnly = principal.role === 'partner';
  return {
    period,
    ...document,
    appendices: document.appendices.map((a) =>
      ownOnly && a.organisationId !== principal.organisationId
        ? { ...a, sections: [], figures: [], funds: [] }
        : a,
    ),
    approvedVersions: (await deps.reports.getJointReport(period)).state?.approved.map((v) => v.number) ?? [],
    chairsVersion: chairs?.version ?? 0,
    may: {
      /** The organisation whose appendix this person writes (a partner: its own; others: any party's). */
      writeAppendixOf: ownOnly ? principal.organisationId : undefined,
      writeAny: !ownOnly,
      review: can(principal, 'reports.write') && document.status === 'appendices_in',
      sign: chair && document.status === 'review' && !signedByMe ? chair.group : undefined,
      readDraft: can(principal, 'reports.read') || chair !== undefined,
      setChairs: can(principal, 'reports.chairs'),
    },
  };
}
export type JointReportView = Awaited<ReturnType<typeof jointReportView>>;

/**
 * Refuses a change to the report's content while its approved version stands, unless the person asked for a new
 * version: the approved one stays frozen either way, and the new one needs approval again.
 */
export async function refuseIfFrozen(deps: Core, period: MonthRange, newVersion: boolean) {
  if (newVersion || !isHalfYearRange(period)) return;
  // Nothing approved yet (the common case): nothing frozen, and no need to compile the report to know it.
  if (!(await deps.reports.getJointReport(period)).state?.approved.length) return;
  const { document } = await compiled(deps, period);
  if (document.status === 'approved' || document.status === 'sent')
    throw conflict(
      `Version ${document.version} of the report is approved and frozen; send newVersion to start version ${document.version + 1}, which needs approval again.`,
      [{ path: '/newVersion', code: 'frozen' }],
      'approved_frozen',
    );
}

/** The longest text under one heading of an appendix. */
export const MAX_APPENDIX_TEXT = 3000;

/**
 * Writes a party's appendix: its texts under the template's headings, kept as a draft or submitted (then every
 * heading needs its text). A partner writes only its own organisation's; the organisation must be a party of the
 * half-year. `shownVersion` is the version the person edited (0: none yet; left out, over whatever is kept).
 */
export async function writeAppendix(
  deps: Core,
  principal: Principal,
  period: MonthRange,
  organisationId: string,
  input: {
    sections: Partial<Record<AppendixHeading, string>>;
    submit: boolean;
    shownVersion?: number;
    newVersion?: boolean;
  },
) {
  authorise(principal, 'reports.appendix');
  halfYear(period);
  if (principal.role === 'partner' && principal.organisationId !== organisationId)
    throw forbidden("A partner writes its own organisation's appendix only.");
  // Paragraphs, one per line as typed, as the report's own texts are kept.
  const written = Object.fromEntries(
    APPENDIX_HEADINGS.map((h) => [h, paragraphsOf(input.sections[h] ?? '').join('\n')]),
  ) as Record<AppendixHeading, string>;
  const problems = APPENDIX_HEADINGS.flatMap((heading) => {
    const text = written[heading];
    // A part left empty may wait in a draft; submitted, every part is written.
    const problem: TextFault | undefined =
      text === ''
        ? input.submit
          ? { code: 'missing' }
          : undefined
        : writtenTextProblem(text, MAX_APPENDIX_TEXT);
    return problem ? [{ path: `/sections/${heading}`, ...problem }] : [];
  });
  if (problems.length > 0) throw invalid('The appendix cannot be kept.', problems);
  const [agreements, joint] = await Promise.all([
    deps.store.listAgreements(),
    deps.reports.getJointReport(period),
  ]);
  const [first, last] = [`${period.from}-01`, datesOfMonth(period.to).at(-1) ?? period.to];
  if (!partiesIn(agreements, first, last).some((p) => p.organisationId === organisationId))
    throw notFound(
      `The organisation ${organisationId} is not a party of the half-year ${period.from}–${period.to}.`,
    );
  await refuseIfFrozen(deps, period, input.newVersion ?? false);
  const before = joint.appendices.find((a) => a.organisationId === organisationId);
  if (input.shownVersion !== undefined && (before?.version ?? 0) !== input.shownVersion)
    throw conflict(
      `The appendix was saved by someone else since it was shown (now version ${before?.version}).`,
      [{ path: '/sections', code: 'changed_meanwhile' }],
    );
  const sections = Object.fromEntries(
    APPENDIX_HEADINGS.flatMap((h) => (written[h] ? [[h, written[h]]] : [])),
  ) as Appendix['sections'];
  const at = deps.now().toISOString();
  const status = input.submit ? 'submitted' : 'draft';
  const after: Appendix = {
    period: { from: period.from, to: period.to },
    organisationId,
    sections,
    status,
    ...nextVersion(before, at, principal),
    ...(input.submit
      ? { submittedAt: before?.status === 'submitted' ? (before.submittedAt ?? at) : at }
      : {}),
  };
  await deps.reports.putAppendix(
    after,
    auditEntry(at, principal, {
      action: input.submit ? 'report-appendix.submitted' : 'report-appendix.saved',
      entityType: 'report',
      entityId: `${period.from}_${period.to}/appendix/${organisationId}`,
      ...(before ? { before: { status: before.status, sections: before.sections } } : {}),
      after: { status, sections },
    }),
  );
  return after;
}

/** A party's appendix as stored (for its form), or undefined before it is first saved. */
export async function getAppendix(
  deps: Core,
  principal: Principal,
  period: MonthRange,
  organisationId: string,
) {
  authorise(principal, 'reports.appendix');
  if (principal.role === 'partner' && principal.organisationId !== organisationId)
    throw forbidden("A partner reads its own organisation's appendix only.");
  return (await deps.reports.getJointReport(halfYear(period))).appendices.find(
    (a) => a.organisationId === organisationId,
  );
}

/**
 * An administrator names who signs for each group (distinct people, each with the title the report gives them).
 * `shownVersion` is the version the administrator edited (0: none yet; left out, over whatever is kept: an API
 * client that does not send one).
 */
export async function setReportChairs(
  deps: Core,
  principal: Principal,
  input: { chairs: Chair[]; shownVersion?: number },
) {
  authorise(principal, 'reports.chairs');
  const problems: FieldProblem[] = input.chairs.flatMap((c, i) => {
    const title = writtenTextProblem(c.title, 60);
    return title ? [{ path: `/chairs/${i}/title`, ...title }] : [];
  });
  const groups = input.chairs.map((c) => c.group);
  if (CHAIR_GROUPS.some((g) => groups.filter((x) => x === g).length !== 1))
    problems.push({ path: '/chairs', code: 'chair_each_group' });
  if (new Set(input.chairs.map((c) => c.userId)).size !== input.chairs.length)
    problems.push({ path: '/chairs', code: 'chairs_differ' });
  for (const [i, c] of input.chairs.entries()) {
    const user = await deps.people.getUser(c.userId);
    if (!user || user.disabled)
      problems.push({ path: `/chairs/${i}/userId`, code: 'no_such', params: { what: 'person' } });
  }
  if (problems.length > 0) throw invalid('The chairs cannot be kept.', problems);
  const before = await deps.reports.getReportChairs();
  if (input.shownVersion !== undefined && (before?.version ?? 0) !== input.shownVersion)
    throw conflict('The chairs were changed by someone else since they were shown.', [], 'concurrent_change');
  const at = deps.now().toISOString();
  const chairs = input.chairs.map(({ group, userId, title }) => ({ group, userId, title: title.trim() }));
  const after: ReportChairs = {
    chairs,
    ...nextVersion(before, at, principal),
  };
  await deps.reports.putReportChairs(
    after,
    auditEntry(at, principal, {
      action: 'report-chairs.set',
      entityType: 'report',
      entityId: 'chairs',
      ...(before ? { before: { chairs: before.chairs } } : {}),
      after: { chairs },
    }),
  );
  return after;
}

/** The state to write over: the stored one, or a new one. */
const stateOf = (stored: JointReportState | undefined, period: MonthRange): JointReportState =>
  stored ?? {
    period: { from: period.from, to: period.to },
    signatures: [],
    approved: [],
    version: 0,
    updatedAt: '',
    updatedBy: '',
  };

/** Refuses a step taken on another content than the one the person read. */
function sameContent(read: string, now: string, version: number) {
  if (read !== now)
    throw conflict(
      `The report has changed since it was read (now version ${version}); read it again.`,
      [{ path: '/digest', code: 'changed_meanwhile' }],
      'document_changed',
    );
}

/**
 * The coordinator says the report is ready for the chairs: every party's appendix submitted, and `digest` the
 * content the coordinator read. A later change to the content takes it out of review again.
 */
export async function markReadyForReview(
  deps: Core,
  principal: Principal,
  period: MonthRange,
  digest: string,
) {
  authorise(principal, 'reports.write');
  halfYear(period);
  const [{ document }, joint] = await Promise.all([
    compiled(deps, period),
    deps.reports.getJointReport(period),
  ]);
  sameContent(digest, document.digest, document.version);
  if (document.status === 'review') return { status: document.status, changed: false };
  if (document.status !== 'appendices_in') {
    const missing = document.appendices.filter((a) => a.status !== 'submitted').map((a) => a.name);
    throw conflict(
      missing.length > 0
        ? `Not every party's appendix is submitted: ${missing.join(', ')}.`
        : `The report is ${document.status} already.`,
      [],
      missing.length > 0 ? 'appendices_missing' : 'approved_frozen',
    );
  }
  const at = deps.now().toISOString();
  const before = stateOf(joint.state, period);
  const after = {
    ...before,
    review: { digest, at, by: principal.id },
    version: before.version + 1,
    updatedAt: at,
    updatedBy: principal.id,
  };
  await deps.reports.putJointReport(
    after,
    auditEntry(at, principal, {
      action: 'report.ready-for-review',
      entityType: 'report',
      entityId: `${period.from}_${period.to}`,
      after: { version: document.version, digest },
    }),
  );
  return { status: 'review' as const, changed: true };
}

/**
 * A named chair signs the report they read (`digest`), in review. When both groups' chairs have signed the same
 * content, that version is approved: its document is frozen as it was, with both signatures, for the send.
 */
export async function signReport(deps: Core, principal: Principal, period: MonthRange, digest: string) {
  halfYear(period);
  const [report, joint, chairs] = await Promise.all([
    compiled(deps, period),
    deps.reports.getJointReport(period),
    deps.reports.getReportChairs(),
  ]);
  const chair = chairOf(chairs, principal);
  if (!chair)
    throw new AppError(
      'forbidden',
      'Only the chairs named for the report sign it, each signed in as themselves.',
      {
        reason: 'not_a_chair',
      },
    );
  const { document } = report;
  sameContent(digest, document.digest, document.version);
  if (document.status !== 'review')
    throw conflict(`The report is not ready for review (it is ${document.status}).`, [], 'not_in_review');
  const at = deps.now().toISOString();
  // The chair's name and organisation as the report just read them from the account: no second read.
  const named = document.chairs.find((c) => c.userId === principal.id);
  const signature: Signature = {
    group: chair.group,
    userId: principal.id,
    name: named?.name ?? principal.name ?? principal.id,
    title: chair.title,
    organisation: named?.organisation ?? null,
    at,
    digest,
  };
  const before = stateOf(joint.state, period);
  const signatures = [
    ...before.signatures.filter((s) => s.group !== chair.group && s.digest === digest),
    signature,
  ];
  const approved = CHAIR_GROUPS.every((g) => signatures.some((s) => s.group === g));
  const after: JointReportState = {
    ...before,
    signatures,
    version: before.version + 1,
    updatedAt: at,
    updatedBy: principal.id,
  };
  const audit = (action: string, extra: Record<string, unknown>) =>
    auditEntry(at, principal, {
      action,
      entityType: 'report',
      entityId: `${period.from}_${period.to}`,
      after: { version: document.version, digest, group: chair.group, ...extra },
    });
  if (!approved) {
    await deps.reports.putJointReport(after, audit('report.signed', {}));
    return { status: 'review' as const, version: document.version, approved: false };
  }
  const number = document.version;
  const frozen: JointReportState = {
    ...after,
    approved: [...before.approved, { number, digest, at, signatures }],
  };
  const asApproved: ReportDocument = {
    ...report,
    document: {
      ...document,
      status: 'approved',
      signatures: signatures.map(({ digest: _d, userId: _u, ...s }) => s),
    },
  };
  await deps.reports.freezeVersion(frozen, JSON.stringify(asApproved), audit('report.approved', { number }));
  return { status: 'approved' as const, version: number, approved: true };
}

/**
 * The report to read: an approved version as it was frozen (every party may read it), or without a version the
 * report as it stands (those who compile it, and the chairs who are to sign it).
 */
export async function readReport(deps: Core, principal: Principal, period: MonthRange, version?: number) {
  authorise(principal, 'reports.approved');
  if (version !== undefined) {
    const frozen = isHalfYearRange(period) ? await deps.reports.getFrozen(period, version) : undefined;
    if (!frozen)
      throw notFound(`Version ${version} of the report ${period.from}–${period.to} is not approved.`);
    return JSON.parse(frozen) as ReportDocument;
  }
  if (can(principal, 'reports.read')) return buildReport(deps, principal, period);
  if (chairOf(await deps.reports.getReportChairs(), principal)) return compiled(deps, period);
  throw forbidden(
    'The report being written is read by the administration and the chairs; every party reads it once approved (ask with version).',
  );
}

/**
 * The parties' appendices not yet submitted for the half-year just ended, reminded from its end until the report is
 * sent (the 15th): each with its deadline. Outside those days, none.
 */
export async function owedAppendices(deps: Core, today: string) {
  const period = halfYearEndedBefore(today);
  const sendDay = `${addMonths(period.to, 1)}-${String(REPORT_SEND_DAY).padStart(2, '0')}`;
  if (today > sendDay) return [];
  const { document } = await compiled(deps, period);
  return document.appendices
    .filter((a) => a.status !== 'submitted')
    .map((a) => ({ organisationId: a.organisationId, period, dueOn: document.deadline }));
}

/**
 * On the send day, when no version is approved: the schedule sends nothing to the committee, and tells every
 * coordinator and administrator what is missing — once per half-year, however often the schedule retries.
 */
export async function tellNotApproved(
  deps: Core & Uses<'email'>,
  period: MonthRange,
  origin?: string,
): Promise<{ told: number; failed: number }> {
  const { document } = await compiled(deps, period);
  const expires = new Date(deps.now().getTime() + 60 * 86_400_000).toISOString();
  if (!(await deps.people.countUse(`report-not-approved#${period.from}_${period.to}`, 1, expires)))
    return { told: 0, failed: 0 };
  const people = (await deps.people.listUsers()).filter(
    (u) => !u.disabled && (u.role === 'admin' || u.role === 'coordinator'),
  );
  let failed = 0;
  for (const person of people) {
    const mail = deps.wording.notApprovedMail(
      {
        name: person.name,
        period,
        status: document.status,
        version: document.version,
        appendicesMissing: document.appendices.filter((a) => a.status !== 'submitted').map((a) => a.name),
        chairsUnsigned: document.chairs
          .filter((c) => !document.signatures.some((s) => s.group === c.group))
          .map((c) => ({ group: c.group, name: c.name ?? c.userId })),
        chairsNamed: document.chairs.length > 0,
        ...(origin ? { origin } : {}),
      },
      person.language,
    );
    try {
      await sendEmail(deps, { to: person.email, ...mail });
    } catch (error) {
      failed += 1;
      deps.logger.error('could not tell that the report is not approved', {
        userId: person.id,
        error: String((error as Error)?.message ?? error),
      });
    }
  }
  deps.logger.warn('half-year report not approved: nothing sent to the committee', {
    period,
    status: document.status,
    told: people.length - failed,
  });
  return { told: people.length - failed, failed };
}
