/**
 * `npm run bench`: figures the project measures itself, on this machine, against the local runtime, each against
 * its floor measured in the same run. Bounded: fixed counts and time limits, loopback only. Prints tables; the
 * README carries the latest figures.
 *
 * - API: PUT and GET figures at concurrency 1 and 16 against a direct DynamoDB Local PutItem / Query.
 * - report: a half-year at ten times Stockholm's size (50 night shelters, 181 nights each ≈ 9,050 items)
 *   compiled from DynamoDB Local, with the DynamoDB requests it makes counted by an SDK middleware; and rendered.
 * - cold-night check: one run against the fake SMHI, SMHI and DynamoDB requests counted.
 * - bundles: each Lambda as CDK bundles it, its size and cold import time against an empty module's.
 * - edges: issue 9's hostile requests, each refused in well under a second while /v1/health goes on answering.
 * - sign-in: asking for a code for known and unknown addresses takes the same time (no timing tell).
 * - decision: a decision to open, from the POST to the last of its 80 messages (target: five minutes).
 * - demand: expected guests for 2,900 venues over 10 nights (goal: under 1 s), and the nightly fit.
 * - pages: each web page's transferred size (HTML + CSS + JS, gzipped) on the demo data, and Lighthouse (mobile)
 *   on the partner's start page and report form.
 */
import { commandArgs, usageError } from '../../infra/cli/args';

const BENCHES = ['report', 'api', 'check', 'bundles', 'edges', 'sign-in', 'decision', 'pages', 'demand'];

const command = {
  name: 'bench',
  usage: `
Usage: npm run bench [-- ${BENCHES.join('|')}]

Measures the project on this machine against the local runtime, each figure against its floor measured in the same
run; bounded by count and time, loopback only. Prints tables; the bundles' table is also written into the README's
marked block. Without a name, runs them all (about 1.5 minutes).

Options:
  -h, --help    this text`,
  options: {},
  positionals: true,
} as const;
const { positionals } = commandArgs(command);
const [only, extra] = positionals;
if (only !== undefined && !BENCHES.includes(only))
  usageError(command, `unknown bench '${only}'; use one of ${BENCHES.join(', ')}.`);
if (extra !== undefined) usageError(command, `unexpected argument '${extra}'.`);

// The benches' modules (the whole stack) load once the arguments are known to be good: --help answers at once.
const { runBenches } = await import('./all');
await runBenches(only);
