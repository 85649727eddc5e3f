import type { ComponentChildren } from 'preact';

/**
 * The parts every form is made of, the partner's, the coordinator's and the administrator's alike: a field with its
 * label, hint and error (GOV.UK's pattern: the message beside the field, the input described by both), a text
 * field, a choice of radios or checkboxes, and a checkbox to confirm.
 */

export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
      {props.children}
    </div>
  );
}

/** A field's hint and its error, each with the id its input (or fieldset) names in `aria-describedby`. */
export function HintAndError(props: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {props.hint ? (
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span class="message" id={`${props.id}-error`}>
          {props.error}
        </span>
      ) : null}
    </>
  );
}

/**
 * A one-line text field: its label, hint and error, and the input they describe — every form's, the partner's and
 * the administrator's alike. `numeric` brings the phone's number pad; `digits`, a pattern of digits for it too.
 */
export function TextField(props: {
  id: string;
  /** The form field's name, where it is not the id. */
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  size?: 'short' | 'amount';
  type?: 'text' | 'email';
  autocomplete?: string;
  numeric?: boolean;
  digits?: boolean;
  maxLength?: number;
  spellcheck?: boolean;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <input
        type={(props.type ?? 'text') as 'text'}
        class={props.size}
        id={props.id}
        name={props.name ?? props.id}
        inputMode={props.numeric || props.digits ? 'numeric' : undefined}
        pattern={props.digits ? '[0-9]*' : undefined}
        autocomplete={props.autocomplete}
        value={props.value ?? ''}
        maxLength={props.maxLength}
        spellcheck={props.spellcheck}
        aria-describedby={describedBy(props.id, !!props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </Field>
  );
}

/**
 * A choice in a fieldset, its hint and error beside the legend: one of radios (named `name`, the id unless given),
 * or, `multiple`, several checkboxes (each named `<name>-<value>`, sent as "ja").
 */
export function Choices(props: {
  id: string;
  name?: string;
  legend: string;
  hint?: string;
  error?: string;
  multiple?: boolean;
  /** The radio chosen. */
  value?: string;
  /** Whether a checkbox is ticked. */
  checked?: (value: string) => boolean;
  /** The form as sent or stored: the radio chosen, the boxes ticked ("ja"), unless `value` or `checked` say. */
  values?: Readonly<Record<string, string | undefined>>;
  options: readonly { value: string; label: string; hint?: string }[];
}) {
  const name = props.name ?? props.id;
  return (
    <fieldset
      class={props.error ? 'field has-error' : 'field'}
      id={props.id}
      aria-describedby={describedBy(props.id, !!props.hint, props.error)}
    >
      <legend>{props.legend}</legend>
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
      {props.options.map((o) => (
        <div class="choice" key={o.value}>
          <input
            type={props.multiple ? 'checkbox' : 'radio'}
            id={`${name}-${o.value}`}
            name={props.multiple ? `${name}-${o.value}` : name}
            value={props.multiple ? 'ja' : o.value}
            checked={
              props.multiple
                ? (props.checked?.(o.value) ?? props.values?.[`${name}-${o.value}`] === 'ja')
                : (props.value ?? props.values?.[name]) === o.value
            }
          />
          <label for={`${name}-${o.value}`}>
            {o.label}
            {o.hint ? <span class="hint"> – {o.hint}</span> : null}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** A checkbox with its label beside it (a large target on a phone), and why it must be ticked when it was not. */
export function Checkbox(props: { id: string; name?: string; label: string; error?: string }) {
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <HintAndError id={props.id} error={props.error} />
      <div class="choice">
        <input
          type="checkbox"
          id={props.id}
          name={props.name ?? props.id}
          value="ja"
          aria-describedby={props.error ? `${props.id}-error` : undefined}
        />
        <label for={props.id}>{props.label}</label>
      </div>
    </div>
  );
}

export const describedBy = (id: string, hint: boolean, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
