import { Choices, TextField } from '../fields';
import { Bullets, type FieldErrors, type PageContext, RowTable, Shell, words } from '../layout';

/** Before a decision is cancelled: what it said, who will be told at once, and what the public page will say. */
export function CancelDecisionPage(props: {
  c: PageContext;
  id: string;
  decision: string;
  audience: readonly string[];
}) {
  const t = words(props.c);
  const n = props.audience.length;
  return (
    <Shell c={props.c} title={t.cancelTitle}>
      <h1>{t.cancelTitle}</h1>
      <p class="lead">{props.decision}</p>
      {n === 0 ? <p>{t.cancelNobody}</p> : <p>{t.cancelTold(n)}</p>}
      {n === 0 ? null : <Bullets items={props.audience} />}
      <p>{t.cancelPublic}</p>
      <form method="post" action="/samordning/beslut/stall-in" novalidate>
        <input type="hidden" name="csrf" value={props.c.csrf} />
        <input type="hidden" name="id" value={props.id} />
        <input type="hidden" name="bekrafta" value="ja" />
        <button type="submit" class="warning">
          {t.cancelConfirm(n)}
        </button>
      </form>
      <p>
        <a href="/samordning/kalla-natter#beslut">{t.cancelBack}</a>
      </p>
    </Shell>
  );
}

export interface ColdNightsView {
  forecast?: string;
  /** When the next check of SMHI's forecast runs, in words. */
  nextCheck?: string;
  nights: readonly {
    night: string;
    inWords: string;
    lowest: string;
    cold: boolean;
    outlook: boolean;
    warnings: readonly string[];
    alerted?: string;
    /** The guests to expect against the places (issue 27), and whether the upper end passes them. */
    expected?: string;
    short?: boolean;
    /** The shelters whose upper end passes their own places that night, each in words. */
    shortVenues: readonly string[];
  }[];
  /** Nights whose expected guests may pass the places: what would cover the upper end, in words. */
  needs: readonly string[];
  /** Each night shelter's fit in a sentence: per degree colder, and which forecast it uses and why. */
  fits: readonly string[];
  /** The nights gone by: expected against reported, in words. */
  past: readonly { night: string; inWords: string; expected: string; came: string; verdict?: string }[];
  /** Shown as a list, not a table: each sending reads whole on a phone, the addresses wrap. */
  alerts: readonly { id: string; at: string; what: string; to: string; status: string }[];
  venues: readonly { id: string; name: string }[];
  /** The form to decide: the nights to choose from, the venues with a public address, the groups. */
  decide: {
    nights: readonly { night: string; inWords: string }[];
    venues: readonly { id: string; name: string }[];
    groups: readonly { id: string; label: string }[];
    /** Why extra places: cold night, SMHI warning, eviction (the form's `orsak`). */
    causes: readonly { id: string; label: string }[];
    values: Record<string, string>;
  };
  decisions: readonly { id: string; text: string; cancelled: boolean }[];
  notice?: string;
}

