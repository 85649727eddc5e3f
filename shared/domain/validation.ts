import type * as z from 'zod';
import { type FieldProblem, invalid } from './errors';
import type { TextFault } from './text';

/**
 * Zod issues as field problems with JSON-pointer paths; each unknown field is named on its own path (and worded
 * from its code, not by zod).
 */
export function zodProblems(error: z.ZodError, prefix = ''): FieldProblem[] {
  return error.issues.flatMap((issue): FieldProblem[] => {
    const path = `${prefix}/${issue.path.map(String).join('/')}`.replace(/\/$/, '') || '/';
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: `${path === '/' ? '' : path}/${key}`,
        code: 'unknown_field' as const,
      }));
    }
    // A rule of ours (text, a comment) gives its code in the issue's params.
    const ours = issue.code === 'custom' ? (issue.params?.problem as TextFault | undefined) : undefined;
    if (ours) return [{ path, message: issue.message, ...ours }];
    // zod 4 leaves the input out of an issue (no personal data in it): a missing field says "received undefined".
    if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message))
      return [{ path, message: issue.message, code: 'missing' }];
    if (issue.code === 'too_big')
      return [{ path, message: issue.message, code: 'too_big', params: { max: Number(issue.maximum) } }];
    return [{ path, message: issue.message, code: 'not_valid' }];
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
