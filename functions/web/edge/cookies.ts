import * as z from 'zod';
import { SESSION_COOKIE } from '../../../shared/app/sign-in';

/**
 * The web edge's cookies: the session, the visitor's form token, the sign-in challenge, the language, the typed form
 * kept through a sign-in, and a value shown once after a redirect.
 */

/** The cookies: `__Host-` so that only this host over HTTPS, path `/`, may set them; none readable by script. */
export const COOKIE = {
  session: SESSION_COOKIE,
  visitor: '__Host-iop-visitor',
  signIn: '__Host-iop-signin',
  lang: '__Host-iop-lang',
  /**
   * A night's form typed but not saved: kept through the sign-in when the session ended, or through the redirect
   * to another night when the person changed the night; put back in that night's form.
   */
  kept: '__Host-iop-kept',
  /** What a save leaves for the page it leads to, shown there once (a new API key): Post/Redirect/Get. */
  once: '__Host-iop-once',
};
/** The one-time value lives two minutes at most: long enough for the redirect, and read by the next page. */
export const ONCE_SECONDS = 120;
/** The kept form: a figures form's path, its fields and why it was kept, bounded (a cookie holds 4 KB). */
const KeptForm = z.object({
  path: z.string().regex(/^\/rapportera\/[A-Za-z0-9_-]{1,64}$/),
  fields: z.record(z.string().max(40), z.string().max(40)).refine((f) => Object.keys(f).length <= 64),
  why: z.enum(['signedOut', 'nightChanged']).default('signedOut'),
});
const KEPT_MAX_CHARS = 3000;
/** The cookie that keeps a typed form, or undefined when it would not fit in one. */
export function keptCookie(kept: z.input<typeof KeptForm>) {
  const value = Buffer.from(JSON.stringify(kept)).toString('base64url');
  return value.length <= KEPT_MAX_CHARS && KeptForm.safeParse(kept).success
    ? cookie(COOKIE.kept, value, 3600)
    : undefined;
}
export function keptForm(jar: Record<string, string>) {
  const raw = jar[COOKIE.kept];
  if (!raw || raw.length > KEPT_MAX_CHARS) return undefined;
  try {
    return KeptForm.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))).data;
  } catch {
    return undefined;
  }
}
/** Where a sign-in leads: back to a kept form (its night), or the start page. */
export const afterSignIn = (jar: Record<string, string>) => {
  const kept = keptForm(jar);
  if (!kept) return '/';
  const period = kept.fields.period ?? '';
  return /^\d{4}-\d{2}(-\d{2})?$/.test(period) ? `${kept.path}?period=${period}` : kept.path;
};
export const cookie = (name: string, value: string, maxAgeSeconds?: number) =>
  `${name}=${value}; Path=/; Secure; HttpOnly; SameSite=Lax${maxAgeSeconds === undefined ? '' : `; Max-Age=${maxAgeSeconds}`}`;
export const cleared = (name: string) => cookie(name, '', 0);
