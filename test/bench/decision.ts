import { performance } from 'node:perf_hooks';
import type { LocalSystem } from '../../infra/local/runtime';
import { RecordingSmsSink } from '../../shared/adapters/sms-sink';
import { addDays, stockholmDate } from '../../shared/domain/periods';
import { median } from './measure';

const SUBSCRIBERS = 40;
const RUNS = 5;

/**
 * The decision to open, from the coordinator's POST to the last message in the recipients' hands (here: the SMS
 * sink and the SES emulator, both on loopback): the issue's target is five minutes. Forty subscribers of the venues
 * and outreach groups, by SMS and e-mail each: 80 messages a decision, sent in the request itself.
 */
export async function decisionBench(system: LocalSystem) {
  const call = (method: string, path: string, json: unknown) =>
    fetch(`${system.apiUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${system.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(json),
    }).then(async (r) => ({ status: r.status, body: await r.json() }));
  const org = await call('POST', '/v1/organisations', { name: 'Bänkkyrkan', orgNumber: '802012-1581' });
  const venue = await call('POST', '/v1/activities', {
    organisationId: org.body.id,
    name: 'Bänksalen',
    kind: 'cold_night_venue',
  });
  await call('PATCH', `/v1/activities/${venue.body.id}`, {
    publicInfo: { address: 'Bänkgatan 1, Stockholm', hours: '21–08' },
  });
  for (let i = 0; i < SUBSCRIBERS; i++)
    await call('POST', '/v1/subscribers', {
      name: `Bänk ${i}`,
      email: `bank${i}@example.org`,
      phone: `+4670174${String(1000 + i)}`,
      channels: ['email', 'sms'],
      groups: [i % 2 === 0 ? 'venues' : 'outreach'],
    });
  const sms = new RecordingSmsSink(system.smsOutbox);
  const times: number[] = [];
  const today = stockholmDate(new Date());
  for (let run = 0; run < RUNS; run++) {
    const before = (await sms.read()).length;
    const started = performance.now();
    const made = await call('POST', '/v1/cold-night-decisions', {
      // A night of its own each run: the same decision twice is one decision.
      nights: [addDays(today, run)],
      open: run % 2 === 0,
      ...(run % 2 === 0 ? { venueIds: [venue.body.id] } : { reason: `Bänkkörning ${run}` }),
      groups: ['venues', 'outreach'],
    });
    times.push(performance.now() - started);
    if (made.status !== 201 || (await sms.read()).length - before !== SUBSCRIBERS)
      throw new Error(`Decision ${run}: ${made.status}, ${made.body.sent} sent`);
  }
  return [
    {
      what: `decision to ${SUBSCRIBERS} subscribers (${2 * SUBSCRIBERS} messages), POST to last message`,
      'p50 ms': Math.round(median(times)),
      'max ms': Math.round(times.reduce((a, b) => Math.max(a, b), 0)),
      target: '5 minutes',
    },
  ];
}
