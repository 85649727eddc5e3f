import { createHash } from 'node:crypto';
/** The web app's one small stylesheet: readable on a phone at 23:00, large targets, visible focus, no web fonts. */
export const STYLE = `:root {
  --ink: #1b1b1b;
  --muted: #505a5f;
  --line: #b1b4b6;
  --brand: #1f4e8c;
  --error: #b10e1e;
  --focus: #ffdd00;
}
* {
  box-sizing: border-box;
}
html {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  font-size: 112.5%;
  line-height: 1.45;
  color: var(--ink);
  background: #fff;
}
body {
  margin: 0;
}
a {
  color: var(--brand);
  text-underline-offset: 0.15em;
}
a:hover {
  color: #003078;
  text-decoration-thickness: 3px;
}
:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 0;
  box-shadow: 0 0 0 6px var(--ink);
}
a:focus-visible {
  background: var(--focus);
  color: var(--ink);
  box-shadow: 0 4px var(--ink);
  outline: none;
  text-decoration: none;
}
.skip {
  position: absolute;
  left: -9999px;
}
.skip:focus {
  left: 0.5rem;
  top: 0.5rem;
  padding: 0.5rem;
  z-index: 10;
}
header {
  background: var(--brand);
  color: #fff;
  padding: 0.75rem 1rem;
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem 1.5rem;
  align-items: center;
  justify-content: space-between;
}
header a {
  color: #fff;
}
header .service {
  font-weight: 700;
  font-size: 1.1rem;
  text-decoration: none;
}
header nav {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem 1.25rem;
}
main {
  max-width: 40rem;
  margin: 0 auto;
  padding: 1.25rem 1rem 3rem;
}
h1 {
  font-size: 1.75rem;
  line-height: 1.2;
  margin: 0.5rem 0 1rem;
}
/* Long Swedish compounds (Tillgänglighetsredogörelse) break rather than push the page wider than a phone. */
h1, h2, p, li, dd {
  overflow-wrap: break-word;
}
@media (max-width: 30rem) {
  h1 {
    font-size: 1.5rem;
  }
}
p {
  margin: 0 0 1rem;
}
/* A way back below a form's button, or a line after a button inside a form, stands apart from it. */
form + p,
button + p {
  margin-top: 1.25rem;
}
.lead {
  font-size: 1.1rem;
}
label {
  display: block;
  font-weight: 700;
  margin-bottom: 0.25rem;
}
.hint {
  display: block;
  color: var(--muted);
  margin-bottom: 0.35rem;
}
input[type="email"],
input[type="text"] {
  font: inherit;
  width: 100%;
  max-width: 24rem;
  padding: 0.5rem;
  border: 2px solid var(--ink);
  border-radius: 0;
}
input.short {
  max-width: 9rem;
}
input.amount {
  max-width: 14rem;
}
textarea {
  font: inherit;
  display: block;
  width: 100%;
  max-width: 36rem;
  padding: 0.5rem;
  border: 2px solid var(--ink);
  border-radius: 0;
}
p.warning {
  border-left: 5px solid var(--error);
  padding-left: 0.75rem;
}
#code {
  letter-spacing: 0.15em;
}
select {
  font: inherit;
  display: block;
  width: 100%;
  max-width: 24rem;
  min-height: 2.75rem;
  padding: 0.4rem;
  border: 2px solid var(--ink);
  border-radius: 0;
  background: #fff;
  margin-bottom: 0.5rem;
}
input[type="checkbox"],
input[type="radio"] {
  width: 1.5rem;
  height: 1.5rem;
  vertical-align: middle;
  margin: 0 0.5rem 0 0;
}
/* A checkbox or radio with its label beside it, a large target on a phone. */
.choice {
  display: flex;
  align-items: center;
  min-height: 2.75rem;
}
.choice label {
  display: inline;
  font-weight: 400;
  margin: 0;
}
ul.log form {
  margin-top: 0.5rem;
}
label.inline {
  display: inline;
}
fieldset {
  border: 0;
  padding: 0;
  margin: 0 0 1.5rem;
}
legend {
  font-weight: 700;
  font-size: 1.1rem;
  margin-bottom: 0.25rem;
}
.nationality {
  margin-bottom: 0.75rem;
}
.field {
  margin-bottom: 1.5rem;
}
.field.has-error {
  border-left: 5px solid var(--error);
  padding-left: 0.75rem;
}
.field.has-error input,
.field.has-error textarea {
  border-color: var(--error);
}
.message {
  display: block;
  color: var(--error);
  font-weight: 700;
  margin-bottom: 0.35rem;
}
button {
  font: inherit;
  font-weight: 700;
  background: #00703c;
  color: #fff;
  border: 0;
  border-bottom: 3px solid #002d18;
  padding: 0.6rem 1.1rem;
  min-height: 2.75rem;
  cursor: pointer;
}
button.secondary {
  background: #f3f2f1;
  color: var(--ink);
  border-bottom-color: #929191;
}
button:hover {
  background: #005a30;
}
button.secondary:hover {
  background: #dbdad9;
}
input[type="file"] {
  font: inherit;
  max-width: 100%;
  padding: 0.4rem 0;
}
button.warning {
  background: #d4351c;
  border-bottom-color: #55150b;
}
button.warning:hover {
  background: #aa2a16;
}
/* Something the reader must know after a save: set apart, bold. */
.warning-text { font-weight: 700; border-left: 5px solid var(--ink); padding-left: 0.75rem; }
details.nationalities { margin: 0 0 1.5rem; }
details.nationalities > summary { cursor: pointer; font-weight: 700; color: var(--brand); text-decoration: underline; padding: 0.5rem 0; min-height: 2.75rem; }
details.nationalities[open] > summary { margin-bottom: 0.5rem; }
.error-summary {
  border: 5px solid var(--error);
  padding: 1rem;
  margin-bottom: 1.5rem;
}
.error-summary h2 {
  font-size: 1.25rem;
  margin: 0 0 0.5rem;
}
.error-summary ul {
  margin: 0;
  padding-left: 1.25rem;
}
.error-summary a {
  color: var(--error);
  font-weight: 700;
}
.notice {
  border-left: 5px solid var(--brand);
  background: #f2f6fb;
  padding: 0.75rem 1rem;
  margin-bottom: 1.5rem;
}
/* Expected guests above the places (issue 27): said in words, bold, not in colour alone. */
.short-places {
  display: block;
  font-weight: 700;
  color: var(--error);
}
/* What the phone keeps and sends (offline-script.ts): empty until it speaks, never display:none (heard when it does). */
.offline-status:empty {
  margin: 0;
}
.offline-status:not(:empty) {
  border-left: 5px solid var(--brand);
  background: #fff8e5;
  padding: 0.75rem 1rem;
  margin: 0 0 1.5rem;
}
dl {
  display: grid;
  grid-template-columns: max-content minmax(0, 1fr);
  gap: 0.4rem 1.5rem;
  margin: 0 0 1.5rem;
}
/* An e-mail address is one long word: it may break anywhere rather than widen the page. */
dd {
  overflow-wrap: anywhere;
}
@media (max-width: 30rem) {
  dl {
    grid-template-columns: minmax(0, 1fr);
    gap: 0 0;
  }
  dd {
    margin-bottom: 0.6rem;
  }
}
dt {
  font-weight: 700;
}
dd {
  margin: 0;
}
ul.passkeys { list-style: none; padding: 0; margin: 0 0 1rem; }
ul.passkeys li { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; padding: 0.5rem 0; border-bottom: 1px solid var(--line); }
ul.passkeys form { margin: 0; }
[hidden] { display: none !important; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.5rem; }
th, td { text-align: left; padding: 0.4rem 0.5rem 0.4rem 0; border-bottom: 1px solid var(--line); vertical-align: middle; }
td.number, th.number { text-align: right; padding-right: 1rem; }
.visually-hidden, .cell-label { position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
table.month input[type="text"] { width: 4.5rem; }
table.month tr.missing th { color: var(--error); }
table.month .status { color: var(--muted); }
table.month tr.has-error td { background: #fbe9eb; }
/* Positioned, so that the cells' hidden words (absolutely placed) scroll with it instead of widening the page. */
.scroll { overflow-x: auto; margin: 0 0 1.5rem; position: relative; }
.scroll:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
table.completeness { width: auto; font-size: 0.85rem; }
table.completeness th[scope="row"] { white-space: nowrap; padding-right: 0.75rem; }
table.completeness th.day, table.completeness td.cell { text-align: center; min-width: 1.6rem; padding: 0.3rem 0.1rem; }
table.completeness td.missing { background: #fbe9eb; color: var(--error); font-weight: 700; }
table.completeness td.reported { color: #00703c; }
tr.missing th[scope="row"] { color: var(--error); }
.nowrap { white-space: nowrap; }
ul.log { list-style: none; padding: 0; }
ul.log li { border-bottom: 1px solid var(--line); padding: 0.5rem 0; overflow-wrap: anywhere; }
ul.log li span { display: block; }
nav.months, nav.paging { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin: 1rem 0; }
caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
th .hint { font-weight: 400; margin: 0; }
/* On a phone each night is a small card: its fields keep visible labels instead of the table's columns. */
@media (max-width: 40rem) {
  table.month thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.month, table.month tbody, table.month tr, table.month th, table.month td { display: block; width: 100%; }
  table.month tr { border-bottom: 2px solid var(--line); padding: 0.5rem 0; }
  table.month td, table.month th { border: 0; padding: 0.15rem 0; text-align: left; }
  table.month td.field-cell { display: inline-block; width: auto; margin-right: 1rem; vertical-align: top; }
  table.month td.field-cell .cell-label { position: static !important; width: auto; height: auto; overflow: visible; clip: auto; clip-path: none; white-space: normal; font-weight: 700; display: block; }
}
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; }
/* The public page: large text for any phone, each night a card; printed, one A4 for a noticeboard. */
body.public { font-size: 1.25rem; }
body.public h1 { font-size: 2rem; }
nav.languages { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
nav.languages span { font-weight: 700; }
section.night { border-left: 8px solid var(--line); padding: 0.25rem 0 0.25rem 1rem; margin: 0 0 1.25rem; }
section.night.open { border-left-color: #00703c; }
section.night.cancelled { border-left-color: #d4351c; }
section.night h2 { margin: 0 0 0.25rem; font-size: 1.35rem; }
section.night .status { margin-bottom: 0.5rem; }
.venue h3 { margin: 0.5rem 0 0.25rem; font-size: 1.25rem; }
.emergency { font-size: 1.35rem; }
@page { margin: 12mm; }
@media print {
  body.public { font-size: 11pt; }
  body.public header, body.public footer { display: none; }
  body.public main { columns: 2; column-gap: 10mm; padding: 0; max-width: none; }
  body.public h1, body.public .lead { column-span: all; }
  body.public h1 { font-size: 20pt; margin: 0 0 4pt; }
  section.night { break-inside: avoid; margin-bottom: 6pt; }
  section.night h2 { font-size: 12pt; }
  .venue h3 { font-size: 11pt; }
  body.public dl { margin-bottom: 4pt; }
  a { color: inherit; text-decoration: none; }
}
footer {
  border-top: 1px solid var(--line);
  padding: 1rem;
  text-align: center;
  color: var(--muted);
}
footer a {
  color: var(--muted);
}
`;

/**
 * The site's icon: a roof over a bed-shaped bar, in the header's blue. Its own asset so that no browser asks for a
 * missing /favicon.ico (a 404 in every first visit's console).
 */
export const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f4e8c"/>' +
  '<path d="M6 16 16 7l10 9" fill="none" stroke="#fff" stroke-width="3" stroke-linejoin="round"/>' +
  '<rect x="9" y="18" width="14" height="7" rx="1.5" fill="#ffdd00"/></svg>';
export const ICON_PATH = `/assets/icon.${createHash('sha256').update(ICON_SVG).digest('hex').slice(0, 12)}.svg`;
