import { LANGUAGES, type Language, wordsFor } from '../../../../shared/i18n';
import { NO_NETWORK_PATH } from '../../edge/assets';
import { COOKIE, cookie } from '../../edge/cookies';
import type { EdgeRequest, PageRoute } from '../../web-request';
import { MessagePage } from '../layout';
import { AccessibilityPage } from './accessibility-view';

/** The site's own pages, the same for everyone: the page without network, the accessibility statement, a language. */
export const siteRoutes: PageRoute<EdgeRequest>[] = [
  {
    method: 'GET',
    path: NO_NETWORK_PATH,
    // Kept by the service worker for anyone: no person's name on it.
    handle: async (_deps, r) => {
      const w = wordsFor(r.language).web.offline;
      return r.show(
        200,
        <MessagePage c={{ ...r.c, user: undefined }} title={w.pageTitle} text={w.pageText} />,
      );
    },
  },
  {
    method: 'GET',
    path: '/tillganglighet',
    handle: async (_deps, r, site) =>
      r.show(200, <AccessibilityPage c={r.c} contactEmail={site.contactEmail} />),
  },
  {
    method: 'GET',
    path: '/sprak',
    handle: async (_deps, r) => {
      const to = r.query.till;
      if (!LANGUAGES.includes(to as Language)) return r.redirect('/');
      return r.redirectSetting(r.signedIn ? '/konto' : '/logga-in', [
        ...r.setting,
        cookie(COOKIE.lang, to as string, 365 * 86400),
      ]);
    },
  },
];
