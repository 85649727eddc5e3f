/**
 * A figure form saved without a signal (issue 28). Every page works without JavaScript; with it, Spara on a figure
 * form (`form[data-offline]`) is kept on the device first (IndexedDB, per signed-in person), then sent; when the
 * network fails it waits and is sent when the connection returns: on the 'online' event, on the next page load,
 * or by the service worker's background sync where the browser has it. Each press makes a new idempotency key, so
 * a resend after a lost answer is stored once (shared/app/figures.ts). The state is said in a live region.
 *
 * Plain JavaScript served from this site (the CSP allows no inline script and no eval); the words come from the
 * page (`data-words` on the status region), so the script has no language of its own.
 */

/** The IndexedDB database and store both the page and the service worker read. */
const DATABASE = `const DB = 'iop-offline';
const STORE = 'waiting';
const openDb = () =>
  new Promise((resolve, reject) => {
    const asked = indexedDB.open(DB, 1);
    asked.onupgradeneeded = () => asked.result.createObjectStore(STORE, { keyPath: 'id' });
    asked.onsuccess = () => resolve(asked.result);
    asked.onerror = () => reject(asked.error);
  });
const inStore = async (mode, act) => {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const asked = act(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(asked && asked.result);
    tx.onerror = () => reject(tx.error);
  });
};
const allWaiting = () => inStore('readonly', (s) => s.getAll());
const keep = (entry) => inStore('readwrite', (s) => s.put(entry));
const drop = (id) => inStore('readwrite', (s) => s.delete(id));
/** A saved figure answers 303 to its "sparat" page: only that is proof the server stored it. */
const isSaved = (response) => response.redirected && new URL(response.url).pathname.includes('/sparat/');
const post = (entry) =>
  fetch(entry.action, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(entry.fields).toString(),
    signal: AbortSignal.timeout(20000),
  });
`;

