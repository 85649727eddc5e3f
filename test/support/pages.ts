/**
 * Every page of the web app for each person who may see it, on the demo data ('' signed out): the pages the fast
 * tier renders in process (`test/unit/pages.test.ts`) and the browser walks at 320 px (`test/browser/reflow.test.ts`).
 */
export const EVERY_PAGE: Readonly<Record<string, readonly string[]>> = {
  '': ['/logga-in', '/kalla-natter', '/tillganglighet'],
  'fralsningsarmen@iop.local': [
    '/',
    '/rapportera/act_fa_natt',
    '/rapportera/act_fa_natt/2026-11',
    '/rapportera/act_fa_natt/historik',
    '/ladda-upp',
    '/ekonomi/2025/org_fralsningsarmen',
    '/konto',
    '/overenskommelser',
    '/statistik?manad=2018-01',
    '/rapport/bilaga?fran=2017-11&till=2018-04',
    '/brukarundersokning',
  ],
  'samordnare@iop.local': [
    '/',
    '/samordning/kalla-natter',
    '/saknas?manad=2026-11',
    '/kontroll',
    '/rapport',
    '/rapport/dokument?fran=2017-11&till=2018-04',
    '/rapport/texter?fran=2017-11&till=2018-04',
    '/statistik',
  ],
  'admin@iop.local': [
    '/',
    '/organisationer',
    '/organisationer/org_fralsningsarmen',
    '/verksamheter/act_fa_natt',
    '/personer',
    '/nycklar',
    '/kalla-natter-mottagare',
    '/mottagare',
    '/granskning',
    '/rapport?fran=2017-11&till=2018-04',
    '/ekonomi/2025',
    '/brukarundersokning',
  ],
};
