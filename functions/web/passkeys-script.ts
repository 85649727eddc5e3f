/** The WebAuthn library the script uses, served from this site (copied beside the Lambda bundle). */
export const WEBAUTHN_LIBRARY = '@simplewebauthn/browser/dist/bundle/index.umd.min.js';

/**
 * The one script of the web app, for passkeys only (everything else works without JavaScript): it shows the passkey
 * buttons where the browser can use them, and runs WebAuthn with @simplewebauthn/browser (served beside it).
 * Plain JavaScript, served from this site, so that the CSP needs no inline script.
 */
export const PASSKEYS_SCRIPT = `(() => {
  const lib = window.SimpleWebAuthnBrowser;
  if (!lib || !lib.browserSupportsWebAuthn()) return;
  const csrf = document.querySelector('meta[name="csrf"]')?.getAttribute('content') ?? '';
  const status = document.querySelector('[data-passkey-status]');
  const say = (text) => { if (status) status.textContent = text; };
  const post = async (url, body) => {
    const answer = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf': csrf },
      body: JSON.stringify(body ?? {}),
      // A request lost on a weak connection fails in time: the person is told, and the e-mail code stays.
      signal: AbortSignal.timeout(20000),
    });
    if (!answer.ok) throw new Error(String(answer.status));
    return answer.json();
  };
  const run = async (button, start, finish, ceremony) => {
    button.disabled = true;
    say('');
    try {
      const optionsJSON = await post(start);
      const response = await ceremony({ optionsJSON });
      const done = await post(finish, response);
      window.location.assign(done.redirect);
    } catch {
      say(button.getAttribute('data-failed') ?? '');
      button.disabled = false;
    }
  };
  for (const button of document.querySelectorAll('[data-passkey]')) {
    button.hidden = false;
    const add = button.getAttribute('data-passkey') === 'add';
    button.addEventListener('click', () =>
      add
        ? run(button, '/passkey/ny/start', '/passkey/ny', lib.startRegistration)
        : run(button, '/passkey/logga-in/start', '/passkey/logga-in', lib.startAuthentication),
    );
  }
  for (const hidden of document.querySelectorAll('[data-passkey-only]')) hidden.hidden = false;
})();
`;
