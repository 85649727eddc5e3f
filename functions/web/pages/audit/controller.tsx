import { auditNames, listAudit } from '../../../../shared/app/audit';
import type { AuditEntry } from '../../../../shared/app/model';
import type { Core } from '../../../../shared/app/ports';
import { AppError } from '../../../../shared/domain/errors';
import {
  addDays,
  dayBounds,
  daysApart,
  isValidDate,
  isValidMonth,
  stockholmDate,
} from '../../../../shared/domain/periods';
import { type Language, wordsFor } from '../../../../shared/i18n';
import {
  dayInWords,
  instantInWords,
  monthInWords,
  nightName,
  nightsName,
  periodInWords,
} from '../../../../shared/i18n/period-words';
import { formatFor } from '../../../../shared/report/format';
import type { Answer, PageRoute, WebRequest } from '../../web-request';
import { Field, TextField } from '../fields';
import { actor, type Change, ChangeLog } from '../history/controller';
import { type PageContext, Shell } from '../layout';

/** Entries per page, the latest first. */
const PER_PAGE = 50;
/** Fields that move with every change and say nothing a reader needs. */
// The entry names its entity already: its id would only repeat it.
const QUIET = new Set(['id', 'version', 'updatedAt', 'updatedBy', 'authVersion', 'createdAt', 'hash']);

export interface AuditView {
  activities: readonly { id: string; name: string }[];
  people: readonly { id: string; name: string }[];
  values: { activity: string; person: string; from: string; to: string };
  count?: string;
  entries: readonly Change[];
  /** "Sida 2 av 5" and the links to the pages beside it, with the same filters. */
  paging?: { label: string; newer?: string; older?: string };
}

export function AuditPage(props: { c: PageContext; view: AuditView; error?: string }) {
  const a = wordsFor(props.c.language).admin;
  const { view } = props;
  const errors = props.error ? { from: props.error } : {};
  return (
    <Shell c={props.c} title={a.auditTitle} errors={errors}>
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
        <TextField
          id="from"
          name="fran"
          label={a.auditFrom}
          error={props.error}
          value={view.values.from}
          size="short"
        />
        <TextField id="to" name="till" label={a.auditTo} value={view.values.to} size="short" />
        <button type="submit" class="secondary">
          {a.auditShow}
        </button>
      </form>
      {view.count ? <p role="status">{view.count}</p> : null}
      <ChangeLog changes={view.entries} />
      {view.paging ? (
        <nav class="paging" aria-label={view.paging.label}>
          {view.paging.newer ? <a href={view.paging.newer}>{a.auditNewer}</a> : null}
          <span>{view.paging.label}</span>
          {view.paging.older ? <a href={view.paging.older}>{a.auditOlder}</a> : null}
        </nav>
      ) : null}
    </Shell>
  );
}

/** What an entry's values are named by: the ids of organisations, activities, people and keys. */
export type Names = ReadonlyMap<string, string>;

const cut = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A value as a person reads it, by its field: ids by their names, instants and days in Stockholm words, nights as
 * everywhere else, months, groups, channels, roles and kinds in words, yes and no; an object as its fields in words.
 */
function inWords(field: string, value: unknown, names: Names, language: Language, depth = 0): string {
  const w = wordsFor(language);
  if (value === undefined || value === null || value === '') return '–';
  if (typeof value === 'boolean') return value ? w.admin.yes : w.admin.no;
  if (typeof value === 'number') return formatFor(language).decimal(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '–';
    if (field === 'nights' && value.every((v) => typeof v === 'string' && isValidDate(v)))
      return nightsName(value as string[], language);
    return cut(value.map((v) => inWords(field, v, names, language, depth + 1)).join(', '));
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (depth > 1) return '…';
    if (typeof o.from === 'string' && typeof o.to === 'string' && Object.keys(o).length === 2)
      return `${inWords('from', o.from, names, language)} – ${inWords('to', o.to, names, language)}`;
    return cut(
      Object.entries(o)
        .map(([k, v]) => `${fieldLabel(k, language)}: ${inWords(k, v, names, language, depth + 1)}`)
        .join('; '),
    );
  }
  const text = String(value);
  const named = names.get(text);
  if (named) return named;
  const wordsOf: Record<string, Record<string, string> | undefined> = {
    groups: w.decision.groups,
    channels: { email: w.web.channelEmail, sms: 'SMS' },
    role: w.web.roles,
    kind: w.web.kinds,
    language: w.admin.languageNames,
  };
  const word = wordsOf[field]?.[text];
  if (word) return word;
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(text)) return instantInWords(text, language);
  // A capacity's first night is a night; any other day a day.
  if (isValidDate(text)) return field === 'from' ? nightName(text, language) : dayInWords(text, language);
  if (isValidMonth(text)) return monthInWords(text, language);
  return cut(text, 120);
}

