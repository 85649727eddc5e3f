import type * as z from 'zod';
import { type FieldProblem, invalid } from './errors';

/** Zod issues as field problems with JSON-pointer paths; each unknown field is named on its own path. */
export function zodProblems(error: z.ZodError, prefix = ''): FieldProblem[] {
  return error.issues.flatMap((issue): FieldProblem[] => {
    const path = `${prefix}/${issue.path.map(String).join('/')}`.replace(/\/$/, '') || '/';
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: `${path === '/' ? '' : path}/${key}`,
        message: 'Unknown field: not part of this request (no personal data is stored here).',
        code: 'unknown_field' as const,
      }));
    }
    // zod 4 leaves the input out of an issue (no personal data in it): a missing field says "received undefined".
    const code =
      issue.code === 'invalid_type' && /received undefined$/.test(issue.message)
        ? 'missing'
        : issue.code === 'too_big'
          ? 'too_big'
          : 'not_valid';
    return [{ path, message: issue.message, code }];
  });
}

/** Parses `value` with `schema`, or throws a 422 naming every field at fault. */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what: string,
  prefix = '',
): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(`The ${what} is not valid.`, zodProblems(result.error, prefix));
  return result.data;
}