export const OFFLINE_SCRIPT = `(() => {
${DATABASE}
const person = document.body.dataset.person;
if (!person || !window.indexedDB || !window.crypto || !crypto.randomUUID) return;
const sending = new Set();
const here = () => window.location.pathname + window.location.search;
/** The address of the page shown (a saved answer's, once shown in place). */
let shownAt = here();
const status = () => document.querySelector('[data-offline-status]');
const words = () => JSON.parse(status()?.dataset.words ?? '{}');
const fill = (text, values) => String(text ?? '').replace(/\\{(\\w+)\\}/g, (_, name) => String(values[name] ?? ''));
const say = (text, link) => {
  const region = status();
  if (!region) return;
  region.textContent = text;
  if (link) {
    const a = document.createElement('a');
    a.href = link.href;
    a.textContent = link.text;
    region.append(' ', a);
  }
};
const mine = async () => (await allWaiting()).filter((e) => e.person === person);
/** The waiting count, or what needs the person, said where they are. */
const tell = async (lead) => {
  const w = words();
  const waiting = await mine();
  const asking = waiting.find((e) => e.state === 'answer');
  if (asking) return say(fill(w.needsAnswer, { label: asking.label }), { href: asking.open, text: w.open });
  const count = waiting.length;
  const line = count === 0 ? '' : fill(count === 1 ? w.waitingOne : w.waitingMany, { n: count });
  say([lead, line].filter(Boolean).join(' '));
};
/**
 * An answer shown where the person is, as the browser would show it: the page replaced, its focus where set, and
 * the address the answer was redirected to (Post/Redirect/Get) in the history, so that reload and Back are GETs.
 * The page the fetch followed is shown as it came, never fetched again (a one-time cookie was read by it).
 */
const show = (html, url) => {
  if (url && url !== window.location.href) history.pushState(null, '', url);
  shownAt = here();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.title = doc.title;
  document.body.replaceWith(document.adoptNode(doc.body));
  (document.querySelector('[autofocus]') ?? document.querySelector('main'))?.focus();
  bind();
  tell('');
};
/** The current page's form token: a queued form from an earlier session is sent with this session's token. */
const token = () => document.body.dataset.csrf;
/** Sends one waiting submission; in place, its answer is shown on this page, whatever it is. */
const send = async (entry, inPlace) => {
  if (sending.has(entry.id)) return;
  sending.add(entry.id);
  try {
    const fresh = token();
    const fields = entry.fields.map(([k, v]) => [k, k === 'csrf' && fresh ? fresh : v]);
    let response;
    try {
      response = await post({ ...entry, fields });
    } catch {
      await tell(words().kept);
      navigator.serviceWorker?.ready.then((r) => r.sync?.register('iop-send')).catch(() => {});
      return;
    }
    if (inPlace) {
      await drop(entry.id);
      return show(await response.text(), response.redirected ? response.url : undefined);
    }
    if (isSaved(response)) {
      await drop(entry.id);
      return tell(fill(words().sent, { label: entry.label }));
    }
    // Not stored: a question, a conflict, an error, a sign-in. The person answers it on the form.
    await keep({ ...entry, state: 'answer' });
    await tell('');
  } finally {
    sending.delete(entry.id);
  }
};
/** Everything of this person's still waiting: sent now; one that needs them is opened on its own page. */
const flush = async () => {
  const entries = await mine();
  for (const entry of entries) {
    if (entry.state === 'answer' && entry.open !== here()) continue;
    await send(entry, entry.state === 'answer');
  }
  // What still waits is counted; a "sent" just said (here, or by the service worker) is not talked over.
  if (entries.length > 0 && (await mine()).length > 0) await tell('');
};
const bind = () => {
  for (const form of document.querySelectorAll('form[data-offline]')) {
    form.addEventListener('submit', async (event) => {
      const visa = event.submitter?.name === 'visa';
      if (visa && navigator.onLine) return;
      event.preventDefault();
      if (visa) return say(words().noNetwork);
      const key = form.querySelector('input[name="key"]');
      if (key) key.value = crypto.randomUUID();
      const data = new FormData(form, event.submitter);
      const period = String(data.get('period') ?? '').trim();
      const action = new URL(form.action, window.location.href).pathname;
      const entry = {
        // One waiting submission per form and period: pressed again, the newer figures replace the unsent ones.
        id: person + ' ' + action + ' ' + period,
        person,
        action,
        open: action + '?period=' + encodeURIComponent(period),
        label: (document.querySelector('h1')?.textContent ?? '') + ', ' + period,
        fields: [...data.entries()].filter(([, v]) => typeof v === 'string'),
        state: 'waiting',
        at: new Date().toISOString(),
      };
      await keep(entry);
      say(words().sending);
      await send(entry, true);
    });
  }
  // Nothing waits after sign-out: the person is told what would be lost, and chooses.
  for (const form of document.querySelectorAll('form[action="/logga-ut"]')) {
    form.addEventListener('submit', (event) => {
      if (form.dataset.confirmed) return;
      // Held at once (a handler that waits first is too late to stop the form), sent when the person has chosen.
      event.preventDefault();
      mine().then(async (waiting) => {
        if (waiting.length > 0 && !window.confirm(fill(words().signOut, { n: waiting.length }))) return;
        for (const e of waiting) await drop(e.id);
        form.dataset.confirmed = 'ja';
        form.requestSubmit();
      });
    });
  }
};
navigator.serviceWorker?.register('/sw.js', { scope: '/' }).catch(() => {});
navigator.serviceWorker?.addEventListener('message', (m) => {
  if (m.data?.sent) tell(fill(words().sent, { label: m.data.sent }));
});
window.addEventListener('online', flush);
// Back or forward to an address a saved answer put in the history: that page, as the server has it now.
// (A link within the page, such as the error summary's, changes only the fragment: nothing to load.)
window.addEventListener('popstate', () => {
  if (here() !== shownAt) window.location.reload();
});
bind();
(async () => {
  // Another person's unsent figures are never sent as this one: gone when someone else signs in here.
  for (const e of await allWaiting()) if (e.person !== person) await drop(e.id);
  await flush();
})();
})();
`;

/**
 * The service worker: the waiting figures sent by background sync (a failure is left for the page, which sends
 * with the session's current token), and, with no network, a page saying so instead of the browser's error. It
 * caches only that page and the stylesheet, neither with anything of a person: it never serves a person's page.
 */
export const serviceWorker = (offlinePage: string, stylesheet: string) => `${DATABASE}
const CACHE = 'iop-' + ${JSON.stringify(`${offlinePage}|${stylesheet}`)};
const KEPT = [${JSON.stringify(offlinePage)}, ${JSON.stringify(stylesheet)}];
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(KEPT)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const path = new URL(request.url).pathname;
  if (request.mode === 'navigate')
    event.respondWith(fetch(request).catch(() => caches.match(KEPT[0])));
  else if (path === KEPT[1]) event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
});
self.addEventListener('sync', (event) => {
  if (event.tag !== 'iop-send') return;
  event.waitUntil(
    (async () => {
      let failed = false;
      for (const entry of await allWaiting()) {
        if (entry.state !== 'waiting') continue;
        try {
          const response = await post(entry);
          if (!isSaved(response)) continue;
          await drop(entry.id);
          // Every page of the site hears it, also one opened before this worker took charge of it.
          const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
          for (const client of pages) client.postMessage({ sent: entry.label });
        } catch {
          failed = true;
        }
      }
      // Still no network: the browser tries the sync again later.
      if (failed) throw new Error('offline');
    })(),
  );
});
`;