const fieldLabel = (field: string, language: Language) => {
  const w = wordsFor(language);
  return w.admin.auditFields[field] ?? w.web.figureLabels[field] ?? field;
};

/** What changed in an entry, field by field in the reader's words (before → after), the fields that always move left out. */
export function changedFields(
  entry: Pick<AuditEntry, 'before' | 'after'>,
  language: Language,
  names: Names = new Map(),
): string[] {
  const before = (entry.before && typeof entry.before === 'object' ? entry.before : {}) as Record<
    string,
    unknown
  >;
  const after = (entry.after && typeof entry.after === 'object' ? entry.after : {}) as Record<
    string,
    unknown
  >;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !QUIET.has(k));
  const said = (k: string, v: unknown) => inWords(k, v, names, language);
  return (
    keys
      .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      .map((k) => ({ k, was: said(k, before[k]), now: said(k, after[k]) }))
      // Nothing before and an empty list after is no change to its reader.
      .filter(({ was, now }) => !(was === '–' && now === '–'))
      .map(({ k, was, now }) => `${fieldLabel(k, language)}: ${was} → ${now}`)
  );
}

/** GET `/granskning`: the audit trail, filtered by activity, person and dates; administrators only. */
async function auditPage(deps: Core, r: WebRequest): Promise<Answer> {
  if (!r.signedIn) return r.signInAgain();
  const { principal } = r.signedIn;
  // Who may read the trail is the use case's to say: to anyone else the page does not exist.
  const { activities, people, organisations } = await auditNames(deps, principal);
  const w = wordsFor(r.language);
  const a = w.admin;
  const today = stockholmDate(deps.now());
  const names: Names = new Map(
    [...organisations, ...activities, ...people].map((x): [string, string] => [x.id, x.name]),
  );
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
  const pages = Math.max(1, Math.ceil(entries.length / PER_PAGE));
  const asked = Number(q('sida'));
  const page = Number.isInteger(asked) && asked >= 1 && asked <= pages ? asked : 1;
  const link = (to: number) =>
    `/granskning?${new URLSearchParams({
      ...(values.activity ? { verksamhet: values.activity } : {}),
      ...(values.person ? { person: values.person } : {}),
      fran: values.from,
      till: values.to,
      sida: String(to),
    })}`;
  const kindOf = new Map(activities.map((x) => [x.id, x.kind]));
  return r.show(
    200,
    <AuditPage
      c={r.c}
      view={{
        ...base,
        count: a.auditCount(entries.length),
        paging:
          pages > 1
            ? {
                label: a.auditPage(page, pages),
                ...(page > 1 ? { newer: link(page - 1) } : {}),
                ...(page < pages ? { older: link(page + 1) } : {}),
              }
            : undefined,
        entries: entries.slice((page - 1) * PER_PAGE, page * PER_PAGE).map((e) => {
          const period =
            e.entityType === 'figures' || e.entityType === 'capacity' ? e.entityId.split('/')[1] : undefined;
          const kind = e.activityId ? kindOf.get(e.activityId) : undefined;
          return {
            id: e.id,
            what: [
              a.auditActions[e.action] ?? e.action,
              e.activityId ? activityName.get(e.activityId) : undefined,
              period && kind ? periodInWords(period, kind, r.language) : undefined,
            ]
              .filter(Boolean)
              .join(' – '),
            who: `${actor(e, r.language)}, ${when(e.at)}`,
            lines: changedFields(e, r.language, names),
          };
        }),
      }}
    />,
  );
}

export const auditRoutes: PageRoute[] = [{ method: 'GET', path: '/granskning', handle: auditPage }];
