import {
  jointReportView,
  markReadyForReview,
  setReportChairs,
  signReport,
  writeAppendix,
} from '../../shared/app/joint-report';
import { createUser } from '../../shared/app/people';
import type { Core } from '../../shared/app/ports';
import { systemPrincipal } from '../../shared/domain/access';
import { partiesIn } from '../../shared/domain/agreements';
import { APPENDIX_HEADINGS, CHAIR_GROUPS } from '../../shared/domain/joint-report';
import { datesOfMonth, type MonthRange } from '../../shared/domain/periods';

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
  // Every party of the half-year's agreements, from the agreements and the stored appendices (no compilation).
  const [agreements, joint] = await Promise.all([
    deps.store.listAgreements(),
    deps.reports.getJointReport(period),
  ]);
  const submitted = new Set(
    joint.appendices.filter((a) => a.status === 'submitted').map((a) => a.organisationId),
  );
  const last = datesOfMonth(period.to).at(-1) ?? period.to;
  for (const { organisationId } of partiesIn(agreements, `${period.from}-01`, last)) {
    if (submitted.has(organisationId)) continue;
    await writeAppendix(deps, admin, period, organisationId, {
      sections: Object.fromEntries(APPENDIX_HEADINGS.map((h) => [h, `${organisationId}: ${h}.`])),
      submit: true,
      shownVersion: joint.appendices.find((a) => a.organisationId === organisationId)?.version ?? 0,
    });
  }
  const ready = await jointReportView(deps, admin, period);
  if (ready.status === 'appendices_in') await markReadyForReview(deps, admin, period, ready.digest);
  let status: string = ready.status;
  for (const chair of ready.chairs) {
    const user = await deps.people.getUser(chair.userId);
    if (!user) throw new Error(`The chair ${chair.userId} has no account.`);
    ({ status } = await signReport(
      deps,
      { id: user.id, via: 'session', role: user.role, organisationId: user.organisationId, name: user.name },
      period,
      ready.digest,
    ));
  }
  return { status };
}
