import { wordsFor } from '../../../../shared/i18n';
import { describedBy, Field, TextField } from '../fields';
import { Bullets, type FieldErrors, type PageContext, PeriodForm, Shell, words } from '../layout';

/** The yearly financial outcome's form: the year's lines, what is stored (or what was sent back with errors). */
export interface OutcomeForm {
  year: number;
  organisationId: string;
  organisation: string;
  lead: string;
  lines: readonly { id: string; name: string }[];
  values: Record<string, string>;
  lastSaved?: string;
  saved?: string;
  /** The administration's funds for the organisation and year, in words (beside the organisation's own figure). */
  grantedHint?: string;
  /** An administrator enters the funds granted here: the amount as stored ('' where none yet). */
  granted?: string;
}

/** The form field of a cost line. */
export const lineField = (id: string) => `line-${id}`;

export function OutcomePage(props: { c: PageContext; form: OutcomeForm; errors?: FieldErrors }) {
  const t = words(props.c);
  const f = wordsFor(props.c.language).finance;
  const { form } = props;
  const errors = props.errors ?? {};
  const amount = (id: string, label: string, hint?: string) => (
    <TextField
      key={id}
      id={id}
      label={label}
      hint={hint}
      error={errors[id]}
      value={form.values[id] ?? ''}
      size="amount"
      numeric
      autocomplete="off"
    />
  );
  return (
    <Shell c={props.c} title={`${f.title(form.year)}: ${form.organisation}`} errors={errors}>
      {form.saved ? (
        <div class="notice" role="status">
          <p>
            <strong>{form.saved}</strong>
          </p>
        </div>
      ) : null}
      <h1>{f.title(form.year)}</h1>
      <p class="lead">{form.lead}</p>
      {form.lastSaved ? <p class="hint">{form.lastSaved}</p> : null}
      <form
        method="post"
        action={`/ekonomi/${form.year}/${encodeURIComponent(form.organisationId)}`}
        novalidate
      >
        <input type="hidden" name="csrf" value={props.c.csrf} />
        {amount('grant', f.grant, form.grantedHint ?? f.grantHint)}
        <fieldset class="field">
          <legend>{f.usedLegend}</legend>
          <span class="hint">{f.kronorHint}</span>
          {form.lines.map((l) => amount(lineField(l.id), l.name))}
        </fieldset>
        <fieldset class="field">
          <legend>{f.ownLegend}</legend>
          {amount('ownMoney', f.ownMoney)}
          {amount('volunteerHours', f.volunteerHours)}
        </fieldset>
        <Field id="comment" label={f.commentLabel} hint={f.commentHint} error={errors.comment}>
          <textarea
            id="comment"
            name="comment"
            rows={3}
            maxLength={500}
            aria-describedby={describedBy('comment', true, errors.comment)}
            aria-invalid={errors.comment ? 'true' : undefined}
          >
            {form.values.comment ?? ''}
          </textarea>
        </Field>
        <button type="submit">{f.save}</button>
      </form>
      {form.granted === undefined ? null : (
        <form
          method="post"
          action={`/ekonomi/${form.year}/${encodeURIComponent(form.organisationId)}/beviljat`}
          novalidate
        >
          <input type="hidden" name="csrf" value={props.c.csrf} />
          <h2>{f.grantedLegend}</h2>
          <TextField
            id="granted"
            label={f.grantedLabel}
            error={errors.granted}
            value={form.granted}
            size="amount"
            numeric
            autocomplete="off"
          />
          <button type="submit" class="secondary">
            {f.grantedSave}
          </button>
        </form>
      )}
      <p>
        <a href="/">{t.toStart}</a>
      </p>
    </Shell>
  );
}

export interface FinanceSummaryView {
  year: number;
  period: string;
  due: string;
  status: string;
  warning: boolean;
  columns: readonly string[];
  rows: readonly { id: string; name: string; cells: readonly string[]; reported: boolean }[];
  total: readonly string[];
  /** Said above the table: the funds an organisation disagrees with, the example lines. */
  notes: readonly { text: string; warning: boolean }[];
  comments: readonly string[];
  downloads: readonly { href: string; label: string }[];
}

/** The administrator's summary of a year: every organisation, grant to own contribution, and the downloads. */
export function FinanceSummaryPage(props: {
  c: PageContext;
  year: string;
  view?: FinanceSummaryView;
  error?: string;
}) {
  const f = wordsFor(props.c.language).finance;
  const t = words(props.c);
  const { view } = props;
  const errors = props.error ? { year: props.error } : {};
  return (
    <Shell c={props.c} title={view ? f.title(view.year) : f.nav} errors={errors}>
      <h1>{view ? f.title(view.year) : f.nav}</h1>
      <PeriodForm action="/ekonomi" button={f.show}>
        <TextField
          id="year"
          name="ar"
          label={f.yearLabel}
          error={props.error}
          value={props.year}
          size="short"
          numeric
        />
      </PeriodForm>
      {view ? (
        <>
          <p class="lead">{view.period}</p>
          <p>{view.due}</p>
          <p class={view.warning ? 'warning' : undefined}>
            <strong>{view.status}</strong>
          </p>
          {view.notes.map((note) => (
            <p key={note.text} class={note.warning ? 'warning' : 'hint'}>
              {note.text}
            </p>
          ))}
          <p class="hint">{t.gridScroll}</p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take focus, or a keyboard cannot scroll it */}
          <section class="scroll" aria-labelledby="utfall" tabIndex={0}>
            <table class="amounts">
              <caption id="utfall">{f.tableTitle}</caption>
              <thead>
                <tr>
                  {view.columns.map((label, i) => (
                    <th scope="col" key={label} class={i > 1 ? 'number' : undefined}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.rows.map((r) => (
                  <tr key={r.id} class={r.reported ? undefined : 'missing'}>
                    <th scope="row">
                      <a href={`/ekonomi/${view.year}/${encodeURIComponent(r.id)}`}>{r.name}</a>
                    </th>
                    {r.cells.map((cell, i) => (
                      <td key={i} class={i > 0 ? 'number' : undefined}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  {view.total.map((cell, i) =>
                    i === 0 ? (
                      <th scope="row" key="total">
                        {cell}
                      </th>
                    ) : (
                      <td key={i} class={i > 1 ? 'number' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              </tfoot>
            </table>
          </section>
          {view.comments.length > 0 ? (
            <>
              <h2>{f.comments}</h2>
              <Bullets items={view.comments} />
            </>
          ) : null}
          <h2>{f.download}</h2>
          <ul>
            {view.downloads.map((d) => (
              <li key={d.href}>
                <a href={d.href}>{d.label}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Shell>
  );
}
