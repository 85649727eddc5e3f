import type { ProblemFault } from '../domain/errors';
import { LANGUAGES, type Language } from '../domain/language';
import { en } from './en';
import { type Catalogue, sv } from './sv';

export type { Catalogue };
export { LANGUAGES, type Language };

const CATALOGUES: Record<Language, Catalogue> = { sv, en };

/** The words of one language. */
export const wordsFor = (language: Language): Catalogue => CATALOGUES[language];

/** What a person is told of an error: what happened and, where there is more to say, what to do. */
export function errorWords(
  error: { kind: keyof Catalogue['errors']; reason?: keyof Catalogue['reasons'] },
  language: Language,
): { title: string; advice?: string } {
  const w = wordsFor(language);
  return { title: w.errors[error.kind], ...(error.reason ? { advice: w.reasons[error.reason] } : {}) };
}

/** A field's problem in the reader's words, from its code and parameters (never zod's English on a page). */
export function fieldProblemText(problem: ProblemFault, language: Language): string {
  // The code and its parameters belong together (FieldProblem's type); TypeScript cannot follow that into the lookup.
  const words = wordsFor(language).problems[problem.code] as (params: object) => string;
  return words(problem.params ?? {});
}
