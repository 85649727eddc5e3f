import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { apiRoutes } from '../../functions/api/routes';
import type { Core, Uses } from '../../shared/app/ports';

/** The OpenAPI document as GET /v1/openapi.json answers it (the handler needs no dependencies for it). */
async function servedDocument(): Promise<string> {
  const route = apiRoutes({} as Core & Uses<'email' | 'sms'>, { origin: () => '' }).find(
    (r) => r.path === '/v1/openapi.json',
  );
  const answer = await route?.handle({} as Parameters<NonNullable<typeof route>['handle']>[0]);
  return String(answer?.body);
}

describe('the OpenAPI document', () => {
  it("passes Redocly's recommended rules without an error or a warning", async () => {
    const problems = await lintFromString({
      source: await servedDocument(),
      absoluteRef: '/v1/openapi.json',
      config: await createConfig({ extends: ['recommended'] }),
    });
    expect(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} ${p.location[0]?.pointer ?? ''}`),
    ).toEqual([]);
  });

  it('names every operation, so that a generated client has its methods; open routes say they are open', async () => {
    const document = JSON.parse(await servedDocument());
    const operations = Object.values(
      document.paths as Record<string, Record<string, { operationId?: string; security?: unknown[] }>>,
    ).flatMap((path) => Object.values(path));
    const ids = operations.map((o) => o.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(document.paths['/v1/health'].get.security).toEqual([]);
    expect(document.paths['/v1/activities/{id}/figures/{period}'].put.operationId).toBe('putFigures');
  });
});
