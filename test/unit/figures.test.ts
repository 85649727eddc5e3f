import { describe, expect, it } from 'vitest';
import { apportion } from '../../infra/local/demo/load';
import {
  type FigureWarning,
  figureWarnings,
  figureProblems as withSay,
} from '../../shared/app/figure-checks';
import { canRead, canWriteFigures, type Principal } from '../../shared/domain/access';
import {
  type ActivityKind,
  canonicalFigures,
  FIGURES_SCHEMAS,
  type Figures,
} from '../../shared/domain/figures';
import { type Period, parsePeriod } from '../../shared/domain/periods';
import { ruleWords } from '../../shared/i18n/figure-messages';

const night = parsePeriod('2018-01-15')!;
const month = parsePeriod('2018-01')!;
/** The figures' problems, each said as the API says it. */
const figureProblems = (kind: ActivityKind, period: Period, figures: Figures) =>
  withSay(kind, period, figures, { capacity: [] }, (broken) => ruleWords(broken, 'en'));

describe('figures rules', () => {
  it('refuses a month for a night shelter and a cold-night venue, not for a day centre', () => {
    expect(figureProblems('night_shelter', month, { women: 1, men: 1 })[0]?.path).toBe('/period');
    expect(figureProblems('cold_night_venue', month, { women: 1, men: 1 })).toHaveLength(1);
    expect(figureProblems('day_centre', month, { women: 1, men: 1 })).toEqual([]);
  });

  it('refuses nationalities that add up to more than the people reported', () => {
    expect(figureProblems('day_centre', night, { women: 1, men: 1, nationalities: { RO: 2 } })).toEqual([]);
    expect(
      figureProblems('day_centre', night, { women: 1, men: 1, nationalities: { RO: 2, PL: 1 } })[0]?.path,
    ).toBe('/nationalities');
    expect(
      figureProblems('intake', night, { applicants: 5, ticketsIssued: 3, nationalities: { RO: 6 } }),
    ).toHaveLength(1);
  });

  it('is strict: unknown fields, negative and fractional counts, unknown countries are refused', () => {
    const schema = FIGURES_SCHEMAS.night_shelter;
    expect(schema.safeParse({ women: 1, men: 2, turnedAway: 0 }).success).toBe(true);
    expect(schema.safeParse({ women: 1, men: 2, name: 'x' }).success).toBe(false);
    expect(schema.safeParse({ women: -1, men: 2 }).success).toBe(false);
    expect(schema.safeParse({ women: 1.5, men: 2 }).success).toBe(false);
    expect(schema.safeParse({ women: 1, men: 2, nationalities: { XX: 1 } }).success).toBe(false);
    expect(FIGURES_SCHEMAS.intake.safeParse({ applicants: 10, ticketsIssued: 6 }).success).toBe(true);
    expect(FIGURES_SCHEMAS.intake.safeParse({ women: 1, men: 2 }).success).toBe(false);
  });

  it('warns, never refuses, when guests exceed the places in force', () => {
    const capacity = [{ from: '2017-05-01', places: 50, womenPlaces: 10 }];
    expect(figureWarnings('night_shelter', night, { women: 10, men: 40 }, capacity)).toEqual([]);
    expect(figureWarnings('night_shelter', night, { women: 11, men: 40 }, capacity)).toHaveLength(2);
    const [none] = figureWarnings('night_shelter', night, { women: 1, men: 1 }, []);
    expect(none).toMatchObject({ code: 'no_places', left: 2, right: 0 });
    // Said in the reader's language: English in the API, Swedish on the partner's page.
    expect(ruleWords(none as FigureWarning, 'en')).toMatch(
      /^No places are registered in force the night before \w+ \d+ \w+ \(\w+ \d+\/\d+\); 2 guests reported\.$/,
    );
    const [over] = figureWarnings('night_shelter', night, { women: 5, men: 50 }, capacity);
    expect(ruleWords(over as FigureWarning, 'sv')).toBe(
      '55 gäster är fler än de 50 platserna natten mot tisdag 16 januari (mån 15/1).',
    );
  });

  it('warns, never refuses, when an intake hands out more tickets than it had applicants', () => {
    const month = parsePeriod('2018-01')!;
    expect(figureWarnings('intake', month, { applicants: 60, ticketsIssued: 60 }, [])).toEqual([]);
    const [over] = figureWarnings('intake', month, { applicants: 40, ticketsIssued: 62 }, []);
    expect(over).toMatchObject({ code: 'tickets_over_applicants', period: '2018-01', left: 62, right: 40 });
    expect(ruleWords(over as FigureWarning, 'sv')).toBe(
      '62 utdelade biljetter är fler än de 40 sökande för januari 2018. Har siffrorna hamnat i fel fält?',
    );
    const [day] = figureWarnings('intake', night, { applicants: 1, ticketsIssued: 2 }, []);
    expect(ruleWords(day as FigureWarning, 'en')).toBe(
      '2 tickets handed out is more than the 1 applicants for 15 January 2018. Are the figures in the wrong fields?',
    );
  });

  it('compares figures whatever the key order', () => {
    expect(canonicalFigures({ women: 1, men: 2, nationalities: { RO: 1, PL: 1 } })).toBe(
      canonicalFigures({ nationalities: { PL: 1, RO: 1 }, men: 2, women: 1 }),
    );
  });
});

describe('access', () => {
  const fa = { organisationId: 'org_fa', kind: 'night_shelter' as const };
  const venue = { organisationId: 'org_ng', kind: 'cold_night_venue' as const };
  const partner: Principal = { id: 'k', via: 'key', role: 'partner', organisationId: 'org_fa' };
  const coordinator: Principal = { id: 'k', via: 'key', role: 'coordinator' };
  it('scopes partners to their organisation and coordinators to cold nights', () => {
    expect(canRead(partner, fa)).toBe(true);
    expect(canRead(partner, venue)).toBe(false);
    expect(canWriteFigures(partner, venue)).toBe(false);
    expect(canRead(coordinator, fa)).toBe(true);
    expect(canWriteFigures(coordinator, fa)).toBe(false);
    expect(canWriteFigures(coordinator, venue)).toBe(true);
  });
});

describe('apportion (demo data)', () => {
  it('splits a total into whole parts that add up exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(2985, [50, 45, 20]).reduce((a, b) => a + b)).toBe(2985);
    expect(apportion(7, [0, 1])).toEqual([0, 7]);
  });
});
