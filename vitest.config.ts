import { defineConfig } from 'vitest/config';
import LongestFirst from './test/support/sequencer.js';

/**
 * Three tiers, one command each (`npm run test:unit`, `test:system`, `test:browser`); `npm test` runs them all.
 * - unit: the domain, the use cases on the in-memory stores, routes and pages in-process, the CDK template.
 * - system: the local runtime on DynamoDB Local (started once per run; a table per file), the SES and S3
 *   emulators, the fake SMHI, the CLIs.
 * - browser: the web app in Debian's Chromium with axe-core, on the same runtime.
 * Files run several at a time: most of a system or browser test's time is spent waiting on another process.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 90_000,
    env: { CDK_VALIDATION: 'false' },
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/infra/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'system',
          include: ['test/system/**/*.test.ts'],
          // Each file starts a system of its own and keeps no state in modules: a worker need not import the
          // whole stack (AWS SDK, PDF, XLSX, CDK) again for every file — a sixth of the run went to imports.
          isolate: false,
          // A guard against a hang, not a speed goal: three files at once on two cores slow each one down.
          testTimeout: 60_000,
          globalSetup: ['test/support/emulators.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          isolate: false,
          // A page's every state checked by axe at two widths takes seconds; under load, tens of them.
          testTimeout: 90_000,
          globalSetup: ['test/support/emulators.ts'],
        },
      },
    ],
  },
});
