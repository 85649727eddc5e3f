import { wordsFor } from '../../../../shared/i18n';
import { describedBy, Field } from '../fields';
import { type FieldErrors, type PageContext, Shell } from '../layout';

/** The report's openings a person may write, each with the draft its figures give now. */
export interface ReportTextsView {
  from: string;
  to: string;
  label: string;
  saved?: string;
  notice?: string;
  sections: readonly {
    section: string;
    title: string;
    draft: string;
    text: string;
    version: number;
    written: boolean;
    outOfDate: boolean;
  }[];
}

/** `/rapport/texter`: the coordinator writes the report's openings over the drafts the figures give (issue 26, 1). */
export function ReportTextsPage(props: { c: PageContext; view: ReportTextsView; errors?: FieldErrors }) {
  const t = wordsFor(props.c.language).web.reportTexts;
  const { view } = props;
  const errors = props.errors ?? {};
  return (
    <Shell c={props.c} title={t.title} errors={errors}>
      <p>
        <a href={`/rapport?fran=${view.from}&till=${view.to}`}>{t.back(view.label)}</a>
      </p>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead(view.label)}</p>
      {view.saved || view.notice ? (
        <p class="notice" role="status">
          {view.saved ?? view.notice}
        </p>
      ) : null}
      {view.sections.map((s) => {
        const id = `text-${s.section}`;
        return (
          <section key={s.section} aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`}>{s.title}</h2>
            {s.outOfDate ? <p class="warning">{t.outOfDate}</p> : null}
            <form method="post" action="/rapport/texter" novalidate>
              <input type="hidden" name="csrf" value={props.c.csrf} />
              <input type="hidden" name="fran" value={view.from} />
              <input type="hidden" name="till" value={view.to} />
              <input type="hidden" name="section" value={s.section} />
              <input type="hidden" name="version" value={String(s.version)} />
              <Field
                id={id}
                label={s.written ? t.written : t.asDrafted}
                hint={s.draft ? t.draft(s.draft) : t.noDraft}
                error={errors[id]}
              >
                <textarea
                  id={id}
                  name="text"
                  rows={6}
                  maxLength={3000}
                  aria-describedby={describedBy(id, true, errors[id])}
                  aria-invalid={errors[id] ? 'true' : undefined}
                >
                  {s.text}
                </textarea>
              </Field>
              <button type="submit" class="secondary">
                {t.save}
              </button>
            </form>
          </section>
        );
      })}
    </Shell>
  );
}
