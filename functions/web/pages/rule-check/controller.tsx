import { checkMonth } from '../../../../shared/app/rule-check';
import { wordsFor } from '../../../../shared/i18n';
import { ruleWords } from '../../../../shared/i18n/figure-messages';
import { monthInWords } from '../../../../shared/i18n/period-words';
import type { Answer, PageRoute, WebDeps, WebRequest } from '../../web-request';
import { askedMonth } from '../layout';
import { RuleCheckPage } from './view';

/** GET `/kontroll?manad=`: the rules run over a month's stored figures, for the activities the person reads. */
async function ruleCheckPage(deps: WebDeps, r: WebRequest): Promise<Answer> {
  if (!r.signedIn) return r.signInAgain();
  const { principal } = r.signedIn;
  const t = wordsFor(r.language).web;
  const { month: asked, valid, previous, next } = askedMonth(r.query, deps.now());
  if (!valid) return r.show(422, <RuleCheckPage c={r.c} month={asked} error={t.monthInvalid} />);
  const found = await checkMonth(deps, principal, asked);
  const activities = [...new Map(found.map((v) => [v.activityId, v])).values()];
  return r.show(
    200,
    <RuleCheckPage
      c={r.c}
      month={asked}
      view={{
        monthInWords: monthInWords(asked, r.language),
        previous: previous(),
        next: next(),
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
      }}
    />,
  );
}

export const ruleCheckRoutes: PageRoute[] = [{ method: 'GET', path: '/kontroll', handle: ruleCheckPage }];
