import { isHalfYear } from '../../../../shared/domain/periods';
import { TextField } from '../fields';
import {
  type ActivityLink,
  type FieldErrors,
  Notice,
  type PageContext,
  RowTable,
  Shell,
  words,
} from '../layout';
import { ConfirmWarnings } from './confirm';

export interface FiguresForm {
  activity: ActivityLink;
  /** The period shown, and whether it is a night (a date) or a month. */
  period: string;
  /** The period in words, as every page names it: "natten mot söndag 6 december (lör 5/12)". */
  inWords?: string;
  nightly: boolean;
  /** The kind's fields, in order, and whether each must be given. */
  fields: readonly { name: string; required: boolean }[];
  /** What the form shows in each field: stored, or as sent back. */
  values: Record<string, string>;
  /** Country rows: code and count as text. */
  nationalities: { code: string; count: string }[];
  /** The partnership's common nationalities first (the seeds'), then every other country by name. */
  countries: {
    common: readonly { code: string; name: string }[];
    rest: readonly { code: string; name: string }[];
  };
  places?: number;
  /** Warnings to confirm before saving (more guests than places). */
  warnings?: readonly string[];
  /** Each warning again beside the field its rule names (shared/domain/rules.ts). */
  fieldWarnings?: Readonly<Record<string, string>>;
  /** The person changed the night with figures typed: what is stored on this night, by field, beside theirs. */
  storedHere?: Record<string, string>;
  /** Said at the top: why the form is shown again (the night was changed, nothing saved). */
  notice?: string;
  /**
   * The version of the stored figures the person was shown (0: none): saved over a later one, they are asked
   * first. Unknown (a form from before versions were sent) means unchecked.
   */
  version?: number;
  /** This showing's idempotency key: the form sent twice (a double tap, a resend) is stored once. */
  key: string;
  /** Someone else saved the period after the form was shown: a link that keeps what they saved. */
  keepStored?: string;
  /** A team that counts half-years: the way to its half-year's figures (or back to its months). */
  halfYear?: { href: string; label: string };
}

