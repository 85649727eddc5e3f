import { authorise, type Principal } from '../domain/access';
import { type Agreement, extendedEnd, type NoticeRule, nextDeadline, type Party } from '../domain/agreements';
import { conflict, type FieldProblem, invalid, notFound } from '../domain/errors';
import { auditEntry } from './audit';
import { newId } from './ids';
import type { Core } from './ports';

/** An agreement as recorded: everything but what the system gives it (id, extensions, version, time). */
export type NewAgreement = Omit<Agreement, 'id' | 'extensions' | 'version' | 'createdAt'>;

export interface AgreementPatch {
  name?: string;
  latestEnd?: string | null;
  notice?: NoticeRule;
  parties?: Party[];
  extend?: { decidedOn: string };
}

/** An agreement as read: with its next deadline, and each extension marked late if decided after its deadline. */
export const agreementView = (a: Agreement) => ({
  ...a,
  extensions: a.extensions.map((e) => ({ ...e, late: e.decidedOn > e.deadline })),
  nextDeadline: nextDeadline(a),
});

/** The rules across fields: dates in order, parties known, each once, inside the agreement. */
async function problemsOf(deps: Core, a: NewAgreement) {
  const problems: FieldProblem[] = [];
  if (a.end < a.start) problems.push({ path: '/end', code: 'before_other', params: { other: 'start' } });
  if (a.latestEnd !== null && a.latestEnd < a.end)
    problems.push({ path: '/latestEnd', code: 'before_other', params: { other: 'end' } });
  const known = new Set((await deps.store.listOrganisations()).map((o) => o.id));
  const seen = new Set<string>();
  a.parties.forEach((p, i) => {
    if (!known.has(p.organisationId))
      problems.push({
        path: `/parties/${i}/organisationId`,
        code: 'no_such',
        params: { what: 'organisation', id: p.organisationId },
      });
    if (seen.has(p.organisationId)) problems.push({ path: `/parties/${i}/organisationId`, code: 'twice' });
    seen.add(p.organisationId);
    if (p.joined < a.start || p.joined > (a.latestEnd ?? a.end))
      problems.push({ path: `/parties/${i}/joined`, code: 'outside_agreement' });
    if (p.left !== undefined && p.left < p.joined)
      problems.push({ path: `/parties/${i}/left`, code: 'before_other', params: { other: 'joined' } });
  });
  if (problems.length > 0) throw invalid('The agreement is not valid.', problems);
}

export async function createAgreement(deps: Core, principal: Principal, input: NewAgreement) {
  authorise(principal, 'agreements.write');
  await problemsOf(deps, input);
  const at = deps.now().toISOString();
  const agreement: Agreement = { id: newId('agr'), ...input, extensions: [], version: 1, createdAt: at };
  await deps.store.createAgreement(
    agreement,
    auditEntry(at, principal, {
      action: 'agreement.created',
      entityType: 'agreement',
      entityId: agreement.id,
      after: agreement,
    }),
  );
  return agreementView(agreement);
}

/**
 * Every agreement, oldest first, each party with its organisation's name: everyone may read them, partners too —
 * the agreements and who is party to them are the partnership's public frame.
 */
export async function listAgreements(deps: Core, principal: Principal) {
  authorise(principal, 'registry.read');
  const [agreements, organisations] = await Promise.all([
    deps.store.listAgreements(),
    deps.store.listOrganisations(),
  ]);
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  return agreements
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((a) => ({
      ...agreementView(a),
      parties: a.parties.map((p) => ({ ...p, name: names.get(p.organisationId) ?? p.organisationId })),
    }));
}

export async function updateAgreement(deps: Core, principal: Principal, id: string, patch: AgreementPatch) {
  authorise(principal, 'agreements.write');
  const before = (await deps.store.listAgreements()).find((a) => a.id === id);
  if (!before) throw notFound(`No agreement ${id}.`);
  const after: Agreement = {
    ...before,
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.latestEnd !== undefined ? { latestEnd: patch.latestEnd } : {}),
    ...(patch.notice !== undefined ? { notice: patch.notice } : {}),
    ...(patch.parties !== undefined ? { parties: patch.parties } : {}),
    version: before.version + 1,
  };
  if (patch.extend) {
    const deadline = nextDeadline(after);
    if (deadline === null)
      throw conflict(`${before.name} cannot be extended past ${after.end}.`, [
        { path: '/extend', code: 'at_latest_end' },
      ]);
    const to = extendedEnd(after);
    after.extensions = [
      ...after.extensions,
      { from: after.end, to, decidedOn: patch.extend.decidedOn, deadline },
    ];
    after.end = to;
  }
  await problemsOf(deps, after);
  await deps.store.updateAgreement(
    after,
    auditEntry(deps.now().toISOString(), principal, {
      action: patch.extend ? 'agreement.extended' : 'agreement.updated',
      entityType: 'agreement',
      entityId: id,
      before,
      after,
    }),
  );
  return agreementView(after);
}
