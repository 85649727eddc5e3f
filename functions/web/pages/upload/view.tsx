import { wordsFor } from '../../../../shared/i18n';
import { describedBy, Field } from '../fields';
import { Bullets, type FieldErrors, Notice, type PageContext, Shell } from '../layout';

export interface UploadView {
  activities: readonly { id: string; name: string; columns: string }[];
  /** The check of a file: what it would do, each bad row with its reasons, the warnings to confirm. */
  preview?: {
    file: string;
    counts: { created: number; updated: number; unchanged: number };
    problems: readonly string[];
    more: number;
    warnings: readonly string[];
    /** The file again (base64url), for "Spara": checked again in full when it comes back. */
    content?: { data: string; type: 'csv' | 'json' };
  };
  saved?: string;
}

/** The partner's upload: the columns explained, a file chosen, checked (a dry run) and only then saved. */
export function UploadPage(props: { c: PageContext; view: UploadView; errors?: FieldErrors }) {
  const u = wordsFor(props.c.language).upload;
  const { view } = props;
  const errors = props.errors ?? {};
  const preview = view.preview;
  return (
    <Shell c={props.c} title={u.title} errors={errors}>
      <h1>{u.title}</h1>
      <Notice text={view.saved} />
      {preview ? (
        <section aria-labelledby="kontroll">
          <h2 id="kontroll">{u.previewTitle(preview.file)}</h2>
          {preview.problems.length === 0 ? (
            <p role="status">
              {u.wouldSave(preview.counts.created, preview.counts.updated, preview.counts.unchanged)}
            </p>
          ) : null}
          {preview.problems.length > 0 ? (
            <div class="problems">
              <h3>{u.problemsTitle(preview.problems.length + preview.more)}</h3>
              <Bullets items={preview.problems} />
              {preview.more > 0 ? <p>{u.problemsMore(preview.more)}</p> : null}
            </div>
          ) : null}
          {preview.warnings.length > 0 ? (
            <>
              <h3>{u.warningsTitle}</h3>
              <Bullets items={preview.warnings} />
            </>
          ) : null}
          {preview.content ? (
            <form method="post" action="/ladda-upp/spara">
              <input type="hidden" name="csrf" value={props.c.csrf} />
              <input type="hidden" name="fil" value={preview.file} />
              <input type="hidden" name="typ" value={preview.content.type} />
              <input type="hidden" name="innehall" value={preview.content.data} />
              <button type="submit">{u.save}</button>
            </form>
          ) : null}
          <h2>{u.chooseAnother}</h2>
        </section>
      ) : (
        <p class="lead">{u.lead}</p>
      )}
      <form method="post" action="/ladda-upp" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="csrf" value={props.c.csrf} />
        <Field id="file" label={u.fileLabel} hint={u.fileHint} error={errors.file}>
          <input
            type="file"
            id="file"
            name="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby={describedBy('file', true, errors.file)}
            aria-invalid={errors.file ? 'true' : undefined}
          />
        </Field>
        <button type="submit" class={preview ? 'secondary' : undefined}>
          {u.check}
        </button>
      </form>
      <h2>{u.columnsTitle}</h2>
      <p>{u.columnsLead}</p>
      <ul>
        {view.activities.map((a) => (
          <li key={a.id}>
            {u.columnsOf(a.name, a.id, a.columns)}{' '}
            <a href={`/ladda-upp/mall/${a.id}.csv`} download>
              {u.template(a.name)}
            </a>
          </li>
        ))}
      </ul>
      <p>{u.nationalitiesHint}</p>
    </Shell>
  );
}