export function FiguresPage(props: { c: PageContext; form: FiguresForm; errors?: FieldErrors }) {
  const t = words(props.c);
  const { form } = props;
  const errors = props.errors ?? {};
  const periodLabel = form.nightly
    ? t.periodNight
    : isHalfYear(form.period)
      ? t.periodHalfYear
      : t.periodMonth;
  return (
    <Shell c={props.c} title={`${t.figuresTitle}: ${form.activity.name}`} errors={errors}>
      <Notice text={form.notice} />
      <h1>{form.activity.name}</h1>
      {/* One form: the night in the field is the night saved. `loaded` says which night the figures were shown
          for; a form sent with another night in the field saves nothing and shows that night (app.tsx). */}
      <form
        method="post"
        action={`/rapportera/${encodeURIComponent(form.activity.id)}`}
        novalidate
        data-offline
      >
        <input type="hidden" name="csrf" value={props.c.csrf} />
        <input type="hidden" name="loaded" value={form.period} />
        {form.version === undefined ? null : (
          <input type="hidden" name="version" value={String(form.version)} />
        )}
        <input type="hidden" name="key" value={form.key} />
        <ConfirmWarnings c={props.c} warnings={form.warnings} error={errors.confirm} />
        <TextField
          id="period"
          label={periodLabel}
          hint={form.inWords ? t.periodShown(form.inWords) : t.periodHint(form.period)}
          error={errors.period}
          value={form.period}
        />
        <button type="submit" class="secondary" name="visa" value="ja">
          {t.showPeriod}
        </button>
        {form.halfYear ? (
          <p>
            <a href={form.halfYear.href}>{form.halfYear.label}</a>
          </p>
        ) : null}
        {form.places !== undefined ? <p>{t.placesInForce(form.places)}</p> : null}
        {form.fields.map((f) => {
          // What the night already has, beside a field whose typed value differs from it.
          const storedHint =
            form.storedHere && (form.storedHere[f.name] ?? '') !== (form.values[f.name] ?? '')
              ? t.storedThere(form.storedHere[f.name] || '–')
              : form.fieldWarnings?.[f.name];
          return (
            <TextField
              key={f.name}
              id={f.name}
              label={`${t.figureLabels[f.name] ?? f.name}${f.required ? '' : ` ${t.optional}`}`}
              hint={storedHint}
              error={errors[f.name]}
              value={form.values[f.name] ?? ''}
              size="short"
              digits
              autocomplete="off"
            />
          );
        })}
        {/* Closed until used, so that Spara is near on a phone; open with figures or an error in it. */}
        <details
          class="nationalities"
          open={errors.nationalities !== undefined || form.nationalities.some((r) => r.code || r.count)}
        >
          <summary>{t.nationalitiesTitle}</summary>
          <fieldset class={errors.nationalities ? 'field has-error' : 'field'} id="nationalities">
            <legend class="visually-hidden">{t.nationalitiesTitle}</legend>
            <span class="hint">{t.nationalitiesHint}</span>
            {errors.nationalities ? <span class="message">{errors.nationalities}</span> : null}
            {form.nationalities.map((row, i) => (
              <div class="nationality" key={`${i}-${row.code}`}>
                <label for={`country-${i}`}>{t.countryLabel(i + 1)}</label>
                <select id={`country-${i}`} name={`country-${i}`}>
                  <option value="">{t.noCountry}</option>
                  {(
                    [
                      [t.commonCountries, form.countries.common],
                      [t.otherCountries, form.countries.rest],
                    ] as const
                  ).map(([label, list]) => (
                    <optgroup key={label} label={label}>
                      {list.map((c) => (
                        <option key={c.code} value={c.code} selected={c.code === row.code}>
                          {c.name}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
                <label for={`count-${i}`}>{t.countLabel(i + 1)}</label>
                <input
                  type="text"
                  class="short"
                  id={`count-${i}`}
                  name={`count-${i}`}
                  inputMode="numeric"
                  pattern="[0-9]*"
                  autocomplete="off"
                  value={row.count}
                />
              </div>
            ))}
          </fieldset>
        </details>
        <button type="submit">{t.save}</button>
      </form>
      {/* After a conflict, the other choice: apart from Spara (form + p), for the thumb. */}
      {form.keepStored ? (
        <p>
          <a href={form.keepStored}>{t.keepStored}</a>
        </p>
      ) : null}
    </Shell>
  );
}

export function SavedPage(props: {
  c: PageContext;
  activity: ActivityLink;
  said: string;
  result: 'created' | 'updated' | 'unchanged';
  changes: readonly { label: string; before: string; after: string }[];
  warnings: readonly string[];
  /** The night or month belongs to a half-year report already sent: what that means for this correction. */
  sentReport?: string;
}) {
  const t = words(props.c);
  const result =
    props.result === 'created'
      ? t.resultCreated
      : props.result === 'updated'
        ? t.resultUpdated
        : t.resultUnchanged;
  return (
    <Shell c={props.c} title={t.savedTitle}>
      <div class="notice" role="status">
        <h1>{props.said}</h1>
        <p>{result}</p>
      </div>
      {props.changes.length > 0 ? (
        <RowTable
          head={[t.figuresTitle, t.wasBefore, t.nowStored]}
          rows={props.changes.map((c) => ({ key: c.label, cells: [c.label, c.before, c.after] }))}
        />
      ) : null}
      {props.warnings.map((w) => (
        <p key={w}>{w}</p>
      ))}
      {props.sentReport ? <p class="warning-text">{props.sentReport}</p> : null}
      <p>
        <a href={`/rapportera/${encodeURIComponent(props.activity.id)}`}>{t.figuresAnother}</a>
      </p>
      <p>
        <a href="/">{t.toStart}</a>
      </p>
    </Shell>
  );
}
