import { describe, expect, it } from 'vitest';
import { snow1g } from '../../infra/local/snow1g';
import { parseForecast } from '../../shared/adapters/smhi';
import { forecastMinima } from '../../shared/domain/backtest';
import { DEFAULT_COLD_RULES } from '../../shared/domain/cold-nights';
import { expectedGuests, fitDemand, type SeasonScore } from '../../shared/domain/demand';
import { addDays } from '../../shared/domain/periods';
import { winters } from '../support/demand-history';

describe('expected guests per venue (issue 27)', () => {
  it('finds how many more come per degree colder, and uses the model because it beats the baseline held out', () => {
    const fit = fitDemand(winters(['2022', '2023', '2024'], 2));
    expect(fit.knee).toBe(0);
    expect(fit.slope).toBeGreaterThan(1.7);
    expect(fit.slope).toBeLessThan(2.3);
    expect(fit.uses).toBe('model');
    // Each winter after the first is held out in turn: fitted on the winters before it only.
    expect(fit.backtest.map((s) => s.season)).toEqual([
      { from: '2023-11', to: '2024-04' },
      { from: '2024-11', to: '2025-04' },
    ]);
    for (const season of fit.backtest) {
      expect(season.modelMae).toBeLessThan(season.baselineMae);
      expect(season.coverage).toBeGreaterThan(0.6);
      expect(season.coverage).toBeLessThanOrEqual(1);
    }
  });

  it('keeps the baseline where temperature tells nothing, and says so', () => {
    const fit = fitDemand(winters(['2022', '2023', '2024'], 0));
    expect(Math.abs(fit.slope)).toBeLessThan(0.3);
    const heldOut = fit.backtest.reduce((sum, s) => sum + s.nights, 0);
    expect(heldOut).toBeGreaterThan(300);
    // Equal or worse held out: the simpler forecast stays.
    const [model, baseline] = ['modelMae', 'baselineMae'].map((k) =>
      fit.backtest.reduce((sum, s) => sum + (s[k as 'modelMae'] as number) * s.nights, 0),
    );
    expect(fit.uses).toBe((model as number) < (baseline as number) ? 'model' : 'baseline');
  });

  it('expects more guests on a night colder than the last weeks, with an interval around it', () => {
    const history = winters(['2022', '2023', '2024'], 2);
    const fit = fitDemand(history);
    const recent = history.filter((h) => h.night >= '2025-03-01');
    const lastKnown = recent.at(-1)?.night as string;
    const [mild, bitter] = expectedGuests(fit, recent, [
      { night: addDays(lastKnown, 7), minTemperature: 2 },
      { night: addDays(lastKnown, 7), minTemperature: -12 },
    ]);
    expect(mild?.uses).toBe('model');
    expect((bitter?.expected as number) - (mild?.expected as number)).toBeGreaterThanOrEqual(20);
    expect((bitter?.expected as number) - (mild?.expected as number)).toBeLessThanOrEqual(28);
    for (const e of [mild, bitter]) {
      expect(e?.low).toBeLessThanOrEqual(e?.expected as number);
      expect(e?.high).toBeGreaterThanOrEqual(e?.expected as number);
    }
  });

  it('is not moved by a few odd nights (a fit of medians), and answers nothing without recent nights', () => {
    const history = winters(['2022', '2023', '2024'], 2);
    const odd = history.map((h, i) => (i % 97 === 0 ? { ...h, guests: 300 } : h));
    expect(Math.abs(fitDemand(odd).slope - fitDemand(history).slope)).toBeLessThan(0.25);
    const young = fitDemand(history.slice(0, 20));
    expect(young).toMatchObject({ slope: 0, uses: 'baseline', backtest: [] });
    expect(expectedGuests(young, [], [{ night: '2026-12-08', minTemperature: -10 }])).toEqual([undefined]);
  });
});

describe('the demand backtest reads what a prediction could have read (issue 27)', () => {
  it('predicts a held-out night from its recorded forecast, fits on observations, and counts those nights', () => {
    const history = winters(['2022', '2023', '2024'], 2);
    // The last winter's nights were forecast 3 °C milder than they came: the model is held to that.
    const forecast = history.map((h) =>
      h.night >= '2024-11-01' ? { ...h, forecastMinimum: (h.minTemperature as number) + 3 } : h,
    );
    const [observed, forecasted] = [fitDemand(history), fitDemand(forecast)];
    const [a, b] = [observed.backtest.at(-1), forecasted.backtest.at(-1)] as [SeasonScore, SeasonScore];
    expect([a.fromForecast, b.fromForecast]).toEqual([0, b.nights]);
    expect(b.modelMae).toBeGreaterThan(a.modelMae);
    // The baseline reads no temperature; the fit reads what was observed.
    expect(b.baselineMae).toBe(a.baselineMae);
    expect(forecasted.slope).toBe(observed.slope);
  });

  it("takes each night's minimum from the last forecast made before its evening", () => {
    const forecast = (createdTime: string, minimum: number) =>
      parseForecast(
        JSON.stringify(snow1g({ createdTime, temperature: (t) => (t.getUTCHours() === 2 ? minimum : 1) })),
        createdTime,
      );
    const minima = forecastMinima(
      [forecast('2027-01-06T04:00:00Z', -9), forecast('2027-01-05T04:00:00Z', -4)],
      DEFAULT_COLD_RULES,
    );
    // The later run overrides the earlier; the night under way at 05:00 (the 5th's) is no longer ahead.
    expect(minima.get('2027-01-06')).toBe(-9);
    expect(minima.get('2027-01-05')).toBe(-4);
    expect(minima.has('2027-01-04')).toBe(false);
  });
});
