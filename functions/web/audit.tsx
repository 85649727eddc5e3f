import { listAudit } from '../../shared/app/audit';
import type { AuditEntry } from '../../shared/app/model';
import { listUsers } from '../../shared/app/people';
import type { Core } from '../../shared/app/ports';
import { listActivities } from '../../shared/app/registry';
import { can } from '../../shared/domain/access';
import { AppError } from '../../shared/domain/errors';
import { instantInWords } from '../../shared/domain/period-words';
import { addDays, dayBounds, daysApart, isValidDate, stockholmDate } from '../../shared/domain/periods';
import { type Language, wordsFor } from '../../shared/i18n';
import { actor, type Change, ChangeLog } from './history';
import { describedBy, ErrorSummary, Field, type PageContext, Shell } from './pages';
import type { Answer, WebRequest } from './web-request';

/** Entries listed on the page, the latest first; a longer trail asks for a shorter time. */
const ENTRIES_SHOWN = 200;
/** Fields that move with every change and say nothing a reader needs. */
const QUIET = new Set(['version', 'updatedAt', 'updatedBy', 'authVersion', 'createdAt', 'hash']);

export interface AuditView {
  activities: readonly { id: string; name: string }[];
  people: readonly { id: string; name: string }[];
  values: { activity: string; person: string; from: string; to: string };
  count?: string;
  entries: readonly Change[];
}

export function AuditPage(props: { c: PageContext; view: AuditView; error?: string }) {
  const a = wordsFor(props.c.language).admin;
  const { view } = props;
  const errors = props.error ? { from: props.error } : {};
  return (
    <Shell c={props.c} title={a.auditTitle} hasErrors={!!props.error}>
      <ErrorSummary c={props.c} errors={errors} />
      <h1>{a.auditTitle}</h1>
      <p class="lead">{a.auditLead}</p>
      <form method="get" action="/granskning">
        <Field id="activity" label={a.auditActivity}>
          <select id="activity" name="verksamhet">
            <option value="">{a.auditAllActivities}</option>
            {view.activities.map((x) => (
              <option key={x.id} value={x.id} selected={view.values.activity === x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="person" label={a.auditPerson}>
          <select id="person" name="person">
            <option value="">{a.auditEveryone}</option>
            {view.people.map((p) => (
              <option key={p.id} value={p.id} selected={view.values.person === p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="from" label={a.auditFrom} error={props.error}>
          <input
            type="text"
            class="short"
            id="from"
            name="fran"
            value={view.values.from}
            aria-describedby={describedBy('from', false, props.error)}
            aria-invalid={props.error ? 'true' : undefined}
          />
        </Field>
        <Field id="to" label={a.auditTo}>
          <input type="text" class="short" id="to" name="till" value={view.values.to} />
        </Field>
        <button type="submit" class="secondary">
          {a.auditShow}
        </button>
      </form>
      {view.count ? <p role="status">{view.count}</p> : null}
      <ChangeLog changes={view.entries} />
    </Shell>
  );
}

/** A value as one short line: numbers and words as they are, anything larger as compact JSON, cut at 120. */
function shown(value: unknown): string {
  if (value === undefined || value === null) return '–';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** What changed in an entry, field by field in the reader's words (before → after), the fields that always move left out. */
export function changedFields(entry: Pick<AuditEntry, 'before' | 'after'>, language: Language): string[] {
  const w = wordsFor(language);
  const label = (field: string) => w.admin.auditFields[field] ?? w.web.figureLabels[field] ?? field;
  const before = (entry.before && typeof entry.before === 'object' ? entry.before : {}) as Record<
    string,
    unknown
  >;
  const after = (entry.after && typeof entry.after === 'object' ? entry.after : {}) as Record<
    string,
    unknown
  >;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !QUIET.has(k));
  return keys
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => `${label(k)}: ${shown(before[k])} → ${shown(after[k])}`);
}

/** GET `/granskning`: the audit trail, filtered by activity, person and dates; administrators only. */
export async function auditPage(deps: Core, r: WebRequest): Promise<Answer | undefined> {
  if (r.path !== '/granskning' || r.method !== 'GET') return undefined;
  if (!r.signedIn) return r.signInAgain();
  const { principal } = r.signedIn;
  if (!can(principal, 'audit.read')) return r.notFound();
  const w = wordsFor(r.language);
  const a = w.admin;
  const today = stockholmDate(deps.now());
  const [activities, people] = await Promise.all([
    listActivities(deps, principal),
    listUsers(deps, principal),
  ]);
  const activityName = new Map(activities.map((x) => [x.id, x.name]));
  const q = (name: string) => (r.query[name] ?? '').trim().slice(0, 64);
  const values = {
    activity: activityName.has(q('verksamhet')) ? q('verksamhet') : '',
    person: people.some((p) => p.id === q('person')) ? q('person') : '',
    from: q('fran') || addDays(today, -30),
    to: q('till') || today,
  };
  const base = {
    activities: activities.map((x) => ({ id: x.id, name: x.name })),
    people: people.map((p) => ({ id: p.id, name: p.name })),
    values,
    entries: [],
  };
  const valid =
    isValidDate(values.from) &&
    isValidDate(values.to) &&
    values.from <= values.to &&
    daysApart(values.from, values.to) < 366;
  if (!valid) return r.show(422, <AuditPage c={r.c} view={base} error={a.auditRangeInvalid} />);
  let trail: AuditEntry[];
  try {
    trail = await listAudit(deps, principal, {
      activityId: values.activity || undefined,
      from: dayBounds(values.from).start,
      to: dayBounds(values.to).end,
    });
  } catch (e) {
    // More than the trail answers at once: a shorter time, or one activity, is asked for.
    if (e instanceof AppError) return r.show(422, <AuditPage c={r.c} view={base} error={a.auditTooMany} />);
    throw e;
  }
  const entries = trail
    .filter((e) => !values.person || e.keyId === values.person)
    .sort((x, y) => y.at.localeCompare(x.at));
  const when = (iso: string) => instantInWords(iso, r.language);
  return r.show(
    200,
    <AuditPage
      c={r.c}
      view={{
        ...base,
        count: a.auditCount(entries.length, ENTRIES_SHOWN),
        entries: entries.slice(0, ENTRIES_SHOWN).map((e) => ({
          id: e.id,
          what: [
            a.auditActions[e.action] ?? e.action,
            e.activityId ? activityName.get(e.activityId) : undefined,
            e.entityType === 'figures' || e.entityType === 'capacity' ? e.entityId.split('/')[1] : undefined,
          ]
            .filter(Boolean)
            .join(' – '),
          who: `${actor(e, r.language)}, ${when(e.at)}`,
          lines: changedFields(e, r.language),
        })),
      }}
    />,
  );
}
