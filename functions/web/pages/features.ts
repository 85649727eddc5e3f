import { AppError } from '../../../shared/domain/errors';
import type { Answer, Site, WebDeps, WebRequest } from '../web-request';
import { accountPages } from './account/controller';
import { adminPages } from './admin/controller';
import { auditPage } from './audit/controller';
import { coldNightPages } from './cold-nights/controller';
import { figurePages } from './figures/controller';
import { financePages } from './finances/controller';
import { historyPage } from './history/controller';
import { jointReportPages } from './joint-report/controller';
import { partnershipPages } from './partnership/controller';
import { reportPages } from './reports/controller';
import { reportTextPages } from './reports/texts';
import { ruleCheckPage } from './rule-check/controller';
import { statisticsPages } from './statistics/controller';
import { surveyPages } from './survey/controller';
import { uploadPages } from './upload/controller';

/** A feature's pages: its answer to a request for one of its addresses, undefined for any other address. */
type Feature = (deps: WebDeps, r: WebRequest, site: Site) => Promise<Answer | undefined>;

const FEATURES: readonly Feature[] = [
  figurePages,
  partnershipPages,
  coldNightPages,
  uploadPages,
  historyPage,
  accountPages,
  financePages,
  reportPages,
  reportTextPages,
  jointReportPages,
  statisticsPages,
  surveyPages,
  ruleCheckPage,
  auditPage,
  adminPages,
];

/**
 * The page for a request, from the first feature that knows its address. Who may do what is the use cases' to
 * decide: what one refuses (forbidden) or does not show this person (not found) is, to them, a page that does not
 * exist — nothing tells a page exists that one may not see.
 */
export async function featurePage(deps: WebDeps, r: WebRequest, site: Site): Promise<Answer | undefined> {
  try {
    for (const feature of FEATURES) {
      const answer = await feature(deps, r, site);
      if (answer) return answer;
    }
    return undefined;
  } catch (e) {
    if (e instanceof AppError && (e.kind === 'forbidden' || e.kind === 'not_found')) return r.notFound();
    throw e;
  }
}
