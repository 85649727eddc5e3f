import type { PeriodStatus } from '../../../../shared/domain/completeness';
import { type ActivityLink, type FieldErrors, type PageContext, Shell, words } from '../layout';
import { ConfirmWarnings } from './confirm';

export interface MonthRow {
  night: string;
  /** "natten mot tis 3/11 (mån 2/11)": the row's heading. */
  label: string;
  /** "natten mot tisdag 3 november (mån 2/11)": said with each field to a screen reader. */
  inWords: string;
  places?: number;
  status: PeriodStatus;
  editable: boolean;
  values: Record<string, string>;
}

export interface MonthGrid {
  activity: ActivityLink;
  month: string;
  monthInWords: string;
  fields: readonly { name: string; required: boolean }[];
  rows: readonly MonthRow[];
  previous: string;
  next?: string;
  warnings?: readonly string[];
  saved?: string;
}

/** A field of the month grid: its name and id carry the night's day of the month (`women-05`). */
export const gridField = (field: string, night: string) => `${field}-${night.slice(8, 10)}`;

/** A night shelter's month at a glance: every night, what is stored and what is missing, saved in one go. */
export function MonthPage(props: { c: PageContext; grid: MonthGrid; errors?: FieldErrors }) {
  const t = words(props.c);
  const { grid } = props;
  const errors = props.errors ?? {};
  const base = `/rapportera/${encodeURIComponent(grid.activity.id)}`;
  const title = t.monthTitle(grid.monthInWords);
  return (
    <Shell c={props.c} title={`${title}: ${grid.activity.name}`} errors={errors}>
      {grid.saved ? (
        <div class="notice" role="status">
          <p>{grid.saved}</p>
        </div>
      ) : null}
      <h1>
        {grid.activity.name}: {title}
      </h1>
      <nav class="months" aria-label={title}>
        <a href={`${base}/${grid.previous}`}>{t.previousMonth}</a>
        {grid.next ? <a href={`${base}/${grid.next}`}>{t.nextMonth}</a> : null}
      </nav>
      <p>{t.monthLead}</p>
      <p class="hint">{t.nationalitiesKept}</p>
      <form method="post" action={`${base}/${grid.month}`} novalidate>
        <input type="hidden" name="csrf" value={props.c.csrf} />
        <ConfirmWarnings c={props.c} warnings={grid.warnings} error={errors.confirm} />
        <table class="month">
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.nightColumn}</th>
              <th scope="col" class="number">
                {t.placesColumn}
              </th>
              {grid.fields.map((f) => (
                <th scope="col" key={f.name}>
                  {t.figureLabels[f.name] ?? f.name}
                </th>
              ))}
              <th scope="col">{t.statusColumn}</th>
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => {
              const ids = grid.fields.map((f) => gridField(f.name, row.night));
              const wrong = ids.some((id) => errors[id]);
              return (
                <tr key={row.night} class={[row.status, wrong ? 'has-error' : ''].join(' ').trim()}>
                  <th scope="row">{row.label}</th>
                  <td class="number field-cell">
                    <span class="cell-label">{t.placesColumn}</span>
                    {row.places ?? '–'}
                  </td>
                  {grid.fields.map((f, i) => {
                    const id = ids[i] as string;
                    const label = t.figureLabels[f.name] ?? f.name;
                    return (
                      <td class="field-cell" key={f.name}>
                        {row.editable ? (
                          <>
                            <label class="cell-label" for={id}>
                              {label}
                              <span class="visually-hidden">, {row.inWords}</span>
                            </label>
                            <input
                              type="text"
                              id={id}
                              name={id}
                              inputMode="numeric"
                              pattern="[0-9]*"
                              autocomplete="off"
                              value={row.values[f.name] ?? ''}
                              aria-invalid={errors[id] ? 'true' : undefined}
                            />
                          </>
                        ) : (
                          <>
                            <span class="cell-label">{label}</span>
                            {row.values[f.name] ?? '–'}
                          </>
                        )}
                      </td>
                    );
                  })}
                  <td class="status">
                    {t.statusWords[row.status === 'not_over' && !row.editable ? 'later' : row.status]}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button type="submit">{t.saveAll}</button>
      </form>
      <p>
        <a href="/">{t.toStart}</a>
      </p>
    </Shell>
  );
}
