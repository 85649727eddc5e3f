import { systemPrincipal } from '../domain/access';
import { extendedEnd, nextDeadline, noticeDue } from '../domain/agreements';
import { addDays, addMonths, stockholmDate } from '../domain/periods';
import {
  DEFAULT_REMINDER_RULES,
  isToRemind,
  type ReminderRules,
  remindedRecently,
} from '../domain/reminders';
import { completeness } from './completeness';
import { owedOutcomes } from './finances';
import { owedAppendices } from './joint-report';
import { sendEmail } from './mail';
import type { Core, Uses } from './ports';
import type { ReminderMail } from './reminders-model';

/** A run that dies mid-send leaves its mail `sending`; after this, another run takes it. */
const LEASE_MS = 5 * 60_000;
/** Tries of one mail, across runs, before it stays failed (and is logged as such). */
const MAX_ATTEMPTS = 3;

export interface ReminderOptions {
  /** The web app's origin, for the links in the mails. */
  origin: string;
  rules?: ReminderRules;
  /** Plan only: nothing is written or sent. */
  dryRun?: boolean;
}

export interface ReminderResult {
  planned: { id: string; to: string; subject: string; periods: number }[];
  sent: number;
  failed: number;
}

/**
 * The daily reminder run: every partner organisation's people get one mail naming all its gaps that are past due
 * and not reminded within `everyDays`; from the `monthDueDay` of a month the administrators get last month's
 * summary. Exactly once under retries and parallel runs: each mail's id says whose and for which day (or month),
 * the outbox takes it once and the claim sends it once; a failed mail is taken again by a later run.
 */
