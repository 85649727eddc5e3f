import { authorise, can, type Principal, systemPrincipal } from '../domain/access';
import { outsideOn, partiesIn } from '../domain/agreements';
import { capacityOn } from '../domain/capacity';
import { readinessIn } from '../domain/decisions';
import { scoreExpected } from '../domain/demand';
import { conflict, notFound } from '../domain/errors';
import {
  type AppendixFigure,
  appendixDeadline,
  jointReportStatus,
  type ReportAppendix,
  reportAppendices,
  signaturesOf,
  versionNumber,
} from '../domain/joint-report';
import type { Language } from '../domain/language';
import {
  addDays,
  addMonths,
  datesBetween,
  datesOfMonth,
  halfYearEndedBefore,
  halfYearOf,
  isHalfYearRange,
  type MonthRange,
  monthsBetween,
  stockholmDate,
} from '../domain/periods';
import { compileReport, percent, type Report, type ReportFigures } from '../domain/report';
import {
  changesSince,
  keyFigures,
  type PublishedChange,
  previousPeriods,
  publishedFigures,
} from '../domain/report-history';
import { type SurveyResults, surveyResults } from '../domain/survey';
import type { Verification } from '../domain/verification';
import { listAgreements } from './agreements';
import { verifyAlerts } from './alerts';
import type { ColdNightRecord, EmailSender } from './alerts-model';
import { auditEntry } from './audit';
import { anyFigures } from './figures';
import { newId, sha256 } from './ids';
import { isUndeliverable, sendEmail } from './mail';
import type { Activity } from './model';
import type { Core, Uses } from './ports';
import type {
  RenderedReport,
  ReportColdNights,
  ReportDocument,
  ReportFile,
  ReportRecipient,
  ReportSend,
  SendOptions,
  SendResult,
} from './reports-model';

/** How many earlier periods of the same length the trends go back (two years for a half-year). */
export const TREND_PERIODS = 3;

const within = (range: MonthRange) => (f: ReportFigures) => {
  const month = f.period.slice(0, 7);
  return month >= range.from && month <= range.to;
};

/**
 * The report for whole months `from`–`to`, with the same key figures for the periods before it and what changed
 * since a report for the period was last sent: one Query for the activities, one Query per activity for its
 * figures from the first trend period to `to` (days and month totals alike), one for the cold-night check's nights,
 * one for the sends of the period; no Scan. Records when the data was read.
 */
