import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Failure, FakeSmhi } from '../../infra/local/fake-smhi';
import { readFixture, snow1g } from '../../infra/local/snow1g';
import { SmhiClient } from '../../shared/adapters/smhi';
import { AppError } from '../../shared/domain/errors';

let smhi: FakeSmhi;
let client: SmhiClient;

beforeAll(async () => {
  smhi = await new FakeSmhi().start();
  client = new SmhiClient({ forecastBaseUrl: smhi.url, warningsBaseUrl: smhi.url, timeoutMs: 500 });
});
afterAll(() => smhi?.stop());

describe('SMHI client', () => {
  it('reads a snow1g v1 point forecast, its run time, and the IBWW warnings', async () => {
    smhi.failure = {};
    smhi.forecast = snow1g({
      createdTime: '2027-02-01T05:00:00Z',
      temperature: (t) => (t.getUTCHours() === 3 ? 9999 : -8.5),
    });
    smhi.warnings = readFixture('ibww-warning-testfeed-excerpt.json');
    expect(await client.latestForecastRun()).toBe('2027-02-01T05:00:00Z');
    const forecast = await client.forecast(18.0686, 59.3293);
    expect(forecast.createdTime).toBe('2027-02-01T05:00:00Z');
    expect(forecast.steps).toHaveLength(83);
    expect(forecast.steps.filter((s) => s.airTemperature === null).length).toBeGreaterThan(0);
    expect(forecast.steps.filter((s) => s.airTemperature === -8.5).length).toBeGreaterThan(70);
    expect(smhi.requests.at(-1)).toBe(
      '/api/category/snow1g/version/1/geotype/point/lon/18.068600/lat/59.329300/data.json',
    );
    const warnings = await client.warnings();
    expect(warnings).toContainEqual(
      expect.objectContaining({
        level: 'YELLOW',
        event: 'WIND',
        areaIds: [6, 7, 13],
        start: '2021-09-16T08:00:00.000Z',
      }),
    );
    expect(warnings.some((w) => w.level === 'ORANGE')).toBe(true);
    smhi.warnings = readFixture('ibww-warning-message-skane.json');
    expect((await client.warnings())[0]).toMatchObject({
      level: 'MESSAGE',
      event: 'WATER_SHORTAGE',
      areaIds: [12],
    });
  });

  const failures: Failure[] = ['html404', 'html400', 'error500', 'timeout', 'truncated'];
  for (const failure of failures) {
    it(`fails loudly, never "no cold night", when SMHI answers ${failure}`, async () => {
      smhi.failure = { forecast: failure, warnings: failure, createdtime: failure };
      for (const read of [
        () => client.forecast(18.0686, 59.3293),
        () => client.warnings(),
        () => client.latestForecastRun(),
      ]) {
        const error = await read().then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(AppError);
        expect(error).toMatchObject({ kind: 'upstream_unavailable', reason: 'smhi_unavailable' });
      }
      smhi.failure = {};
    });
  }

  it('refuses a document of the wrong shape (the old pmp3g format, say)', async () => {
    smhi.forecast = {
      createdTime: '2027-02-01T05:00:00Z',
      approvedTime: 'x',
      timeSeries: [{ validTime: 'x', parameters: [] }],
    };
    await expect(client.forecast(18, 59)).rejects.toMatchObject({
      kind: 'upstream_unavailable',
      reason: 'smhi_unavailable',
    });
  });
});
