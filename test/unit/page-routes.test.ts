import { describe, expect, it } from 'vitest';
import { pageRouter } from '../../functions/web/edge/router';
import { FEATURE_ROUTES } from '../../functions/web/pages/features';
import { signInRoutes } from '../../functions/web/pages/sign-in/controller';
import { siteRoutes } from '../../functions/web/pages/site/controller';
import type { EdgeRequest, PageRoute } from '../../functions/web/web-request';

const ROUTES: readonly PageRoute<EdgeRequest>[] = [...siteRoutes, ...signInRoutes, ...FEATURE_ROUTES];
const find = pageRouter(ROUTES);

describe("the web app's page routes: one table, one router", () => {
  it('declares each address once, and bounds every parameter of a path', () => {
    const keys = ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(ROUTES.filter((r) => r.path.includes('{') && !r.params).map((r) => r.path)).toEqual([]);
  });

  it('finds a page by its method and path, with its parameters; a GET page answers HEAD', async () => {
    const night = await find('GET', '/rapportera/act_fa_natt');
    expect(night?.route.path).toBe('/rapportera/{activityId}');
    expect(night?.params).toEqual({ activityId: 'act_fa_natt' });
    expect((await find('HEAD', '/rapportera/act_fa_natt'))?.route).toBe(night?.route);
    expect((await find('GET', '/ladda-upp/mall/act_fa_natt.csv'))?.params).toEqual({
      activityId: 'act_fa_natt',
    });
    expect((await find('GET', '/ekonomi/2025/org_fa'))?.params).toEqual({
      year: '2025',
      organisationId: 'org_fa',
    });
  });

  it('takes a literal segment before a parameter in its place (the history is no month)', async () => {
    expect((await find('GET', '/rapportera/act_fa_natt/historik'))?.route.path).toBe(
      '/rapportera/{activityId}/historik',
    );
    expect((await find('GET', '/rapportera/act_fa_natt/2018-01'))?.params).toEqual({
      activityId: 'act_fa_natt',
      month: '2018-01',
    });
  });

  it('finds nothing for a parameter out of its bounds, an unknown address or a method the page does not take', async () => {
    for (const [method, path] of [
      ['GET', '/rapportera/act%20fa'],
      ['GET', `/rapportera/${'a'.repeat(65)}`],
      ['GET', '/rapportera/act_fa_natt/2018-13x'],
      ['GET', '/ekonomi/20255'],
      ['GET', '/rapportera/%E0%A4%A'],
      ['GET', '/finns-inte'],
      ['POST', '/statistik'],
      ['DELETE', '/konto'],
      ['GET', '/rapport/skicka'],
    ])
      expect(await find(method as string, path as string), `${method} ${path}`).toBeUndefined();
  });
});