export async function buildReport(
  deps: Core,
  principal: Principal,
  asked: MonthRange,
): Promise<ReportDocument> {
  authorise(principal, 'reports.read');
  // The range alone: a caller's query may carry more (a format, a language), which is not the report's.
  const range = { from: asked.from, to: asked.to };
  const dataReadAt = deps.now().toISOString();
  const earlier = previousPeriods(range, TREND_PERIODS);
  const readFrom = earlier[0]?.from ?? range.from;
  const activities = (await deps.store.listActivities()).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const figures = new Map<string, ReportFigures[]>(
    await Promise.all(
      activities.map(async (a) => [a.id, await deps.store.listFigures(a.id, readFrom, range.to)] as const),
    ),
  );
  const [firstDay] = datesOfMonth(range.from);
  const lastDay = datesOfMonth(range.to).at(-1);
  const [periodFirst, periodLast] = [firstDay ?? range.from, lastDay ?? range.to];
  const years = [...new Set([range.from, range.to].map((m) => Number(m.slice(0, 4))))];
  // Only a half-year's report is a document the parties write, with a survey; a range of months is a compilation.
  const halfYear = isHalfYearRange(range);
  const lastHalfYear = { from: addMonths(range.from, -6), to: addMonths(range.to, -6) };
  const [nights, previous, agreements, verification, decisions, texts, joint, chairs, financeYears, survey] =
    await Promise.all([
      deps.alerts.listNights(periodFirst, periodLast),
      deps.reports.lastSent(range),
      listAgreements(deps, principal),
      verifyAlerts(deps, systemPrincipal('report'), { from: periodFirst, to: periodLast }),
      deps.alerts.listDecisions(),
      deps.reports.listTexts(range),
      deps.reports.getJointReport(range),
      deps.reports.getReportChairs(),
      Promise.all(
        years.map(async (year) => ({ year, granted: (await deps.store.getFinanceYear(year))?.granted })),
      ),
      halfYear
        ? Promise.all([
            deps.reports.getSurveyTemplate(),
            deps.reports.listSurveyTallies(range),
            deps.reports.listSurveyTallies(lastHalfYear),
          ])
        : undefined,
    ]);
  const venueById = new Map(activities.map((a) => [a.id, a]));
  const minima = new Map(nights.map((n) => [n.night, n.minTemperature]));
  const compile = (period: MonthRange) => {
    // Each activity's figures of the period, filtered once: the compilation asks for them several times.
    const inPeriod = new Map(activities.map((a) => [a.id, (figures.get(a.id) ?? []).filter(within(period))]));
    return compileReport(monthsBetween(period.from, period.to), activities, (id) => inPeriod.get(id) ?? [], {
      smallCellBelow: deps.reportSmallCellBelow ?? 5,
      forecastMinimum: (night) => minima.get(night),
      today: stockholmDate(deps.now()),
      outside: (organisationId, day) => outsideOn(agreements, organisationId, day),
    });
  };
  const report = compile(range);
  // Earlier periods count only where something was reported: an empty half-year is no trend, just no data.
  const history = earlier
    .filter((period) => [...figures.values()].some((list) => list.some(within(period))))
    .map((period) => ({ period, report: compile(period) }));
  const trend = [...history, { period: range, report }];
  const appendices = reportAppendices(
    halfYear ? partiesIn(agreements, periodFirst, periodLast) : [],
    joint.appendices,
    (organisationId) => appendixFigures(report, activities, organisationId),
    (organisationId) =>
      financeYears.map(({ year, granted }) => {
        const all = Object.values(granted ?? {}).reduce((n, g) => n + g, 0);
        const own = granted?.[organisationId] ?? null;
        return { year, granted: own, sharePct: own === null ? null : percent(own, all) };
      }),
  );
  const textsWritten = texts.map(({ section, text, draft }) => ({ section, text, draft }));
  const surveyed = survey
    ? surveyResults(survey[0], survey[1], survey[2], deps.reportSmallCellBelow ?? 5)
    : null;
  const digest = contentDigest(report, textsWritten, appendices, surveyed);
  const names = new Map(await organisationNames(deps, chairs?.chairs.map((c) => c.userId) ?? []));
  return {
    period: range,
    dataReadAt,
    /** The sections' openings as people wrote them, each with the draft it was written over. */
    texts: textsWritten,
    /** The user survey's answers in the half-year, against the half-year before (issue 26, 4); null: none. */
    survey: surveyed,
    /** The report as a document the parties write and the chairs approve (issue 26, 2). */
    document: {
      status: jointReportStatus(
        joint.state,
        digest,
        appendices.every((a) => a.status === 'submitted'),
        previous?.send.version,
      ),
      version: versionNumber(joint.state, digest),
      digest,
      deadline: appendixDeadline(range),
      halfYear,
      chairs: (chairs?.chairs ?? []).map((c) => ({
        ...c,
        ...(names.get(c.userId) ?? { name: null, organisation: null }),
      })),
      signatures: signaturesOf(joint.state, digest).map(({ digest: _d, userId: _u, ...s }) => s),
      appendices,
    },
    ...report,
    trends: {
      periods: trend.map(({ period, report: r }) => ({ ...period, ...keyFigures(r) })),
      months: trend.flatMap(({ report: r }) =>
        r.nightShelters.months.map((m) => ({
          month: m.month,
          guestNights: m.guestNights,
          capacityNights: m.capacityNights,
          occupancyPct: m.occupancyPct,
        })),
      ),
    },
    /** The agreements in force in the period, with the parties of it then (who joined or left within it, when). */
    agreements: agreements
      .filter((a) => a.start <= periodLast && a.end >= periodFirst)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((a) => ({
        name: a.name,
        start: a.start,
        end: a.end,
        parties: a.parties
          .filter((p) => p.joined <= periodLast && (p.left ?? '9999') >= periodFirst)
          .map(({ name, joined, left }) => ({ name, joined, ...(left ? { left } : {}) }))
          .sort((x, y) => x.name.localeCompare(y.name, 'sv')),
      })),
    /**
     * The night as it was against the alerts and the guests: what SMHI observed, how well the alerts did, and each
     * night's guests in the night shelters and at the extra cold nights against its observed minimum.
     */
    coldNights: coldNightsOf(verification, nights, activities, figures, range, stockholmDate(deps.now())),
    /** Extra readiness decided in the period, per cause: winter's cold nights and warnings, summer's evictions. */
    readiness: readinessIn(
      decisions,
      { from: periodFirst, to: periodLast },
      (id, night) => capacityOn(venueById.get(id)?.capacity ?? [], night)?.places ?? 0,
    ),
    /** Where a report for this period was sent before: what differs from it now (corrections since). */
    sinceLastSent: previous
      ? {
          sentAt: previous.send.sentAt as string,
          dataReadAt: previous.send.dataReadAt as string,
          changes: changesSince(previous.figures, publishedFigures(report)),
        }
      : null,
  };
}

