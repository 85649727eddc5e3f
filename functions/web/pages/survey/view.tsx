import { SURVEY_LANGUAGES, SURVEY_SCALE_NAMES, type SurveyScale } from '../../../../shared/domain/survey';
import { wordsFor } from '../../../../shared/i18n';
import { Choices, Field, TextField } from '../fields';
import { type FieldErrors, Notice, type PageContext, Shell } from '../layout';

/** The survey's start: its questions (an administrator's form), and the activities' answers for a half-year. */
export interface SurveyPageView {
  period: { from: string; to: string; label: string };
  halfYears: readonly { from: string; to: string; label: string }[];
  questions: readonly { id: string; text: string; scale: SurveyScale }[];
  languages: readonly string[];
  /** The administrator's form; undefined for anyone else. */
  form?: { version: number; languageNames: Record<string, string> };
  activities: readonly { id: string; name: string; entered?: string; href: string }[];
  notice?: string;
}

/** How many empty rows the template form offers for new questions. */
export const NEW_QUESTIONS = 2;

/** `/brukarundersokning`: the partnership's user survey (issue 26, 4). */
export function SurveyPage(props: { c: PageContext; view: SurveyPageView; errors?: FieldErrors }) {
  const w = wordsFor(props.c.language);
  const t = w.web.survey;
  const { view } = props;
  const errors = props.errors ?? {};
  const rows = [
    ...view.questions,
    ...Array.from({ length: view.form ? NEW_QUESTIONS : 0 }, () => ({
      id: '',
      text: '',
      scale: 'yesNo' as const,
    })),
  ];
  return (
    <Shell c={props.c} title={t.title} errors={errors}>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <Notice text={view.notice} />
      <section aria-labelledby="answers-title">
        <h2 id="answers-title">{t.activitiesTitle(view.period.label)}</h2>
        <form method="get" action="/brukarundersokning" class="inline">
          <label for="halvar">{t.period}</label>
          <select id="halvar" name="halvar">
            {view.halfYears.map((h) => (
              <option key={h.from} value={`${h.from}--${h.to}`} selected={h.from === view.period.from}>
                {h.label}
              </option>
            ))}
          </select>{' '}
          <button type="submit" class="secondary">
            {w.finance.show}
          </button>
        </form>
        {view.questions.length === 0 ? <p>{t.noTemplate}</p> : null}
        <ul class="log">
          {view.activities.map((a) => (
            <li key={a.id}>
              <a href={a.href}>{t.enter(a.name)}</a>
              <br />
              {a.entered ?? t.notEntered}
            </li>
          ))}
        </ul>
      </section>
      {view.form ? (
        <section aria-labelledby="template-title">
          <h2 id="template-title">{t.templateTitle}</h2>
          <p>{t.templateLead}</p>
          <form method="post" action="/brukarundersokning" novalidate>
            <input type="hidden" name="csrf" value={props.c.csrf} />
            <input type="hidden" name="version" value={String(view.form.version)} />
            {rows.map((q, i) => {
              const [text, scale] = [`fraga-${i}`, `skala-${i}`];
              const isNew = q.id === '';
              return (
                <fieldset key={q.id || `new-${i}`}>
                  <legend>{isNew ? t.newQuestion(i + 1) : t.question(i + 1)}</legend>
                  <input type="hidden" name={`id-${i}`} value={q.id} />
                  <TextField
                    id={text}
                    label={isNew ? t.newQuestion(i + 1) : t.question(i + 1)}
                    error={errors[text]}
                    value={q.text}
                    maxLength={200}
                  />
                  <Field id={scale} label={t.scaleLabel}>
                    <select id={scale} name={scale}>
                      {SURVEY_SCALE_NAMES.map((s) => (
                        <option key={s} value={s} selected={q.scale === s}>
                          {w.report.survey.scales[s]}
                        </option>
                      ))}
                    </select>
                  </Field>
                </fieldset>
              );
            })}
            <Choices
              multiple
              id="sprak"
              legend={t.languagesTitle}
              error={errors.sprak}
              checked={(code) => view.languages.includes(code as (typeof SURVEY_LANGUAGES)[number])}
              options={SURVEY_LANGUAGES.map((code) => ({
                value: code,
                label: view.form?.languageNames[code] ?? code,
              }))}
            />
            <button type="submit">{t.saveTemplate}</button>
          </form>
        </section>
      ) : null}
    </Shell>
  );
}

/** An activity's tallied answers for a half-year, as its form shows them. */
export interface TallyPageView {
  activityId: string;
  name: string;
  from: string;
  to: string;
  label: string;
  version: number;
  respondents: string;
  questions: readonly {
    id: string;
    text: string;
    answers: readonly { option: string; label: string; value: string }[];
  }[];
  notice?: string;
}

/** `/brukarundersokning/<activity>?halvar=`: how many gave each answer, question by question. */
export function TallyPage(props: { c: PageContext; view: TallyPageView; errors?: FieldErrors }) {
  const t = wordsFor(props.c.language).web.survey;
  const { view } = props;
  const errors = props.errors ?? {};
  const count = (id: string, label: string, value: string) => (
    <TextField
      key={id}
      id={id}
      label={label}
      error={errors[id]}
      value={value}
      size="short"
      digits
      autocomplete="off"
    />
  );
  return (
    <Shell c={props.c} title={t.tallyTitle(view.name)} errors={errors}>
      <p>
        <a href={`/brukarundersokning?halvar=${view.from}--${view.to}`}>{t.back}</a>
      </p>
      <h1>{t.tallyTitle(view.name)}</h1>
      <p class="lead">{t.tallyLead(view.label)}</p>
      <Notice text={view.notice} />
      <form method="post" action={`/brukarundersokning/${encodeURIComponent(view.activityId)}`} novalidate>
        <input type="hidden" name="csrf" value={props.c.csrf} />
        <input type="hidden" name="halvar" value={`${view.from}--${view.to}`} />
        <input type="hidden" name="version" value={String(view.version)} />
        {count('respondents', t.respondents, view.respondents)}
        {view.questions.map((q) => (
          <fieldset key={q.id} id={`fraga-${q.id}`}>
            <legend>{q.text}</legend>
            {errors[`fraga-${q.id}`] ? <span class="message">{errors[`fraga-${q.id}`]}</span> : null}
            {q.answers.map((a) => count(`${q.id}-${a.option}`, a.label, a.value))}
          </fieldset>
        ))}
        <button type="submit">{t.saveTally}</button>
      </form>
    </Shell>
  );
}
