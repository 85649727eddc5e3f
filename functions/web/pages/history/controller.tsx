import * as z from 'zod';
import { activityAudit } from '../../../../shared/app/audit';
import { listFigures } from '../../../../shared/app/figures';
import type { AuditEntry } from '../../../../shared/app/model';
import type { Core } from '../../../../shared/app/ports';
import { getActivity } from '../../../../shared/app/registry';
import { AppError } from '../../../../shared/domain/errors';
import { addMonths, stockholmDate } from '../../../../shared/domain/periods';
import { Id } from '../../../../shared/http/schemas';
import { type Language, wordsFor } from '../../../../shared/i18n';
import { instantInWords, monthInWords, periodInWords } from '../../../../shared/i18n/period-words';
import { formatFor } from '../../../../shared/report/format';
import type { Answer, PageRoute, WebRequest } from '../../web-request';
import { fieldsOf } from '../figures/form';
import { type PageContext, Shell } from '../layout';

/** Changes listed on the page, the latest first; older ones are counted. */
const CHANGES_SHOWN = 50;

export interface HistoryView {
  activity: { id: string; name: string };
  fields: readonly string[];
  months: readonly { month: string; periods: string; sums: readonly string[] }[];
  changes: readonly Change[];
  more: number;
}

export function HistoryPage(props: { c: PageContext; view: HistoryView }) {
  const h = wordsFor(props.c.language).history;
  const { view } = props;
  return (
    <Shell c={props.c} title={h.title(view.activity.name)}>
      <p>
        <a href={`/rapportera/${view.activity.id}`}>
          {wordsFor(props.c.language).web.figuresLink(view.activity.name)}
        </a>
      </p>
      <h1>{h.title(view.activity.name)}</h1>
      <h2 id="per-manad">{h.monthsTitle}</h2>
      <p>{h.monthsLead}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take focus, or a keyboard cannot scroll it */}
      <section class="scroll" aria-labelledby="per-manad" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{h.month}</th>
              <th scope="col">{h.periods}</th>
              {view.fields.map((f) => (
                <th scope="col" key={f}>
                  {f}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                <td>{m.periods}</td>
                {m.sums.map((s, i) => (
                  <td key={view.fields[i]}>{s}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <h2>{h.changesTitle}</h2>
      <p>{h.changesLead}</p>
      {view.changes.length === 0 ? <p>{h.noChanges}</p> : null}
      <ChangeLog changes={view.changes} />
      {view.more > 0 ? <p>{h.more(view.more)}</p> : null}
    </Shell>
  );
}

export interface Change {
  id: string;
  what: string;
  who: string;
  lines: readonly string[];
}

/** Changes as a list: what, who and when, then each field before → after. */
export function ChangeLog(props: { changes: readonly Change[] }) {
  return (
    <ul class="log">
      {props.changes.map((c) => (
        <li key={c.id}>
          <span>
            <strong>{c.what}</strong>
          </span>
          <span class="hint">{c.who}</span>
          {c.lines.map((l) => (
            <span key={l}>{l}</span>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** Who made a change, as a person reads it: their name, a key, or the system. */
export function actor(entry: AuditEntry, language: Language) {
  const h = wordsFor(language).history;
  if (entry.actorDeleted) return h.deletedPerson;
  if (entry.actorName) return entry.actorName;
  if (entry.keyId.startsWith('system:')) return h.bySystem;
  return h.viaKey(entry.keyId);
}

/** GET `/rapportera/<id>/historik`: the activity's months as stored and its trail of changes, for its readers. */
async function historyPage(deps: Core, r: WebRequest): Promise<Answer> {
  if (!r.signedIn) return r.signInAgain();
  const { principal } = r.signedIn;
  const w = wordsFor(r.language);
  const h = w.history;
  try {
    const activity = await getActivity(deps, principal, r.params.activityId as string);
    const now = deps.now();
    const thisMonth = stockholmDate(now).slice(0, 7);
    const first = addMonths(thisMonth, -11);
    const [figures, entries] = await Promise.all([
      listFigures(deps, principal, activity.id, { from: first, to: `${thisMonth}-31` }, activity),
      activityAudit(deps, principal, activity, { from: new Date(now.getTime() - 366 * 86_400_000), to: now }),
    ]);
    const fields = fieldsOf(activity.kind).map((f) => f.name);
    const number = formatFor(r.language).n;
    const months = Array.from({ length: 12 }, (_, i) => addMonths(thisMonth, -i)).map((month) => {
      const stored = figures.filter((f) => f.period.startsWith(month));
      const sum = (field: string) =>
        stored.reduce((total, f) => total + Number((f.figures as Record<string, unknown>)[field] ?? 0), 0);
      return {
        month: monthInWords(month, r.language),
        periods: number(stored.length),
        // A field no period of the month has (an optional one never given) is no figure, not a zero.
        sums: fields.map((f) =>
          stored.some((s) => (s.figures as Record<string, unknown>)[f] !== undefined) ? number(sum(f)) : '–',
        ),
      };
    });
    const label = (field: string) => w.web.figureLabels[field] ?? field;
    const when = (iso: string) => instantInWords(iso, r.language);
    const latest = [...entries].sort((a, b) => b.at.localeCompare(a.at));
    const changes = latest.slice(0, CHANGES_SHOWN).map((e) => {
      const period = e.entityId.split('/')[1] ?? '';
      const verb = h.actions[e.action] ?? e.action;
      const before = (e.before ?? {}) as Record<string, unknown>;
      const after = (e.after ?? {}) as Record<string, unknown>;
      const shown = e.entityType === 'capacity' ? ['places', 'womenPlaces'] : fields;
      const lines = shown
        .filter((f) => before[f] !== after[f] && (before[f] !== undefined || after[f] !== undefined))
        .map((f) =>
          h.change(
            e.entityType === 'capacity' ? (f === 'places' ? h.places : w.admin.capacityWomen) : label(f),
            before[f] === undefined ? '–' : String(before[f]),
            after[f] === undefined ? '–' : String(after[f]),
          ),
        );
      const what =
        e.entityType === 'figures'
          ? `${verb} ${periodInWords(period, activity.kind, r.language)}`
          : e.entityType === 'capacity'
            ? `${verb} ${period}`
            : verb;
      return { id: e.id, what, who: `${actor(e, r.language)}, ${when(e.at)}`, lines };
    });
    return r.show(
      200,
      <HistoryPage
        c={r.c}
        view={{
          activity: { id: activity.id, name: activity.name },
          fields: fields.map(label),
          months,
          changes,
          more: Math.max(0, latest.length - CHANGES_SHOWN),
        }}
      />,
    );
  } catch (e) {
    if (e instanceof AppError && e.kind === 'not_found') return r.notFound();
    throw e;
  }
}

export const historyRoutes: PageRoute[] = [
  {
    method: 'GET',
    path: '/rapportera/{activityId}/historik',
    params: z.strictObject({ activityId: Id }),
    handle: historyPage,
  },
];