/**
 * The verification's counts, night by night the guests against the observed minimum (nights over only), and the
 * expected guests the check last gave each night against the shelters' guests, scored over the nights every
 * shelter it counted has reported.
 */
function coldNightsOf(
  verification: Verification,
  records: readonly ColdNightRecord[],
  activities: readonly Activity[],
  figures: ReadonlyMap<string, readonly ReportFigures[]>,
  range: MonthRange,
  today: string,
): ReportColdNights {
  const { nights: verified, from: _from, to: _to, ...counts } = verification;
  const observed = new Map(verified.map((n) => [n.night, n.observedMin]));
  const guestsOf = (kind: Activity['kind']) => {
    const byNight = new Map<string, { guests: number; reported: number }>();
    for (const a of activities.filter((x) => x.kind === kind))
      for (const { period, figures: f } of figures.get(a.id) ?? [])
        if (period.length === 10) {
          const sum = byNight.get(period) ?? { guests: 0, reported: 0 };
          byNight.set(period, {
            guests: sum.guests + (f.women ?? 0) + (f.men ?? 0),
            reported: sum.reported + 1,
          });
        }
    return byNight;
  };
  const shelters = guestsOf('night_shelter');
  const venues = guestsOf('cold_night_venue');
  const [first] = datesOfMonth(range.from);
  const last = datesOfMonth(range.to).at(-1) as string;
  const nights = datesBetween(first as string, last < today ? last : addDays(today, -1));
  const expected = new Map(records.flatMap((r) => (r.demand ? [[r.night, r.demand] as const] : [])));
  const scored = nights.flatMap((night) => {
    const [d, came] = [expected.get(night), shelters.get(night)];
    return d && came && came.reported >= d.venues ? [{ ...d, guests: came.guests }] : [];
  });
  return {
    ...counts,
    demand: scoreExpected(scored) ?? null,
    nights: nights.map((night) => {
      const d = expected.get(night);
      return {
        night,
        guestNights: shelters.get(night)?.guests ?? 0,
        coldNightGuests: venues.get(night)?.guests ?? 0,
        observedMin: observed.get(night) ?? null,
        expected: d ? { expected: d.expected, low: d.low, high: d.high, places: d.places } : null,
      };
    }),
  };
}

