import { reportsNightly } from '../domain/figures';
import type { Violation } from '../domain/rules';
import { type Language, wordsFor } from './index';
import { dayInWords, nightName, periodInWords } from './period-words';

/** A broken rule in words, its period named as everywhere else (the API says it in English). */
export function ruleWords(violation: Violation, language: Language): string {
  const { period, kind } = violation;
  const when = reportsNightly(kind)
    ? nightName(period, language)
    : period.length === 10
      ? dayInWords(period, language)
      : periodInWords(period, kind, language);
  const on = violation.on ? dayInWords(violation.on, language) : '';
  return wordsFor(language).rules[violation.code]({ left: violation.left, right: violation.right, when, on });
}
