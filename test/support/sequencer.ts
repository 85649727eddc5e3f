import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest (measured on a 2-core CI machine, 7 Dec 2026, longest first). A fresh clone has no timings of its
 * own, so vitest would start the largest files first: these small but slow ones would start last and run alone at
 * the end, minutes after the rest.
 */
const LONGEST = [
  'test/browser/admin.test.ts',
  'test/browser/sign-in.test.ts',
  'test/system/faults.test.ts',
  'test/system/report-delivery.test.ts',
  'test/browser/joint-report.test.ts',
  'test/system/report-scale.test.ts',
  'test/system/demo.test.ts',
  'test/system/imports.test.ts',
  'test/system/cli.test.ts',
  'test/system/load.test.ts',
  'test/browser/cold-nights.test.ts',
  'test/browser/offline.test.ts',
  'test/browser/month.test.ts',
  'test/browser/finances.test.ts',
  'test/browser/reflow.test.ts',
  'test/system/web-admin.test.ts',
  'test/unit/fuzz.test.ts',
  'test/system/reminders.test.ts',
  'test/system/cold-night-e2e.test.ts',
  'test/infra/region.test.ts',
  'test/browser/upload.test.ts',
  'test/system/reports-bundle.test.ts',
];

/** The longest files first, then vitest's own order (its timings where it has them, else the largest first). */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const i = LONGEST.findIndex((path) => file.moduleId.endsWith(path));
      return i === -1 ? LONGEST.length : i;
    };
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}