/** What a party's appendix shows of its own activities: each shelter's, centre's and team's count. */
function appendixFigures(
  report: Report,
  activities: readonly Activity[],
  organisationId: string,
): AppendixFigure[] {
  const [first, last] = [`${report.nightShelters.months[0]?.month}-01`, report.nightShelters.places.night];
  // Its activities that ran in the half-year: one that began after it, or ended before it, has nothing to say.
  const own = new Set(
    activities
      .filter((a) => a.organisationId === organisationId)
      .filter((a) => (a.startsOn ?? '') <= last && (a.endsOn ?? '9999') >= first)
      .map((a) => a.id),
  );
  const none = { womenPct: null, occupancyPct: null };
  return [
    ...report.nightShelters.shelters
      .filter((s) => own.has(s.activityId) && s.total.capacityNights + s.total.guestNights > 0)
      .map((s) => ({
        name: s.name,
        unit: 'guestNights' as const,
        count: s.total.guestNights,
        womenPct: s.total.womenPct,
        occupancyPct: s.total.occupancyPct,
      })),
    ...report.dayCentres.centres
      .filter((c) => own.has(c.activityId))
      .map((c) => ({
        ...none,
        name: c.name,
        unit: 'visits' as const,
        count: c.total.visits,
        womenPct: c.total.womenPct,
      })),
    ...report.services
      .filter((s) => own.has(s.activityId))
      .map((s) =>
        s.kind === 'intake'
          ? { ...none, name: s.name, unit: 'ticketsIssued' as const, count: s.sums.ticketsIssued ?? null }
          : {
              ...none,
              name: s.name,
              unit: 'people' as const,
              count: s.halfYear?.people ?? null,
              womenPct: s.halfYear?.womenPct ?? null,
            },
      ),
  ];
}

/**
 * What approval holds for: the figures the report publishes, the texts written, the appendices submitted, the
 * survey's results. Any change to one of them is a new version (shared/domain/joint-report.ts).
 */
export function contentDigest(
  report: Report,
  texts: readonly { section: string; text: string; draft: string }[],
  appendices: readonly ReportAppendix[],
  survey: SurveyResults | null,
) {
  return sha256(
    JSON.stringify({
      figures: publishedFigures(report),
      texts: [...texts].sort((a, b) => a.section.localeCompare(b.section)),
      appendices: appendices.map((a) => [a.organisationId, a.sections]),
      survey,
    }),
  ).slice(0, 32);
}

/** Each chair's name and organisation, as their accounts say them (a removed account: none). */
async function organisationNames(deps: Core, userIds: readonly string[]) {
  const organisations = new Map((await deps.store.listOrganisations()).map((o) => [o.id, o.name]));
  return Promise.all(
    userIds.map(async (id) => {
      const user = await deps.people.getUser(id);
      return [
        id,
        {
          name: user?.name ?? null,
          organisation: user?.organisationId ? (organisations.get(user.organisationId) ?? null) : null,
        },
      ] as const;
    }),
  );
}

/**
 * The report page's choice (issue 23): the half-years to choose from — the last one ended and the three before it —
 * and for a chosen period, whether it holds any figures and, for those who may send the report, its recipients
 * (undefined: this person may not send it).
 */
export async function reportChoice(deps: Core, principal: Principal, chosen?: MonthRange) {
  authorise(principal, 'reports.read');
  const last = halfYearEndedBefore(stockholmDate(deps.now()));
  const halfYears = [0, 1, 2, 3].map((n) => ({
    from: addMonths(last.from, -6 * n),
    to: addMonths(last.to, -6 * n),
  }));
  if (!chosen) return { last, halfYears };
  const [any, recipients, joint] = await Promise.all([
    anyFigures(deps, principal, chosen),
    can(principal, 'reports.send') ? listReportRecipients(deps, principal) : undefined,
    deps.reports.getJointReport(chosen),
  ]);
  /** The version a send sends: the last both chairs approved, as frozen; null: the report as it stands, a draft. */
  const approvedVersion = joint.state?.approved.at(-1)?.number ?? null;
  return { last, halfYears, empty: !any, recipients, approvedVersion };
}

// --- recipients -----------------------------------------------------------------------------------------

/**
 * The half-year report already sent that holds `period` (a night or a month), if one was: a partner correcting a
 * figure in it is told that the next send will say what changed.
 */
