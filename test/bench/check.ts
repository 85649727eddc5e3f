import { performance } from 'node:perf_hooks';
import type { LocalSystem } from '../../infra/local/runtime';
import { checkChannelsFromConfig, dynamoClient, storesOn } from '../../shared/adapters/clients';
import { DynamoAlertStore } from '../../shared/adapters/dynamo-alert-store';
import { DynamoPeopleStore } from '../../shared/adapters/dynamo-people-store';
import { createSubscriber } from '../../shared/app/alerts';
import type { EmailSender, SmsSender, WeatherSource } from '../../shared/app/alerts-model';
import { runColdNightCheck } from '../../shared/app/cold-night-check';
import { SILENT } from '../../shared/app/ports';
import { systemPrincipal } from '../../shared/domain/access';
import { WORDING } from '../../shared/i18n/wording';
import { countRequests, ms } from './measure';

/**
 * One cold-night check against the fake SMHI (the February cold spell), as the schedule runs it: SMHI requests
 * counted and timed, DynamoDB requests counted; the rest of the run's time is its own work.
 */
export async function checkBench(system: LocalSystem) {
  const client = dynamoClient(system.config);
  const dynamo = countRequests(client);
  const channels = checkChannelsFromConfig(system.config);
  let smhiMs = 0;
  let smhiCalls = 0;
  let sendMs = 0;
  const timed = async <R>(run: () => Promise<R>, smhiCall = true) => {
    const t = performance.now();
    if (smhiCall) smhiCalls++;
    try {
      return await run();
    } finally {
      if (smhiCall) smhiMs += performance.now() - t;
      else sendMs += performance.now() - t;
    }
  };
  const smhi = channels.weather;
  const weather: WeatherSource = {
    latestForecastRun: () => timed(() => smhi.latestForecastRun()),
    forecast: (lon, lat) => timed(() => smhi.forecast(lon, lat)),
    warnings: () => timed(() => smhi.warnings()),
    observations: () => timed(() => smhi.observations()),
  };
  const alerts = new DynamoAlertStore(client, system.config.TABLE_NAME);
  const people = new DynamoPeopleStore(client, system.config.TABLE_NAME);
  await createSubscriber(
    { ...storesOn(client, system.config.TABLE_NAME, SILENT), alerts },
    systemPrincipal('bench'),
    {
      name: 'Samordnare (bänk)',
      email: 'samordnare@bench.local',
      phone: '+46701234567',
      channels: ['email', 'sms'],
      language: 'sv',
    },
  );
  const email: EmailSender = { send: (m) => timed(() => channels.email.send(m), false) };
  const sms: SmsSender = { send: (m) => timed(() => channels.sms.send(m), false) };
  const rows = [];
  // The first run finds a new SMHI run; the second, an hour later, the same one.
  for (const [label, now] of [
    ['cold-night check, a new SMHI run', '2027-02-08T05:05:00Z'],
    ['cold-night check, the same SMHI run again', '2027-02-08T06:05:00Z'],
  ] as const) {
    smhiMs = 0;
    smhiCalls = 0;
    sendMs = 0;
    dynamo.counts.clear();
    dynamo.time.ms = 0;
    const started = performance.now();
    const result = await runColdNightCheck({
      alerts,
      people,
      wording: WORDING,
      weather,
      email,
      sms,
      now: () => new Date(now),
      logger: SILENT,
    });
    const total = performance.now() - started;
    const network = smhiMs + dynamo.time.ms + sendMs;
    rows.push({
      measure: `${label} (${result.sent} sent)`,
      'total ms': ms(total),
      'SMHI / DynamoDB / SES+SMS ms': `${ms(smhiMs)} / ${ms(dynamo.time.ms)} / ${ms(sendMs)}`,
      'rest ms': ms(total - network),
      'SMHI requests': `${smhiCalls} (${result.fetchedForecast ? 'run time, forecast, warnings' : 'run time, warnings'})`,
      'DynamoDB requests': dynamo.describe(),
      goal: '≤ 2 per location; < 200 ms besides the network',
      met: total - network < 200 && (result.fetchedForecast ? 1 : 0) <= 2 ? 'yes' : 'NO',
    });
  }
  return rows;
}
