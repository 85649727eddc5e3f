import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { VNode } from 'preact';
import type { User } from '../../shared/app/model';
import type { Core, Uses } from '../../shared/app/ports';
import type { Principal } from '../../shared/domain/access';
import type { CheckSchedule } from '../../shared/domain/cold-nights';
import type { Language } from '../../shared/i18n';
import type { PageContext } from './pages/layout';

export type Answer = APIGatewayProxyStructuredResultV2;
/** What the web app's pages may use: the core, and the senders for sign-in codes, alerts and decisions. */
export type WebDeps = Core & Uses<'email' | 'sms' | 'courier'>;

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
  query: Readonly<Record<string, string | undefined>>;
  /** A POST's fields, the form token checked; empty for a GET. */
  form: Readonly<Record<string, string>>;
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
