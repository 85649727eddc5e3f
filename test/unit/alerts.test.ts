import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { type AlertedState, alertsToSend, planAlerts, toldAfter } from '../../shared/domain/alert-plan';
import type { NightAssessment } from '../../shared/domain/cold-nights';
import { emailHtml, emailSubject, emailText, isGsm7, smsText } from '../../shared/i18n/alert-messages';

const created = '2027-01-13T10:00:00Z';
const n = (night: string, min: number, extra: Partial<NightAssessment> = {}): NightAssessment => ({
  night,
  minTemperature: min,
  minAt: null,
  cold: min <= -7,
  reasons: min <= -7 ? ['temperature'] : [],
  warnings: [],
  outlook: false,
  forecastCreatedTime: created,
  ...extra,
});
const options = { muchColderC: 3 };

/** Runs the planner over a series of forecasts, as the scheduled check would, keeping what was told. */
function runs(...forecasts: NightAssessment[][]) {
  let told: AlertedState[] = [];
  return forecasts.map((nights) => {
    const alerts = planAlerts(nights, told, options);
    told = toldAfter(nights, alerts, told);
    return alerts.map((a) => `${a.kind} ${a.nights.map((x) => x.night.slice(8)).join(',')}`);
  });
}

describe('what to tell, run after run', () => {
  it('alerts a new spell once, and says nothing when nothing that matters changed', () => {
    const spell = [n('2027-01-13', -9), n('2027-01-14', -12), n('2027-01-15', -8), n('2027-01-16', -2)];
    const slightlyDifferent = [
      n('2027-01-13', -10),
      n('2027-01-14', -11),
      n('2027-01-15', -7.5),
      n('2027-01-16', -3),
    ];
    expect(runs(spell, spell, slightlyDifferent)).toEqual([['cold 13,14,15'], [], []]);
  });

  it('updates when the spell grows or shrinks, or a night is much colder, and clears when it is over', () => {
    expect(
      runs(
        [n('2027-01-13', -9), n('2027-01-14', -8), n('2027-01-15', -2)],
        [n('2027-01-13', -9), n('2027-01-14', -8), n('2027-01-15', -7.2)], // grows
        [n('2027-01-13', -9), n('2027-01-14', -11.5), n('2027-01-15', -7.2)], // 3.5 ° colder
        [n('2027-01-13', -9), n('2027-01-14', -11.5), n('2027-01-15', -5)], // shrinks
        [n('2027-01-13', -4), n('2027-01-14', -5), n('2027-01-15', -5)], // all clear
        [n('2027-01-13', -4), n('2027-01-14', -5), n('2027-01-15', -5)],
      ),
    ).toEqual([
      ['cold 13,14'],
      ['update 13,14,15'],
      ['update 13,14,15'],
      ['update 13,14'],
      ['all_clear 13,14'],
      [],
    ]);
  });

  it('says nothing new as the nights of a spell pass one by one', () => {
    const spell = [n('2027-01-13', -9), n('2027-01-14', -12), n('2027-01-15', -8), n('2027-01-16', -2)];
    // The next morning the forecast starts a night later: the spell is the same one, not a shrunk one.
    expect(runs(spell, spell.slice(1), spell.slice(2))).toEqual([['cold 13,14,15'], [], []]);
  });

  it('treats a warning-only night as cold', () => {
    const warned = n('2027-01-20', 1, {
      cold: true,
      reasons: ['warning'],
      warnings: [{ level: 'ORANGE', event: 'WIND' }],
    });
    const [alert] = planAlerts([warned], [], options);
    expect(alert?.kind).toBe('cold');
    expect(smsText([alert!], 'sv')).toContain('SMHI varnar (orange)');
  });

  it('names a spell that comes back after an all-clear anew, so it is not taken for the one already sent', () => {
    let told: AlertedState[] = [];
    const keys: string[] = [];
    for (const nights of [
      [n('2027-01-13', -9), n('2027-01-14', -9)],
      [n('2027-01-13', -2), n('2027-01-14', -2)],
      [n('2027-01-13', -9), n('2027-01-14', -9)],
    ]) {
      const alerts = planAlerts(nights, told, options);
      for (const a of alerts) keys.push(a.key);
      told = toldAfter(nights, alerts, told);
    }
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(3);
  });

  it('names an alert by its content, so a re-run over the same forecast finds the same key', () => {
    const spell = [n('2027-01-13', -9), n('2027-01-14', -12)];
    expect(planAlerts(spell, [], options)[0]?.key).toBe(planAlerts(spell, [], options)[0]?.key);
  });
});

