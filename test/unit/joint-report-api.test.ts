import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../infra/local/demo/load';
import { expectProblem, useInProcessSystem } from '../support/system';

/** Friday 8 May 2018, noon in Stockholm: the seed half-year's report awaits the chairs. */
const t = useInProcessSystem({ now: () => new Date('2018-05-08T10:00:00Z') });
const DOCUMENT = '/v1/joint-reports/2017-11--2018-04';
let convictus: string;

beforeAll(async () => {
  await loadDemoData(t.deps);
  convictus = await t.api.key('partner', 'org_convictus');
});

describe('the joint report and the survey over the API (issue 26)', () => {
  it('tells every party where the report stands, and lets a partner write its own appendix only', async () => {
    const view = await t.api.call('GET', DOCUMENT, { key: convictus });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ status: 'appendices_in', version: 1, deadline: '2018-05-05' });
    const sections = { activities: 'Verksamheten.' };
    expectProblem(
      await t.api.call('PUT', `${DOCUMENT}/appendices/org_nygemenskap`, {
        key: convictus,
        json: { sections, submit: false },
      }),
      403,
    );
    const bad = expectProblem(
      await t.api.call('PUT', `${DOCUMENT}/appendices/org_convictus`, {
        key: convictus,
        json: { sections: { activities: 'x'.repeat(3001), about: 'en person' }, submit: false },
      }),
      422,
    );
    expect(bad.errors?.map((e) => [e.path, e.code]).sort()).toEqual([
      ['/sections/about', 'unknown_field'],
      ['/sections/activities', 'too_big'],
    ]);
    expectProblem(
      await t.api.call('PUT', '/v1/joint-reports/2017-12--2018-05/appendices/org_convictus', {
        key: convictus,
        json: { sections, submit: false },
      }),
      422,
    );
    const saved = await t.api.call('PUT', `${DOCUMENT}/appendices/org_convictus`, {
      key: convictus,
      json: { sections, submit: false },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'draft', version: 2 });
    // A submitted appendix back to a draft: the report is no longer in review, nor can it be.
    const now = await t.api.call('GET', DOCUMENT, { key: t.api.admin });
    expect(now.body.status).toBe('draft');
    const review = expectProblem(
      await t.api.call('POST', `${DOCUMENT}/review`, { key: t.api.admin, json: { digest: now.body.digest } }),
      409,
    );
    expect(review.detail).toContain('Convictus');
    // Only an approved version is read by every party.
    expectProblem(
      await t.api.call('GET', '/v1/reports?from=2017-11&to=2018-04&version=1', { key: convictus }),
      404,
    );
  });

  it("keeps the survey's questions the administrator's, and an activity's counts bounded by who answered", async () => {
    const template = await t.api.call('GET', '/v1/survey', { key: convictus });
    expect(template.body.questions).toHaveLength(4);
    expectProblem(
      await t.api.call('PUT', '/v1/survey', {
        key: convictus,
        json: { questions: [{ text: 'Trygg?', scale: 'yesNo' }], languages: ['sv'] },
      }),
      403,
    );
    const tally = `/v1/survey/tallies/2018-05--2018-10/act_convictus_natt`;
    const over = expectProblem(
      await t.api.call('PUT', tally, {
        key: convictus,
        json: { respondents: 5, counts: { q1: { yes: 6 } } },
      }),
      422,
    );
    expect(over.errors?.map((e) => e.path)).toEqual(['/counts/q1']);
    expectProblem(
      await t.api.call('PUT', tally, {
        key: convictus,
        json: { respondents: 5, counts: { q1: { maybe: 1 } } },
      }),
      422,
    );
    const saved = await t.api.call('PUT', tally, {
      key: convictus,
      json: { respondents: 12, counts: { q1: { yes: 10, no: 2 } } },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ respondents: 12, counts: { q1: { yes: 10, no: 2 } }, version: 1 });
  });
});
