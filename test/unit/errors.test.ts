import { describe, expect, it } from 'vitest';
import {
  AppError,
  concurrentChange,
  ERROR_KINDS,
  invalid,
  upstreamUnavailable,
} from '../../shared/domain/errors';
import { HTTP_PROBLEMS, problemResponse, statusOf } from '../../shared/http/problem';

describe('domain errors, as HTTP says them', () => {
  it('gives every kind its own status: 4xx for what a client can mend, 5xx for what it cannot', () => {
    const statuses = ERROR_KINDS.map((kind) => HTTP_PROBLEMS[kind].status);
    expect(new Set(statuses).size).toBe(ERROR_KINDS.length);
    expect(statusOf(new AppError('invalid', 'x'))).toBe(422);
    expect(statusOf(upstreamUnavailable('SMHI answered 503', 'smhi_unavailable'))).toBe(502);
    expect(statusOf(new TypeError('a bug'))).toBe(500);
  });

  it('writes the fields at fault and the finer reason into the problem, and nothing of a bug', () => {
    const refused = JSON.parse(
      problemResponse(invalid('The body is not valid.', [{ path: '/women', message: 'Too small' }]))
        .body as string,
    );
    expect(refused).toMatchObject({ status: 422, title: 'Validation failed', errors: [{ path: '/women' }] });
    expect(JSON.parse(problemResponse(concurrentChange()).body as string)).toMatchObject({
      status: 409,
      code: 'concurrent_change',
    });
    const bug = JSON.parse(problemResponse(new Error('secret table name')).body as string);
    expect(bug).toMatchObject({ status: 500 });
    expect(JSON.stringify(bug)).not.toContain('secret');
  });
});
