import { describe, expect, it } from 'vitest';
import { datesBetween } from '../../shared/domain/periods';
import { useTestSystem } from '../support/system';

const t = useTestSystem();

/**
 * A bounded burst on loopback: 500 requests, 32 at a time, from partners writing nights (many in the same months,
 * so they contend for the month counters) and reading them back. No error; every write readable afterwards.
 * A 409 "send it again" is part of the API's contract; the burst's client resends as a partner's system would.
 */

// Enough for every month counter to be contended many times over; the throughput is the bench's (npm run bench).
const REQUESTS = 500;
const CONCURRENCY = 32;
const ACTIVITIES = 8;

describe('a burst of load', () => {
  it(`holds ${REQUESTS} requests at ${CONCURRENCY} at once: no error, no lost write, everything read back`, async () => {
    const org = await t.api.organisation('Ny Gemenskap', '802006-1019');
    const partner = await t.api.key('partner', org);
    const activities: string[] = [];
    for (let a = 0; a < ACTIVITIES; a++)
      activities.push(await t.api.activity(org, 'night_shelter', `Härbärge ${a}`));
    const nights = datesBetween('2022-01-01', '2022-03-31');
    // 360 writes (8 shelters × 45 nights, two months each, shuffled) and 140 reads, interleaved.
    const writes = activities.flatMap((activity, a) =>
      nights
        .slice(0, 45)
        .map((night, n) => ({ activity, night, women: (a + n) % 9, men: 10 + ((a * n) % 17) })),
    );
    const work = [
      ...writes.map((w) => ({ kind: 'write' as const, ...w })),
      ...Array.from({ length: REQUESTS - writes.length }, (_, i) => ({
        kind: 'read' as const,
        activity: activities[i % ACTIVITIES] as string,
      })),
    ].sort(() => Math.random() - 0.5);
    expect(work).toHaveLength(REQUESTS);

    const statuses = new Map<number, number>();
    let resent = 0;
    let next = 0;
    const started = Date.now();
    const worker = async () => {
      while (next < work.length && Date.now() - started < 120_000) {
        const job = work[next++];
        if (!job) break;
        for (let attempt = 1; ; attempt++) {
          const reply =
            job.kind === 'write'
              ? await t.api.call('PUT', `/v1/activities/${job.activity}/figures/${job.night}`, {
                  key: partner,
                  json: { women: job.women, men: job.men },
                })
              : await t.api.call('GET', `/v1/activities/${job.activity}/figures?from=2022-01&to=2022-06`, {
                  key: partner,
                });
          if (reply.status === 409 && attempt < 5) {
            resent++;
            continue;
          }
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          break;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (Date.now() - started) / 1000;
    expect(Object.fromEntries(statuses)).toEqual({ 200: REQUESTS });

    for (const activity of activities) {
      const stored = await t.api.call('GET', `/v1/activities/${activity}/figures?from=2022-01&to=2022-06`, {
        key: partner,
      });
      const expected = writes.filter((w) => w.activity === activity);
      expect(stored.body).toHaveLength(expected.length);
      const byNight = new Map(
        stored.body.map((f: { period: string; figures: unknown }) => [f.period, f.figures]),
      );
      for (const w of expected) expect(byNight.get(w.night)).toEqual({ women: w.women, men: w.men });
    }
    console.info(
      `load: ${REQUESTS} requests at ${CONCURRENCY} at once in ${seconds.toFixed(1)} s (${(REQUESTS / seconds).toFixed(0)}/s); ${resent} resent after 409; 0 errors; ${writes.length} writes all read back`,
    );
  }, 180_000);
});