export async function sentReportHolding(deps: Core, principal: Principal, period: string) {
  authorise(principal, 'figures.write');
  const range = halfYearOf(period.slice(0, 7));
  const send = await deps.reports.lastSend(range);
  return send?.sentAt ? { range, sentAt: send.sentAt } : undefined;
}

export async function createReportRecipient(
  deps: Core,
  principal: Principal,
  input: Omit<ReportRecipient, 'id' | 'createdAt'>,
): Promise<ReportRecipient> {
  authorise(principal, 'reports.recipients');
  if ((await deps.reports.listRecipients()).length >= MAX_REPORT_RECIPIENTS) {
    throw conflict(`There are already ${MAX_REPORT_RECIPIENTS} report recipients; remove one first.`);
  }
  const at = deps.now().toISOString();
  const recipient: ReportRecipient = { id: newId('rcp'), ...input, createdAt: at };
  await deps.reports.createRecipient(
    recipient,
    auditEntry(at, principal, {
      action: 'report-recipient.created',
      entityType: 'report-recipient',
      entityId: recipient.id,
      after: recipient,
    }),
  );
  return recipient;
}

/** The report's recipients by name (the store keeps them by id), as a person looks for one. */
export async function listReportRecipients(deps: Core, principal: Principal) {
  authorise(principal, 'reports.recipients');
  return (await deps.reports.listRecipients()).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

export async function deleteReportRecipient(deps: Core, principal: Principal, id: string) {
  authorise(principal, 'reports.recipients');
  const recipient = (await deps.reports.listRecipients()).find((r) => r.id === id);
  if (!recipient) throw notFound(`No report recipient ${id}.`);
  await deps.reports.deleteRecipient(
    recipient,
    auditEntry(deps.now().toISOString(), principal, {
      action: 'report-recipient.deleted',
      entityType: 'report-recipient',
      entityId: id,
      before: recipient,
    }),
  );
}

// --- sending --------------------------------------------------------------------------------------------

/** What sending takes of the world: the stores, and the renderers, the archive and the mail. */
export type SendDeps = Core &
  Uses<'archive' | 'email'> & {
    /** The report in one language, every format (the renderers live in the reports function only). */
    render(report: ReportDocument, language: Language): Promise<RenderedReport>;
  };

/** Sending from a function without the renderers: the sender that has them does it (see `ReportSender`). */
export type HandedSendDeps = Required<Uses<'reportSender'>>;

/** Tries per mail within one run; a later run for the same send tries a failed mail again, up to MAX_CLAIMS. */
const ATTEMPTS = 3;
const MAX_CLAIMS = 3;
/** A run that has held a send or a mail this long without finishing is taken to have died (Lambda: 2 min). */
const LEASE_MS = 5 * 60_000;
/** At most this many recipients: each is mailed, one after the other, within one run. */
export const MAX_REPORT_RECIPIENTS = 100;

async function withRetries(send: () => Promise<void>, pauseMs: number) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      // An address marked undeliverable stays so: no use trying again now.
      if (attempt >= ATTEMPTS || isUndeliverable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs * attempt));
    }
  }
}

/** What a resumed run needs to mail a send it did not render: each language's e-mail, by archive keys. */
interface SendManifest {
  mails: Partial<
    Record<
      Language,
      {
        subject: string;
        text: string;
        html: string;
        attachments: { name: string; contentType: string; key: string }[];
        inline: { id: string; name: string; contentType: string; key: string }[];
      }
    >
  >;
  changes: PublishedChange[] | null;
}

type Mail = Parameters<EmailSender['send']>[0];

