import { type Language, wordsFor } from '../i18n';
import type { FigureWarning } from './figures';
import { dayInWords, monthInWords, nightName } from './period-words';

/** An accepted figure's warning in words, its night named as everywhere else (the API says it in English). */
export function warningWords(warning: FigureWarning, language: Language): string {
  const w = wordsFor(language).figureWarnings;
  const night = nightName(warning.date, language);
  switch (warning.code) {
    case 'no_places':
      return w.no_places({ ...warning, night });
    case 'over_places':
      return w.over_places({ ...warning, night });
    case 'over_women_places':
      return w.over_women_places({ ...warning, night });
    case 'tickets_over_applicants':
      return w.tickets_over_applicants({
        ...warning,
        period:
          warning.date.length === 7
            ? monthInWords(warning.date, language)
            : dayInWords(warning.date, language),
      });
  }
}
