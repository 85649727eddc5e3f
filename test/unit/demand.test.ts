import { describe, expect, it } from 'vitest';
import { expectedGuests, fitDemand, type VenueNight } from '../../shared/domain/demand';
import { addDays, datesBetween } from '../../shared/domain/periods';

/** A repeatable wobble in [-1, 1]: the same history every run. */
const wobble = (i: number) => Math.sin(i * 12.9898) * 0.5 + Math.sin(i * 78.233) * 0.5;

/**
 * Winters of a venue where every degree below 0 °C brings `perDegree` guests more, Fridays and Saturdays a few
 * more, and some noise; the nights' minimums follow a winter's curve with weather on top.
 */
function winters(seasons: readonly string[], perDegree: number): VenueNight[] {
  return seasons.flatMap((startYear, s) =>
    datesBetween(`${startYear}-11-01`, `${Number(startYear) + 1}-04-30`).map((night, i) => {
      const minTemperature =
        Math.round((-4 * Math.sin((Math.PI * i) / 181) + 6 * wobble(i + s * 500)) * 10) / 10;
      const weekday = new Date(`${night}T12:00:00Z`).getUTCDay();
      const guests = Math.round(
        40 +
          ([5, 6].includes(weekday) ? 4 : 0) +
          perDegree * Math.max(0, -minTemperature) +
          3 * wobble(i * 7 + s),
      );
      return { night, guests, minTemperature };
    }),
  );
}

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
