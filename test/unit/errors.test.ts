import { describe, expect, it } from 'vitest';
import {
  AppError,
  concurrentChange,
  ERROR_KINDS,
  invalid,
  upstreamUnavailable,
} from '../../shared/domain/errors';
import { HTTP_STATUS, problemResponse, statusOf } from '../../shared/http/problem';
import { errorWords, LANGUAGES } from '../../shared/i18n';

describe('domain errors, as HTTP says them', () => {
  it('gives every kind its own status: 4xx for what a client can mend, 5xx for what it cannot', () => {
    const statuses = ERROR_KINDS.map((kind) => HTTP_STATUS[kind]);
    expect(new Set(statuses).size).toBe(ERROR_KINDS.length);
    expect(statusOf(new AppError('invalid', 'x'))).toBe(422);
    expect(statusOf(upstreamUnavailable('SMHI answered 503', 'smhi_unavailable'))).toBe(502);
    expect(statusOf(new TypeError('a bug'))).toBe(500);
  });

  it('writes the fields at fault and the finer reason into the problem, and nothing of a bug', () => {
    const refused = JSON.parse(
      problemResponse(
        invalid('The body is not valid.', [{ path: '/women', message: 'Too small', code: 'not_valid' }]),
      ).body as string,
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

  it('tells a person each kind in their language, and what to do where there is a reason', () => {
    for (const language of LANGUAGES) {
      const titles = ERROR_KINDS.map((kind) => errorWords({ kind }, language).title);
      expect(new Set(titles).size, `${language}: a title of its own for each kind`).toBe(ERROR_KINDS.length);
    }
    expect(errorWords(concurrentChange(), 'sv')).toEqual({
      title: 'Krockar med det som redan är sparat',
      advice: 'Någon annan ändrade samma uppgifter samtidigt. Skicka igen.',
    });
    expect(errorWords(invalid('x'), 'en')).toEqual({ title: 'Validation failed' });
  });
});