/** Compiles, renders and archives the report of a send, keeps what it published, and readies its mails. */
async function prepareSend(deps: SendDeps, send: ReportSend) {
  const frozen = send.version ? await deps.reports.getFrozen(send.period, send.version) : undefined;
  if (send.version && !frozen)
    throw new Error(`The approved version ${send.version} of ${send.folder} is missing.`);
  const report = frozen
    ? (JSON.parse(frozen) as ReportDocument)
    : await buildReport(deps, systemPrincipal('report-send'), send.period);
  const languages = [...new Set(send.recipients.map((r) => r.language))];
  const manifest: SendManifest = { mails: {}, changes: report.sinceLastSent?.changes ?? null };
  const mails = new Map<Language, Omit<Mail, 'to'>>();
  const files: string[] = [];
  const keep = async (key: string, file: ReportFile) => {
    await deps.archive.put(key, file);
    return key;
  };
  for (const language of languages) {
    const rendered = await deps.render(report, language);
    const kept = await Promise.all(rendered.files.map((f) => keep(`${send.folder}/${f.name}`, f)));
    for (const key of kept) files.push(key);
    const inline = await Promise.all(
      rendered.email.inline.map(async ({ id, ...file }) => ({
        id,
        name: file.name,
        contentType: file.contentType,
        key: await keep(`${send.folder}/mail-${language}/${file.name}`, file),
      })),
    );
    const attachments = rendered.attachments.map((f) => ({
      name: f.name,
      contentType: f.contentType,
      key: `${send.folder}/${f.name}`,
    }));
    const { subject, text, html } = rendered.email;
    manifest.mails[language] = { subject, text, html, attachments, inline };
    mails.set(language, {
      subject,
      text,
      html,
      attachments: [
        ...rendered.attachments,
        ...rendered.email.inline.map(({ id, ...file }) => ({ ...file, inlineId: id })),
      ],
    });
  }
  const manifestKey = await keep(`${send.folder}/send.json`, {
    name: 'send.json',
    contentType: 'application/json',
    body: new TextEncoder().encode(JSON.stringify(manifest)),
  });
  const ready: ReportSend = { ...send, dataReadAt: report.dataReadAt, files, manifest: manifestKey };
  await deps.reports.readySend(ready, publishedFigures(report));
  return { send: ready, mails, changes: manifest.changes };
}

/** The mails of a send another run prepared, read back from the archive. */
async function mailsOf(deps: SendDeps, send: ReportSend) {
  const manifest = JSON.parse(
    new TextDecoder().decode(await deps.archive.get(send.manifest as string)),
  ) as SendManifest;
  const mails = new Map<Language, Omit<Mail, 'to'>>();
  for (const [language, mail] of Object.entries(manifest.mails)) {
    if (!mail) continue;
    const read = async (f: { name: string; contentType: string; key: string }) => ({
      name: f.name,
      contentType: f.contentType,
      body: await deps.archive.get(f.key),
    });
    mails.set(language as Language, {
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: [
        ...(await Promise.all(mail.attachments.map(read))),
        ...(await Promise.all(mail.inline.map(async (f) => ({ ...(await read(f)), inlineId: f.id })))),
      ],
    });
  }
  return { mails, changes: manifest.changes };
}

/**
 * Compiles the report, keeps every format in the archive, and e-mails it to each recipient in their language
 * with the PDF and XLSX attached — exactly once per request: `requestKey` (the schedule's period, or a client's
 * Idempotency-Key) names the send, so that a retried request resumes it instead of mailing everyone again.
 * Without one, each call is a new send (a corrected report sent on purpose). A report sent before for the same
 * period is compared with this one, and what changed is said on its first page. One recipient's failure does not
 * stop the others; it is retried, reported, and recorded.
 */
