/** The benches themselves, loaded once `npm run bench`'s arguments are known to be good (run.ts). */
import { performance } from 'node:perf_hooks';
import { type LocalSystem, startLocalSystem } from '../../infra/local/runtime';
import { dynamoClient, storesOn } from '../../shared/adapters/clients';
import { submitFigures } from '../../shared/app/figures';
import { type Core, SILENT } from '../../shared/app/ports';
import { createActivity, createOrganisation, setCapacity } from '../../shared/app/registry';
import { buildReport } from '../../shared/app/reports';
import { systemPrincipal } from '../../shared/domain/access';
import { datesBetween, monthsBetween } from '../../shared/domain/periods';
import { compileReport } from '../../shared/domain/report';
import { renderReport } from '../../shared/report/render';
import { apiBench } from './api';
import { bundleBench } from './bundles';
import { checkBench } from './check';
import { decisionBench } from './decision';
import { demandBench } from './demand';
import { edgesBench } from './edges';
import { countRequests, median } from './measure';
import { pagesBench } from './pages';
import { rewriteReadmeBlock } from './readme-block';
import { signInBench } from './sign-in';

const SHELTERS = 50;
const RUNS = 10;
let system: LocalSystem;

/** Runs every bench, or only the one named. */
export async function runBenches(only: string | undefined) {
  system = await startLocalSystem({
    port: 0,
    dataDir: '.local/bench',
    inMemory: true,
    demo: false,
    logLevel: 'SILENT',
  });
  try {
    // The report first, on a table that holds only its own activities (it counts one Query per activity).
    if (!only || only === 'report') console.table(await reportBench());
    if (!only || only === 'api') console.table(await apiBench(system));
    if (!only || only === 'check') console.table(await checkBench(system));
    if (!only || only === 'bundles') {
      const rows = await bundleBench();
      console.table(rows);
      if (rewriteReadmeBlock('bundles', rows)) console.log("README.md: the bundles' table rewritten.");
    }
    if (!only || only === 'edges') console.table(await edgesBench(system));
    if (!only || only === 'sign-in') console.table(await signInBench(system));
    if (!only || only === 'decision') console.table(await decisionBench(system));
    if (!only || only === 'pages') console.table(await pagesBench());
    if (!only || only === 'demand') console.table(demandBench());
  } finally {
    await system.stop();
  }
}

async function reportBench() {
  const client = dynamoClient(system.config);
  const requests = countRequests(client);
  const deps: Core = storesOn(client, system.config.TABLE_NAME, SILENT);
  const bench = systemPrincipal('bench');
  const org = await createOrganisation(deps, bench, { name: 'Bench', orgNumber: '802006-1688' });
  const nights = datesBetween('2017-11-01', '2018-04-30');
  const rows = [];
  for (let s = 0; s < SHELTERS; s++) {
    const shelter = await createActivity(deps, bench, {
      organisationId: org.id,
      name: `Härbärge ${s}`,
      kind: 'night_shelter',
    });
    await setCapacity(deps, bench, shelter.id, { from: '2017-05-01', places: 40 });
    for (const [n, period] of nights.entries()) {
      rows.push({
        activityId: shelter.id,
        period,
        figures: { women: (n + s) % 9, men: 20 + ((n * s) % 13) },
      });
    }
  }
  const importStart = performance.now();
  for (let i = 0; i < rows.length; i += 5000) await submitFigures(deps, bench, rows.slice(i, i + 5000));
  const importMs = performance.now() - importStart;

  await buildReport(deps, bench, { from: '2017-11', to: '2018-04' }); // warm-up
  const times: number[] = [];
  let counted = new Map<string, number>();
  for (let run = 0; run < RUNS; run++) {
    requests.counts.clear();
    const start = performance.now();
    const report = await buildReport(deps, bench, { from: '2017-11', to: '2018-04' });
    times.push(performance.now() - start);
    if (report.nightShelters.shelters.length !== SHELTERS) throw new Error('The report lost a shelter.');
    counted = new Map(requests.counts);
  }
  const queries = counted.get('Query') ?? 0;

  // The same report without I/O: how much is the computation itself.
  const activities = await deps.store.listActivities();
  const figures = new Map(
    await Promise.all(
      activities.map(async (a) => [a.id, await deps.store.listFigures(a.id, '2017-11', '2018-04')] as const),
    ),
  );
  const computeTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    compileReport(monthsBetween('2017-11', '2018-04'), activities, (id) => figures.get(id) ?? []);
    computeTimes.push(performance.now() - start);
  }
  // Rendering the same report: every format of one language, as sending does (charts drawn once).
  const document = await buildReport(deps, bench, { from: '2017-11', to: '2018-04' });
  await renderReport(document, 'sv'); // warm-up: WebAssembly and fonts load once per container
  const renderTimes: number[] = [];
  let renderedBytes = 0;
  for (let run = 0; run < Math.min(RUNS, 5); run++) {
    const start = performance.now();
    const rendered = await renderReport(document, 'sv');
    renderTimes.push(performance.now() - start);
    renderedBytes = rendered.files.reduce((n, f) => n + f.body.length, 0);
  }

  return [
    {
      measure: `report, ${SHELTERS} shelters × ${nights.length} nights (${rows.length} items)`,
      'median ms': median(times).toFixed(0),
      'max ms': times.reduce((a, b) => Math.max(a, b), 0).toFixed(0),
      'DynamoDB requests': [...counted].map(([c, n]) => `${n} ${c}`).join(', '),
      goal: `< 1000 ms; ${SHELTERS + 3} Queries (activities, each activity, the nights, the sends), no Scan`,
      met: median(times) < 1000 && queries === SHELTERS + 3 && !counted.has('Scan') ? 'yes' : 'NO',
    },
    {
      measure: '  of which computing the tables (no I/O)',
      'median ms': median(computeTimes).toFixed(0),
      'max ms': computeTimes.reduce((a, b) => Math.max(a, b), 0).toFixed(0),
      'DynamoDB requests': '0',
      goal: '',
      met: '',
    },
    {
      measure: `rendering it: HTML, PDF, XLSX, JSON, CSVs and 3 charts (${(renderedBytes / 1024).toFixed(0)} KB)`,
      'median ms': median(renderTimes).toFixed(0),
      'max ms': renderTimes.reduce((a, b) => Math.max(a, b), 0).toFixed(0),
      'DynamoDB requests': '0',
      goal: '(for scale; the reports function has 2 min)',
      met: '',
    },
    {
      measure: `import of the same ${rows.length} rows (use case, 25-row transactions)`,
      'median ms': importMs.toFixed(0),
      'max ms': '',
      'DynamoDB requests': '',
      goal: '(for scale)',
      met: `${((rows.length / importMs) * 1000).toFixed(0)} rows/s`,
    },
  ];
}
