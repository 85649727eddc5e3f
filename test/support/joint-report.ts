import {
  getAppendix,
  jointReportView,
  markReadyForReview,
  setReportChairs,
  signReport,
  writeAppendix,
} from '../../shared/app/joint-report';
import { createUser } from '../../shared/app/people';
import type { Core } from '../../shared/app/ports';
import { systemPrincipal } from '../../shared/domain/access';
import { APPENDIX_HEADINGS, CHAIR_GROUPS } from '../../shared/domain/joint-report';
import type { MonthRange } from '../../shared/domain/periods';

/**
 * A half-year's joint report approved as the partnership does it, through the use cases: every party's missing
 * appendix submitted, the report marked ready for review, and signed by both named chairs (the demo's).
 */
export async function approveHalfYear(deps: Core, period: MonthRange) {
  const admin = systemPrincipal('test');
  if ((await deps.reports.getReportChairs()) === undefined) {
    // A system without the demo's chairs: two people named to sign.
    const chairs = [];
    for (const group of CHAIR_GROUPS) {
      const email = `ordforande-${group}@test.local`;
      const user =
        (await deps.people.findUserByEmail(email)) ??
        (await createUser(deps, admin, { email, name: `Ordförande ${group}`, role: 'coordinator' }));
      chairs.push({ group, userId: user.id, title: 'ordförande' });
    }
    await setReportChairs(deps, admin, { chairs, shownVersion: 0 });
  }
  const before = await jointReportView(deps, admin, period);
  for (const party of before.appendices.filter((a) => a.status !== 'submitted')) {
    const stored = await getAppendix(deps, admin, period, party.organisationId);
    await writeAppendix(deps, admin, period, party.organisationId, {
      sections: Object.fromEntries(APPENDIX_HEADINGS.map((h) => [h, `${party.name}: ${h}.`])),
      submit: true,
      shownVersion: stored?.version ?? 0,
    });
  }
  const ready = await jointReportView(deps, admin, period);
  if (ready.status === 'appendices_in') await markReadyForReview(deps, admin, period, ready.digest);
  for (const chair of ready.chairs) {
    const user = await deps.people.getUser(chair.userId);
    if (!user) throw new Error(`The chair ${chair.userId} has no account.`);
    await signReport(
      deps,
      { id: user.id, via: 'session', role: user.role, organisationId: user.organisationId, name: user.name },
      period,
      ready.digest,
    );
  }
  return jointReportView(deps, admin, period);
}
