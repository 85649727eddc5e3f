import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import { createReports } from '../../functions/reports/handler';
import { coreFromConfig, reportChannelsFromConfig } from '../../shared/adapters/clients';
import type { EmailSender } from '../../shared/app/alerts-model';
import { createActivity } from '../../shared/app/registry';
import { systemPrincipal } from '../../shared/domain/access';
import { approveHalfYear } from '../support/joint-report';
import { mailbox } from '../support/mailbox';
import { useTestSystem } from '../support/system';

const t = useTestSystem();

/**
 * Hundreds of shelters, each a row the send must keep. The national case (2,900 activities) is the bench's
 * (`npm run bench`), and the published figures' chunks past one DynamoDB item the store contract's (9,000 rows):
 * here, the whole send end to end, exactly once through a crash.
 */
const SHELTERS = 400;

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

describe('the report sent at scale, through a crash', () => {
  it(`is sent to each recipient exactly once at ${SHELTERS} activities, and a retried send mails nobody again`, async () => {
    const organisation = await t.api.organisation('Stora Härbärgen', '802003-1954');
    const quiet = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
    const core = coreFromConfig(t.system.config, quiet);
    // The shelters are the setting, not what is tested: made through the use case, not hundreds of HTTP requests.
    const ids: string[] = [];
    await inParallel(
      Array.from({ length: SHELTERS }, (_, i) => i),
      16,
      async (i) => {
        const name = `Härbärge ${String(i).padStart(4, '0')}`;
        ids.push(
          (
            await createActivity(core, systemPrincipal('test'), {
              organisationId: organisation,
              name,
              kind: 'night_shelter',
            })
          ).id,
        );
      },
    );
    const rows = ids.map((activityId, i) => ({ activityId, period: '2026-01-15', women: i % 5, men: 10 }));
    // DynamoDB Local runs transactions one at a time, and other files share it: a guard, not a speed goal.
    const imported = await t.api.call('POST', '/v1/imports', {
      key: t.api.admin,
      json: { rows },
      timeoutMs: 120_000,
    });
    expect(imported.status, imported.text.slice(0, 300)).toBe(200);
    for (const [name, email] of [
      ['Socialförvaltningen', 'rapport@stockholm.local'],
      ['Socialnämndens sekreterare', 'sekreterare@stockholm.local'],
    ]) {
      const r = await t.api.call('POST', '/v1/report-recipients', {
        key: t.api.admin,
        json: { name, email },
      });
      expect(r.status).toBe(201);
    }

    // Every mail is counted where it arrives: the SES emulator's mailbox.
    const received = async () => {
      return (await mailbox(t.system)).flatMap((m) => m.destination.to).sort();
    };
    const period = { action: 'send-half-year-report', from: '2025-11', to: '2026-04' } as const;
    // The schedule sends the version both chairs approved.
    expect((await approveHalfYear(core, { from: period.from, to: period.to })).status).toBe('approved');
    const real = reportChannelsFromConfig(t.system.config);
    const deps = { ...core, ...real };

    // The first run dies (a Lambda timeout) while mailing the second recipient: it never gets to record anything
    // after that, so the outbox must already say who was mailed.
    let mails = 0;
    const dies: EmailSender = {
      send: (message) => (++mails === 1 ? real.email.send(message) : new Promise<void>(() => {})),
    };
    void createReports({ ...deps, email: dies }, quiet).scheduled(period);
    await expect.poll(() => mails, { timeout: 200_000, interval: 200 }).toBe(2);
    expect(await received()).toHaveLength(1);

    // The schedule's retry, after the dead run's lease: the one not reached yet is mailed, nobody twice.
    const later = { ...deps, now: () => new Date(Date.now() + 6 * 60_000) };
    const retried = createReports(later, quiet);
    expect(await retried.scheduled(period)).toMatchObject({ delivered: 2, failed: 0 });
    expect(await retried.scheduled(period)).toMatchObject({ delivered: 2, failed: 0 });
    expect(await received()).toEqual(['rapport@stockholm.local', 'sekreterare@stockholm.local']);

    // The report as read now compares with the last send: every shelter's published figures were kept.
    const report = await t.api.call('GET', '/v1/reports?from=2025-11&to=2026-04', {
      key: t.api.admin,
      timeoutMs: 120_000,
    });
    expect(report.body.nightShelters.shelters).toHaveLength(SHELTERS);
    expect(report.body.sinceLastSent).toMatchObject({ changes: [] });
  }, 400_000);
});
