import { checkMonth } from '../../../../shared/app/rule-check';
import { ruleWords } from '../../../../shared/i18n/figure-messages';
import type { Answer, PageRoute, WebDeps, WebRequest } from '../../web-request';
import { monthPage } from '../period-pages';
import { RuleCheckPage } from './view';

/** GET `/kontroll?manad=`: the rules run over a month's stored figures, for the activities the person reads. */
const ruleCheckPage = (deps: WebDeps, r: WebRequest): Promise<Answer> =>
  monthPage(deps, r, RuleCheckPage, async (principal, month) => {
    const found = await checkMonth(deps, principal, month);
    const activities = [...new Map(found.map((v) => [v.activityId, v])).values()];
    return {
      errors: found.filter((v) => v.severity === 'error').length,
      warnings: found.filter((v) => v.severity === 'warning').length,
      activities: activities.map((a) => ({
        id: a.activityId,
        name: a.name,
        found: found
          .filter((v) => v.activityId === a.activityId)
          .map((v) => ({
            key: `${v.period}-${v.code}-${v.field}`,
            error: v.severity === 'error',
            words: ruleWords(v, r.language),
            // Only where this person may enter the figures: elsewhere the form "does not exist" for them.
            href: v.mayEnter
              ? `/rapportera/${encodeURIComponent(v.activityId)}?period=${v.period}`
              : undefined,
          })),
      })),
    };
  });

export const ruleCheckRoutes: PageRoute[] = [{ method: 'GET', path: '/kontroll', handle: ruleCheckPage }];
