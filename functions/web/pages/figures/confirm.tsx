import { type PageContext, words } from '../layout';

/**
 * Warnings to confirm before saving (more guests than places): the person ticks "ja" and sends again. At the top of
 * the form, focused, saying nothing is saved yet, with a save button of its own: on a long form (a month's 31
 * nights) the question is where the page opens, not 7,000 px below.
 */
export function ConfirmWarnings(props: { c: PageContext; warnings?: readonly string[]; error?: string }) {
  const t = words(props.c);
  if (!props.warnings || props.warnings.length === 0) return null;
  return (
    <div
      class={props.error ? 'field has-error notice confirm' : 'notice confirm'}
      role="alert"
      tabIndex={-1}
      autofocus={!props.error}
    >
      <h2>{t.confirmTitle}</h2>
      <p>{t.notSavedYet}</p>
      {props.warnings.map((w) => (
        <p key={w}>{w}</p>
      ))}
      {props.error ? (
        <span class="message" id="confirm-error">
          {props.error}
        </span>
      ) : null}
      <input type="hidden" name="asked" value="ja" />
      <input type="checkbox" id="confirm" name="confirm" value="ja" />{' '}
      <label for="confirm" class="inline">
        {t.confirmLabel}
      </label>
      <p>
        <button type="submit">{t.save}</button>
      </p>
    </div>
  );
}
