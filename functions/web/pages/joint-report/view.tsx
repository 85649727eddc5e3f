import type { User } from '../../../../shared/app/model';
import {
  APPENDIX_HEADINGS,
  CHAIR_GROUPS,
  type ChairGroup,
  JOINT_REPORT_STATUSES,
  type JointReportStatus,
} from '../../../../shared/domain/joint-report';
import { wordsFor } from '../../../../shared/i18n';
import { Checkbox, describedBy, Field, TextField } from '../fields';
import { Bullets, type FieldErrors, Notice, type PageContext, Shell } from '../layout';

/** The report's page as a person sees it: its state, the appendices, the chairs, and what they may do. */
export interface JointReportPageView {
  from: string;
  to: string;
  label: string;
  status: JointReportStatus;
  version: number;
  digest: string;
  deadline: string;
  notice?: string;
  appendices: readonly {
    number: number;
    name: string;
    status: 'missing' | 'draft' | 'submitted';
    submitted: string | null;
    /** The appendix's form, for those who write it. */
    href?: string;
  }[];
  chairs: readonly { group: ChairGroup; who: string | null; signed: string | null }[];
  approved: readonly { number: number; html: string; pdf: string }[];
  /** The report as it stands, for those who read it before approval. */
  readDraft?: { html: string; pdf: string };
  review: boolean;
  sign?: ChairGroup;
  /** The administrator's form naming the chairs. */
  chairsForm?: {
    people: readonly Pick<User, 'id' | 'name' | 'email'>[];
    chosen: Partial<Record<ChairGroup, { userId: string; title: string }>>;
    version: number;
  };
}

const Hidden = (props: { c: PageContext; view: { from: string; to: string } }) => (
  <>
    <input type="hidden" name="csrf" value={props.c.csrf} />
    <input type="hidden" name="fran" value={props.view.from} />
    <input type="hidden" name="till" value={props.view.to} />
  </>
);

