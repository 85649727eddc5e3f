import { describe, expect, it } from 'vitest';
import { type ActivityKind, FIGURES_SCHEMAS, type Figures, figuresSchema } from '../../shared/domain/figures';
import { daysApart, parsePeriod } from '../../shared/domain/periods';
import { RULES, type RuleInput, violations } from '../../shared/domain/rules';
import { en } from '../../shared/i18n/en';
import { ruleWords } from '../../shared/i18n/figure-messages';
import { sv } from '../../shared/i18n/sv';

const capacity = [{ from: '2017-05-01', places: 50, womenPlaces: 10 }];
const input = (kind: ActivityKind, period: string, figures: Figures): RuleInput => ({
  kind,
  period: parsePeriod(period) as NonNullable<ReturnType<typeof parsePeriod>>,
  figures,
  capacity,
});

/**
 * For each entry of the rules table, in its order: figures that break it (with the sides expected) and the same
 * kind of figures that keep it. A rule added without an example here fails the first test.
 */
const EXAMPLES: { breaks: RuleInput; left: number; right: number; keeps: RuleInput; sv: string }[] = [
  {
    breaks: input('day_centre', '2018-01', { women: 1, men: 1, nationalities: { RO: 2, PL: 1 } }),
    left: 3,
    right: 2,
    keeps: input('day_centre', '2018-01', { women: 1, men: 1, nationalities: { RO: 2 } }),
    sv: 'Antalen per land blir 3, fler än de 2 som rapporterats januari 2018.',
  },
  {
    breaks: input('outreach', '2017-11--2018-04', { people: 42, women: 21, men: 20 }),
    left: 41,
    right: 42,
    keeps: input('outreach', '2017-11--2018-04', { people: 42, women: 21, men: 21 }),
    sv: 'Kvinnor och män (41) stämmer inte med de 42 personerna under november 2017 – april 2018.',
  },
  {
    breaks: input('social_emergency', '2017-11--2018-04', { people: 8, women: 9 }),
    left: 9,
    right: 8,
    keeps: input('social_emergency', '2017-11--2018-04', { people: 8, women: 8 }),
    sv: 'Kvinnor och män (9) stämmer inte med de 8 personerna under november 2017 – april 2018.',
  },
  {
    breaks: input('outreach', '2017-11--2018-04', { people: 8, men: 9 }),
    left: 9,
    right: 8,
    keeps: input('outreach', '2017-11--2018-04', { people: 8 }),
    sv: 'Kvinnor och män (9) stämmer inte med de 8 personerna under november 2017 – april 2018.',
  },
  {
    // Convictus's outreach joined with the 2025 agreement: April 2025 is wholly before it, May is not.
    breaks: { ...input('outreach', '2025-04', { women: 3, men: 4 }), startsOn: '2025-05-01' },
    left: daysApart('2000-01-01', '2025-04-30'),
    right: daysApart('2000-01-01', '2025-05-01'),
    keeps: { ...input('outreach', '2025-05', { women: 3, men: 4 }), startsOn: '2025-05-01' },
    sv: 'Verksamheten började 1 maj 2025: april 2025 ligger före.',
  },
  {
    breaks: { ...input('night_shelter', '2020-07-01', { women: 3, men: 4 }), endsOn: '2020-06-30' },
    left: daysApart('2000-01-01', '2020-07-01'),
    right: daysApart('2000-01-01', '2020-06-30'),
    keeps: { ...input('night_shelter', '2020-06-30', { women: 3, men: 4 }), endsOn: '2020-06-30' },
    sv: 'Verksamheten upphörde 30 juni 2020: natten mot torsdag 2 juli (ons 1/7) ligger efter.',
  },
  {
    breaks: { ...input('night_shelter', '2018-01-15', { women: 1, men: 1 }), capacity: [] },
    left: 2,
    right: 0,
    keeps: { ...input('night_shelter', '2018-01-15', { women: 0, men: 0 }), capacity: [] },
    sv: 'Inga platser är registrerade natten mot tisdag 16 januari (mån 15/1), men 2 gäster är rapporterade.',
  },
  {
    breaks: input('night_shelter', '2018-01-15', { women: 5, men: 50 }),
    left: 55,
    right: 50,
    keeps: input('night_shelter', '2018-01-15', { women: 5, men: 45 }),
    sv: '55 gäster är fler än de 50 platserna natten mot tisdag 16 januari (mån 15/1).',
  },
  {
    breaks: input('night_shelter', '2018-01-15', { women: 11, men: 9 }),
    left: 11,
    right: 10,
    keeps: input('night_shelter', '2018-01-15', { women: 10, men: 9 }),
    sv: '11 kvinnor är fler än de 10 platserna för kvinnor natten mot tisdag 16 januari (mån 15/1).',
  },
  {
    breaks: input('intake', '2018-01', { applicants: 40, ticketsIssued: 62 }),
    left: 62,
    right: 40,
    keeps: input('intake', '2018-01', { applicants: 62, ticketsIssued: 62 }),
    sv: '62 utdelade biljetter är fler än de 40 sökande för januari 2018. Har siffrorna hamnat i fel fält?',
  },
];

describe('the rules table (issue 25, 5)', () => {
  it('has an example for every rule, and words for every code in both languages', () => {
    expect(EXAMPLES).toHaveLength(RULES.length);
    for (const rule of RULES) {
      expect(typeof sv.rules[rule.code]).toBe('function');
      expect(typeof en.rules[rule.code]).toBe('function');
    }
  });

  for (const [i, rule] of RULES.entries()) {
    it(`${i + 1}. ${rule.code} (${rule.severity}): broken by its example, kept by its twin`, () => {
      const example = EXAMPLES[i];
      if (!example) throw new Error(`No example for rule ${i + 1}, ${rule.code}`);
      // Each example is figures a client could send: valid by the kind's schema for its period.
      for (const { kind, period, figures } of [example.breaks, example.keeps]) {
        const schema = figuresSchema(kind, period.granularity) ?? FIGURES_SCHEMAS[kind];
        expect(schema.safeParse(figures).success, `${kind} ${period.value}`).toBe(true);
      }
      const found = violations(example.breaks);
      expect(found).toEqual([
        {
          code: rule.code,
          severity: rule.severity,
          kind: example.breaks.kind,
          field: rule.field,
          period: example.breaks.period.value,
          left: example.left,
          right: example.right,
          ...(found[0]?.on ? { on: found[0].on } : {}),
        },
      ]);
      expect(ruleWords(found[0] as (typeof found)[number], 'sv')).toBe(example.sv);
      expect(violations(example.keeps)).toEqual([]);
    });
  }
});