export async function runReminders(
  deps: Core & Uses<'email'>,
  options: ReminderOptions,
): Promise<ReminderResult> {
  const rules = options.rules ?? DEFAULT_REMINDER_RULES;
  const now = deps.now();
  const at = now.toISOString();
  const today = stockholmDate(now);
  const thisMonth = today.slice(0, 7);
  const lastMonth = addMonths(thisMonth, -1);
  const principal = systemPrincipal('reminders');
  const rows = await completeness(deps, principal, {
    from: addMonths(thisMonth, 1 - rules.lookbackMonths),
    to: thisMonth,
  });
  const [users, organisations, outcomesOwed, appendicesOwed] = await Promise.all([
    deps.people.listUsers(),
    deps.store.listOrganisations(),
    owedOutcomes(deps, today),
    owedAppendices(deps, today),
  ]);
  // A yearly outcome's gap is kept like an activity's: under `finance:<organisation>`, its period the year; an
  // appendix's under `appendix:<organisation>`, its period the half-year.
  const financeGap = (organisationId: string) => `finance:${organisationId}`;
  const appendixGap = (organisationId: string) => `appendix:${organisationId}`;
  const halfYear = (a: { period: { from: string; to: string } }) => `${a.period.from}--${a.period.to}`;
  const reminded = await deps.reminders.remindedOn([
    ...rows.map((r) => r.activityId),
    ...new Set(outcomesOwed.map((o) => financeGap(o.organisationId))),
    ...appendicesOwed.map((a) => appendixGap(a.organisationId)),
  ]);
  const active = users.filter((u) => !u.disabled);
  const mails: ReminderMail[] = [];
  const mail = (fields: Omit<ReminderMail, 'status' | 'attempts' | 'at'>): ReminderMail => ({
    ...fields,
    status: 'pending',
    attempts: 0,
    at,
  });

  for (const organisation of organisations) {
    const activities = rows
      .filter((r) => r.organisationId === organisation.id)
      .map((r) => ({
        activityId: r.activityId,
        name: r.name,
        kind: r.kind,
        periods: r.missing.filter((p) =>
          isToRemind(p, reminded.get(`${r.activityId}|${p}`), now, today, rules),
        ),
      }))
      .filter((a) => a.periods.length > 0);
    const outcomes = outcomesOwed.filter(
      (o) =>
        o.organisationId === organisation.id &&
        !remindedRecently(reminded.get(`${financeGap(o.organisationId)}|${o.year}`), today, rules),
    );
    const appendices = appendicesOwed.filter(
      (a) =>
        a.organisationId === organisation.id &&
        !remindedRecently(reminded.get(`${appendixGap(a.organisationId)}|${halfYear(a)}`), today, rules),
    );
    if (activities.length === 0 && outcomes.length === 0 && appendices.length === 0) continue;
    const gaps = [
      ...activities.flatMap((a) => a.periods.map((period) => ({ activityId: a.activityId, period }))),
      ...outcomes.map((o) => ({ activityId: financeGap(o.organisationId), period: String(o.year) })),
      ...appendices.map((a) => ({ activityId: appendixGap(a.organisationId), period: halfYear(a) })),
    ];
    for (const person of active.filter(
      (u) => u.role === 'partner' && u.organisationId === organisation.id && u.reminders !== false,
    )) {
      const words = deps.wording.gapsMail(
        {
          name: person.name,
          organisation: organisation.name,
          activities,
          outcomes,
          appendices,
          origin: options.origin,
          everyDays: rules.everyDays,
        },
        person.language,
      );
      mails.push(
        mail({
          id: `gaps#${today}#${person.id}`,
          kind: 'gaps',
          userId: person.id,
          to: person.email,
          gaps,
          ...words,
        }),
      );
    }
  }

  if (Number(today.slice(8, 10)) >= rules.monthDueDay) {
    const byOrganisation = organisations.map((o) => ({
      name: o.name,
      activities: rows
        .filter((r) => r.organisationId === o.id)
        .map((r) => ({ name: r.name, missing: r.missing.filter((p) => p.startsWith(lastMonth)).length })),
    }));
    for (const admin of active.filter((u) => u.role === 'admin' && u.reminders !== false)) {
      const words = deps.wording.summaryMail(
        { name: admin.name, month: lastMonth, organisations: byOrganisation, origin: options.origin },
        admin.language,
      );
      mails.push(
        mail({
          id: `summary#${lastMonth}#${admin.id}`,
          kind: 'summary',
          userId: admin.id,
          to: admin.email,
          gaps: [],
          ...words,
        }),
      );
    }
  }

  // Agreements whose notice deadline is 30 or 7 days away, or today, with no extension recorded (an extension
  // moves the end, and with it the deadline: the next one is reminded in its turn).
  for (const agreement of await deps.store.listAgreements()) {
    const deadline = nextDeadline(agreement);
    const days = deadline === null ? undefined : noticeDue(deadline, today);
    if (deadline === null || days === undefined) continue;
    // Every administrator, opted out of reminders or not: a missed deadline ends the partnership.
    for (const admin of active.filter((u) => u.role === 'admin')) {
      const words = deps.wording.noticeMail(
        {
          name: admin.name,
          agreement: agreement.name,
          end: agreement.end,
          deadline,
          next: extendedEnd(agreement),
          days,
        },
        admin.language,
      );
      mails.push(
        mail({
          id: `notice#${agreement.id}#${deadline}#${days}#${admin.id}`,
          kind: 'notice',
          userId: admin.id,
          to: admin.email,
          gaps: [],
          ...words,
        }),
      );
    }
  }

  const planned = mails.map((m) => ({ id: m.id, to: m.to, subject: m.subject, periods: m.gaps.length }));
  if (options.dryRun) return { planned, sent: 0, failed: 0 };

  for (const m of mails) await deps.reminders.enqueueReminder(m, today);
  // What is owed: today's mails, and the failed ones of the days before (and of last month's summary).
  const owed = [
    ...(await deps.reminders.listReminders(`gaps#${addDays(today, -rules.everyDays)}`, `gaps#${today}`)),
    ...(await deps.reminders.listReminders(`summary#${lastMonth}`, `summary#${lastMonth}`)),
    ...(await deps.reminders.listReminders('notice#', 'notice#')),
  ].filter((m) => m.status !== 'sent');
  let sent = 0;
  let failed = 0;
  for (const m of owed) {
    const claimed = { ...m, at };
    if (!(await deps.reminders.claimReminder(claimed, LEASE_MS, MAX_ATTEMPTS))) continue;
    try {
      await sendEmail(deps, { to: m.to, subject: m.subject, text: m.text, html: m.html });
      await deps.reminders.completeReminder({ ...claimed, status: 'sent' });
      sent++;
    } catch (error) {
      failed++;
      await deps.reminders.completeReminder({
        ...claimed,
        status: 'failed',
        error: (error as Error).message.slice(0, 500),
      });
      deps.logger.error('reminder not sent', { reminderId: m.id, userId: m.userId, attempt: m.attempts + 1 });
    }
  }
  deps.logger.info('reminders run', { planned: mails.length, sent, failed });
  return { planned, sent, failed };
}