/** `/rapport/dokument`: the joint half-year report as the partnership writes it (issue 26, 2). */
export function JointReportPage(props: { c: PageContext; view: JointReportPageView; errors?: FieldErrors }) {
  const t = wordsFor(props.c.language).web.jointReport;
  const { view } = props;
  const errors = props.errors ?? {};
  const steps = JOINT_REPORT_STATUSES;
  return (
    <Shell c={props.c} title={`${t.title} ${view.label}`} errors={errors}>
      <h1>
        {t.title} {view.label}
      </h1>
      <p class="lead">{t.lead(view.label)}</p>
      <Notice text={view.notice} />
      <section aria-labelledby="status-title">
        <h2 id="status-title">{t.statusTitle}</h2>
        <p>
          <strong>
            {t.statuses[view.status]} · {t.version(view.version)}
          </strong>
        </p>
        <ol class="steps">
          {steps.map((s) => (
            <li key={s} aria-current={s === view.status ? 'step' : undefined}>
              {s === view.status ? <strong>{`${t.statuses[s]} (${t.current})`}</strong> : t.statuses[s]}
            </li>
          ))}
        </ol>
        {view.readDraft ? (
          <ul>
            <li>
              <a href={view.readDraft.html}>{t.read(view.version)}</a>
            </li>
            <li>
              <a href={view.readDraft.pdf}>{t.readPdf(view.version)}</a>
            </li>
          </ul>
        ) : null}
      </section>
      {view.review ? (
        <section aria-labelledby="review-title">
          <h2 id="review-title">{t.reviewTitle}</h2>
          <p>{t.reviewLead}</p>
          <form method="post" action="/rapport/dokument">
            <Hidden c={props.c} view={view} />
            <input type="hidden" name="steg" value="granska" />
            <input type="hidden" name="digest" value={view.digest} />
            <button type="submit">{t.review}</button>
          </form>
        </section>
      ) : null}
      {view.sign ? (
        <section aria-labelledby="sign-title">
          <h2 id="sign-title">{t.signTitle}</h2>
          <p>{t.signLead(t.groups[view.sign])}</p>
          <form method="post" action="/rapport/dokument" novalidate>
            <Hidden c={props.c} view={view} />
            <input type="hidden" name="steg" value="signera" />
            <input type="hidden" name="digest" value={view.digest} />
            <Checkbox id="bekrafta" label={t.signConfirm(view.version)} error={errors.bekrafta} />
            <button type="submit">{t.sign}</button>
          </form>
        </section>
      ) : null}
      <section aria-labelledby="appendices-title">
        <h2 id="appendices-title">{t.appendicesTitle}</h2>
        <p>{t.deadline(view.deadline)}</p>
        <ul class="log">
          {view.appendices.map((a) => (
            <li key={a.number}>
              <strong>{t.appendixLine(a.number, a.name)}</strong>
              <br />
              {t.appendixStatus[a.status]}
              {a.submitted ? ` ${a.submitted}` : ''}
              {a.href ? (
                <>
                  <br />
                  <a href={a.href}>{t.writeOf(a.name)}</a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="chairs-title">
        <h2 id="chairs-title">{t.chairsTitle}</h2>
        <ul>
          {view.chairs.map((c) => (
            <li key={c.group}>
              {t.groupTitles[c.group]}: {c.who ?? t.noChair} – {c.signed ? t.signedOn(c.signed) : t.notSigned}
            </li>
          ))}
        </ul>
      </section>
      {view.approved.length > 0 ? (
        <section aria-labelledby="approved-title">
          <h2 id="approved-title">{t.approvedTitle}</h2>
          <ul>
            {view.approved.map((v) => (
              <li key={v.number}>
                <a href={v.html}>{t.read(v.number)}</a> · <a href={v.pdf}>{t.readPdf(v.number)}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.chairsForm ? <ChairsForm c={props.c} view={view} errors={errors} /> : null}
    </Shell>
  );
}

function ChairsForm(props: { c: PageContext; view: JointReportPageView; errors: FieldErrors }) {
  const t = wordsFor(props.c.language).web.jointReport;
  const form = props.view.chairsForm;
  if (!form) return null;
  return (
    <section aria-labelledby="chairs-form-title">
      <h2 id="chairs-form-title">{t.chairsFormTitle}</h2>
      <p>{t.chairsFormLead}</p>
      <form method="post" action="/rapport/dokument" novalidate>
        <Hidden c={props.c} view={props.view} />
        <input type="hidden" name="steg" value="ordforande" />
        <input type="hidden" name="version" value={String(form.version)} />
        {CHAIR_GROUPS.map((group) => {
          const [person, title] = [`${group}-person`, `${group}-titel`];
          return (
            <fieldset key={group}>
              <legend>{t.groupTitles[group]}</legend>
              <Field id={person} label={t.chairPerson(t.groupTitles[group])} error={props.errors[person]}>
                <select
                  id={person}
                  name={person}
                  aria-describedby={describedBy(person, false, props.errors[person])}
                >
                  <option value="">{t.choose}</option>
                  {form.people.map((p) => (
                    <option key={p.id} value={p.id} selected={form.chosen[group]?.userId === p.id}>
                      {p.name} ({p.email})
                    </option>
                  ))}
                </select>
              </Field>
              <TextField
                id={title}
                label={t.chairTitle(t.groupTitles[group])}
                hint={t.chairTitleHint}
                error={props.errors[title]}
                value={form.chosen[group]?.title ?? ''}
                maxLength={60}
              />
            </fieldset>
          );
        })}
        <button type="submit" class="secondary">
          {t.saveChairs}
        </button>
      </form>
    </section>
  );
}

/** A party's appendix as its form shows it. */
export interface AppendixPageView {
  from: string;
  to: string;
  label: string;
  organisationId: string;
  name: string;
  deadline: string;
  version: number;
  status: 'missing' | 'draft' | 'submitted';
  texts: Partial<Record<(typeof APPENDIX_HEADINGS)[number], string>>;
  /** Each activity's figures in a sentence ("Convictus natthärbärge: 2 897 övernattningar, …"). */
  figures: readonly string[];
  funds: readonly string[];
  /** The approved version stands: a change needs the person to ask for a new version. */
  frozen: boolean;
  notice?: string;
}

/** `/rapport/bilaga`: a party writes its appendix under the template's headings. */
export function AppendixPage(props: { c: PageContext; view: AppendixPageView; errors?: FieldErrors }) {
  const w = wordsFor(props.c.language);
  const t = w.web.jointReport;
  const d = w.report.document;
  const { view } = props;
  const errors = props.errors ?? {};
  return (
    <Shell c={props.c} title={t.appendixTitle(view.name)} errors={errors}>
      <p>
        <a href={`/rapport/dokument?fran=${view.from}&till=${view.to}`}>{t.back}</a>
      </p>
      <h1>{t.appendixTitle(view.name)}</h1>
      <p class="lead">{t.appendixLead(view.label, view.deadline)}</p>
      <p>
        <strong>{t.appendixStatus[view.status]}</strong>
      </p>
      <Notice text={view.notice} />
      <form method="post" action="/rapport/bilaga" novalidate>
        <input type="hidden" name="csrf" value={props.c.csrf} />
        <input type="hidden" name="fran" value={view.from} />
        <input type="hidden" name="till" value={view.to} />
        <input type="hidden" name="org" value={view.organisationId} />
        <input type="hidden" name="version" value={String(view.version)} />
        {APPENDIX_HEADINGS.map((heading) => {
          const id = `text-${heading}`;
          return (
            <Field
              key={heading}
              id={id}
              label={d.headings[heading]}
              hint={t.hints[heading]}
              error={errors[id]}
            >
              <textarea
                id={id}
                name={id}
                rows={5}
                maxLength={3000}
                aria-describedby={describedBy(id, true, errors[id])}
                aria-invalid={errors[id] ? 'true' : undefined}
              >
                {view.texts[heading] ?? ''}
              </textarea>
            </Field>
          );
        })}
        {view.frozen ? <Checkbox id="ny-version" label={t.newVersion} /> : null}
        <div class="buttons">
          <button type="submit" name="steg" value="lamna-in">
            {t.submit}
          </button>{' '}
          <button type="submit" name="steg" value="utkast" class="secondary">
            {t.saveDraft}
          </button>
        </div>
      </form>
      <h2>{d.figuresTitle}</h2>
      <Bullets items={view.figures} />
      <h2>{d.fundsTitle}</h2>
      {view.funds.length === 0 ? <p>{d.noFunds}</p> : <Bullets items={view.funds} />}
    </Shell>
  );
}
