import { describe, expect, it } from 'vitest';
import { snow1g } from '../../infra/local/snow1g';
import {
  assessNights,
  type ColdRules,
  coldSpells,
  currentNight,
  DEFAULT_COLD_RULES,
  type Forecast,
  nextCheckAt,
  type WarningArea,
} from '../../shared/domain/cold-nights';

const rules: ColdRules = DEFAULT_COLD_RULES;

/** The real document's structure, through the real client's mapping (9999 → missing). */
function forecast(createdTime: string, temperature: (t: Date) => number): Forecast {
  const doc = snow1g({ createdTime, temperature });
  return {
    createdTime: doc.createdTime,
    steps: doc.timeSeries.map((s) => ({
      time: s.time,
      airTemperature: s.data.air_temperature === 9999 ? null : (s.data.air_temperature as number),
    })),
  };
}

const at = (iso: string) => new Date(iso);
const night = (nights: ReturnType<typeof assessNights>, date: string) => nights.find((n) => n.night === date);
const localHour = (t: Date) =>
  Number(t.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit' }));

describe('which nights are cold', () => {
  const created = '2027-01-11T05:00:00Z'; // a Monday morning
  const nightOnly = (value: number) => (t: Date) => (localHour(t) >= 18 || localHour(t) < 8 ? value : 2);

  it('puts the threshold at −7.0 °C: −6.8 and −6.9 are not cold, −7.0 is', () => {
    for (const [value, cold] of [
      [-6.8, false],
      [-6.9, false],
      [-7.0, true],
      [-12, true],
    ] as const) {
      const nights = assessNights(forecast(created, nightOnly(value)), [], rules, at(created));
      expect(night(nights, '2027-01-11'), String(value)).toMatchObject({ cold, minTemperature: value });
      expect(night(nights, '2027-01-11')?.reasons).toEqual(cold ? ['temperature'] : []);
    }
  });

  it('reads the whole forecast: firm nights from hourly steps, an outlook beyond them', () => {
    const nights = assessNights(forecast(created, nightOnly(-9)), [], rules, at(created));
    expect(nights.length).toBeGreaterThanOrEqual(9);
    // At 06:00 the night of the 10th is still under way (until 08:00): it comes first.
    expect(nights.map((n) => n.night).slice(0, 3)).toEqual(['2027-01-10', '2027-01-11', '2027-01-12']);
    expect(nights.slice(0, 3).every((n) => !n.outlook)).toBe(true);
    expect(nights.slice(4).every((n) => n.outlook)).toBe(true);
    expect(nights.every((n) => n.forecastCreatedTime === created)).toBe(true);
    const spells = coldSpells(nights);
    expect(spells).toHaveLength(1);
    expect(spells[0]?.length).toBe(nights.length);
  });

  it('calls a night firm when most of its hours lie in hourly steps; the cut is a setting', () => {
    // SMHI's run of Friday 22:31 (CET): hourly steps, then 6-hourly. The night Sunday → Monday runs 17–07 UTC.
    const created = '2027-01-15T21:31:00Z';
    const steps = (hourlyUntil: string) => {
      const list: Forecast['steps'] = [];
      for (let t = Date.parse('2027-01-15T22:00:00Z'); t <= Date.parse('2027-01-20T12:00:00Z'); ) {
        list.push({ time: new Date(t).toISOString(), airTemperature: -8.3 });
        t += t < Date.parse(hourlyUntil) ? 3_600_000 : 6 * 3_600_000;
      }
      return { createdTime: created, steps: list };
    };
    const sundayNight = (hourlyUntil: string, firmShare = rules.firmShare) =>
      night(assessNights(steps(hourlyUntil), [], { ...rules, firmShare }, at(created)), '2027-01-17');
    // Hourly until 02:00 UTC: 9 of the night's 14 hours — firm, although its last hours are 6-hourly.
    expect(sundayNight('2027-01-18T02:00:00Z')).toMatchObject({ cold: true, outlook: false });
    // Exactly half (until 00:00): still firm at the default cut of one half; 6 of 14 hours (until 23:00): outlook.
    expect(sundayNight('2027-01-18T00:00:00Z')?.outlook).toBe(false);
    expect(sundayNight('2027-01-17T23:00:00Z')?.outlook).toBe(true);
    // A stricter cut asks for more of the night in hourly steps.
    expect(sundayNight('2027-01-18T02:00:00Z', 0.7)?.outlook).toBe(true);
  });

  it('records the minimum and its hour', () => {
    const coldestAt = Date.parse('2027-01-12T03:00:00Z');
    const nights = assessNights(
      forecast(created, (t) => (t.getTime() === coldestAt ? -11.4 : -3)),
      [],
      rules,
      at(created),
    );
    expect(night(nights, '2027-01-11')).toMatchObject({
      cold: true,
      minTemperature: -11.4,
      minAt: '2027-01-12T03:00:00.000Z',
    });
    expect(night(nights, '2027-01-12')).toMatchObject({ cold: false, minTemperature: -3 });
  });

  it('finds the cold spells: consecutive cold nights, broken by a mild one', () => {
    const coldDates = new Set(['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-15']);
    const evening = (t: Date) => {
      const local = new Date(t.getTime() - (localHour(t) <= 8 ? 24 * 3_600_000 : 0)); // 08:00 ends the night
      return local.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    };
    const nights = assessNights(
      forecast(created, (t) => (coldDates.has(evening(t)) ? -10 : -1)),
      [],
      rules,
      at(created),
    );
    const spells = coldSpells(nights).map((s) => s.map((n) => n.night));
    expect(spells).toEqual([['2027-01-11', '2027-01-12', '2027-01-13'], ['2027-01-15']]);
  });

  it('uses Stockholm time across the DST switch: the night of 27–28 March 2027 ends 08:00 CEST, 06:00 UTC', () => {
    const createdDst = '2027-03-26T12:00:00Z';
    // −10 only at 07:00 UTC on 28 March: 09:00 CEST, after the night (a fixed UTC+1 would wrongly say 08:00).
    const late = assessNights(
      forecast(createdDst, (t) => (t.toISOString() === '2027-03-28T07:00:00.000Z' ? -10 : 0)),
      [],
      rules,
      at(createdDst),
    );
    expect(night(late, '2027-03-27')).toMatchObject({ cold: false, minTemperature: 0, outlook: false });
    // −10 at 06:00 UTC on 28 March: 08:00 CEST, the night's last hour.
    const edge = assessNights(
      forecast(createdDst, (t) => (t.toISOString() === '2027-03-28T06:00:00.000Z' ? -10 : 0)),
      [],
      rules,
      at(createdDst),
    );
    expect(night(edge, '2027-03-27')).toMatchObject({ cold: true, minAt: '2027-03-28T06:00:00.000Z' });
  });

  it('makes a night cold on an ORANGE or RED warning for Stockholm county alone, not on YELLOW or elsewhere', () => {
    const mild = forecast(created, () => 1);
    const warning = (level: string, areaIds = [1]): WarningArea => ({
      level,
      event: 'WIND',
      areaIds,
      start: '2027-01-12T20:00:00Z',
      end: '2027-01-13T02:00:00Z',
    });
    expect(night(assessNights(mild, [warning('ORANGE')], rules, at(created)), '2027-01-12')).toMatchObject({
      cold: true,
      reasons: ['warning'],
      warnings: [{ level: 'ORANGE', event: 'WIND' }],
    });
    expect(night(assessNights(mild, [warning('RED')], rules, at(created)), '2027-01-12')?.cold).toBe(true);
    expect(night(assessNights(mild, [warning('YELLOW')], rules, at(created)), '2027-01-12')?.cold).toBe(
      false,
    );
    expect(night(assessNights(mild, [warning('ORANGE', [12])], rules, at(created)), '2027-01-12')?.cold).toBe(
      false,
    );
    // Only the nights the warning covers.
    expect(night(assessNights(mild, [warning('ORANGE')], rules, at(created)), '2027-01-13')?.cold).toBe(
      false,
    );
    const onlyFrost = { ...rules, warningEvents: ['FROST'] };
    expect(night(assessNights(mild, [warning('ORANGE')], onlyFrost, at(created)), '2027-01-12')?.cold).toBe(
      false,
    );
  });

  it('never reads missing values (9999) as a temperature, nor a night with none as mild', () => {
    const doc = forecast(created, nightOnly(-9));
    const steps = doc.steps.map((s) =>
      s.time.startsWith('2027-01-12T0') ? { ...s, airTemperature: null } : s,
    );
    const nights = assessNights({ ...doc, steps }, [], rules, at(created));
    expect(night(nights, '2027-01-11')).toMatchObject({ cold: true, minTemperature: -9 });
    const allMissing = assessNights(
      { ...doc, steps: doc.steps.map((s) => ({ ...s, airTemperature: null })) },
      [],
      rules,
      at(created),
    );
    expect(allMissing).toEqual([]);
  });

  it('knows which night is under way: before 08:00 it is still last evening’s', () => {
    expect(currentNight(at('2027-01-12T02:00:00Z'))).toBe('2027-01-11'); // 03:00 in Stockholm
    expect(currentNight(at('2027-01-12T07:30:00Z'))).toBe('2027-01-12'); // 08:30
    expect(currentNight(at('2027-07-12T05:30:00Z'))).toBe('2027-07-11'); // 07:30 CEST
  });
});

describe('when the next check runs', () => {
  const at = (iso: string) => new Date(iso);
  it('reads the schedule as the stack writes it, in Stockholm time', () => {
    // 22:30 in Stockholm (winter, UTC+1), hourly at minute 5: 23:05.
    expect(nextCheckAt(at('2026-12-06T21:30:00Z'))?.toISOString()).toBe('2026-12-06T22:05:00.000Z');
    // Twice an hour, afternoons and nights only: at 09:00 the next is 14:05.
    expect(
      nextCheckAt(at('2026-12-07T08:00:00Z'), { minute: '5,35', hour: '14-23,0-8' })?.toISOString(),
    ).toBe('2026-12-07T13:05:00.000Z');
    // Summer time (UTC+2).
    expect(nextCheckAt(at('2027-06-01T10:06:00Z'), { minute: '5', hour: '*' })?.toISOString()).toBe(
      '2027-06-01T11:05:00.000Z',
    );
  });

  it('says nothing for a schedule it cannot read', () => {
    for (const minute of ['*/5', '60', 'x', '5-3', ''])
      expect(nextCheckAt(new Date(), { minute, hour: '*' }), minute).toBeUndefined();
  });
});