export async function sendReport(
  deps: SendDeps | HandedSendDeps,
  principal: Principal,
  range: MonthRange,
  options: SendOptions = {},
): Promise<SendResult> {
  authorise(principal, 'reports.send');
  if ('reportSender' in deps) return deps.reportSender.send(principal, range, options);
  const startedAt = deps.now().toISOString();
  const id = options.requestKey
    ? `snd_${sha256(`${range.from}_${range.to}|${options.requestKey}`).slice(0, 24)}`
    : newId('snd');
  const recipients = await deps.reports.listRecipients();
  if (recipients.length === 0) {
    throw conflict(
      'There is no one to send the report to: add an administrator with POST /v1/report-recipients first.',
      [],
      'no_recipients',
    );
  }
  // The joint report's last approved version, frozen, when there is one; else the report compiled now.
  const approved = (await deps.reports.getJointReport(range)).state?.approved.at(-1);
  if (!approved && options.approvedOnly)
    throw conflict(
      `No version of the report ${range.from}–${range.to} is approved by both chairs: nothing was sent.`,
      [],
      'not_approved',
    );
  // The schedule sends an approved version once: one an administrator sent already is not sent again.
  const last = options.approvedOnly ? await deps.reports.lastSend(range) : undefined;
  if (approved && last?.version === approved.number && last.id !== id) return sentResult(last, null);
  const started = await deps.reports.startSend({
    id,
    period: range,
    status: 'preparing',
    requestedBy: principal.id,
    startedAt,
    claimedAt: startedAt,
    folder: `reports/${range.from}_${range.to}/${startedAt.replace(/[:.]/g, '-')}_${id}`,
    recipients,
    ...(approved ? { version: approved.number } : {}),
  });
  let send = started.send;

  let mails: Map<Language, Omit<Mail, 'to'>>;
  let changes: PublishedChange[] | null;
  if (send.status === 'preparing') {
    if (!started.created && !(await deps.reports.claimSend(send, startedAt, LEASE_MS))) {
      throw conflict(
        'This report is being sent by another run right now; ask again in a few minutes.',
        [],
        'in_progress',
      );
    }
    const claimed = started.created ? send : { ...send, claimedAt: startedAt };
    ({ send, mails, changes } = await prepareSend(deps, claimed));
  } else {
    ({ mails, changes } = await mailsOf(deps, send));
  }

  let claimedAny = false;
  for (const recipient of send.recipients) {
    const at = deps.now().toISOString();
    if (!(await deps.reports.claimRecipient(send.id, recipient.id, at, LEASE_MS, MAX_CLAIMS))) continue;
    claimedAny = true;
    const mail = mails.get(recipient.language) as Omit<Mail, 'to'>;
    try {
      await withRetries(
        () => sendEmail(deps, { to: recipient.email, ...mail }),
        options.retryPauseMs ?? 1000,
      );
      await deps.reports.finishRecipient(send.id, { recipientId: recipient.id, status: 'sent' });
    } catch (error) {
      await deps.reports.finishRecipient(send.id, {
        recipientId: recipient.id,
        status: 'failed',
        error: String((error as Error)?.message ?? error).slice(0, 500),
      });
      deps.logger.error('report e-mail failed after retries', {
        sendId: send.id,
        recipientId: recipient.id,
        error: String((error as Error)?.message ?? error),
      });
    }
  }

  if (claimedAny || send.status !== 'sent') {
    const outcomes = await deps.reports.listRecipientDeliveries(send.id);
    const sentAt = deps.now().toISOString();
    send = {
      ...send,
      status: 'sent',
      sentAt,
      delivered: outcomes.filter((o) => o.status === 'sent').length,
      failed: outcomes.filter((o) => o.status === 'failed').map((o) => o.recipientId),
    };
    await deps.reports.completeSend(
      send,
      auditEntry(sentAt, principal, {
        action: 'report.sent',
        entityType: 'report',
        entityId: `${range.from}_${range.to}`,
        after: {
          sendId: send.id,
          period: range,
          sentAt,
          dataReadAt: send.dataReadAt,
          files: send.files,
          delivered: send.delivered,
          failed: send.failed,
        },
      }),
    );
  }
  return sentResult(send, changes);
}

const sentResult = (send: ReportSend, changes: PublishedChange[] | null): SendResult => ({
  period: send.period,
  version: send.version ?? null,
  sentAt: send.sentAt as string,
  dataReadAt: send.dataReadAt as string,
  sentBy: send.requestedBy,
  files: send.files ?? [],
  delivered: send.delivered ?? 0,
  failed: send.failed ?? [],
  changes,
});
