import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { VNode } from 'preact';
import type * as z from 'zod';
import type { User } from '../../shared/app/model';
import type { Core, Uses } from '../../shared/app/ports';
import type { HandedSendDeps } from '../../shared/app/reports';
import type { Principal } from '../../shared/domain/access';
import type { CheckSchedule } from '../../shared/domain/cold-nights';
import type { Language } from '../../shared/i18n';
import type { PageContext } from './pages/layout';

export type Answer = APIGatewayProxyStructuredResultV2;
/**
 * What the web app's pages may use: the core, the senders for sign-in codes, alerts and decisions, and who sends
 * the half-year report (the renderers are the reports function's).
 */
export type WebDeps = Core & Uses<'email' | 'sms' | 'courier'> & HandedSendDeps;

/** A night's form typed but not saved: its form's path, its fields and why it was kept. */
export interface KeptForm {
  path: string;
  fields: Record<string, string>;
  why: 'signedOut' | 'nightChanged';
}

/**
 * One request to the web app as a group of pages sees it: who is signed in, the form (its token already checked),
 * and how to answer — with the cookies the request must set on every answer.
 */
export interface WebRequest {
  method: 'GET' | 'POST';
  path: string;
  /** The path's parameters, as its route names them (`/rapportera/{activityId}`), within their bounds. */
  params: Readonly<Record<string, string>>;
  query: Readonly<Record<string, string | undefined>>;
  /** A POST's fields, the form token checked; empty for a GET. */
  form: Readonly<Record<string, string>>;
  /** A multipart POST's file (its route reads `multipart`), the form token checked unless it was too large. */
  upload?: Upload;
  signedIn?: { principal: Principal; user: User };
  c: PageContext;
  language: Language;
  /** The site's origin, for links in e-mails. */
  origin: string;
  /** What the answer before this one left to be shown once (a new key), read and forgotten by this GET. */
  once?: string;
  /** A night's typed form kept through a sign-in or a change of night (in a cookie), if this request brought one. */
  kept?: KeptForm;
  /** 303 to `location` keeping the typed form for it; undefined when the form is too large for a cookie. */
  redirectKeeping(location: string, kept: KeptForm): Answer | undefined;
  /** This answer forgets the kept form (it has been put back in its page). */
  forgetKept(): void;
  show(status: number, page: VNode): Answer;
  /** 303 to `location`; `once` travels in a short-lived cookie to that page only, never in the URL. */
  redirect(location: string, once?: string): Answer;
  signInAgain(): Answer;
  /** The same "finns inte" as a missing page: nothing tells a page exists that one may not see. */
  notFound(): Answer;
}

/** The site as browsers see it: its origin (passkeys are bound to it; a function: locally, known once listening). */
export interface Site {
  origin(): string;
  /** Where people report accessibility problems (named in the accessibility statement). */
  contactEmail: string;
  /** When the cold-night check runs, for the coordinators' page. */
  checkSchedule?: CheckSchedule;
}

/** A file posted as multipart: the form token, and the file unless there was none or it was too large to read. */
export interface Upload {
  csrf: string;
  file?: { name: string; text: string };
  tooLarge?: boolean;
}

/**
 * One page address, declared as the API declares its routes (shared/http/route.ts): the same router finds it, the
 * edge checks the session's form token once for every POST, and `handle` calls a use case and picks a view.
 */
export interface PageRoute<R extends WebRequest = WebRequest> {
  /** A GET also answers HEAD. */
  method: 'GET' | 'POST';
  /** Written as API Gateway and the API's routes write it: `/rapportera/{activityId}/{month}`. */
  path: string;
  /** The bounds of the path's parameters: a path outside them is a page that does not exist. */
  params?: z.ZodType<Record<string, string>>;
  /**
   * How a POST's body comes: a URL-encoded form (default), its token a field; a file (`multipart`), its token a
   * part; or JSON from the site's own script (`json`), its token in the `x-csrf` header.
   */
  body?: 'form' | 'multipart' | 'json';
  /** The largest URL-encoded form (default MAX_FORM_BYTES) or multipart file taken, in bytes. */
  maxFormBytes?: number;
  /**
   * What a form whose token does not match is answered, instead of "forbidden"; nothing is done either way.
   * `ended` says whether it was made for the session that has just ended (signed out while filling it in).
   */
  staleForm?(r: R, form: Readonly<Record<string, string>> | undefined, ended: boolean): Answer | undefined;
  handle(deps: WebDeps, r: R, site: Site): Promise<Answer>;
}

/**
 * A request as the sign-in pages see it besides: the browser's cookies, the secret its form token comes from, and
 * the answers that set the session's cookies themselves.
 */
export interface EdgeRequest extends WebRequest {
  cookies: Readonly<Record<string, string>>;
  /** The session's secret, or the visitor's before signing in. */
  secret: string;
  clientAddress: string;
  /** A `json` route's body, within the bound of the largest passkey response. */
  json?: unknown;
  /** The cookies this answer sets as things stand (a session cleared, a visitor's secret given). */
  setting: readonly string[];
  /** 303 to `location`, setting exactly `cookies`. */
  redirectSetting(location: string, cookies: readonly string[]): Answer;
}
