import { performance } from 'node:perf_hooks';
import type { LocalSystem } from '../../infra/local/runtime';
import { coreFromConfig, emailFromConfig } from '../../shared/adapters/clients';
import { createUser } from '../../shared/app/people';
import { SILENT } from '../../shared/app/ports';
import { requestSignInCode, SIGN_IN } from '../../shared/app/sign-in';
import { systemPrincipal } from '../../shared/domain/access';
import { median, percentile } from './measure';

const COUNT = 20;

/**
 * Asking for a sign-in code, for addresses that belong to someone (a code is made and mailed through the SES
 * emulator) and for addresses that do not (nothing is): the two must take the same time, so that the answer's
 * timing tells nothing. Alternated, one at a time; each address its own, so no limit is reached.
 */
export async function signInBench(system: LocalSystem) {
  const deps = { ...coreFromConfig(system.config, SILENT), email: emailFromConfig(system.config) };
  const admin = systemPrincipal('bench');
  for (let i = 0; i < COUNT; i++)
    await createUser(deps, admin, { email: `known${i}@bench.local`, name: `Känd ${i}`, role: 'coordinator' });
  const times = { known: [] as number[], unknown: [] as number[] };
  for (let i = 0; i < COUNT; i++) {
    for (const kind of ['known', 'unknown'] as const) {
      const started = performance.now();
      await requestSignInCode(deps, {
        email: `${kind}${i}@bench.local`,
        clientAddress: `bench-${kind}-${i}`,
      });
      times[kind].push(performance.now() - started);
    }
  }
  const row = (kind: 'known' | 'unknown') => ({
    'ask for a sign-in code': `${kind} address (${COUNT})`,
    'p50 ms': Math.round(median(times[kind])),
    'p95 ms': Math.round(percentile(times[kind], 95)),
    'max ms': Math.round(times[kind].reduce((a, b) => (b > a ? b : a), 0)),
    'floor ms': SIGN_IN.answerFloorMs,
  });
  return [row('known'), row('unknown')];
}