describe('the words', () => {
  const spell = [n('2027-01-13', -9.4), n('2027-01-14', -12.2), n('2027-01-15', -8, { outlook: true })];
  const cold = { kind: 'cold' as const, nights: spell, forecastCreatedTime: created };

  it('says in Swedish which night, how cold, and how long the spell lasts, crediting SMHI', () => {
    expect(smsText([cold], 'sv')).toBe(
      'Extra kall natt: natten mot tors 14/1 (ons 13/1), -9,4 grader. 3 kalla nätter i rad, till och med natten mot lör 16/1 (fre 15/1). Prognos SMHI 13/1 11:00',
    );
    expect(emailSubject([cold], 'sv')).toBe(
      'Extra kall natt: natten mot torsdag 14 januari (ons 13/1) – 3 nätter i rad',
    );
  });

  it('has English on request', () => {
    expect(smsText([cold], 'en')).toBe(
      'Extra cold night: the night before Thu 14/1 (Wed 13/1), -9.4 C. 3 cold nights in a row, through the night before Sat 16/1 (Fri 15/1). SMHI forecast 13/1 11:00',
    );
  });

  it('fits every SMS in one GSM-7 message of 160 characters', () => {
    const long = Array.from({ length: 9 }, (_, i) =>
      n(`2027-01-${String(20 + i)}`, -25.5, { outlook: true, warnings: [{ level: 'RED', event: 'SNOW' }] }),
    );
    for (const kind of ['cold', 'update', 'all_clear'] as const) {
      for (const language of ['sv', 'en'] as const) {
        const text = smsText([{ kind, nights: long, forecastCreatedTime: created }], language);
        expect(isGsm7(text), text).toBe(true);
        expect(text.length, text).toBeLessThanOrEqual(160);
      }
    }
    expect(isGsm7('−9 °C')).toBe(false);
  });

  it('says how many guests to expect against the places: too few, perhaps too few, or enough (issue 27)', () => {
    const expect_ = (low: number, high: number, places: number) => ({
      ...cold,
      nights: [
        {
          ...(spell[0] as NightAssessment),
          demand: { expected: low + 1, low, high, places, venues: 4, short: [] },
        },
        ...spell.slice(1),
      ],
    });
    expect(smsText([expect_(64, 72, 56)], 'sv')).toContain('Väntat 64-72 gäster, 56 platser: 8-16 för få.');
    expect(smsText([expect_(50, 60, 56)], 'sv')).toContain(
      'Väntat 50-60 gäster, 56 platser: upp till 4 för få.',
    );
    expect(smsText([expect_(40, 52, 56)], 'en')).toContain('Expected 40-52 guests, 56 places are enough.');
    for (const language of ['sv', 'en'] as const) {
      const text = smsText([expect_(1240, 1390, 1180)], language);
      expect(isGsm7(text), text).toBe(true);
      expect(text.length, text).toBeLessThanOrEqual(160);
      // The guests to expect stay; the forecast's time and the spell's last night go first.
      expect(text).toMatch(/1240-1390/);
    }
    const mail = emailText([expect_(1240, 1390, 1180)], spell, 'sv');
    expect(mail).toContain('Väntat 1 240–1 390 gäster, 1 180 platser: 60–210 för få.');
    expect(emailHtml([expect_(64, 72, 56)], [...expect_(64, 72, 56).nights], 'sv')).toContain(
      '<th scope="col" style="padding:6px 4px;border-bottom:1px solid #ccc;text-align:left;vertical-align:top;border-bottom:2px solid #222">Väntade gäster</th>',
    );
  });

  it('lists the coming nights in the e-mail, marking outlook nights', () => {
    const text = emailText([cold], [...spell, n('2027-01-16', -3, { outlook: true })], 'sv');
    expect(text).toContain('natten mot lör 16/1 (fre 15/1)');
    expect(text).toMatch(/−12,2 °C\s+KALLT/);
    expect(text).toContain('(osäker)');
    expect(text).toContain('SMHI, CC BY 4.0');
  });

  it('sends the e-mail as HTML too: the coming nights as a real table, the spell highlighted', () => {
    const coming = [
      ...spell,
      n('2027-01-16', -3, { outlook: true, warnings: [{ level: 'RED', event: '<b>' }] }),
    ];
    const html = emailHtml([cold], coming, 'sv');
    const doc = parse(html);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('sv');
    expect(doc.querySelectorAll('th[scope="col"]').map((th) => th.text)).toEqual([
      'Natt',
      'Lägsta 18–08',
      'Bedömning',
    ]);
    const rows = doc.querySelectorAll('tbody tr');
    const cells = rows.map((r) => r.querySelectorAll('td').map((td) => td.text.replace(/\s+/g, ' ')));
    expect(cells).toEqual([
      ['natten mot tors 14/1 (ons 13/1)', '−9,4 °C', 'Extra kallt'],
      ['natten mot fre 15/1 (tors 14/1)', '−12,2 °C', 'Extra kallt'],
      ['natten mot lör 16/1 (fre 15/1)', '−8 °C', 'Extra kallt osäker prognos'],
      ['natten mot sön 17/1 (lör 16/1)', '−3 °C', 'osäker prognos'],
    ]);
    // A day is never split from its date on a narrow screen.
    expect(rows[0]?.querySelector('td')?.text).toBe('natten mot tors\u00a014/1 (ons\u00a013/1)');
    // The nights of the alert stand out; the one after them does not.
    expect(rows.map((r) => /background/.test(r.getAttribute('style') ?? ''))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(doc.querySelector('p')?.text).toBe(emailText([cold], coming, 'sv').split('\n')[0]);
    expect(html).toContain('Prognosdata från SMHI, CC BY 4.0.');
    expect(html).not.toContain('<b>');
    expect(parse(emailHtml([cold], coming, 'en')).querySelector('th')?.text).toBe('Night');
  });
});

describe('one message per run', () => {
  const firm = [n('2027-02-08', -8.6), n('2027-02-09', -12.4), n('2027-02-10', -9), n('2027-02-11', -7.2)];
  const outlook = n('2027-02-17', -7.4, { outlook: true });
  const mild = (night: string) => n(night, -2);
  const nights = [
    ...firm,
    ...['2027-02-12', '2027-02-13', '2027-02-14', '2027-02-15', '2027-02-16'].map(mild),
    outlook,
  ];

  it('tells two spells in one SMS, the nearest in full and the later in a few words (or counted), within 160 GSM-7 characters', () => {
    const alerts = alertsToSend(planAlerts(nights, [], options), '2027-02-08');
    expect(alerts.map((a) => a.nights[0]?.night)).toEqual(['2027-02-08', '2027-02-17']);
    expect(smsText(alerts, 'sv')).toBe(
      'Extra kall natt: natten mot tis 9/2 (mån 8/2), -8,6 grader. 4 kalla nätter i rad, till och med natten mot fre 12/2 (tors 11/2). Ytterligare 1 köldperiod.',
    );
    const oneNight = alertsToSend(
      planAlerts(
        [n('2027-02-08', -8.6), ...nights.slice(1).map((x) => (x.night < '2027-02-17' ? mild(x.night) : x))],
        [],
        options,
      ),
      '2027-02-08',
    );
    expect(smsText(oneNight, 'sv')).toBe(
      'Extra kall natt: natten mot tis 9/2 (mån 8/2), -8,6 grader. 1 natt. Även kallt natten mot tors 18/2 (ons 17/2), osäker. Prognos SMHI 13/1 11:00',
    );
    expect(emailSubject(alerts, 'sv')).toBe(
      'Extra kall natt: natten mot tisdag 9 februari (mån 8/2) – 4 nätter i rad (och 1 period till)',
    );
    expect(emailText(alerts, nights, 'sv').split('\n').slice(0, 2)).toEqual([
      'Extra kall natt: natten mot tisdag 9 februari (mån 8/2), −8,6 °C. 4 kalla nätter i rad, till och med natten mot fredag 12 februari (tors 11/2).',
      'Extra kall natt: natten mot torsdag 18 februari (ons 17/2), −7,4 °C, osäker prognos. 1 natt.',
    ]);
  });

  it('never drops the nearest spell: at the worst case the later ones are counted, then the source goes', () => {
    const worst = (start: number) =>
      Array.from({ length: 9 }, (_, i) =>
        n(`2027-01-${String(start + i).padStart(2, '0')}`, -25.5, {
          outlook: true,
          warnings: [{ level: 'RED', event: 'SNOW' }],
        }),
      );
    const contents = [1, 11, 21].map((start) => ({
      kind: 'update' as const,
      nights: worst(start),
      forecastCreatedTime: created,
    }));
    for (const language of ['sv', 'en'] as const) {
      const text = smsText(contents, language);
      expect(isGsm7(text), text).toBe(true);
      expect(text.length, text).toBeLessThanOrEqual(160);
      expect(text).toMatch(
        language === 'sv'
          ? /^Ändrat: kallast blir natten mot lör 2\/1 \(fre 1\/1\)/
          : /^Changed: coldest is the night before Sat 2\/1 \(Fri 1\/1\)/,
      );
    }
  });

  it('holds an outlook spell further than 5 days ahead until an alert goes out, and sends an outlook within 5 days', () => {
    const farOnly = [...['2027-02-08', '2027-02-09'].map(mild), outlook];
    expect(alertsToSend(planAlerts(farOnly, [], options), '2027-02-08')).toEqual([]);
    expect(alertsToSend(planAlerts(farOnly, [], options), '2027-02-08', 10)).toHaveLength(1);
    expect(alertsToSend(planAlerts(farOnly, [], options), '2027-02-12')).toHaveLength(1);
  });
});
