import type { LambdaClient } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { handler } from '../../functions/cold-night-check/handler';
import { LambdaCourier } from '../../shared/adapters/courier-lambda';
import { memoryCore } from '../../shared/adapters/memory-stores';
import { createSubscriber } from '../../shared/app/alerts';
import type { Delivery } from '../../shared/app/alerts-model';
import { directCourier } from '../../shared/app/cold-night-check';
import { makeDecision } from '../../shared/app/decisions';
import { systemPrincipal } from '../../shared/domain/access';

const admin = systemPrincipal('unit');

/** Lambda itself cannot run here: a client that answers as the cold-night function would, or fails as it can. */
const lambdaAnswering = (answer: { Payload?: Uint8Array; FunctionError?: string }) =>
  ({ send: async () => answer }) as unknown as LambdaClient;
const payload = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('the courier: decisions sent by the cold-night function, the only one that may send SMS', () => {
  it("reads the function's outcomes, and refuses an answer that failed or is for other deliveries", async () => {
    const two = [{ id: 'a' }, { id: 'b' }] as Delivery[];
    expect(
      await new LambdaCourier(
        lambdaAnswering({ Payload: payload({ outcomes: ['sent', 'skipped'] }) }),
        'f',
      ).deliver(two),
    ).toEqual(['sent', 'skipped']);
    await expect(
      new LambdaCourier(lambdaAnswering({ FunctionError: 'Unhandled', Payload: payload({}) }), 'f').deliver(
        two,
      ),
    ).rejects.toThrow('did not deliver: Unhandled');
    await expect(
      new LambdaCourier(lambdaAnswering({ Payload: payload({ outcomes: ['sent'] }) }), 'f').deliver(two),
    ).rejects.toThrow('other deliveries');
  });

  it('refuses a deliver event it cannot read, before anything is sent', async () => {
    for (const event of [
      { action: 'deliver', deliveries: [{ id: 'x' }] },
      { action: 'deliver', deliveries: [], extra: 1 },
      { action: 'deliver', deliveries: Array.from({ length: 2001 }, () => ({})) },
    ])
      await expect(handler(event)).rejects.toThrow();
  });

  it('keeps a decision whose courier failed in the outbox, said as not sent, for the hourly check to send', async () => {
    const deps = memoryCore({ now: () => new Date('2026-12-07T18:00:00Z') });
    const sent: string[] = [];
    const channels = {
      email: { send: async (m: { to: string }) => void sent.push(m.to) },
      sms: { send: async (m: { to: string }) => void sent.push(m.to) },
    };
    await createSubscriber(deps, admin, {
      name: 'Anna',
      email: 'anna@example.org',
      phone: '+46701234567',
      channels: ['email', 'sms'],
      language: 'sv',
      groups: ['coordinators'],
    });
    const broken = { deliver: async () => Promise.reject(new Error('Rate exceeded')) };
    const made = await makeDecision(
      { ...deps, ...channels, courier: broken },
      admin,
      { nights: ['2026-12-07'], open: false, reason: 'Inte så kallt', groups: ['coordinators'] },
      'https://iop.example.se/kalla-natter',
    );
    expect([made.sent, made.failed, sent]).toEqual([0, 2, []]);
    const waiting = await deps.alerts.listDeliveries('2026-12-07', '2026-12-07');
    expect(waiting.map((d) => d.status)).toEqual(['pending', 'pending']);
    expect(await directCourier({ ...deps, ...channels }).deliver(waiting)).toEqual(['sent', 'sent']);
    expect(sent.sort()).toEqual(['+46701234567', 'anna@example.org']);
  });
});
