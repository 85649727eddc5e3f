import type { PublicNight } from '../../../../shared/domain/decisions';
import { wordsFor } from '../../../../shared/i18n';
import { PUBLIC_LANGUAGES, PUBLIC_WORDS, type PublicLanguage } from '../../../../shared/i18n/public';
import { ICON_PATH } from '../../style';

export interface PublicNightView {
  night: string;
  /** "tisdag 8 februari – onsdag 9 februari": the evening and the morning, in the page's language. */
  heading: string;
  status: PublicNight['status'];
  venues: readonly { id: string; name: string; address: string; hours: string; places?: string }[];
}

/**
 * The public page (no sign-in): tonight and the coming nights, from the decisions only, in six languages. Large
 * text, no script, one A4 when printed for a noticeboard.
 */
export function PublicColdNightsPage(props: {
  language: PublicLanguage;
  stylesheet: string;
  nights: readonly PublicNightView[];
  updated: string;
}) {
  const w = PUBLIC_WORDS[props.language];
  const status = { open: w.open, not_opening: w.notOpening, cancelled: w.cancelled, undecided: w.undecided };
  return (
    <html lang={props.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{w.title}</title>
        <link rel="stylesheet" href={props.stylesheet} />
        <link rel="icon" href={ICON_PATH} type="image/svg+xml" />
      </head>
      <body class="public">
        <header>
          <nav aria-label={w.languages} class="languages">
            {PUBLIC_LANGUAGES.map((l) =>
              l === props.language ? (
                <span key={l} lang={l} aria-current="page">
                  {PUBLIC_WORDS[l].name}
                </span>
              ) : (
                <a key={l} href={`/kalla-natter?sprak=${l}`} lang={l} hreflang={l}>
                  {PUBLIC_WORDS[l].name}
                </a>
              ),
            )}
          </nav>
        </header>
        <main id="innehall">
          <h1>{w.title}</h1>
          <p class="lead">{w.lead}</p>
          {props.nights.map((n) => (
            <section key={n.night} class={`night ${n.status}`} aria-labelledby={`natt-${n.night}`}>
              <h2 id={`natt-${n.night}`}>{n.heading}</h2>
              <p class="status">
                <strong>{status[n.status]}</strong>
              </p>
              {n.venues.map((v) => (
                <div key={v.id} class="venue">
                  <h3>{v.name}</h3>
                  <dl>
                    <dt>{w.address}</dt>
                    <dd>{v.address}</dd>
                    <dt>{w.hours}</dt>
                    <dd>{v.hours}</dd>
                  </dl>
                  {v.places ? <p>{v.places}</p> : null}
                </div>
              ))}
            </section>
          ))}
          <p class="emergency">
            <strong>{w.emergency}</strong>
          </p>
          <p class="hint">{props.updated}</p>
        </main>
        <footer>
          <a href="/tillganglighet">{wordsFor(props.language === 'sv' ? 'sv' : 'en').web.statementTitle}</a>
        </footer>
      </body>
    </html>
  );
}
