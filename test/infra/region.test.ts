import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployRegion } from '../../infra/region';

/** `infra/app.ts` as the CDK CLI runs it: the CLI's default region in the environment, context as JSON. */
function synth(context: Record<string, unknown>) {
  const out = mkdtempSync(join(tmpdir(), 'iop-synth-'));
  const done = spawnSync('npx', ['tsx', 'infra/app.ts'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      CDK_DEFAULT_REGION: 'us-east-1',
      CDK_OUTDIR: out,
      CDK_CONTEXT_JSON: JSON.stringify({ 'aws:cdk:bundling-stacks': [], ...context }),
      CDK_VALIDATION: 'false',
    },
  });
  const manifest =
    done.status === 0 ? JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) : undefined;
  const environments = Object.values(manifest?.artifacts ?? {})
    .map((a) => (a as { environment?: string }).environment)
    .filter(Boolean);
  return { status: done.status, stderr: done.stderr, environments };
}

describe('the region is the project’s decision (issue 24)', () => {
  it('is eu-north-1 although the CLI says us-east-1, another EU region by -c region=, never outside the EU', () => {
    expect(deployRegion(undefined)).toEqual({ region: 'eu-north-1' });
    expect(deployRegion('eu-west-1')).toEqual({ region: 'eu-west-1' });
    for (const outside of ['us-east-1', 'eu-west-2', 'eu-central-2', 'EU-NORTH-1'])
      expect(deployRegion(outside)).toMatchObject({
        refused: expect.stringContaining(`Region ${outside} is not in the EU`),
      });
  });

  it('synthesises in eu-north-1 with CDK_DEFAULT_REGION=us-east-1 set', () => {
    expect(synth({}).environments).toEqual(['aws://unknown-account/eu-north-1']);
  });

  it('refuses a domain without its certificate, in one line', () => {
    const refused = synth({ domainName: 'iop.example.se' });
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([
      '-c domainName=iop.example.se needs -c certificateArn=arn:aws:acm:eu-north-1:…: a certificate for it in ACM, in eu-north-1.',
    ]);
  });

  it('refuses to synthesise outside the EU, in one line', () => {
    const refused = synth({ region: 'us-east-1' });
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Region us-east-1 is not in the EU: .* \(default eu-north-1\)\.$/),
    ]);
  });
});