/** The coordinator's cold nights: the coming nights from the last check, the decision, what was sent, the guests. */
export function ColdNightsPage(props: { c: PageContext; view: ColdNightsView; errors?: FieldErrors }) {
  const t = words(props.c);
  const { view } = props;
  const errors = props.errors ?? {};
  const cold = view.nights.filter((n) => n.cold).length;
  return (
    <Shell c={props.c} title={t.coldTitle} errors={errors}>
      {view.notice ? (
        <div class="notice" role="status">
          <p>
            <strong>{view.notice}</strong>
          </p>
        </div>
      ) : null}
      <h1>{t.coldTitle}</h1>
      <p class="lead">{t.coldLead}</p>
      <p>{view.forecast ?? t.coldNoCheck}</p>
      {view.nextCheck ? <p>{t.coldNextCheck(view.nextCheck)}</p> : null}
      <h2>{t.coldNightsTitle}</h2>
      <p>{view.forecast ? t.coldSpells(cold) : t.coldNoForecast}</p>
      {view.nights.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.nightColumn}</th>
              <th scope="col">{t.coldLowest}</th>
              <th scope="col">{t.coldAssessment}</th>
            </tr>
          </thead>
          <tbody>
            {view.nights.map((n) => (
              <tr key={n.night} class={n.cold ? 'missing' : undefined}>
                <th scope="row">{n.inWords}</th>
                <td class="nowrap">{n.lowest}</td>
                <td>
                  <strong>{n.cold ? t.coldYes : t.coldNo}</strong>
                  {n.outlook ? <span class="hint">{t.coldOutlook}</span> : null}
                  {n.warnings.map((w) => (
                    <span class="hint" key={w}>
                      {w}
                    </span>
                  ))}
                  {n.alerted ? <span class="hint">{n.alerted}</span> : null}
                  {n.expected ? <span class={n.short ? 'short-places' : 'hint'}>{n.expected}</span> : null}
                  {n.shortVenues.map((v) => (
                    <span class="short-places" key={v}>
                      {v}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {view.past.length > 0 ? (
        <>
          <h2>{t.pastTitle}</h2>
          <RowTable
            head={[t.nightColumn, t.pastExpected, t.pastReported]}
            rows={view.past.map((p) => ({
              key: p.night,
              cells: [
                p.inWords,
                p.expected,
                <>
                  {p.came}
                  {p.verdict ? <span class="hint">{p.verdict}</span> : null}
                </>,
              ],
            }))}
          />
        </>
      ) : null}
      {view.fits.length > 0 ? (
        <>
          <h2>{t.demandTitle}</h2>
          <p>{t.demandLead}</p>
          <Bullets items={view.fits} />
        </>
      ) : null}
      <h2 id="beslut">{t.decideTitle}</h2>
      <p>{t.decideLead}</p>
      {view.needs.length > 0 ? <Bullets items={view.needs} class="needs" /> : null}
      <form method="post" action="/samordning/beslut" novalidate>
        <input type="hidden" name="csrf" value={props.c.csrf} />
        <Choices
          multiple
          id="nights"
          name="natt"
          legend={t.decideNights}
          error={errors.nights}
          values={view.decide.values}
          options={view.decide.nights.map((n) => ({ value: n.night, label: n.inWords }))}
        />
        <Choices
          id="oppna"
          legend={t.decideWhat}
          value={view.decide.values.oppna === 'nej' ? 'nej' : 'ja'}
          options={[
            { value: 'ja', label: t.decideOpen },
            { value: 'nej', label: t.decideNotOpen },
          ]}
        />
        <Choices
          id="orsak"
          legend={t.decideCause}
          value={view.decide.values.orsak ?? 'cold'}
          options={view.decide.causes.map((cause) => ({ value: cause.id, label: cause.label }))}
        />
        <Choices
          multiple
          id="venues"
          name="lokal"
          legend={t.decideVenues}
          hint={view.decide.venues.length === 0 ? t.decideNoVenues : undefined}
          error={errors.venues}
          values={view.decide.values}
          options={view.decide.venues.map((v) => ({ value: v.id, label: v.name }))}
        />
        <TextField
          id="reason"
          name="skal"
          label={t.decideReason}
          error={errors.reason}
          value={view.decide.values.skal ?? ''}
          maxLength={200}
        />
        <Choices
          multiple
          id="groups"
          name="grupp"
          legend={t.decideGroups}
          error={errors.groups}
          values={view.decide.values}
          options={view.decide.groups.map((g) => ({ value: g.id, label: g.label }))}
        />
        <button type="submit">{t.decideSend}</button>
      </form>
      <p>
        <a href="/kalla-natter">{t.publicPageLink}</a>
      </p>
      <h2>{t.decisionsTitle}</h2>
      {view.decisions.length === 0 ? <p>{t.decisionsNone}</p> : null}
      <ul class="log">
        {view.decisions.map((d) => (
          <li key={d.id}>
            <span>{d.text}</span>
            {d.cancelled ? null : (
              // A question first (who will be told), never a cancellation in one press.
              <form method="get" action="/samordning/beslut/stall-in">
                <input type="hidden" name="id" value={d.id} />
                <button type="submit" class="secondary">
                  {t.decisionCancel}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <h2>{t.venuesTitle}</h2>
      <p>{t.venuesLead}</p>
      <ul>
        {view.venues.map((v) => (
          <li key={v.id}>
            <a href={`/rapportera/${encodeURIComponent(v.id)}`}>{`${t.coldGuests}: ${v.name}`}</a>
          </li>
        ))}
      </ul>
      <h2>{t.alertsTitle}</h2>
      {view.alerts.length === 0 ? (
        <p>{t.alertsNone}</p>
      ) : (
        <ul class="log">
          {view.alerts.map((a) => (
            <li key={a.id}>
              <strong>{a.at}</strong>
              <span class="what">{a.what}</span>
              <span class="to">{`${t.alertTo}: ${a.to}`}</span>
              <span class="status">{`${t.alertStatus}: ${a.status}`}</span>
            </li>
          ))}
        </ul>
      )}
    </Shell>
  );
}
