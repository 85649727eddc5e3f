import type { LocalSystem } from '../../infra/local/runtime';
import { mailbox } from './mailbox';

export interface Page {
  status: number;
  location: string | null;
  headers: Headers;
  setCookies: string[];
  html: string;
}

/**
 * A visitor of the web app as a browser without JavaScript is one: a cookie jar, GET and form POSTs, the form token
 * taken from the last page shown. Redirects are not followed, so that each answer can be looked at.
 */
export function visitor(system: LocalSystem) {
  const jar = new Map<string, string>();
  let csrf = '';
  const send = async (
    method: string,
    path: string,
    form?: Record<string, string> | FormData,
  ): Promise<Page> => {
    const multipart = form instanceof FormData;
    const response = await fetch(`${system.webUrl}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(jar.size > 0 ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(form && !multipart ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: multipart ? form : form ? new URLSearchParams(form).toString() : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
      if (/Max-Age=0/i.test(line) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    const html = await response.text();
    const token = /name="csrf" value="([0-9a-f]{64})"/.exec(html)?.[1];
    if (token) csrf = token;
    return {
      status: response.status,
      location: response.headers.get('location'),
      headers: response.headers,
      setCookies,
      html,
    };
  };
  return {
    jar,
    get: (path: string) => send('GET', path),
    /** Posts a form with the token of the last page (unless the fields give their own). */
    post: (path: string, fields: Record<string, string> = {}) => send('POST', path, { csrf, ...fields }),
    postRaw: (path: string, fields: Record<string, string>) => send('POST', path, fields),
    /** Posts a form as `post` does and, when it answers 303 (Post/Redirect/Get), shows the page it leads to. */
    async submit(path: string, fields: Record<string, string> = {}) {
      const answer = await send('POST', path, { csrf, ...fields });
      return answer.status === 303 && answer.location ? send('GET', answer.location) : answer;
    },
    /** Posts a file as a browser's multipart form does, with the token of the last page. */
    postFile: (path: string, file: { name: string; text: string; type?: string }, token = csrf) => {
      const form = new FormData();
      form.set('csrf', token);
      form.set('file', new File([file.text], file.name, { type: file.type ?? 'text/csv' }));
      return send('POST', path, form);
    },
    get csrf() {
      return csrf;
    },
  };
}

/** The codes mailed to `email`, newest last, read from the SES emulator's store. */
export async function codesFor(system: LocalSystem, email: string): Promise<string[]> {
  return (await mailbox(system, email))
    .filter((m) => /\b\d{6}\b/.test(m.subject))
    .map((m) => /\b(\d{6})\b/.exec(m.subject)?.[1] as string);
}

/** Signs `email` in through the pages, with the code from the inbox: the visitor is then signed in. */
export async function signIn(system: LocalSystem, email: string, who = visitor(system)) {
  await who.get('/logga-in');
  const asked = await who.post('/logga-in', { email });
  if (asked.location !== '/logga-in/kod') throw new Error(`No code page after asking: ${asked.status}`);
  await who.get('/logga-in/kod');
  const code = (await codesFor(system, email)).at(-1) as string;
  const signed = await who.post('/logga-in/kod', { code });
  if (signed.location !== '/')
    throw new Error(`Not signed in: ${signed.status} ${signed.html.slice(0, 300)}`);
  return who;
}
