import { describe, expect, it } from 'vitest';
import { figuresFromForm } from '../../functions/web/pages/figures/form';
import { problemWords, summaryOf } from '../../functions/web/pages/figures/words';
import type { Activity } from '../../shared/app/model';
import { type FieldProblem, PROBLEM_CODES } from '../../shared/domain/errors';

const shelter: Activity = {
  id: 'act_a',
  organisationId: 'org_a',
  name: 'Härbärget',
  kind: 'night_shelter',
  capacity: [{ from: '2017-05-01', places: 56 }],
  version: 1,
  createdAt: '2026-11-01T00:00:00Z',
};

describe('the figures form as typed (issue 29, 8 and 11)', () => {
  it('reads "1 200" and Swedish no-break spaces as thousands, and refuses "1 2" instead of storing 12', () => {
    const sent = figuresFromForm(shelter, { women: '1 2', men: '1 200', turnedAway: '1\u202f000' }, 'sv');
    expect(sent.errors.women).toBe('Kvinnor: skriv ett heltal, 0 eller mer.');
    expect(sent.figures).toEqual({ men: 1200, turnedAway: 1000 });
    expect(figuresFromForm(shelter, { women: ' 12 ', men: '12 00' }, 'sv').errors).toEqual({
      men: 'Män: skriv ett heltal, 0 eller mer.',
    });
  });

  it('names the field of every problem, and tells a count too large from one that is no number (issue 29, 8)', () => {
    const sent = figuresFromForm(
      shelter,
      {
        women: '99999999999',
        men: '5/12',
        'country-0': '',
        'count-0': '4',
        'country-1': 'RO',
        'count-1': '1000001',
        'country-2': 'PL',
        'count-2': 'fyra',
      },
      'sv',
    );
    expect(sent.errors).toEqual({
      women: 'Kvinnor: talet är för stort (högst 1 000 000).',
      men: 'Män: skriv ett heltal, 0 eller mer.',
      nationalities:
        'Land 1: välj landet som antalet gäller. Antal 2: talet är för stort (högst 1 000 000). Antal 3: skriv ett heltal, 0 eller mer.',
    });
  });

  it('says every problem the rules find in the reader’s words, never the API’s English', () => {
    const said = (code: FieldProblem['code'], path = '/period') =>
      problemWords({ path, message: 'English for the API', code } as FieldProblem, 'sv');
    expect(said('period_future')).toBe('Perioden har inte börjat än.');
    expect(said('period_invalid')).toBe(
      'Skriv perioden som en natt (ÅÅÅÅ-MM-DD), en månad (ÅÅÅÅ-MM) eller ett halvår (till exempel 2017-11--2018-04).',
    );
    expect(said('period_half_year')).toMatch(/^Verksamheten rapporterar inte per halvår/);
    expect(said('split_not_people', '/men')).toBe(
      'Kvinnor och män ska tillsammans vara lika många som personerna under perioden.',
    );
    expect(said('period_other_way')).toMatch(/^Månaden rapporteras redan på annat sätt/);
    expect(said('nationalities_over_total', '/nationalities')).toBe(
      'Antalet per land är större än antalet personer.',
    );
    expect(said('not_valid', '/women')).toBe('Kvinnor: skriv ett heltal, 0 eller mer.');
    expect(said('not_valid', '/somethingElse')).toBe('somethingElse: värdet går inte att spara.');
    // A problem of no figure field is said by its code, with why.
    expect(
      problemWords({ path: '/figures', code: 'changed_meanwhile', params: { now: 2, shown: 1 } }, 'sv'),
    ).toBe('Någon annan har ändrat det här (nu version 2) sedan det visades (version 1).');
  });

  it('says one woman and one man in the singular', () => {
    expect(summaryOf(shelter, { women: 1, men: 1 }, 'sv')).toBe('1 kvinna, 1 man');
    expect(summaryOf(shelter, { women: 2, men: 0 }, 'sv')).toBe('2 kvinnor, 0 män');
    expect(summaryOf(shelter, { women: 1, men: 3 }, 'en')).toBe('1 woman, 3 men');
  });
});

describe('every problem code in the reader’s words (issue 23, 4)', () => {
  it('says each code a figure can be refused with in Swedish and in English, never the API’s message', () => {
    for (const code of PROBLEM_CODES)
      for (const language of ['sv', 'en'] as const) {
        const said = problemWords({ path: '/women', message: 'API MESSAGE', code } as FieldProblem, language);
        expect(said, `${code} ${language}`).not.toContain('API MESSAGE');
        expect(said.length, `${code} ${language}`).toBeGreaterThan(10);
      }
  });
});
